using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وأفادت الخلية بنتائج العملية وخسائر التنظيم، بالأرقام"، "وأضاف أن إجمالي من قتلتهم الطائرات في هذه العملية 60": a
/// total or a list of losses tied to "العملية", the singular operation noun with the article (or a demonstrative), which
/// points back to the one operation the report tells. A tally sums many operations over a period; the results of one
/// operation are that operation's figures, whoever announces them. Not when the operation is named (a quotation mark
/// or bracket right after the noun or its adjective: "العملية العسكرية (الإرادة الصلبة)", a campaign's name), when the
/// sentence tells a liberation or a battle ("العملية العسكرية لتحرير القضاء"), counts from a launch before ("التي
/// أطلقتها قبل 3 أيام"، "خلال عشرة أيام من بدء العملية"), names a period of a week or more, or (TallyRecognizer's own
/// test) counts the results until a day ("نتائج العملية حتى يوم الخميس": a campaign's running tally). Holds only the
/// lexicon and its battle reader: safe to share.
/// </summary>
internal sealed class OneOperationsResults(ExtractionLexicon lexicon)
{
    private readonly BattleTotals _battles = new(lexicon);

    /// <summary>Quotation marks and brackets that open an operation's name.</summary>
    private static readonly HashSet<string> NameOpeners = ["\"", "«", "“", "(", "'", "”", "‘"];

    public bool Counts(ReportText report, Sentence sentence)
    {
        if (!report.MayHoldList(lexicon.TheOperationList, sentence))
        {
            // No word of the sentence may read as "العملية" (its bit is clear): the walk below would find none.
            return false;
        }
        var tokens = report.Tokens;
        var one = false;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].ReadingsKeepingArticle.AnyIn(lexicon.TheOperation))
            {
                continue;
            }
            if (IsNamed(tokens, i, sentence.Last))
            {
                return false;
            }
            one = true;
        }
        return one && !report.Has(lexicon.Liberations, sentence) && !report.Has(lexicon.WholeBattle, sentence)
            && !_battles.CountsDaysFromTheLaunch(report, sentence) && !_battles.CountsFromALaunchBefore(report, sentence)
            // "تنفذ منذ خمسة أيام عملية": a window of days back shorter than a week is how long the one operation lasts.
            && !report.DateReadings.MentionsIn(sentence).Any(m => (m.Kind is DateMentionKind.Period && !(m.WindowDays < TallyPeriods.DaySpanTallyDays)) || m.Kind is DateMentionKind.Year
                || m.Precision is DatePrecision.Week or DatePrecision.Month or DatePrecision.Year);
    }

    /// <summary>"العملية «...»"، "العملية العسكرية (...)": a name right after the noun, or after one adjective with the article.</summary>
    private static bool IsNamed(Text.TokenList tokens, int i, int last)
    {
        var k = i + 1;
        if (k <= last && tokens[k].IsWord && Text.Article.Begins(tokens[k].Text))
        {
            k++;
        }
        return k <= last && NameOpeners.Contains(tokens[k].Text);
    }
}
