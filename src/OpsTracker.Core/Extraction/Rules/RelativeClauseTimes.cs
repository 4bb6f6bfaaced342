using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "ألقت القبض على ستة مسلحين بينهم والي المدينة السابق، الذي أدار الهجوم عليها عام 2014"، "قتل المسؤول عن العبوة
/// التي انفجرت قبل عام واثنين من معاونيه": a time inside a relative clause (a relative pronoun, lexicon
/// relativePronouns, then the clause's words, the time within <see cref="AssemblerLimits.RelativeClauseTimeReach"/>
/// words after the pronoun and no clause break before it) dates what the clause tells of its antecedent, a man's or a
/// bomb's past: no span the sentence's counts sum over. Not when the clause tells the counted deed or a span itself (a
/// casualty or destroyed trigger, an operation, campaign or battle noun, a verb of launching: "الذين قتلوا منذ مطلع
/// العام"، "العمليات التي نفذت خلال 2024"، "الحملة التي انطلقت قبل شهر"), nor when its antecedent is such a noun, an
/// attack noun or a unit of a span ("الهجمات التي شنها التنظيم خلال 2024"). Holds nothing.
/// </summary>
internal static class RelativeClauseTimes
{
    public static bool DatesTheAntecedent(ExtractionLexicon lexicon, ReportText report, Sentence sentence, DateMention m)
    {
        var tokens = report.Tokens;
        var time = report.TokenAt(m.Start);
        for (var k = time - 1; k >= Math.Max(sentence.First, time - AssemblerLimits.RelativeClauseTimeReach); k--)
        {
            if (tokens[k].IsClauseBreak)
            {
                return false;
            }
            if (!tokens[k].ReadsAsOneOf(lexicon.RelativePronouns))
            {
                continue;
            }
            // The clause's own words, from its verb to the time: none may tell the counted deed or a span.
            for (var j = k + 1; j < time; j++)
            {
                if (TellsADeedOrSpan(lexicon, report, j) || tokens[j].ReadsAsOneOf(lexicon.LaunchVerbs) || tokens[j].ReadsAsOneOf(lexicon.CampaignLaunchVerbs))
                {
                    return false;
                }
            }
            var antecedent = k - 1;
            while (antecedent >= sentence.First && !tokens[antecedent].IsWord)
            {
                antecedent--;
            }
            return antecedent < sentence.First
                || !(TellsADeedOrSpan(lexicon, report, antecedent) || lexicon.AttackNouns.MatchAt(tokens, antecedent) is not null
                    || tokens[antecedent].ReadsAsOneOfBareOrDefinite(lexicon.LaunchSpanUnits));
        }
        return false;
    }

    private static bool TellsADeedOrSpan(ExtractionLexicon lexicon, ReportText report, int i)
    {
        var tokens = report.Tokens;
        return lexicon.CasualtyTriggers.MatchAt(tokens, i) is not null || lexicon.DestroyTriggers.MatchAt(tokens, i) is not null
            || lexicon.OperationNouns.MatchAt(tokens, i) is not null || lexicon.CampaignNouns.MatchAt(tokens, i) is not null
            || lexicon.BattleNouns.MatchAt(tokens, i) is not null;
    }
}
