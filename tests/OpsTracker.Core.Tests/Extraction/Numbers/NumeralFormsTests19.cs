using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Numbers;

/// <summary>
/// The forms news Arabic writes counts in (helper numerals19, session 19), generated from the grammar and run through
/// the reader the extractor uses: every form here is a numeral on its own, written for this test.
/// </summary>
public class NumeralFormsTests19
{
    private static CountExpression? Read(string text)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text).Text);
        return NumberReader.Default.ReadAt(tokens, 0);
    }

    public static TheoryData<string, long> Forms()
    {
        var data = new TheoryData<string, long>();
        // Units in both genders; the accusative and the construct forms.
        string[][] units =
        [
            ["واحد", "واحدة", "واحدا", "أحد", "إحدى"],
            ["اثنان", "اثنين", "اثنتان", "اثنتين", "إثنين", "إثنان"],
            ["ثلاثة", "ثلاث", "ثلاثةً"],
            ["أربعة", "أربع", "اربعة"],
            ["خمسة", "خمس"],
            ["ستة", "ست"],
            ["سبعة", "سبع"],
            ["ثمانية", "ثماني", "ثمان", "ثمانٍ"],
            ["تسعة", "تسع"],
            ["عشرة", "عشر"],
        ];
        for (var u = 0; u < units.Length; u++)
        {
            foreach (var w in units[u])
            {
                data.Add(w, u + 1);
            }
        }
        // 11-19 in both genders and cases.
        data.Add("أحد عشر", 11);
        data.Add("إحدى عشرة", 11);
        data.Add("احدى عشر", 11);
        data.Add("اثنا عشر", 12);
        data.Add("اثني عشر", 12);
        data.Add("اثنتا عشرة", 12);
        data.Add("اثنتي عشرة", 12);
        string[] masc = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"];
        string[] fem = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"];
        for (var k = 0; k < masc.Length; k++)
        {
            data.Add(masc[k] + " عشر", 13 + k);
            data.Add(fem[k] + " عشرة", 13 + k);
        }
        // Tens, nominative and oblique, and compounds with و.
        string[][] tens =
        [
            ["عشرون", "عشرين"], ["ثلاثون", "ثلاثين"], ["أربعون", "أربعين"], ["خمسون", "خمسين"],
            ["ستون", "ستين"], ["سبعون", "سبعين"], ["ثمانون", "ثمانين"], ["تسعون", "تسعين"],
        ];
        for (var t = 0; t < tens.Length; t++)
        {
            foreach (var w in tens[t])
            {
                data.Add(w, (t + 2) * 10);
            }
        }
        data.Add("واحد وعشرون", 21);
        data.Add("إحدى وعشرين", 21);
        data.Add("اثنان وثلاثون", 32);
        data.Add("اثنين وأربعين", 42);
        data.Add("ثلاثة وخمسين", 53);
        data.Add("خمس وستين", 65);
        data.Add("ثمانية وتسعين", 98);
        data.Add("ثمان وسبعين", 78);
        // Hundreds joined or apart, with or without alif, and the dual in its construct forms.
        data.Add("مئة", 100);
        data.Add("مائة", 100);
        data.Add("مئتان", 200);
        data.Add("مئتين", 200);
        data.Add("مائتين", 200);
        data.Add("مئتا", 200);
        data.Add("مئتي", 200);
        data.Add("مائتا", 200);
        data.Add("مائتي", 200);
        data.Add("ثلاثمئة", 300);
        data.Add("ثلاثمائة", 300);
        data.Add("ثلاث مئة", 300);
        data.Add("ثلاث مائة", 300);
        data.Add("أربعمائة", 400);
        data.Add("خمسمئة", 500);
        data.Add("ستمائة", 600);
        data.Add("سبعمئة", 700);
        data.Add("ثمانمائة", 800);
        data.Add("ثمانمئة", 800);
        data.Add("ثماني مئة", 800);
        data.Add("تسعمائة", 900);
        data.Add("تسع مئة", 900);
        data.Add("مئة وعشرون", 120);
        data.Add("مائة وخمسة وعشرين", 125);
        data.Add("ثلاثمائة وخمسين", 350);
        data.Add("ثلاث مئة وسبعة", 307);
        // Thousands.
        data.Add("ألف", 1000);
        data.Add("ألفا", 1000);
        data.Add("ألفان", 2000);
        data.Add("ألفين", 2000);
        data.Add("ثلاثة آلاف", 3000);
        data.Add("عشرة آلاف", 10000);
        data.Add("أحد عشر ألفا", 11000);
        data.Add("خمسة وعشرين ألفا", 25000);
        data.Add("مئة ألف", 100000);
        data.Add("مئتي ألف", 200000);
        data.Add("ثلاثمائة ألف", 300000);
        data.Add("ألف وخمسمائة", 1500);
        data.Add("ألفين وثلاثمائة", 2300);
        data.Add("ثلاثة آلاف وخمسمائة", 3500);
        data.Add("مليون", 1000000);
        // Digits, mixed with words, other scripts, separators.
        data.Add("3 آلاف", 3000);
        data.Add("1.5 ألف", 1500);
        data.Add("2 مليون", 2000000);
        data.Add("١٢", 12);
        data.Add("۱۲", 12);
        data.Add("١٢٠٠", 1200);
        data.Add("1,200", 1200);
        data.Add("١٬٢٠٠", 1200);
        data.Add("۱٬۲۰۰", 1200);
        data.Add("12,345,678", 12345678);
        // Proclitics.
        data.Add("وثلاثة", 3);
        data.Add("بخمسة", 5);
        data.Add("لعشرين", 20);
        data.Add("وعشرين", 20);
        data.Add("بثلاثمائة", 300);
        data.Add("وأحد عشر", 11);
        data.Add("ثمانيمائة", 800);
        data.Add("أربعمئه", 400);
        data.Add("ألفي", 2000);
        data.Add("مليونين", 2000000);
        data.Add("1.200", 1200);
        data.Add("12.500", 12500);
        data.Add("1.5 مليون", 1500000);
        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_form_reads_its_value(string text, long value)
    {
        var count = Read(text);
        Assert.NotNull(count);
        Assert.Equal(value, count.Value);
    }

    [Theory]
    [InlineData("مئتي", 200)]
    [InlineData("مائتا", 200)]
    [InlineData("ألفي", 2000)]
    [InlineData("مليوني", 2000000)]
    public void The_construct_dual_drops_its_nun_and_still_counts_two(string word, long value)
    {
        Assert.Equal(value, Read(word)?.Value);
    }

    [Theory]
    [InlineData("ثمانيمائة", 800)]
    [InlineData("تسعمئه", 900)]
    public void A_unit_joined_to_a_hundred_is_read_in_each_spelling(string word, long value)
    {
        Assert.Equal(value, Read(word)?.Value);
    }

    [Theory]
    [InlineData("ألفين", 2000)]
    [InlineData("ألفان", 2000)]
    [InlineData("مليون", 1000000)]
    public void A_singular_or_dual_multiplier_alone_is_a_count(string word, long value)
    {
        Assert.Equal(value, Read(word)?.Value);
    }

    [Theory]
    [InlineData("آلاف")]
    [InlineData("ملايين")]
    [InlineData("كمية")]
    [InlineData("وكمية")]
    [InlineData("كميات")]
    public void A_plural_multiplier_alone_or_a_word_read_as_like_and_a_numeral_is_no_count(string word)
    {
        Assert.Null(Read(word));
    }

    [Fact]
    public void A_few_and_ten_is_no_count_of_ten()
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize("بضعة عشر مسلحا").Text);
        Assert.Null(NumberReader.Default.ReadAt(tokens, 1));
        tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize("بضع عشرة سيارة").Text);
        Assert.Null(NumberReader.Default.ReadAt(tokens, 1));
    }

    [Theory]
    [InlineData("عشرين ونيفا", 20)]
    [InlineData("ثلاثون ونيف", 30)]
    [InlineData("40 ونيف", 40)]
    public void And_some_closes_the_count_and_makes_it_approximate(string text, long value)
    {
        var count = Read(text);
        Assert.NotNull(count);
        Assert.Equal(value, count.Value);
        Assert.True(count.Approximate);
        Assert.Equal(1, count.LastToken);
    }

    [Theory]
    [InlineData("1.200", 1200)]
    [InlineData("2.500.000", 2500000)]
    public void Points_between_groups_of_three_digits_separate_thousands(string text, long value)
    {
        Assert.Equal(value, Read(text)?.Value);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("1.20")]
    [InlineData("1.2000")]
    public void A_decimal_with_no_multiplier_is_no_count(string text)
    {
        Assert.Null(Read(text));
    }
}
