using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إرهابيين", "ارهابيين")]
    [InlineData("آمر", "امر")]
    [InlineData("مُضَافَةٌ", "مضافه")]
    [InlineData("الإرهـــابي", "الارهابي")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۱۲۳", "123")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("قتلى، جرحى؛", "قتلي, جرحي;")]
    public void Folds_letters_digits_and_punctuation(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Hashtag_reads_as_words()
    {
        Assert.Equal(" صلاح الدين", ArabicNormalizer.Normalize("#صلاح_الدين").Text);
    }

    [Fact]
    public void Number_between_slashes_is_freed_but_dates_are_kept()
    {
        Assert.Equal("رصد  50  هجوما", ArabicNormalizer.Normalize("رصد /50/ هجوما").Text);
        Assert.Equal("12/4/2021", ArabicNormalizer.Normalize("12/4/2021").Text);
    }

    [Theory]
    [InlineData("26,280 حسابا", "26280 حسابا")]
    [InlineData("٢٦٬٢٨٠ حسابا", "26280 حسابا")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("3,4", "3,4")]
    public void Thousands_separators_are_dropped(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Offsets_map_back_to_the_original()
    {
        const string original = "قُتِلَ ٢٦٬٢٨٠ إرهابيّاً في #صلاح_الدين";
        var n = ArabicNormalizer.Normalize(original);
        var number = n.Text.IndexOf("26280", StringComparison.Ordinal);
        var evidence = n.EvidenceFor(number, number + 5);
        Assert.Equal("٢٦٬٢٨٠", evidence.Text);
        var province = n.Text.IndexOf("صلاح الدين", StringComparison.Ordinal);
        Assert.Equal("صلاح_الدين", n.EvidenceFor(province, province + "صلاح الدين".Length).Text);
        var word = n.Text.IndexOf("ارهابيا", StringComparison.Ordinal);
        Assert.Equal("إرهابيّاً", n.EvidenceFor(word, word + "ارهابيا".Length).Text);
    }

    [Fact]
    public void Presentation_forms_decompose_with_offsets()
    {
        // U+FEFB is the lam-alef ligature: one original character, two normalised ones.
        var n = ArabicNormalizer.Normalize("\uFEFBشيء");
        Assert.StartsWith("لا", n.Text, StringComparison.Ordinal);
        Assert.Equal((0, 1), n.ToOriginal(0, 2));
    }

    [Fact]
    public void Lone_surrogate_does_not_throw()
    {
        var n = ArabicNormalizer.Normalize("قتل \uD800 3");
        Assert.Equal("قتل \uFFFD 3", n.Text);
    }

    /// <summary>
    /// Letters and ASCII are copied through without an NFKC check: every letter of the Arabic block the folding leaves
    /// alone must therefore already be NFKC, and come out as itself with its own offset.
    /// </summary>
    [Fact]
    public void Letters_copied_as_they_are_are_already_normal()
    {
        var folded = "\u0623\u0625\u0622\u0649\u0626\u0629\u0624\u0640";
        for (var c = '\u0621'; c <= '\u064A'; c++)
        {
            if (folded.Contains(c))
            {
                continue;
            }
            var text = "x" + c + "y";
            var n = ArabicNormalizer.Normalize(text);
            Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormKC), n.Text);
            Assert.Equal(text, n.Text);
            Assert.Equal((1, 2), (n.ToOriginal(1, 2).Start, n.ToOriginal(1, 2).End));
        }
    }

    /// <summary>The normaliser asks CharClass's table whether a character is kept as it is: the table is the rule's, for every character.</summary>
    [Fact]
    public void The_kept_as_is_table_answers_as_the_rule_for_every_character()
    {
        for (var k = 0; k <= char.MaxValue; k++)
        {
            Assert.Equal(ArabicNormalizer.IsKeptAsIs((char)k), CharClass.IsKeptAsIs((char)k));
        }
        Assert.True(CharClass.IsKeptAsIs('ب'));
        Assert.True(CharClass.IsKeptAsIs(','));
        Assert.False(CharClass.IsKeptAsIs('ة'));
        Assert.False(CharClass.IsKeptAsIs('K'));
        Assert.False(CharClass.IsKeptAsIs('\u0640'));
    }
}
