namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A report's summary tells each outcome once for the whole, and its body tells them again event by event: the lead's
/// "مقتل ثلاثة وإصابة ستة" over "سقط ثلاثة وجرح أربعة" in one event and "جرح اثنان" in another. When one count of the
/// summary is the sum of every count of its measure told after it (the wounded: 6 = 4 + 2, marked a breakdown by
/// <see cref="HeadlineTotalRemoval"/>), the summary's other count, told after it only once and by the same number, in the
/// event that holds one of those parts, is that one count told again: the summary adds nothing of its own, and the event
/// below keeps the figure. Two later counts of the measure, or one of another number, leave it: the summary then tells
/// something the body does not.
/// </summary>
internal sealed class SummaryRetoldCount : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var all = DraftPass.LiveFigures(drafts);
        foreach (var summary in drafts.Where(d => !d.Dropped))
        {
            var sums = summary.Figures.Where(s => s.Breakdown && IsSumOfLater(all, summary, s)).ToList();
            if (sums.Count == 0)
            {
                continue;
            }
            foreach (var told in summary.Live.ToList())
            {
                var later = LaterOfItsMeasure(all, summary, told);
                if (later.Count != 1 || later[0].Figure.Count != told.Count || !DraftRelations.SameProvinceOrUnnamed(summary, later[0].Draft))
                {
                    continue;
                }
                var body = later[0].Draft;
                if (sums.Exists(s => body.Live.Any(p => p.MayBePartOf(s) && p.First > s.Last && p.Count < s.Count)))
                {
                    told.Breakdown = true;
                }
            }
            summary.Dropped |= !summary.Live.Any();
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>Every count of the measure told after it, in other events, adds up to it exactly: two at least.</summary>
    private static bool IsSumOfLater(List<(OperationDraft Draft, Figure Figure)> all, OperationDraft summary, Figure total)
    {
        var parts = LaterOfItsMeasure(all, summary, total);
        return parts.Count >= 2 && parts.Sum(x => x.Figure.Count) == total.Count;
    }

    /// <summary>The live counts of other standing events told after <paramref name="figure"/> that may be parts of it.</summary>
    private static List<(OperationDraft Draft, Figure Figure)> LaterOfItsMeasure(
        List<(OperationDraft Draft, Figure Figure)> all, OperationDraft summary, Figure figure) =>
        all.Where(x => x.Draft != summary && !x.Draft.Dropped && x.Figure.First > figure.Last && x.Figure.MayBePartOf(figure)).ToList();
}
