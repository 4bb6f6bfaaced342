using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What the times a statement's sentence names say of what it counts: a period it counts over (a window short or of
/// a week or more, a named month), or a day, which may be the day the statement was made rather than a day of what it
/// counts. Asked by <see cref="TallyRecognizer"/>, <see cref="TallyContinuation"/> and <see cref="TallyReader"/>; holds
/// only the lexicon: safe to share.
/// </summary>
internal sealed class StatementTimes(ExtractionLexicon lexicon)
{
    /// <summary>A period, a year, or a week or more named in the sentence: what a tally counts over.</summary>
    public static bool NamesAPeriod(List<DateMention> mentions) =>
        mentions.Any(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year || m.Precision is DatePrecision.Week or DatePrecision.Month or DatePrecision.Year);

    /// <summary>
    /// Whether a day among the mentions, other than the statement's own (<see cref="DatesTheStatementBeforeItsContent"/>),
    /// dates what the sentence counts. A loop: a query here made its closure at every call of its callers, most of
    /// which return before they ask it.
    /// </summary>
    public bool NamesADayOfWhatItCounts(ReportText report, IEnumerable<DateMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && !DatesTheStatementBeforeItsContent(report, m))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أعلنت الوزارة، اليوم، ..."، "وقال في بيان له أمس ...": a day that a verb of announcing (lexicon announcementVerbs)
    /// or a word of speaking (statementDayWords) comes before in its sentence, or that stands before what was said,
    /// dates the statement.
    /// </summary>
    public bool DatesTheStatement(ReportText report, Sentence sentence, DateMention m)
    {
        var day = report.TokenAt(m.Start);
        return DatesTheStatementBeforeItsContent(report, m)
            || (day > sentence.First && (lexicon.AnnouncementVerbs.AnyIn(report.Tokens, sentence.First, day - 1)
                || lexicon.StatementDayWords.AnyIn(report.Tokens, sentence.First, day - 1)));
    }

    /// <summary>
    /// "أكدت اللجنة، الاثنين، أن أكثر من عشرة قادة قتلوا خلال عام 2024"، "قال المتحدث، اليوم، إن": a day set off
    /// between the speaker and the complementizer ("أن"، "إن"، "بأن"; lexicon subjectOpeners) that opens what was said
    /// is the day the statement was made, not a day of what it counts; a year the content names may still make a tally.
    /// </summary>
    private bool DatesTheStatementBeforeItsContent(ReportText report, DateMention m)
    {
        var tokens = report.Tokens;
        var next = report.TokenAt(m.End - 1) + 1;
        while (next < tokens.Count && tokens[next].Text == ",")
        {
            next++;
        }
        // "في بيان لها أمس الخميس، إنها": the complementizer may carry its subject's pronoun.
        return next < tokens.Count && (lexicon.SubjectOpeners.Contains(tokens[next].Text) || lexicon.ComplementizersWithPronoun.Contains(tokens[next].Text));
    }

    /// <summary>
    /// A window under <see cref="AssemblerLimits.ShortWindowDays"/>: by its bounds, else by the count it is told with
    /// ("للثلاثين يوما الماضية" is a month's window with no publication date to bound it), else by its words.
    /// </summary>
    public bool IsShortWindow(DateMention m) =>
        m.PeriodStart is { } start && m.PeriodEnd is { } end
            ? end.DayNumber - start.DayNumber < ShortWindowDays
            : m.WindowDays is { } days
                ? days < ShortWindowDays
                : lexicon.ShortPeriodWords.Any(w => m.Expression.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// A window of a week or more: by its bounds when they resolve, else by its words (none of lexicon
    /// hourAndDayWindows: "ساعة"، "يوم"، "أيام").
    /// </summary>
    public bool IsWeekOrLonger(DateMention m) =>
        m.PeriodStart is { } start && m.PeriodEnd is { } end
            ? end.DayNumber - start.DayNumber + 1 >= TallyPeriods.DaySpanTallyDays
            : !lexicon.HourAndDayWindows.Any(w => m.Expression.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// "خلال أسبوع"، "طيلة الأسبوع الماضي"، "خلال شهرين": a window opener (lexicon windowOpeners) with a unit of a week
    /// or more (weekOrLongerUnits, read without the article) right after it or one word on, a window the date reader
    /// may leave unresolved.
    /// </summary>
    public bool NamesAWindowOfWeeks(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var i = sentence.First; i < sentence.Last; i++)
        {
            if (!lexicon.WindowOpeners.Contains(tokens[i].Text))
            {
                continue;
            }
            for (var k = i + 1; k <= Math.Min(sentence.Last, i + WindowUnitReach); k++)
            {
                if (tokens[k].ReadingsKeepingArticle.AnyIn(lexicon.WeekOrLongerUnits) || tokens[k].Readings.AnyIn(lexicon.WeekOrLongerUnits))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>How many words after a window opener its unit may stand ("خلال الأسابيع الثلاثة" has it right after; "خلال ثلاثة أسابيع" one on).</summary>
    private const int WindowUnitReach = 2;

    /// <summary>
    /// "خلال أيار"، "طوال شهر تشرين الأول"، "خلال شهري آب وأيلول": a month named without a day (with or without its year)
    /// that a window opener (lexicon windowOpeners) opens, right before it or before the word "شهر"
    /// (<see cref="MonthWords"/>): the figures are summed over that month.
    /// </summary>
    public bool OpensAMonthWindow(ReportText report, Sentence sentence, DateMention m)
    {
        if (m.Precision != DatePrecision.Month || m.Kind is not (DateMentionKind.Month or DateMentionKind.MonthYear))
        {
            return false;
        }
        var k = report.TokenAt(m.Start) - 1;
        var tokens = report.Tokens;
        if (k >= sentence.First && MonthWords.Contains(tokens[k].Text))
        {
            k--;
        }
        return k >= sentence.First && lexicon.WindowOpeners.Contains(tokens[k].Text);
    }

    /// <summary>The word "month" standing before a month's name ("خلال شهر أيار"، "خلال شهري آب وأيلول").</summary>
    private static readonly HashSet<string> MonthWords = [Text.ArabicNormalizer.NormalizeTerm("شهر"), Text.ArabicNormalizer.NormalizeTerm("شهري")];
}
