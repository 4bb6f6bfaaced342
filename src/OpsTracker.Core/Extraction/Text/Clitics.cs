namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// Arabic clitics written joined to a word: proclitics (و ف ب ل ك and the article) before it, and the attached
/// pronouns (ـها، ـهم، ـهما، ـهن، ـكم، ـنا) after it, so that a lexicon lists a lemma once and finds
/// "قتلهم", "أوكارها" and "منذ بدايتها" as "قتل", "أوكار" and "منذ بداية".
/// </summary>
public static class Clitics
{
    // Longest first. Text is normalised before it is read, so a ta marbuta is already "ه" and the "ت" it becomes
    // before a pronoun ("بدايتها") is read back as "ه". The lone "ـه" (his) is left out for that reason: after
    // normalisation "مجموعه" (a group) would read as "مجموع" (a total). After a "ت" it is read (SuffixReadings), and
    // where the stem's form is a verb's or a verbal noun's (ObjectHimStem).
    private static readonly string[] Enclitics = ["هما", "كما", "هم", "هن", "ها", "كم", "نا"];

    /// <summary>Fewest letters a stem keeps once a pronoun is removed: "به" or "له" are not a stem and a pronoun.</summary>
    private const int MinimumStem = 3;

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
        if (ArticleAfterLam(word) is { } withArticle)
        {
            yield return withArticle;
        }
    }

    /// <summary>
    /// "للتنظيم" = "ل" + "التنظيم": the preposition "ل" before the article drops the article's alif, so the word is read
    /// back with the article ("التنظيم"), as a list writes a definite name; also after "و" or "ف" ("وللجيش").
    /// Null for any other word.
    /// </summary>
    internal static string? ArticleAfterLam(string word)
    {
        var at = Article.FollowsLam(word) ? 0
            : word.Length > 3 && (word[0] is 'و' or 'ف') && Article.FollowsLam(word.AsSpan(1)) ? 1 : -1;
        return at >= 0 && word.Length - at - Article.AfterLam.Length >= MinimumArticleStem ? string.Concat("ا", word.AsSpan(at + 1)) : null;
    }

    /// <summary>Fewest letters after "لل" for the word to be read with the article: "لله" is no "اله".</summary>
    private const int MinimumArticleStem = 3;

    /// <summary>The accusative ending of an indefinite noun ("إنزالا", "كمينا"): read as the noun.</summary>
    private const char AccusativeAlif = 'ا';

    /// <summary>
    /// The readings of the word with an attached pronoun removed (none when it carries none): each proclitic reading
    /// of <see cref="Readings"/> without its enclitic, and, for a stem ending in "ت" (a ta marbuta before the
    /// pronoun), that stem with "ه". These readings are tried after the word's own readings, never instead of them.
    /// </summary>
    public static IEnumerable<string> SuffixReadings(string word)
    {
        foreach (var reading in Readings(word))
        {
            foreach (var suffix in Enclitics)
            {
                if (reading.Length - suffix.Length >= MinimumStem && reading.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = reading[..^suffix.Length];
                    // "عنصراهم": before a pronoun a final "ا" is no indefinite accusative ("عنصرا" takes none), so the
                    // dual it may be is read before the stem as written.
                    var nunFirst = stem[^1] == AccusativeAlif ? NunDroppedStem(stem) : null;
                    if (nunFirst is not null)
                    {
                        yield return nunFirst;
                    }
                    yield return stem;
                    if (stem[^1] == 'ت')
                    {
                        yield return string.Concat(stem.AsSpan(0, stem.Length - 1), "ه");
                    }
                    // "مقاتلوها", "مسلحيهم", "عنصراهم": a sound plural or a dual drops its "ن" before a pronoun.
                    if (nunFirst is null && NunDroppedStem(stem) is { } withNun)
                    {
                        yield return withNun;
                    }
                    // "قتلاهم", "جرحاها", "ألقاها": a final alif maqsura is written "ا" before a pronoun.
                    if (stem[^1] == AccusativeAlif && stem.Length > MinimumStem)
                    {
                        yield return string.Concat(stem.AsSpan(0, stem.Length - 1), "ي");
                    }
                    break;
                }
            }
            // "أفراد عائلته": the lone "ـه" (his) is read only after a "ت" that was a ta marbuta, where it cannot be
            // one itself.
            if (reading.Length - 2 >= MinimumStem && reading.EndsWith("ته", StringComparison.Ordinal))
            {
                yield return string.Concat(reading.AsSpan(0, reading.Length - 2), "ه");
            }
            // "وقتلوه", "اعتقلته", "إعدامه": the lone "ـه" (him) where its stem is a verb or a verbal noun by its form.
            if (ObjectHimStem(reading) is { } him)
            {
                yield return him;
            }
            // "مقاتلو التنظيم", "منتسبي الجيش": a sound masculine plural in construct (before the noun it is of) drops
            // its "ن"; only the plural's "و"/"ي", not the dual's "ا", which is also the singular's accusative ("عنصرا").
            if (reading[^1] != AccusativeAlif && NunDroppedStem(reading) is { } construct)
            {
                yield return construct;
            }
            // "إنزالا جويا": the indefinite accusative's alif (its tanween is gone after normalisation).
            if (reading.Length - 1 >= MinimumStem && reading[^1] == AccusativeAlif && reading[^2] != AccusativeAlif)
            {
                yield return reading[..^1];
            }
        }
    }

    /// <summary>
    /// Fewest letters of a word read as a sound plural or a dual that dropped its "ن" ("مسلحو", "منتسبي", "عنصرا"), its
    /// ending included: the participles and nisbas these plurals are made of have at least four letters before it, while
    /// shorter words ending so are particles and numerals ("اثني" of twelve, "نحو", "ذوي") or a stem and a pronoun
    /// ("بيا" of "بيانا").
    /// </summary>
    private const int MinimumNunDroppedStem = 5;

    /// <summary>
    /// The stem with the "ن" a sound masculine plural (ـون، ـين) or a dual (ـان) drops in construct or before an
    /// attached pronoun put back ("مقاتلو" -> "مقاتلون", "مسلحي" -> "مسلحين", "عنصرا" -> "عنصران"); null when the
    /// stem is too short or ends otherwise. A reading among the others: it finds only what a list writes with its "ن".
    /// </summary>
    internal static string? NunDroppedStem(string stem) =>
        stem.Length >= MinimumNunDroppedStem && stem[^1] is 'و' or 'ي' or 'ا' ? stem + "ن" : null;

    /// <summary>
    /// Fewest letters the stem left by the lone "ـه" keeps: "قتلوه" (قتلو) and "قتلناه" (قتلنا) do, the ta marbuta
    /// nouns "قوه", "ثروه" and "حياه" (a stem of three or fewer letters) do not.
    /// </summary>
    private const int MinimumHimStem = 4;

    /// <summary>
    /// The stem of a word ending in the object pronoun "ـه" (him) that its form shows is a verb or a verbal noun, so the
    /// "ه" cannot be a folded ta marbuta: a past verb's subject ending before it (they "قتلوه", the two or we "قتلاه"،
    /// "قتلناه"), or a verbal noun of the derived patterns with a long ā before its last
    /// letter (إفعال، افتعال، استفعال: "إعدامه", "اغتياله", "استشهاده"). Null for any other word ("مجموعه", "ضربه"):
    /// a three-letter stem with a ta marbuta ("أسرة" family, "قتلة" killers) reads as a verb too often, and "ـته" is
    /// as often a noun's ta marbuta with "his" ("قبضته" his grip) as she and him.
    /// </summary>
    internal static string? ObjectHimStem(string reading)
    {
        if (reading.Length - 1 < MinimumHimStem || reading[^1] != 'ه')
        {
            return null;
        }
        var stem = reading[..^1];
        if (stem[^1] is 'و' or 'ا')
        {
            return stem;
        }
        return stem.Length >= MinimumHimStem + 1 && stem[0] == 'ا' && stem[^2] == 'ا' ? stem : null;
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
        if (ArticleAfterLam(word) is { } withArticle)
        {
            yield return withArticle;
        }
    }
}
