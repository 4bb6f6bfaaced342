using System.Diagnostics.CodeAnalysis;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Dates;

/// <summary>Normalised phrases of one or more words, each with a value; the first entry of a phrase wins.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allFirstWords;

    /// <param name="allFirstWords">Shared by every table of a lexicon, so that a scanner can skip words no table starts with.</param>
    public PhraseTable(HashSet<string> allFirstWords) => _allFirstWords = allFirstWords;

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
        _allFirstWords.Add(words[0]);
        MaxWords = Math.Max(MaxWords, words.Length);
    }

    public bool MayStartWith(string word) => _firstWords.Contains(word);

    public bool TryGet(string phrase, [MaybeNullWhen(false)] out T value) => _entries.TryGetValue(phrase, out value);
}
