using System.Diagnostics.CodeAnalysis;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Dates;

/// <summary>
/// The first words of every table of one lexicon: the set a scanner skips all other words by, and for each word the
/// tables it starts a phrase of, one bit per table, so that a scanner looks a word up once for all its tables.
/// </summary>
internal sealed class PhraseTableIndex
{
    /// <summary>Tables one index can tell apart: the bits of a 64-bit mask but the last, which a scanner uses as a mark.</summary>
    public const int MaxTables = 63;

    private int _tables;

    /// <summary>How many tables have a bit (<see cref="NextBit"/>).</summary>
    public int Count => _tables;

    /// <summary>Every word a phrase of any table starts with.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>For each first word, the <see cref="PhraseTable{T}.Bit"/>s of the tables it starts a phrase of.</summary>
    public Dictionary<string, ulong> TablesByWord { get; } = new(StringComparer.Ordinal);

    /// <summary>Bumped by every <see cref="Add"/>, so that an answer kept on a shared word is asked again after it.</summary>
    public int Version => Volatile.Read(ref _version);

    private int _version;

    /// <summary>The tables <paramref name="word"/> starts a phrase of (0: none).</summary>
    public ulong TablesStartedBy(string word) => TablesByWord.GetValueOrDefault(word);

    /// <summary>
    /// The tables some clitic form of <paramref name="word"/> (<see cref="DateScanner.CliticForms"/>) starts a phrase
    /// of (0: none). Asked once per distinct word and kept on its <see cref="WordForms"/>.
    /// </summary>
    public ulong TablesStartedByFormsOf(string word)
    {
        ulong tables = 0;
        foreach (var (form, _) in DateScanner.CliticForms(word))
        {
            tables |= TablesStartedBy(form);
        }
        return tables;
    }

    internal ulong NextBit()
    {
        if (_tables == MaxTables)
        {
            throw new InvalidOperationException($"a date lexicon holds at most {MaxTables} phrase tables");
        }
        return 1UL << _tables++;
    }

    internal void Add(string firstWord, ulong bit)
    {
        Words.Add(firstWord);
        TablesByWord[firstWord] = TablesByWord.GetValueOrDefault(firstWord) | bit;
        Interlocked.Increment(ref _version);
    }
}

/// <summary>Normalised phrases of one or more words, each with a value; the first entry of a phrase wins.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly PhraseTableIndex _index;

    /// <param name="index">Shared by every table of a lexicon, so that a scanner can skip words no table starts with.</param>
    public PhraseTable(PhraseTableIndex index)
    {
        _index = index;
        Bit = index.NextBit();
    }

    /// <summary>This table's bit in <see cref="PhraseTableIndex.TablesByWord"/>.</summary>
    public ulong Bit { get; }

    public int MaxWords { get; private set; }

    public void Add(string phrase, T value)
    {
        var words = ArabicNormalizer.NormalizeTerm(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }
        _entries.TryAdd(string.Join(' ', words), value);
        _firstWords.Add(words[0]);
        _index.Add(words[0], Bit);
        MaxWords = Math.Max(MaxWords, words.Length);
    }

    public bool MayStartWith(string word) => _firstWords.Contains(word);

    public bool TryGet(string phrase, [MaybeNullWhen(false)] out T value) => _entries.TryGetValue(phrase, out value);
}
