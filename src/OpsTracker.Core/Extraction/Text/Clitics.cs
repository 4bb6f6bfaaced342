namespace OpsTracker.Core.Extraction.Text;

/// <summary>Arabic proclitics (و ف ب ل ك and the article) written joined to the word they govern.</summary>
public static class Clitics
{
    // Longest first: a word is tried bare, then with each prefix removed.
    private static readonly string[] Prefixes =
    [
        "وبال", "وكال", "ولل", "فبال", "فال", "وال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وك", "ال", "و", "ف", "ب", "ل", "ك",
    ];

    /// <summary>The word and each reading of it with a proclitic removed (at least two letters left).</summary>
    public static IEnumerable<string> Readings(string word)
    {
        yield return word;
        foreach (var p in Prefixes)
        {
            if (word.Length - p.Length >= 2 && word.StartsWith(p, StringComparison.Ordinal))
            {
                yield return word[p.Length..];
            }
        }
    }

    /// <summary>The word with only a conjunction or preposition (و ف ب ل ك) removed, keeping the article.</summary>
    public static IEnumerable<string> ReadingsWithoutArticleRemoval(string word)
    {
        yield return word;
        foreach (var p in (string[])["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"])
        {
            if (word.Length - p.Length >= 2 && word.StartsWith(p, StringComparison.Ordinal))
            {
                yield return word[p.Length..];
            }
        }
    }
}
