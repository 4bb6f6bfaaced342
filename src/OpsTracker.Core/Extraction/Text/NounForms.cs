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
        if (word.Length < 2 || word.Contains(' ', StringComparison.Ordinal) || word.StartsWith("ال", StringComparison.Ordinal)
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
