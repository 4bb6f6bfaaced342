using OpsTracker.Core.Domain;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "تصفية نحو 40 إرهابيا" in the lead, then the statement's strikes one by one below (22، 11 و6): a head count told
/// as an approximation (نحو، أكثر من، قرابة) rounds the sum of the counts of its measure the report then tells, so it
/// is their total, not one more operation; <see cref="HeadlineTotalRemoval"/> only sees exact sums. Every later ISIS
/// count of the same measure is a part (not a subset: a chance sum must not hide an operation), they are told as two
/// operations or more, none placed in a province other than the round figure's, and their sum lies within <see cref="RoundedTotalTolerance"/> of the round figure.
/// Input: the drafts standing. Output: the same drafts, the rounded totals marked breakdowns.
/// </summary>
internal sealed class RoundedTotalRemoval : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var headLast = context.Report.Layout.HeadLast;
        List<(OperationDraft Draft, Figure Figure)>? all = null;
        foreach (var d in drafts)
        {
            foreach (var f in d.Figures)
            {
                // The cheap test first: most reports tell no approximate ISIS count in their head.
                if (f.Approximate && !f.Breakdown && f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis && f.Sentence <= headLast)
                {
                    all ??= DraftPass.LiveFigures(drafts);
                    var parts = all.Where(x => x.Figure != f && x.Figure.SameMeasure(f) && x.Figure.Sentence > f.Sentence).ToList();
                    // Parts are operations of their own (two counts of one operation are its parts, not the head's), and
                    // told where the round figure is, when both are placed: a count elsewhere is another statement's.
                    if (parts.Count < 2 || parts.Select(x => x.Draft).Distinct().Count() < 2
                        || parts.Exists(x => x.Draft.Province is not null && d.Province is not null && x.Draft.Province != d.Province))
                    {
                        continue;
                    }
                    var sum = parts.Sum(x => x.Figure.Count);
                    if (Math.Abs(sum - f.Count) <= f.Count * RoundedTotalTolerance && sum != f.Count)
                    {
                        f.Breakdown = true;
                    }
                }
            }
        }
        return DraftPass.Standing(drafts);
    }
}
