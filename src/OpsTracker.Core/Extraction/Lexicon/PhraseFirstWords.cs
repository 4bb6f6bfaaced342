using System.Collections.Concurrent;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Lexicon;

/// <summary>
/// The first words of every phrase any <see cref="PhraseMatcher{T}"/> holds. Most words of a report start no phrase
/// of any word list; a word whose readings are none of these is told so once (the answer is kept on its shared
/// <see cref="WordForms"/>), and every matcher then turns it away without looking at its readings.
/// </summary>
internal static class PhraseFirstWords
{
    private static readonly ConcurrentDictionary<string, byte> Words = new(StringComparer.Ordinal);

    /// <summary>Bumped after each new first word, so that an answer kept from before it is asked again.</summary>
    private static int _version;

    public static int Version => Volatile.Read(ref _version);

    public static void Add(string word)
    {
        if (Words.TryAdd(word, 0))
        {
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>Whether any reading a matcher tries first (<see cref="WordForms.Stems"/>, <see cref="WordForms.ReadingsKeepingArticle"/>) starts a phrase.</summary>
    public static bool AnyStarts(WordForms forms)
    {
        foreach (var r in forms.Stems)
        {
            if (Words.ContainsKey(r))
            {
                return true;
            }
        }
        foreach (var r in forms.ReadingsKeepingArticle)
        {
            if (Words.ContainsKey(r))
            {
                return true;
            }
        }
        return false;
    }
}
