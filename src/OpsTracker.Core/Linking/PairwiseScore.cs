namespace OpsTracker.Core.Linking;

/// <summary>
/// Pairwise precision and recall of a linking: every two items put in one group is a predicted pair; the truth is a
/// set of pairs. Items are named by strings (operation keys); a pair is unordered.
/// </summary>
public sealed record PairwiseScore(int Predicted, int True, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => True == 0 ? 1 : (double)Correct / True;

    /// <summary>Scores predicted groups against true pairs; also returns the false and the missed pairs.</summary>
    public static (PairwiseScore Score, IReadOnlyList<(string A, string B)> False, IReadOnlyList<(string A, string B)> Missed) Of(
        IEnumerable<IReadOnlyCollection<string>> predictedGroups, IEnumerable<(string A, string B)> truePairs)
    {
        ArgumentNullException.ThrowIfNull(predictedGroups);
        ArgumentNullException.ThrowIfNull(truePairs);
        var predicted = new HashSet<(string, string)>();
        foreach (var group in predictedGroups)
        {
            var items = group.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    predicted.Add((items[i], items[j]));
                }
            }
        }
        var truth = truePairs.Select(p => Ordered(p.A, p.B)).Where(p => p.Item1 != p.Item2).ToHashSet();
        var correct = predicted.Count(truth.Contains);
        return (new PairwiseScore(predicted.Count, truth.Count, correct),
            [.. predicted.Where(p => !truth.Contains(p)).Order()],
            [.. truth.Where(p => !predicted.Contains(p)).Order()]);
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
