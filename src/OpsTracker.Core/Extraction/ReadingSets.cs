namespace OpsTracker.Core.Extraction;

/// <summary>Whether a word's readings meet a word set, asked without a delegate.</summary>
public static class ReadingSets
{
    /// <summary>
    /// Whether one of <paramref name="readings"/> is in <paramref name="words"/>: <c>readings.AnyIn(words)</c>,
    /// without the delegate that form makes at every call (bound to an interface method, so each one is resolved
    /// and allocated afresh: about a hundred thousand a batch pass, asked at every token of the loops that call it).
    /// </summary>
    /// <remarks>A lexicon's word set turns most readings away by its sign, without a look-up (<see cref="Lexicon.SignedWordSet"/>).</remarks>
    public static bool AnyIn(this string[] readings, IReadOnlySet<string> words)
    {
        if (words is Lexicon.SignedWordSet signed)
        {
            return signed.HoldsAnyOf(readings);
        }
        foreach (var reading in readings)
        {
            if (words.Contains(reading))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><see cref="AnyIn(string[], IReadOnlySet{string})"/> for a lexicon's set, which the readers hold as itself: no type test, no interface call.</summary>
    public static bool AnyIn(this string[] readings, Lexicon.SignedWordSet words) => words.HoldsAnyOf(readings);
}
