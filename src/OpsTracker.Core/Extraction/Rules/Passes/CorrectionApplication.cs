namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "قتل ثمانية ... وارتفعت الحصيلة لاحقا إلى 11 قتيلا": a corrected figure replaces the last earlier figure of the
/// same measure (whose operation keeps its place and date); the correction is no operation of its own.
/// </summary>
internal sealed class CorrectionApplication : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var all = DraftPass.LiveFigures(drafts);
        foreach (var (draft, correction) in all.Where(x => x.Figure.Correction))
        {
            var corrected = all.LastOrDefault(x => x.Figure != correction && !x.Figure.Correction && x.Figure.First < correction.First
                && x.Figure.SameMeasure(correction) && x.Draft.Figures.Contains(x.Figure));
            if (corrected.Figure is null)
            {
                continue;
            }
            corrected.Figure.Count = correction.Count;
            draft.Figures.Remove(correction);
            draft.Dropped |= !draft.Live.Any();
        }
        return DraftPass.Standing(drafts);
    }
}
