using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Wire copy that updates yesterday's news tells the risen toll first and the toll first reported after it, in the
/// pluperfect: "ارتفعت حصيلة الهجوم ... إلى 11 قتيلا و9 جرحى" ... "وكان مصدر أمني قد أفاد في وقت سابق بمقتل ستة
/// وإصابة خمسة". The earlier toll is the same event counted before it rose: each of its figures that the updated
/// operation counts again (same measure, no larger) is superseded; what it counts that the update does not (the
/// wounded of "وكان الهجوم قد أسفر عن استشهاد أربعة جنود وإصابة ثلاثة") and the day it names join the update.
/// A clause that calls itself an earlier toll ("وأشارت حصيلة سابقة إلى مقتل ثمانية", lexicon earlierTollNames) is the
/// same, after any telling of the event, risen or not ("قتل 12 شخصا ... وأشارت حصيلة سابقة إلى مقتل ثمانية").
/// (<see cref="CorrectionApplication"/> reads the other order: the first toll, then the rise.)
/// </summary>
internal sealed class EarlierTollRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var update in drafts.Where(d => !d.Dropped && d.Live.Any()).ToList())
        {
            var risen = update.Live.Any(f => f.Correction);
            foreach (var earlier in drafts.Where(d => !d.Dropped && d != update && d.Clause.Index > update.LastSentence
                         && d.Clause.Index - update.LastSentence <= EarlierTollReach
                         && ((risen && IsPluperfect(report, d.Clause)) || report.Has(lexicon.EarlierTollNames, d.Clause))).ToList())
            {
                var told = earlier.Live.ToList();
                var superseded = told.Where(f => update.Live.Any(u => u.SameMeasure(f) && u.Count >= f.Count)).ToList();
                if (superseded.Count == 0 || !WithinDaysOf(earlier, report.Published))
                {
                    continue;
                }
                foreach (var f in told.Except(superseded))
                {
                    update.Figures.Add(f);
                }
                if (update.Date?.Date is null && earlier.Date?.Date is not null)
                {
                    update.Date = earlier.Date;
                    update.DateOwn = earlier.DateOwn;
                }
                update.LastSentence = Math.Max(update.LastSentence, earlier.LastSentence);
                earlier.Figures.Clear();
                earlier.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>The clause opens with "وكان"/"وكانت" (lexicon backgroundOpeners): what had been told before.</summary>
    private static bool IsPluperfect(ReportText report, Sentence clause) => report.OpensAsBackground(clause);

    /// <summary>A day the earlier telling names is recent ("ليلة أمس"), not an older attack told as background.</summary>
    private static bool WithinDaysOf(OperationDraft earlier, DateOnly? published) =>
        earlier.Date?.Date is not { } day || published is not { } p || (day <= p && p.DayNumber - day.DayNumber <= EarlierTollDaysBefore);
}
