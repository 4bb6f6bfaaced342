namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A draft left with no figure of its own (all told elsewhere, or only the parts of a total) is no operation. The
/// operations told without figures are added after the passes, so none of them is here.
/// </summary>
internal sealed class CountlessDraftRemoval : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context) =>
        drafts.Where(d => !d.Dropped && d.Live.Any()).ToList();
}
