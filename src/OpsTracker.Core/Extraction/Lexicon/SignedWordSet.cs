using System.Runtime.CompilerServices;

namespace OpsTracker.Core.Extraction.Lexicon;

/// <summary>
/// A word list of the lexicon read as a set of words (its <c>WordSet</c>s), with a sign of its words: 4,096 bits, one
/// per first letter, last letter and length (<see cref="PhraseMatcher{T}"/>'s sign of its first words). The readers ask
/// these sets of every reading of every word of a sentence (<see cref="ReadingSets.AnyIn(string[], SignedWordSet)"/>), and nearly all readings
/// are turned away by a clear bit, without hashing the reading. A clear bit never lies: the set's words are all signed
/// when it is made, and nothing adds to a lexicon's set after.
/// </summary>
/// <remarks>
/// The lexicon declares these sets as themselves, not as <see cref="IReadOnlySet{T}"/> (a read-only set over a
/// <see cref="HashSet{T}"/>, so that nobody adds a word the sign does not hold): the readers ask a word of them
/// directly too (<c>lexicon.WindowOpeners.Contains(tokens[i].Text)</c>, at every token of the walks that look for a
/// whole word), and through the interface each question was a call that is never inlined. <see cref="Contains"/> asks
/// the sign first, so a word whose bit is clear is not hashed; the answer is the set's own (a clear bit never lies, and
/// a set bit asks the set).
/// </remarks>
public sealed class SignedWordSet : IReadOnlySet<string>
{
    private const int SignBits = 1 << 12;

    private readonly HashSet<string> _words;

    private readonly ulong[] _signs = new ulong[SignBits / 64];

    internal SignedWordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var word in _words)
        {
            var sign = Sign(word);
            _signs[sign >> 6] |= 1UL << (sign & 63);
        }
    }

    public int Count => _words.Count;

    /// <summary>Whether one of <paramref name="readings"/> is in the set: its sign first, then the set.</summary>
    public bool HoldsAnyOf(string[] readings)
    {
        foreach (var reading in readings)
        {
            if (MayHold(reading) && _words.Contains(reading))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="item"/> is in the set: its sign first, then the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(string item) => item is not null && MayHold(item) && _words.Contains(item);

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);

    public HashSet<string>.Enumerator GetEnumerator() => _words.GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => _words.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _words.GetEnumerator();

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
