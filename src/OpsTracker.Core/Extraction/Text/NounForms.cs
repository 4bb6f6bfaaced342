namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The dual of an Arabic noun, made from its singular as the grammar makes it, so the word lists give each noun once
/// and every dual reads: مضافة -> مضافتين / مضافتان, ملجأ -> ملجأين / ملجأان, نفق -> نفقين / نفقان.
/// Works on normalised text (ة written ه, hamza seats written ا or ي).
/// </summary>
public static class NounForms
{
    /// <summary>
    /// The dual forms of <paramref name="singular"/>: nominative (-ان) always; oblique (-ين) only when
    /// <paramref name="obliqueIsUnambiguous"/>, because unvowelled "مسلحين" is also the sound masculine plural, while a
    /// noun whose plural is broken or feminine (نفق/أنفاق، مضافة/مضافات) has no such twin. A feminine noun's -تين is
    /// never a plural. Multi-word entries, entries with the article and accusative forms (-ا) give nothing.
    /// </summary>
    public static IEnumerable<string> Duals(string singular, bool obliqueIsUnambiguous)
    {
        var word = ArabicNormalizer.NormalizeTerm(singular);
        if (word.Length < 2 || word.Contains(' ', StringComparison.Ordinal) || Article.Begins(word)
            || IsAccusative(singular) || !IsArabicWord(word))
        {
            yield break;
        }
        if (word.EndsWith('ه'))
        {
            var stem = word[..^1] + "ت";
            yield return stem + "ين";
            yield return stem + "ان";
            yield break;
        }
        yield return word + "ان";
        if (obliqueIsUnambiguous)
        {
            yield return word + "ين";
        }
    }

    /// <summary>
    /// The duals of a kind's noun phrase, its noun and the adjectives agreeing with it put in the dual together and in
    /// one case: تفجير انتحاري -> تفجيرين انتحاريين / تفجيران انتحاريان, عبوة ناسفة -> عبوتين ناسفتين. Only a noun with
    /// its adjective: a word alone may be a person's noun ("انتحاري", whose "انتحاريان" are two bombers, no bombing),
    /// while the noun an adjective agrees with names the event or the device. A word with the article or an accusative
    /// form makes the phrase give nothing; the oblique -ين is read as a dual, since such a head has no sound masculine
    /// plural.
    /// </summary>
    public static IEnumerable<string> PhraseDuals(string phrase)
    {
        var words = ArabicNormalizer.NormalizeTerm(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != DualPhraseWords || words.Any(w => IsAccusative(w) || Article.Begins(w)))
        {
            yield break;
        }
        var duals = words.Select(w => Duals(w, obliqueIsUnambiguous: true).ToArray()).ToArray();
        if (duals.Any(d => d.Length != 2))
        {
            yield break;
        }
        // One case for the whole phrase: every word oblique (-ين), or every word nominative (-ان).
        foreach (var ending in (string[])["ين", "ان"])
        {
            yield return string.Join(' ', duals.Select(d => d.First(f => f.EndsWith(ending, StringComparison.Ordinal))));
        }
    }

    /// <summary>How many words a kind's phrase put in the dual has: a noun and its adjective.</summary>
    private const int DualPhraseWords = 2;

    /// <summary>"وكرا", "مخبأً": the accusative's alef (not a hamza on an alef, which folding also writes ا: ملجأ).</summary>
    private static bool IsAccusative(string raw)
    {
        var trimmed = raw.Trim().TrimEnd('\u064B');
        return trimmed.EndsWith('ا') || raw.Trim().EndsWith('\u064B');
    }

    /// <summary>Every letter is an Arabic letter (hamza to yeh): no digit, Latin letter, mark or space.</summary>
    internal static bool IsArabicWord(string word)
    {
        foreach (var c in word)
        {
            if (c is < '\u0621' or > '\u064A')
            {
                return false;
            }
        }
        return true;
    }
}
