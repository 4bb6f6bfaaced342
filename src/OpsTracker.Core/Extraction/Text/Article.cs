namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The definite article "ال" (al-, "the") as the rules read it on a normalised word. Arabic writes the article joined
/// to its noun or adjective ("الانفجار", the explosion), and a one-letter conjunction or preposition joined before it
/// ("والانفجار" and the explosion, "بالانفجار" by the explosion); the preposition "ل" takes the article's alif away
/// ("للانفجار", for the explosion). The rules ask whether a word is definite because Arabic marks by it what an
/// English reader takes from "a" and "the": an indefinite noun introduces someone new (one more person, one more
/// hideout), a definite one points back to what the text told or names the known one, and an adjective agrees with
/// its noun in definiteness. These are tests on the letters only: a word whose own first letters are "ال"
/// ("التزام", a commitment) reads as definite too, as it did for the rules these readings were taken from.
/// </summary>
public static class Article
{
    /// <summary>The article as written, joined to the word it makes definite.</summary>
    public const string Letters = "ال";

    /// <summary>The conjunction "و" (and) with the article after it, as a list joins its definite nouns ("والجندي").</summary>
    public const string AfterWa = "و" + Letters;

    /// <summary>The preposition "ل" (for, to) with the article, whose alif it drops: "للجيش" is "ل" + "الجيش".</summary>
    public const string AfterLam = "لل";

    /// <summary>
    /// Fewest letters a definite word keeps after its article to be read as a definite noun or adjective
    /// (<see cref="IsDefiniteWord(string)"/>): a stem of a three-letter root. Shorter words spelt with "ال" are mostly
    /// particles and pronouns ("الي" to, "الا" except, "الذي" who, "التي" which, "الان" now), not definite nouns.
    /// </summary>
    public const int MinimumDefiniteStem = 3;

    /// <summary>Fewest letters of a word read as a one-letter proclitic and the article: at least one after them ("وال" alone is none).</summary>
    private const int ShortestWordAfterProclitic = 4;

    /// <summary>
    /// The word begins with the article ("الانفجار", also "ال" alone): definite, with no conjunction or preposition
    /// joined before it. The rules ask it to tell a noun that points back or an agreeing adjective ("الإرهابيين
    /// الانتحاريين") from an indefinite one that introduces a new person or thing ("إرهابيين انتحاريين").
    /// </summary>
    public static bool Begins(string word) => word.StartsWith(Letters, StringComparison.Ordinal);

    /// <inheritdoc cref="Begins(string)"/>
    public static bool Begins(ReadOnlySpan<char> word) => word.StartsWith(Letters, StringComparison.Ordinal);

    /// <summary>
    /// The word is a one-letter proclitic, the conjunction "و" (and), "ف" (then), or the preposition "ب" (by, in)
    /// or "ك" (as), and the article after it ("والانفجار", "فالانفجار", "بالانفجار", "كالانفجار"), with at least one
    /// letter after the article: the same definite noun, joined to what comes before. Not "للانفجار": after "ل" the
    /// article is written "لل" (<see cref="FollowsLam(string)"/>).
    /// </summary>
    public static bool FollowsProclitic(string word) =>
        word.Length >= ShortestWordAfterProclitic && word[0] is 'و' or 'ف' or 'ب' or 'ك'
        && word.AsSpan(1).StartsWith(Letters, StringComparison.Ordinal);

    /// <summary>
    /// The word begins with "و" (and) and the article ("والجندي", "والآخر"; also "وال" alone): a definite noun
    /// joined to a list. The rules ask it where a name or title joined so is the same man told again, or "the
    /// other" of a share, where an indefinite noun joined so ("وجندي") is one more.
    /// </summary>
    public static bool FollowsWa(string word) => word.StartsWith(AfterWa, StringComparison.Ordinal);

    /// <summary>The word begins with "لل", the preposition "ل" and the article ("للتنظيم" = "ل" + "التنظيم").</summary>
    public static bool FollowsLam(string word) => word.StartsWith(AfterLam, StringComparison.Ordinal);

    /// <inheritdoc cref="FollowsLam(string)"/>
    public static bool FollowsLam(ReadOnlySpan<char> word) => word.StartsWith(AfterLam, StringComparison.Ordinal);

    /// <summary>
    /// The word carries the article, alone or after a one-letter conjunction or preposition ("الانفجار"،
    /// "والانفجار"، "بالانفجار"; <see cref="Begins(string)"/> or <see cref="FollowsProclitic"/>): what it names was
    /// told before, or is the known one. Not after "ل" ("للانفجار").
    /// </summary>
    public static bool IsCarriedBy(string word) => Begins(word) || FollowsProclitic(word);

    /// <summary>
    /// The word begins with the article and keeps at least <see cref="MinimumDefiniteStem"/> letters after it
    /// ("الثلاثة", "الخلية"): a definite noun, adjective or numeral, not one of the short particles spelt with "ال"
    /// ("الي", "الذي"). The rules ask it where a definite numeral agrees with the definite noun before it ("الإرهابيين
    /// الثلاثة", "أفراد الخلية الأربعة") and the numeral is read without its article.
    /// </summary>
    public static bool IsDefiniteWord(string word) => Begins(word) && word.Length - Letters.Length >= MinimumDefiniteStem;

    /// <summary>The word token is a <see cref="IsDefiniteWord(string)"/> (a number or a mark is none).</summary>
    public static bool IsDefiniteWord(Token token) => token.IsWord && IsDefiniteWord(token.Text);

    /// <summary>
    /// The word without the article it begins with ("الثلاثة" → "ثلاثة"), or the word itself when it does not begin
    /// with it: a lexicon lists its numerals and names bare, and the text may write them definite.
    /// </summary>
    public static string Without(string word) => Begins(word) ? word[Letters.Length..] : word;

    /// <inheritdoc cref="Without(string)"/>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> word) => Begins(word) ? word[Letters.Length..] : word;
}
