using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "كشفت الوزارة، يوم الثلاثاء 13 أيلول، عن مقتل سبعة إرهابيين في عملية نفذها الطيران يوم السبت الماضي": a
/// sentence opened by a word of telling (lexicon statementDayWords) whose day follows it, before the figures, tells
/// what was done as the speaker told it on that day. A weekday or a relative day named after it in the sentence is
/// counted from the statement's day when, counted from publication, it would fall after that day (a statement does not
/// tell what has not yet happened; the report was published days after it): here the Saturday before that Tuesday,
/// not the Saturday before publication. The operation takes that day.
/// </summary>
internal sealed class ToldDayReckoning(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.Published is not { } published)
        {
            return drafts;
        }
        foreach (var d in drafts.Where(d => !d.Dropped && d.Figures.Count > 0))
        {
            var sentence = report.Sentences[d.Clause.Index];
            if (lexicon.StatementDayWords.MatchAt(report.Tokens, sentence.First) is null)
            {
                continue;
            }
            var mentions = report.DateReadings.MentionsIn(sentence).Where(m => m.Precision == DatePrecision.Day && m.Kind != DateMentionKind.Period && m.Date is not null).ToList();
            var firstFigure = d.Figures.Min(f => f.First);
            if (mentions is not [{ Date: { } made } statement, ..] || made >= published || report.TokenAt(statement.Start) > firstFigure)
            {
                continue;
            }
            var reckoned = mentions.Skip(1)
                .Where(m => m.Kind is DateMentionKind.Weekday or DateMentionKind.Relative && m.Date > made)
                .Select(m => m with { Date = CountedFrom(m, made, published) })
                .MinBy(m => m.Date);
            if (reckoned is not null && (d.Date is null || d.Date.Date >= made))
            {
                d.Date = reckoned;
                d.DateOwn = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The day <paramref name="m"/> names counted from the statement's day <paramref name="made"/>: a relative day moved
    /// back by the days between the statement and publication, a weekday the same weekday of the week before it.
    /// </summary>
    private static DateOnly CountedFrom(DateMention m, DateOnly made, DateOnly published)
    {
        var day = m.Date!.Value;
        if (m.Kind == DateMentionKind.Relative)
        {
            return day.AddDays(made.DayNumber - published.DayNumber);
        }
        while (day >= made)
        {
            day = day.AddDays(-7);
        }
        return day;
    }
}
