namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "بين القتلى قياديان" is part of a count the report gives; where the report gives none of that measure (a copy that
/// begins below its lead, a story that only names who was among the dead), the people named are the only figure
/// there is, and they count. Runs first, so the passes after it see the figure as the report's own. A report with a
/// tally keeps them a breakdown: the count they belong to may be the tally's.
/// </summary>
internal sealed class UncountedAmongRestoration : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        if (context.Tallies.Count > 0)
        {
            return drafts;
        }
        // Loops, not a query: this is asked of every report with drafts.
        List<Figure>? amongTheCounted = null;
        foreach (var d in drafts)
        {
            foreach (var f in d.Figures)
            {
                if (f.AmongTheCounted && f.Breakdown)
                {
                    (amongTheCounted ??= []).Add(f);
                }
            }
        }
        if (amongTheCounted is null)
        {
            // Most reports name nobody among the counted: the live figures are not gathered for nothing.
            return drafts;
        }
        var live = drafts.SelectMany(d => d.Live).ToList();
        foreach (var among in amongTheCounted)
        {
            if (!live.Any(f => f.SameMeasure(among)))
            {
                among.Breakdown = false;
                live.Add(among);
            }
        }
        return drafts;
    }
}
