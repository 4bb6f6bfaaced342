using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "وكانت قوة من الجيش قد قتلت في وقت سابق اثنين من داعش قرب الجسر": an operation told as done earlier
/// (lexicon earlierUnspecified) with no day after the phrase happened on a day the text does not give. Its clause names
/// no day of its own, so the day it took from the report (the publication day, a dateline, the lead's day) is not its
/// day: the date is left unknown, as an analyst leaves it. "في وقت سابق اليوم"، "في وقت سابق من السبت" keep their day.
/// </summary>
internal sealed class EarlierTimeUndating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var d in drafts.Where(d => !d.Dropped && d.Date is not null))
        {
            // A recalled event's clause was cut off the news before it: a day its sentence names there is the news's.
            if (ToldAsEarlier(report, lexicon, d.Clause) is not { } earlier || (d.DateOwn && !OpensARecall(report, lexicon, d.Clause)))
            {
                continue;
            }
            var dated = report.DateReadings.MentionsIn(d.Clause).Any(m => report.TokenAt(m.Start) > earlier.Last && report.TokenAt(m.Start) <= earlier.Last + EarlierDayReach);
            if (!dated)
            {
                d.Date = null;
                d.DateOwn = false;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The first phrase of <paramref name="clause"/> that tells its operation as done earlier ("في وقت سابق"), or null.
    /// A clause opened by a span back to an earlier event ("بعد أيام على تفجير ...", lexicon recalledEvents, which cut
    /// it off the news told before it) tells that event, days before the news: its phrase is the first.
    /// </summary>
    public static PhraseMatch<bool>? ToldAsEarlier(ReportText report, ExtractionLexicon lexicon, Sentence clause)
    {
        if (OpensARecall(report, lexicon, clause))
        {
            return lexicon.SegmentConnectors.MatchAt(report.Tokens, clause.First, allowArticleOnFirst: false);
        }
        for (var j = clause.First; j <= clause.Last; j++)
        {
            if (lexicon.EarlierUnspecified.MatchAt(report.Tokens, j) is { } earlier)
            {
                return earlier;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="clause"/> was cut off its sentence by a span back to an earlier event (lexicon recalledEvents).</summary>
    private static bool OpensARecall(ReportText report, ExtractionLexicon lexicon, Sentence clause) =>
        clause.First > report.Sentences[clause.Index].First && lexicon.StartsARecall(report.Tokens, clause.First);
}
