using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>What a pass may read besides the drafts: the report and its merged tallies.</summary>
internal sealed record DraftPassContext(ReportText Report, IReadOnlyList<TallyDraft> Tallies);

/// <summary>
/// One stage of cleaning the operations read from a report, the way an analyst would (a figure told twice is one, a
/// total of the operations below is no event, a continuation joins its operation ...).
/// Input: the drafts still standing, in the order they were read. Output: the drafts still standing after the pass,
/// in the same order, as a new list.
/// Passes change the drafts they merge in place (a figure leaves the telling that loses it, a keeper inherits the
/// loser's province or date, a total is marked a breakdown): a figure is the same object in every list that holds
/// it, which is how the passes tell one telling from another, and the drafts belong to this one report. A pass
/// marks a draft it merges away <see cref="OperationDraft.Dropped"/> while it runs, so that its own later steps skip
/// it; the list it returns leaves such drafts out. Passes hold no state: one instance serves every report at once.
/// </summary>
internal interface IDraftPass
{
    IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context);
}

internal static class DraftPass
{
    /// <summary>
    /// Each live figure (<see cref="OperationDraft.Live"/>) of each draft not merged away, with its draft, in order: what
    /// the passes comparing every figure with every other start from. Loops, where the query built a projection, a
    /// filter and a closure per draft.
    /// </summary>
    public static List<(OperationDraft Draft, Figure Figure)> LiveFigures(IReadOnlyList<OperationDraft> drafts)
    {
        var all = new List<(OperationDraft Draft, Figure Figure)>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Dropped)
            {
                continue;
            }
            foreach (var f in d.Figures)
            {
                // Live: the figures that are no breakdown (all of them when none is).
                if (!f.Breakdown)
                {
                    all.Add((d, f));
                }
            }
        }
        return all;
    }

    /// <summary>
    /// Victims no attack of the draft counts (its attack is not ISIS's, they were counted over a span, an accident
    /// killed them) leave it and join <see cref="ReportText.UnattributedVictims"/>, so that another telling of the same
    /// count goes too; a draft left counting nothing is dropped.
    /// </summary>
    public static void Unattribute(ReportText report, OperationDraft draft, List<Figure> victims)
    {
        report.UnattributedVictims.AddRange(victims);
        draft.Figures.RemoveAll(victims.Contains);
        draft.Dropped = draft.Figures.Count == 0;
    }

    /// <summary>
    /// The loop of every pass that takes victims off the attacks: each standing draft's victims (casualties not
    /// ISIS's) that <paramref name="countsNoAttack"/> says no attack of the draft counts are unattributed
    /// (<see cref="Unattribute"/>); returns the drafts left standing.
    /// </summary>
    public static IReadOnlyList<OperationDraft> UnattributeVictims(
        ReportText report, IReadOnlyList<OperationDraft> drafts, Func<Figure, bool> countsNoAttack)
    {
        foreach (var d in drafts)
        {
            if (d.Dropped)
            {
                continue;
            }
            List<Figure>? victims = null;
            foreach (var f in d.Figures)
            {
                if (f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis && countsNoAttack(f))
                {
                    (victims ??= []).Add(f);
                }
            }
            if (victims is not null)
            {
                Unattribute(report, d, victims);
            }
        }
        return Standing(drafts);
    }

    /// <summary>The drafts a pass has not merged away, in order.</summary>
    /// <remarks>A loop: every pass ends with it, and the query's iterator and its resizing list were one more of each per pass and report.</remarks>
    public static IReadOnlyList<OperationDraft> Standing(IReadOnlyList<OperationDraft> drafts)
    {
        var standing = new List<OperationDraft>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (!drafts[i].Dropped)
            {
                standing.Add(drafts[i]);
            }
        }
        return standing;
    }
}
