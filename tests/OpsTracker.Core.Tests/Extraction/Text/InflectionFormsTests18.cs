using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>
/// The forms news Arabic writes a listed lemma in, generated from the grammar (helper clitics18, session 18; every
/// sentence here is INVENTED): proclitics, attached pronouns and the endings they change. A sound plural or a dual
/// drops its "ن" in construct and before a pronoun ("مقاتلو التنظيم", "مسلحيهم", "عنصراهم"), and a final alif
/// maqsura is written "ا" before a pronoun ("قتلاهم"); the matcher reads each back as the lemma the list gives.
/// </summary>
public class InflectionFormsTests18
{
    private static readonly string[] Proclitics = ["", "و", "ف", "ب", "ل", "وب", "ول", "فل"];

    private static readonly string[] Pronouns = ["ها", "هم", "هما", "هن", "نا", "كم"];

    /// <summary>Lemma as a list writes it, and the stem its inflected forms are built on (its "ن" or "ى" dropped).</summary>
    private static readonly (string Lemma, string Stem)[] Lemmas =
    [
        ("مسلحين", "مسلحي"),
        ("مقاتلون", "مقاتلو"),
        ("منتسبين", "منتسبي"),
        ("عنصران", "عنصرا"),
        ("قتلى", "قتلا"),
        ("جرحى", "جرحا"),
    ];

    private static PhraseMatcher<string> Matcher()
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var (lemma, _) in Lemmas)
        {
            matcher.Add(lemma, ArabicNormalizer.NormalizeTerm(lemma));
        }
        return matcher;
    }

    /// <summary>The lemma the matcher reads the written form as, or null.</summary>
    private static string? ReadAs(PhraseMatcher<string> matcher, string form) =>
        matcher.MatchAt(Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(form)), 0)?.Value;

    [Fact]
    public void Every_proclitic_and_pronoun_form_of_a_listed_lemma_is_read()
    {
        var matcher = Matcher();
        var unread = new List<string>();
        foreach (var (lemma, stem) in Lemmas)
        {
            foreach (var before in Proclitics)
            {
                foreach (var after in Pronouns)
                {
                    var form = before + stem + after;
                    if (ReadAs(matcher, form) != ArabicNormalizer.NormalizeTerm(lemma))
                    {
                        unread.Add(form);
                    }
                }
            }
        }
        Assert.Empty(unread);
    }

    [Theory]
    [InlineData("مقاتلو التنظيم", "مقاتلون")]
    [InlineData("ومنتسبي الجيش", "منتسبين")]
    [InlineData("لمسلحي العصابة", "مسلحين")]
    public void A_sound_plural_in_construct_is_read_as_the_plural(string words, string lemma)
    {
        Assert.Equal(ArabicNormalizer.NormalizeTerm(lemma), ReadAs(Matcher(), words));
    }

    [Theory]
    [InlineData("عنصرا")] // one element, accusative: no dual
    [InlineData("اثني")] // of twelve: no dual
    [InlineData("نحو")]
    public void A_singular_accusative_or_a_short_word_is_no_plural_without_its_nun(string word)
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("عنصران", "dual");
        matcher.Add("اثنين", "two");
        matcher.Add("نحون", "none");
        Assert.Null(ReadAs(matcher, word));
    }

    /// <summary>Sound plurals and duals of the real person and category lists, as the lexicon spells them.</summary>
    [Theory]
    [InlineData("متطرفين")]
    [InlineData("متشددين")]
    [InlineData("مسلحين")]
    [InlineData("جهاديين")]
    [InlineData("انتحاريين")]
    [InlineData("مطلوبين")]
    [InlineData("متهمين")]
    [InlineData("عنصران")]
    public void The_person_lists_read_their_plurals_without_the_nun(string lemma)
    {
        var persons = ExtractionLexicon.Default.Persons;
        var expected = persons.MatchAt(Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(lemma)), 0)?.Value;
        Assert.NotNull(expected);
        var stem = ArabicNormalizer.NormalizeTerm(lemma)[..^1];
        var unread = new List<string>();
        foreach (var before in Proclitics)
        {
            foreach (var after in Pronouns)
            {
                var form = before + stem + after;
                if (!Equals(persons.MatchAt(Tokenizer.Tokenize(form), 0)?.Value, expected))
                {
                    unread.Add(form);
                }
            }
        }
        Assert.Empty(unread);
    }

    [Theory]
    [InlineData("قتلاهم", CasualtyCategory.Killed)]
    [InlineData("وجرحاها", CasualtyCategory.Wounded)]
    public void The_category_nouns_read_an_alif_maqsura_before_a_pronoun(string form, CasualtyCategory category)
    {
        Assert.Equal(category, ExtractionLexicon.Default.CategoryNouns.MatchAt(Tokenizer.Tokenize(form), 0)?.Value);
    }

    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2023, 9, 12));

    [Fact]
    public void Dead_counted_among_a_plural_in_construct_are_counted()
    {
        var result = Read("أعلنت خلية الإعلام الأمني مقتل ستة من متطرفي داعش بضربة جوية في صحراء الرطبة بالأنبار.");
        Assert.Equal(6, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Dead_counted_among_a_plural_in_construct_with_the_organisation_are_counted()
    {
        var result = Read("قال بيان للجيش إن اثنين من متشددي التنظيم لقوا حتفهم بقصف مدفعي قرب قرية في كركوك.");
        Assert.Equal(2, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
