namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "قتل إرهابي في مواجهة بقرية ... ومقتل إرهابيين اثنين في حادث آخر ..." and then "قتل 3 منهم خلال مواجهات": a count
/// told after the operations it sums, equal to the sum of every earlier count of its measure, those told in at least
/// two operations of their own and all of its province, is their total told again, no operation more (the later twin
/// of <see cref="HeadlineTotalRemoval"/>, which sees totals told before their parts). All the earlier counts must add
/// up to it, not a subset, so a chance sum of some of them leaves it; a clause that brings in another operation
/// (<see cref="NewForceClauses.TellsAnotherOperation"/>, <see cref="NewOperationClauses"/>) counts its own.
/// </summary>
internal sealed class RetoldSumRemoval(Lexicon.ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>The fewest earlier operations whose counts a later total may sum.</summary>
    private const int MinimumParts = 2;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        if (drafts.Count <= MinimumParts)
        {
            return drafts;
        }
        foreach (var later in drafts)
        {
            if (later.Province is null || later.Dropped)
            {
                continue;
            }
            foreach (var total in later.Live.ToList())
            {
                var parts = drafts.Where(d => d != later && !d.Dropped)
                    .Select(d => (Draft: d, Figures: d.Live.Where(f => f.SameMeasure(total) && !f.Breakdown && f.Last < total.First).ToList()))
                    .Where(x => x.Figures.Count > 0).ToList();
                if (parts.Count >= MinimumParts && parts.All(x => x.Draft.Province == later.Province)
                    && parts.Sum(x => x.Figures.Sum(f => f.Count)) == total.Count
                    && !NewForceClauses.TellsAnotherOperation(context.Report, lexicon, later.Clause)
                    && !NewOperationClauses.Opens(context.Report, lexicon, later.Clause))
                {
                    later.Figures.Remove(total);
                }
            }
            if (!later.Live.Any())
            {
                later.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }
}
