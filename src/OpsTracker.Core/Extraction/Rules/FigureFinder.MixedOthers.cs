namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتل 30 شخصا معظمهم من مسلحي داعش، وأصيب 20 آخرون": the others told after a mixed toll (<see cref="IsMixedToll"/>:
/// people at large most or some of whom were ISIS's, or the dead of fighting between ISIS and the forces) are more
/// people of the same mixed crowd, so their count is no figure of either side either; without this the others would
/// take the side of the nearest name in the sentence, ISIS's.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The sentence and the last token of the latest count this reading of one report refused as a mixed toll (the
    /// finder is made for one report, so this is per-call state).
    /// </summary>
    private (int Sentence, int Last)? _mixedToll;

    /// <summary>
    /// A count of others in the sentence of a mixed toll, after it, with no figure of a side read between the toll and
    /// the others (a figure between would be what the others are others of).
    /// </summary>
    private bool OthersOfAMixedToll(Sentence s, Numbers.CountExpression count, Figure? previous) =>
        _mixedToll is { } mixed && mixed.Sentence == s.Index && mixed.Last < count.FirstToken
        && (previous is null || previous.Sentence != s.Index || previous.Last < mixed.Last);
}
