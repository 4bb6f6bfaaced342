using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أعلنت خلية الإعلام الأمني تدمير وكر لداعش بضربة جوية في وادي الشاي": a report announces a just-finished operation
/// and names no day for it, neither in its clause nor in the report's context (no "اليوم", "أمس", dateline or lead's
/// day reached it). It took place by the day of the announcement, and that day, the publication day, is where the
/// dev set's annotation rule and an analyst's timeline put it. The date is marked <see cref="DateBasis.Announcement"/>:
/// the text did not state it, and the review shows so.
/// Not dated so: an operation told as done earlier ("في وقت سابق"، "قبل أيام"، "مؤخرا", lexicon earlierUnspecified),
/// one told as background in the pluperfect ("وكانت القوات قد قتلت ...", lexicon backgroundOpeners), one whose date
/// the text gives but the publication date does not resolve ("الاثنين الماضي" in a report of no known day), and any
/// operation of a report whose publication day is unknown.
/// Runs last among the dating passes, so every date the text gives has been given first.
/// </summary>
internal sealed class AnnouncementDayDating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.Published is not { } published)
        {
            return drafts;
        }
        DateMention? announcementDay = null;
        foreach (var d in drafts)
        {
            if (d.Dropped || d.Date is not null || EarlierTimeUndating.ToldAsEarlier(report, lexicon, d.Clause) is not null
                || IsBackground(report, d.Clause))
            {
                continue;
            }
            // One mention for the report: a day that stands in no place of the text (offsets 0..0).
            announcementDay ??= new DateMention(0, 0, DateMentionKind.Absolute, published, DatePrecision.Day, "", false, null, null);
            d.Date = announcementDay;
            d.DateFromAnnouncement = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>"وكانت قوة من الجيش قد قتلت ...": the sentence of the clause opens in the pluperfect, telling what had happened before the news.</summary>
    private static bool IsBackground(ReportText report, Sentence clause) => report.Layout.OpensAsBackground(report.Sentences[clause.Index]);
}
