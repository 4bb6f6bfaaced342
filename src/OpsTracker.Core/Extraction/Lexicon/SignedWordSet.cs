using System.Runtime.CompilerServices;

namespace OpsTracker.Core.Extraction.Lexicon;

/// <summary>
/// A word list of the lexicon read as a set of words (its <c>WordSet</c>s), with a sign of its words: 4,096 bits, one
/// per first letter, last letter and length (<see cref="PhraseMatcher{T}"/>'s sign of its first words). The readers ask
/// these sets of every reading of every word of a sentence (<see cref="ReadingSets.AnyIn"/>), and nearly all readings
/// are turned away by a clear bit, without hashing the reading. A clear bit never lies: the set's words are all signed
/// when it is made, and nothing adds to a lexicon's set after.
/// </summary>
/// <remarks>
/// The readers hold these sets as <see cref="IReadOnlySet{T}"/> and ask a word of them directly too
/// (<c>lexicon.WindowOpeners.Contains(tokens[i].Text)</c>, at every token of the walks that look for a whole word):
/// that question is answered here (<see cref="IReadOnlySet{T}.Contains"/>, the interface implemented again), the
/// sign first, so a word whose bit is clear is not hashed. The answer is the set's own: a clear bit never lies, and a
/// set bit asks the set.
/// </remarks>
internal sealed class SignedWordSet : HashSet<string>, IReadOnlySet<string>
{
    private const int SignBits = 1 << 12;

    private readonly ulong[] _signs = new ulong[SignBits / 64];

    public SignedWordSet(IEnumerable<string> words)
        : base(words, StringComparer.Ordinal)
    {
        foreach (var word in this)
        {
            var sign = Sign(word);
            _signs[sign >> 6] |= 1UL << (sign & 63);
        }
    }

    /// <summary>Whether one of <paramref name="readings"/> is in the set: its sign first, then the set.</summary>
    public bool HoldsAnyOf(string[] readings)
    {
        foreach (var reading in readings)
        {
            if (MayHold(reading) && Contains(reading))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="item"/> is in the set, asked through <see cref="IReadOnlySet{T}"/>: its sign first.</summary>
    bool IReadOnlySet<string>.Contains(string item) => (item is null || MayHold(item)) && Contains(item!);

    /// <summary>False when <paramref name="word"/> is surely not in the set; true when it may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHold(string word)
    {
        var sign = Sign(word);
        return (_signs[sign >> 6] & (1UL << (sign & 63))) != 0;
    }

    private static int Sign(string word) =>
        word.Length == 0 ? 0 : (int)(((uint)word[0] * 31 + word[^1]) * 31 + (uint)word.Length) & (SignBits - 1);
}
