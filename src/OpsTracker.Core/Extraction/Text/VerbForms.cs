namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The past-tense conjugations of an Arabic verb made from its lemma, as the grammar makes them, so the trigger lists
/// give a verb once and every person reads: قتل -> قتلت، قتلوا، قتلا، قتلتا، قتلن، قتلنا، قتلتم. The imperfect is not
/// made: in news prose it tells a state or a habit ("تحتجز 4000 مقاتل", "تستهدف الضربات") as often as an event.
/// Works on normalised text (hamza seats written ا, ة written ه). Object pronouns (قتلوهم، اعتقلتهما) are read off by
/// <see cref="Clitics"/>; the stem left by "ـوا" before one (قتلو-هم) is made here too.
/// </summary>
public static class VerbForms
{
    /// <summary>Endings of the past tense: she (ت), they (وا, و before a pronoun), the two (ا، تا), they women (ن), we (نا), you all (تم).</summary>
    private static readonly string[] PastEndings = ["ت", "وا", "و", "ا", "تا", "ن", "نا", "تم"];

    /// <summary>
    /// The forms of <paramref name="lemma"/>, a past-tense verb of the third person masculine singular. A phrase, a word
    /// with the article, or one ending in a long vowel, ta marbuta or an ending of its own (ت) gives nothing: weak and
    /// already inflected verbs are listed by hand (lexicon.json triggers).
    /// </summary>
    public static IEnumerable<string> Of(string lemma)
    {
        var word = ArabicNormalizer.NormalizeTerm(lemma);
        if (word.Length < 3 || word.Contains(' ', StringComparison.Ordinal) || Article.Begins(word)
            || word[^1] is 'ا' or 'ى' or 'ي' or 'و' or 'ه' or 'ت' || !NounForms.IsArabicWord(word))
        {
            yield break;
        }
        foreach (var ending in PastEndings)
        {
            yield return word + ending;
        }
    }
}
