namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A tally's figure told again in a sentence without its cue (the headline, a quote) is the tally, not an
/// operation; "أكثر من 300" then "331" is one figure, told precisely the second time.
/// </summary>
internal sealed class TallyRepetitionRemoval : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        foreach (var draft in drafts)
        {
            foreach (var f in draft.Live.ToList())
            {
                var field = TallyFigures.FieldOf(f);
                if (field is null)
                {
                    continue;
                }
                foreach (var t in context.Tallies)
                {
                    var same = t.Figures.FirstOrDefault(x => TallyFigures.FieldOf(x) == field);
                    if (same is null)
                    {
                        continue;
                    }
                    if (same.Count == f.Count)
                    {
                        draft.Figures.Remove(f);
                        break;
                    }
                    // "أكثر من 300" then "331", either way round: one figure, told precisely once.
                    if (TallyFigures.RoundedAndExact(same, f))
                    {
                        TallyFigures.KeepExact(t.Figures, same, f);
                        draft.Figures.Remove(f);
                        break;
                    }
                }
            }
            if (!draft.Live.Any())
            {
                draft.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }
}
