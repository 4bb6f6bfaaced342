using System.Collections.Concurrent;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Lexicon;

/// <summary>
/// The first words of every phrase any <see cref="PhraseMatcher{T}"/> holds, each with the matchers it starts a phrase
/// of (one bit per matcher, by the matcher's number). Most words of a report start no phrase of any word list, and
/// most of the rest start phrases of one or two of some thirty lists; a word's readings are looked up here once (the
/// answer is kept on its shared <see cref="WordForms"/>), and every matcher then turns away a word that starts none of
/// its phrases with one bit test instead of a look-up per reading.
/// </summary>
internal static class PhraseFirstWords
{
    private static readonly ConcurrentDictionary<string, ulong[]> Words = new(StringComparer.Ordinal);

    /// <summary>Serialises <see cref="Add"/>, which replaces a word's bits (the arrays are never changed once stored).</summary>
    private static readonly Lock Gate = new();

    /// <summary>Bumped after each new (first word, matcher) pair, so that an answer kept from before it is asked again.</summary>
    private static int _version;

    private static int _lastMatcher = -1;

    public static int Version => Volatile.Read(ref _version);

    /// <summary>How many matcher numbers <see cref="NewMatcher"/> has given out (one more than the last).</summary>
    public static int Count => Volatile.Read(ref _lastMatcher) + 1;

    /// <summary>A number for a new matcher: its bit in the sets of <see cref="MatchersStartedBy"/>.</summary>
    public static int NewMatcher() => Interlocked.Increment(ref _lastMatcher);

    /// <summary>Whether <paramref name="word"/> (normalised, compared ordinally) is a first word of a phrase of matcher <paramref name="matcher"/>.</summary>
    public static bool Starts(string word, int matcher) => Words.TryGetValue(word, out var bits) && Has(bits, matcher);

    public static void Add(string word, int matcher)
    {
        lock (Gate)
        {
            var bits = Words.GetValueOrDefault(word) ?? [];
            if (Has(bits, matcher))
            {
                return;
            }
            var grown = new ulong[Math.Max(bits.Length, (matcher >> 6) + 1)];
            bits.CopyTo(grown, 0);
            grown[matcher >> 6] |= 1UL << (matcher & 63);
            Words[word] = grown;
            // After the word's new bits: a reader that saw the old version asks again and finds them.
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>Whether <paramref name="matcher"/>'s bit is set in a set of <see cref="MatchersStartedBy"/>.</summary>
    public static bool Has(ulong[] matchers, int matcher)
    {
        var slot = matcher >> 6;
        return slot < matchers.Length && (matchers[slot] & (1UL << (matcher & 63))) != 0;
    }

    /// <summary>
    /// The matchers a reading a matcher tries first (<see cref="WordForms.Stems"/>, <see cref="WordForms.ReadingsKeepingArticle"/>)
    /// starts a phrase of; empty when none.
    /// </summary>
    public static ulong[] MatchersStartedBy(WordForms forms)
    {
        ulong[]? union = null;
        foreach (var r in forms.Stems)
        {
            AddTo(ref union, r);
        }
        foreach (var r in forms.ReadingsKeepingArticle)
        {
            AddTo(ref union, r);
        }
        return union ?? [];
    }

    private static void AddTo(ref ulong[]? union, string reading)
    {
        if (!Words.TryGetValue(reading, out var bits))
        {
            return;
        }
        if (union is null || union.Length < bits.Length)
        {
            var grown = new ulong[bits.Length];
            union?.CopyTo(grown, 0);
            union = grown;
        }
        for (var k = 0; k < bits.Length; k++)
        {
            union[k] |= bits[k];
        }
    }
}
