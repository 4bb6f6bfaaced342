using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أحرق عناصر التنظيم مزارع الحنطة في قرية ..."، "اختطف مسلحو داعش راعيين من قرية ..."، "قام التنظيم بحرق منازل
/// القرية": ISIS's deeds on people and their property (burning, abducting; lexicon isisHarmDeeds) are attacks, events
/// on the timeline, though nobody is counted killed, wounded or arrested. The deed is ISIS's only when an ISIS name is
/// its doer: the subject after the verb (verb-subject-object), the subject right before it, or a name before a verb
/// that says "they" in its clause. A verbal noun of the deed is read after a verb of doing ("قاموا بحرق"، "أقدم داعش
/// على إضرام"), whose doer it takes. The forces burning a hideout ("أحرقت القوات مضافة") do no such deed.
/// </summary>
internal sealed partial class FigurelessOperations
{
    /// <summary>The rule of an ISIS attack told by its deed on people or property alone (<see cref="IsisHarmDeed"/>).</summary>
    public const string IsisDeedRule = "figureless-isis-deed";

    /// <summary>
    /// Whether a word of the clause may be a deed of isisHarmDeeds or a verb of forcesTakePlace (a cheap gate before the
    /// doer is looked for).
    /// </summary>
    public bool MayTellADeed(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (tokens[i].IsWord && (tokens[i].Stems.AnyIn(lexicon.IsisHarmVerbs) || tokens[i].ReadsAsOneOf(lexicon.IsisHarmNouns)
                || tokens[i].ReadsAsOneOf(lexicon.ForcesTakePlaceVerbs)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The token of the first deed of isisHarmDeeds in the clause whose doer is ISIS: a finite verb (as written, or
    /// after "و"/"ف", its object pronoun read off), or a verbal noun after "ب" or "على" whose verb of doing stands at
    /// most <see cref="AssemblerLimits.DeedAuxiliaryReach"/> words before it; or null.
    /// </summary>
    private int? IsisHarmDeed(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            if (IsFiniteDeed(tokens[i]) && IsisDoes(report, clause, i))
            {
                return i;
            }
            if (tokens[i].ReadsAsOneOf(lexicon.IsisHarmNouns) && AuxiliaryBefore(report, clause, i) is { } doing && IsisDoes(report, clause, doing))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>A finite verb of the deed: the word, or the word after "و"/"ف", or either without an object pronoun; not "بحرق" (a verbal noun after a preposition).</summary>
    private bool IsFiniteDeed(Token token)
    {
        var word = token.Text;
        var bare = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        if (lexicon.IsisHarmVerbs.Contains(word) || lexicon.IsisHarmVerbs.Contains(bare))
        {
            return true;
        }
        foreach (var stem in token.SuffixReadings)
        {
            if (lexicon.IsisHarmVerbs.Contains(stem) || (stem.Length > 3 && stem[0] is 'و' or 'ف' && lexicon.IsisHarmVerbs.Contains(stem[1..])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The verb of doing ("قام"، "أقدم"، "قيام"; lexicon isisHarmDeeds.auxiliaries) that governs the verbal noun at
    /// <paramref name="noun"/>: the noun after "ب" ("بحرق") or "على" ("على إضرام"), the verb within
    /// <see cref="AssemblerLimits.DeedAuxiliaryReach"/> words before it in the clause; or null.
    /// </summary>
    private int? AuxiliaryBefore(ReportText report, Sentence clause, int noun)
    {
        var tokens = report.Tokens;
        // The text is normalised (ى → ي), so "على" is Particles.Ala here.
        var governed = tokens[noun].Text.StartsWith('ب') || (noun > clause.First && tokens[noun - 1].Text == Particles.Ala);
        if (!governed)
        {
            return null;
        }
        var words = 0;
        for (var j = noun - 1; j >= clause.First && words < AssemblerLimits.DeedAuxiliaryReach; j--)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (tokens[j].ReadsAsOneOf(lexicon.HarmAuxiliaries))
            {
                return j;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// Whether ISIS does the verb at <paramref name="verb"/>: an ISIS name opens one of the two words after it, with
    /// no force of ours before the name ("اختطف تنظيم داعش"، "قام عناصر داعش", not "أحرقت القوات مضافة لداعش"); or
    /// an ISIS name ends right before it, brackets and quotation marks aside ("إن (داعش) أحرق"، "عناصر داعش أحرقوا"),
    /// not after a preposition; or the verb says "they" and an ISIS name stands within
    /// <see cref="AssemblerLimits.IsisDoerBeforeVerb"/> words before it ("عناصر من التنظيم المتشدد أقدموا").
    /// </summary>
    private bool IsisDoes(ReportText report, Sentence clause, int verb)
    {
        var tokens = report.Tokens;
        var seen = 0;
        for (var j = verb + 1; j <= clause.Last && seen < 2; j++)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null)
            {
                break;
            }
            if (lexicon.IsisAgent.MatchAt(tokens, j) is not null)
            {
                return !lexicon.IsisNameFollowsPreposition(tokens, j, verb + 1);
            }
            seen++;
        }
        var before = verb - 1;
        while (before >= clause.First && tokens[before].Text is ")" or "\"" or "»" or "”")
        {
            before--;
        }
        for (var j = before; j >= Math.Max(clause.First, before - AssemblerLimits.IsisDoerBeforeVerb); j--)
        {
            if (lexicon.IsisAgent.MatchAt(tokens, j) is { } isis && isis.Last >= before)
            {
                return !lexicon.IsisNameFollowsPreposition(tokens, j, clause.First) || SaysThey(tokens[verb]);
            }
        }
        if (SaysThey(tokens[verb]))
        {
            return lexicon.IsisAgent.AnyIn(tokens, Math.Max(clause.First, verb - AssemblerLimits.IsisDoerBeforeVerb), verb - 1);
        }
        return false;
    }

    /// <summary>A verb of the third person plural: "ـوا", or "ـو" before an object pronoun ("اختطفوهما").</summary>
    private static bool SaysThey(Token verb) =>
        verb.Text.EndsWith("وا", StringComparison.Ordinal) || verb.SuffixReadings.Any(s => s.EndsWith('و'));
}
