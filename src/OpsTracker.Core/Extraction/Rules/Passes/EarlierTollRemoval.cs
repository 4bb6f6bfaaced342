using OpsTracker.Core.Domain;
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
                         && ((d.Clause.Index - update.LastSentence <= EarlierTollReach
                              && ((risen && IsPluperfect(report, d.Clause)) || report.Has(lexicon.EarlierTollNames, d.Clause)))
                             || (d.Clause.Index - update.LastSentence <= EarlierReportReach && IsEarlierReport(report, d.Clause)
                                 && d.Live.All(IsToll)))).ToList())
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

    /// <summary>
    /// The earlier report: the clause's verb is one of telling (lexicon announcementVerbs) and it is the telling that is
    /// told as earlier, not the deed: "وكان" opens it with the verb of telling a subject after ("وكان ضابط في الشرطة ذكر
    /// ليل الجمعة مقتل ثلاثة")، or "في وقت سابق" (lexicon earlierUnspecified) follows the verb of telling that opens it
    /// ("وذكر المسعفون في وقت سابق أن التفجير خلف تسعة قتلى"). A speaker's earlier word on the toll told before it is the
    /// same event counted when less was known. Not so a deed told as earlier ("وكانت قوة من الجيش قد قتلت في وقت سابق
    /// اثنين"): no verb of telling governs its figure, and it is an operation of its own.
    /// </summary>
    private bool IsEarlierReport(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        var last = Math.Min(clause.Last, clause.First + EarlierReportWords);
        if (IsPluperfect(report, clause))
        {
            return lexicon.AnnouncementVerbs.AnyIn(tokens, clause.First + 1, last);
        }
        if (lexicon.AnnouncementVerbs.MatchAt(tokens, clause.First) is not { } verb)
        {
            return false;
        }
        return lexicon.EarlierUnspecified.AnyIn(tokens, verb.Last + 1, Math.Min(clause.Last, verb.Last + EarlierReportWords));
    }

    /// <summary>
    /// A toll, the dead and the wounded, is what rises as more is known; a count of people arrested told earlier
    /// ("وكان ضابط ذكر في وقت سابق اعتقال أربعة مطلوبين") is an operation of its own.
    /// </summary>
    private static bool IsToll(Figure f) => f.Kind == FigureKind.Casualty && f.Category != CasualtyCategory.Arrested;

    /// <summary>The clause opens with "وكان"/"وكانت" (lexicon backgroundOpeners): what had been told before.</summary>
    private static bool IsPluperfect(ReportText report, Sentence clause) => report.Layout.OpensAsBackground(clause);

    /// <summary>A day the earlier telling names is recent ("ليلة أمس"), not an older attack told as background.</summary>
    private static bool WithinDaysOf(OperationDraft earlier, DateOnly? published) =>
        earlier.Date?.Date is not { } day || published is not { } p || (day <= p && p.DayNumber - day.DayNumber <= EarlierTollDaysBefore);
}
