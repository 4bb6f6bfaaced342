using System.Runtime.CompilerServices;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// This thread's table of the words it has tokenized: each word's shared <see cref="WordForms"/> and the phrase-start
/// bits of the first 192 word lists (<see cref="WordForms.PhraseStarts"/>) in one entry of an array.
/// </summary>
/// <remarks>
/// Why: the tokenizer asks the shared memo for every word of every report, and that look-up walks from the
/// concurrent dictionary's bucket to its node, the node's key, the forms and the forms' kept bits: five objects
/// scattered over the heap, each a cache miss for most words (a word met again is met again in another report). In a
/// loop over the tokenizer alone most of its time was waiting on those loads. Here a word found again costs its entry
/// (the hash, the bits and the word side by side) and the word's characters compared: two. Per thread, so an entry
/// is written and read by one thread only and is never seen half-written; a miss asks the shared memo as before.
/// The table is a cache: an entry is replaced when another word takes its place, and a word whose lists gained a
/// phrase since (another <see cref="PhraseFirstWords.Version"/>) is asked again.
/// </remarks>
internal sealed class ThreadWordMemo
{
    /// <summary>Sets of two entries: 32,768 entries of 48 bytes (1.5 MB a thread), room for a batch's vocabulary.</summary>
    private const int SetBits = 14;

    [ThreadStatic]
    private static ThreadWordMemo? t_memo;

    private readonly Entry[] _entries = new Entry[2 << SetBits];

    /// <summary>This thread's table.</summary>
    public static ThreadWordMemo ForThisThread => t_memo ??= new ThreadWordMemo();

    /// <summary>
    /// The shared forms of <paramref name="word"/> and their phrase-start bits for lists 0-63, 64-127 and 128-191, as of
    /// <paramref name="version"/> (a <see cref="PhraseFirstWords.Version"/>), as <see cref="WordForms.Of(ReadOnlySpan{char})"/>
    /// and <see cref="WordForms.PhraseStarts"/> give them.
    /// </summary>
    public WordForms Find(ReadOnlySpan<char> word, out ulong first, out ulong second, out ulong third, out int version)
    {
        var hash = Hash(word);
        var set = (int)((hash * 0x9E3779B9u) >> (32 - SetBits)) << 1;
        var current = PhraseFirstWords.Version;
        ref var entry = ref _entries[set];
        if (!Holds(ref entry, hash, word))
        {
            ref var other = ref _entries[set + 1];
            if (Holds(ref other, hash, word))
            {
                // The word last found goes first: the other one of the set is the one a new word replaces.
                (entry, other) = (other, entry);
            }
            else
            {
                other = entry;
                entry = default;
                entry.Hash = hash;
                entry.Forms = WordForms.Of(word);
                entry.Word = entry.Forms.Word;
                entry.Version = current - 1;
            }
        }
        if (entry.Version != current)
        {
            var starts = entry.Forms.PhraseStarts();
            entry.First = starts.FirstMatchers;
            entry.Second = starts.SecondMatchers;
            entry.Third = starts.ThirdMatchers;
            entry.Version = starts.Version;
        }
        first = entry.First;
        second = entry.Second;
        third = entry.Third;
        version = entry.Version;
        return entry.Forms;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(ref Entry entry, uint hash, ReadOnlySpan<char> word) =>
        entry.Hash == hash && entry.Word is { } kept && kept.AsSpan().SequenceEqual(word);

    /// <summary>FNV-1a over the characters: words are short, and the table needs no defence against chosen keys (a set holds two, then replaces).</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }

    private struct Entry
    {
        public uint Hash;
        public int Version;
        public string? Word;
        public WordForms Forms;
        public ulong First;
        public ulong Second;
        public ulong Third;
    }
}
