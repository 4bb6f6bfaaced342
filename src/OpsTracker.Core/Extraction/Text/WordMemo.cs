using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The shared memo of <see cref="WordForms"/>, one per written word: an open-addressing table whose entry holds the
/// word's first eight characters, the word's string, its forms, its kept phrase-start set and its kept
/// <see cref="WordAnswers"/>.
/// </summary>
/// <remarks>
/// Why not a dictionary: the tokenizer looks up every word of every report here, and a concurrent dictionary's look-up
/// touched five objects spread over the heap (bucket, node, key string, forms, phrase-start set), each a cache miss for
/// most of some tens of thousands of words: about a tenth of a batch's time went to those loads. Here a known word is
/// one entry (one or two cache lines, the entries of a table lying side by side) and its phrase-start set; the key's
/// string is read only past its eighth character. Readers take no lock: an entry is filled under <see cref="Gate"/> and
/// published by writing its forms last, never changed after but for its kept phrase-start set (a whole reference, an
/// answer that is a pure function of the word and the lists' version, checked on every read); a table that grows is
/// copied and replaced whole, so a reader probes one table from start to end.
/// </remarks>
internal static class WordMemo
{
    internal struct Entry
    {
        /// <summary>Null while the slot is free; written last when the entry is filled.</summary>
        public WordForms? Forms;

        public string Word;

        /// <summary><see cref="WordForms.PhraseStarts"/> as last read through this entry, or null.</summary>
        public WordForms.PhraseStartSet? PhraseStarts;

        /// <summary>
        /// The word's <see cref="WordAnswers"/> of the last set asked, under that set's stamp (bits from
        /// <see cref="WordAnswers.StampShift"/>; 0: none): one word, written whole, so a reader sees either answer.
        /// </summary>
        public ulong Answers;

        /// <summary>
        /// Characters 0-3 and 4-7 of the word, 16 bits each (zero past its end): the whole word when it has at most
        /// eight characters and no NUL (<see cref="Key"/>'s exact), so that such a word is found without reading its string.
        /// </summary>
        /// <remarks>
        /// No hash and no length besides: with <see cref="Answers"/> the entry is 48 bytes, not 56, and a look-up reads
        /// one cache line more often than two (the hash is computed again when the table grows).
        /// </remarks>
        public ulong FirstChars;
        public ulong NextChars;
    }

    private const int InitialCapacity = 1 << 14;

    private static readonly Lock Gate = new();

    /// <summary>A power of two, at most half full; replaced whole when it grows or the memo starts over.</summary>
    private static Entry[] _entries = new Entry[InitialCapacity];

    /// <summary>Words in <see cref="_entries"/>; changed under <see cref="Gate"/>.</summary>
    private static int _count;

    /// <summary>
    /// The entry of <paramref name="word"/>, added if new (its string then <paramref name="given"/>, else a copy of the
    /// span). The entry's <see cref="Entry.Forms"/> is set.
    /// </summary>
    internal static ref Entry Find(ReadOnlySpan<char> word, string? given = null) => ref Find(word, Key(word), given);

    /// <summary>
    /// <paramref name="word"/>'s key, with the cache lines of the slot its probe starts at asked of the processor
    /// (<see cref="Prefetch"/>): the tokenizer looks the word up with it once it has found the rest of its chunk of tokens.
    /// </summary>
    /// <remarks>
    /// Why: a word's entry is a cache miss for most words of a report (58 % of the tokenizer's time in speed30c's
    /// profile), and each look-up waited for its entry before the next word was found; asked when the word is found,
    /// a chunk's entries load side by side while the processor walks the chunk's other words. A prefetch only hints:
    /// the answer is <see cref="Find(ReadOnlySpan{char}, Probe, string?)"/>'s.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Probe Prepare(ReadOnlySpan<char> word)
    {
        var probe = Key(word);
        var entries = Volatile.Read(ref _entries);
        ref var slot = ref entries[probe.Hash & (entries.Length - 1)];
        Prefetch(ref Unsafe.As<Entry, byte>(ref slot));
        Prefetch(ref Unsafe.Add(ref Unsafe.As<Entry, byte>(ref slot), Unsafe.SizeOf<Entry>() - 1));
        return probe;
    }

    /// <summary>The entry of <paramref name="word"/>, whose key is <paramref name="probe"/> (<see cref="Prepare"/>).</summary>
    internal static ref Entry Find(ReadOnlySpan<char> word, Probe probe, string? given = null)
    {
        var entries = Volatile.Read(ref _entries);
        var mask = entries.Length - 1;
        for (var i = probe.Hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            if (Volatile.Read(ref entry.Forms) is null)
            {
                return ref Add(word, given, probe.First, probe.Next, probe.Hash, probe.Exact);
            }
            if (entry.FirstChars == probe.First && entry.NextChars == probe.Next && (probe.Exact || word.SequenceEqual(entry.Word)))
            {
                return ref entry;
            }
        }
    }

    /// <summary>
    /// Asks the processor to load the cache line at <paramref name="at"/> without waiting for it (x86's prefetch; nothing
    /// elsewhere). The address may be stale by the time the line comes (the collector may move what lies there): a
    /// prefetch never faults and changes no value, so the worst it does is fetch a line nobody reads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref byte at)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref at));
        }
    }

    /// <summary>
    /// The phrase-start set the entry keeps (<see cref="WordForms.PhraseStarts"/> as last read through it; kept from the
    /// forms when the entry has none yet), not read here.
    /// </summary>
    /// <remarks>
    /// The tokenizer made its tokens with the set checked current, which read the set: a second cache miss per word,
    /// after the entry's and depending on it (27 % of the tokenizer's time in speed30c's profile), in the middle of the
    /// chunk whose entries load together. The token checks the set's version whenever it is asked
    /// (<see cref="Token.MayStartAPhraseOf"/>) and falls back to the forms' current set, so an entry's set may be of an
    /// older version without a wrong answer. The miss itself moves to the set's first reader (the sentences' splitting
    /// and bits), as speed30c found; asking the processor for the set here as well was measured level (session 30).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static WordForms.PhraseStartSet KeptPhraseStarts(ref Entry entry) =>
        Volatile.Read(ref entry.PhraseStarts) ?? KeepPhraseStarts(ref entry);

    private static WordForms.PhraseStartSet KeepPhraseStarts(ref Entry entry)
    {
        var kept = entry.Forms!.PhraseStarts();
        Volatile.Write(ref entry.PhraseStarts, kept);
        return kept;
    }

    /// <summary>
    /// The word's answers to <paramref name="answers"/> (<see cref="WordAnswers.Known"/> set): the entry's kept ones
    /// when they are that set's, else computed through the word's forms (then kept on the entry, when the set has a stamp).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong AnswersOf(ref Entry entry, WordAnswers answers)
    {
        var kept = Volatile.Read(ref entry.Answers);
        var stamp = answers.Stamp;
        return stamp != 0 && kept >> WordAnswers.StampShift == stamp ? WordAnswers.Known | (kept & WordAnswers.AnswerBits) : KeepAnswers(ref entry, answers);
    }

    private static ulong KeepAnswers(ref Entry entry, WordAnswers answers)
    {
        var computed = answers.Compute(entry.Forms!);
        if (answers.Stamp != 0)
        {
            Volatile.Write(ref entry.Answers, (answers.Stamp << WordAnswers.StampShift) | (computed & WordAnswers.AnswerBits));
        }
        return computed;
    }

    private static ref Entry Add(ReadOnlySpan<char> word, string? given, ulong first, ulong next, int hash, bool exact)
    {
        lock (Gate)
        {
            var entries = _entries;
            if (_count >= WordForms.MemoCapacity)
            {
                // Start over, as the memo always has: a long batch's words stay a few tens of MB at most.
                entries = new Entry[InitialCapacity];
                _count = 0;
                Volatile.Write(ref _entries, entries);
            }
            else if (2 * (_count + 1) > entries.Length)
            {
                entries = Grown(entries);
                Volatile.Write(ref _entries, entries);
            }
            var mask = entries.Length - 1;
            var i = hash & mask;
            for (; entries[i].Forms is not null; i = (i + 1) & mask)
            {
                ref var other = ref entries[i];
                if (other.FirstChars == first && other.NextChars == next && (exact || word.SequenceEqual(other.Word)))
                {
                    // Another thread added it since this one looked.
                    return ref other;
                }
            }
            ref var entry = ref entries[i];
            var text = given ?? word.ToString();
            entry.Word = text;
            entry.FirstChars = first;
            entry.NextChars = next;
            Volatile.Write(ref entry.Forms, new WordForms(text));
            _count++;
            return ref entry;
        }
    }

    /// <summary>A table twice the size holding the same entries.</summary>
    private static Entry[] Grown(Entry[] entries)
    {
        var larger = new Entry[entries.Length * 2];
        var mask = larger.Length - 1;
        foreach (var entry in entries)
        {
            if (entry.Forms is null)
            {
                continue;
            }
            var i = Key(entry.Word).Hash & mask;
            while (larger[i].Forms is not null)
            {
                i = (i + 1) & mask;
            }
            larger[i] = entry;
        }
        return larger;
    }

    /// <summary>
    /// The word's first eight characters packed in two words, a hash of all of it with its length, and whether the two
    /// words are the whole word (at most eight characters, none of them NUL, so that the zeros past its end mark it).
    /// </summary>
    private static Probe Key(ReadOnlySpan<char> word)
    {
        ulong first = 0, next = 0;
        var n = Math.Min(word.Length, 8);
        var exact = word.Length <= 8;
        for (var k = 0; k < n; k++)
        {
            exact &= word[k] != '\0';
            if (k < 4)
            {
                first |= (ulong)word[k] << (16 * k);
            }
            else
            {
                next |= (ulong)word[k] << (16 * (k - 4));
            }
        }
        var h = (first * 0x9E3779B97F4A7C15UL) ^ (next * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)word.Length;
        for (var k = 8; k < word.Length; k++)
        {
            h = (h ^ word[k]) * 0x100000001B3UL;
        }
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return new Probe(first, next, (int)(h >> 33), exact);
    }

    /// <summary>
    /// A word's key: its first eight characters packed in two words, a hash of all of it with its length, and whether
    /// the two words are the whole word (<see cref="Key"/>).
    /// </summary>
    internal readonly record struct Probe(ulong First, ulong Next, int Hash, bool Exact);
}
