using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أعلنت القيادة أمس مقتل 9 إرهابيين" then "ونقلت الوكالة عن القيادة قولها في بيان: إن القطعات قتلت 6 إرهابيين
/// قبل يومين": a relative day ("اليوم"، "أمس"، "قبل يومين") inside the words a statement is quoted in (after the colon that
/// opens them, or within quotation marks) counts from the day the statement was made, not from the day the report
/// was published. The statement's day is a day right after a word of speaking (<see cref="StatementDayDating"/>)
/// before the quoted words, in the same sentence or in one of the <see cref="StatementLookBack"/> before it.
/// An operation told after the quote, that took its day from it ("وأضاف البيان: ... شن داعش الليلة الماضية هجوما"
/// then "وبين البيان أن الهجوم المذكور أسفر عن مقتل ثلاثة"), counts it the same way when it names the quote's
/// event again by its article (lexicon eventReferences, anaphoricStrikes): the day is the quote's. A new deed the
/// speaker goes on to tell ("وأضاف أن القوات تمكنت من قتل تسعة") keeps the day it took.
/// </summary>
internal sealed class QuotedRelativeDating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.Published is not { } published)
        {
            return drafts;
        }
        foreach (var d in drafts.Where(d => !d.Dropped))
        {
            if (d.Date is not { Kind: DateMentionKind.Relative, Precision: DatePrecision.Day, Date: { } day } m)
            {
                continue;
            }
            var at = report.TokenAt(m.Start);
            var told = report.SentenceOf(at);
            if (told < 0 || told > d.Clause.Index || (told < d.Clause.Index && !NamesTheEventAgain(report, report.Sentences[d.Clause.Index])))
            {
                continue;
            }
            var sentence = report.Sentences[told];
            if (QuoteOpening(report, sentence, at) is not { } opening)
            {
                continue;
            }
            var statement = StatementDay(report, sentence, opening, published);
            for (var i = sentence.Index - 1; statement is null && i >= 0 && i >= sentence.Index - StatementLookBack; i--)
            {
                statement = StatementDay(report, report.Sentences[i], report.Sentences[i].Last + 1, published);
            }
            if (statement is { } made)
            {
                d.Date = m with { Date = day.AddDays(made.DayNumber - published.DayNumber) };
            }
        }
        return DraftPass.Standing(drafts);
    }

    private bool NamesTheEventAgain(ReportText report, Sentence s) =>
        report.Has(lexicon.EventReferences, s) || report.Has(lexicon.AnaphoricStrikes, s);

    /// <summary>The token that opens the quoted words <paramref name="at"/> stands in (a colon, or an open quotation mark), or null.</summary>
    private static int? QuoteOpening(ReportText report, Sentence sentence, int at)
    {
        int? open = null;
        for (var i = sentence.First; i < at; i++)
        {
            var text = report.Tokens[i].Text;
            if (text == "\"")
            {
                open = open is null ? i : null;
            }
            else if (text == ":" && open is null)
            {
                return i;
            }
        }
        return open;
    }

    /// <summary>The day, before publication, a statement told in <paramref name="s"/> before token <paramref name="before"/> was made, or null.</summary>
    private DateOnly? StatementDay(ReportText report, Sentence s, int before, DateOnly published)
    {
        foreach (var x in report.DateReadings.MentionsIn(s))
        {
            if (report.TokenAt(x.Start) < before && x.Precision == DatePrecision.Day && x.Kind is DateMentionKind.Relative or DateMentionKind.Weekday
                && x.Date is { } made && made < published && StatementDayDating.DatesTheStatement(report, lexicon, x, s))
            {
                return made;
            }
        }
        return null;
    }
}
