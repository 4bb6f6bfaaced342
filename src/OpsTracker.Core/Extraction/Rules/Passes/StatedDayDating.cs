using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أعلنت القيادة مساء الجمعة 13 أيلول أن غارة مشتركة أسفرت عن مقتل 14 ..." then "موضحة أن الغارة جرت في 29 آب
/// الماضي": a sentence after the lead that says on which day the operation took place (its noun, a verb of occurrence,
/// then a day) gives the operation's day, however long before the announcement it was; the day told in the lead was
/// the announcement's. Unlike <see cref="ElaborationDating"/> (an earlier day told in passing, within a week) the day
/// is stated of the operation itself, so no window applies. Sentences with figures of another operation are skipped.
/// </summary>
internal sealed class StatedDayDating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.Published is not { } published)
        {
            return drafts;
        }
        foreach (var d in drafts.Where(d => !d.Dropped && d.Clause.Index <= ElaboratedLastSentence && !DraftRelations.CountsSeveralStrikes(d)))
        {
            foreach (var s in DraftRelations.ElaboratingSentences(report, drafts, d))
            {
                if (StatedDay(report, s) is { Date: { } day } stated && day <= published && (d.Date?.Date is not { } told || day < told))
                {
                    d.Date = stated;
                    d.DateOwn = true;
                    break;
                }
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>An operation, strike or attack noun, a verb of occurrence after it, then a day: that day's mention.</summary>
    private DateMention? StatedDay(ReportText report, Sentence s)
    {
        var tokens = report.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            var noun = lexicon.StrikeNouns.MatchAt(tokens, j)?.Last ?? lexicon.OperationNouns.MatchAt(tokens, j)?.Last ?? lexicon.AttackNouns.MatchAt(tokens, j)?.Last;
            if (noun is not { } nounLast)
            {
                continue;
            }
            for (var k = nounLast + 1; k <= Math.Min(s.Last, nounLast + StatedDayReach); k++)
            {
                if (lexicon.OccurrenceVerbs.MatchAt(tokens, k) is not { } verb)
                {
                    continue;
                }
                return report.DateReadings.MentionsIn(s).FirstOrDefault(m => m.Precision == DatePrecision.Day && m.Kind != DateMentionKind.Period
                    && report.TokenAt(m.Start) > verb.Last && report.TokenAt(m.Start) <= verb.Last + StatedDayReach);
            }
        }
        return null;
    }
}
