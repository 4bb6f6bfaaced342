using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Numbers;

public class NumberReaderTests
{
    private static CountExpression? Read(string text)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text).Text);
        return NumberReader.Default.ReadAt(tokens, 0);
    }

    [Theory]
    [InlineData("واحد", 1)]
    [InlineData("إحدى", 1)]
    [InlineData("اثنين", 2)]
    [InlineData("اثنتان", 2)]
    [InlineData("ثلاثة", 3)]
    [InlineData("ثلاث", 3)]
    [InlineData("أربعة", 4)]
    [InlineData("خمس", 5)]
    [InlineData("ستة", 6)]
    [InlineData("سبع", 7)]
    [InlineData("ثمانية", 8)]
    [InlineData("ثماني", 8)]
    [InlineData("تسعة", 9)]
    [InlineData("عشرة", 10)]
    [InlineData("عشر", 10)]
    public void Units_in_both_genders(string word, int value)
    {
        var count = Read(word);
        Assert.NotNull(count);
        Assert.Equal(value, count.Value);
        Assert.True(count.InWords);
        Assert.False(count.Approximate);
    }

    [Theory]
    [InlineData("أحد عشر", 11)]
    [InlineData("إحدى عشرة", 11)]
    [InlineData("اثنا عشر", 12)]
    [InlineData("اثنتي عشرة", 12)]
    [InlineData("ثلاثة عشر", 13)]
    [InlineData("تسع عشرة", 19)]
    [InlineData("عشرون", 20)]
    [InlineData("عشرين", 20)]
    [InlineData("خمسة وعشرين", 25)]
    [InlineData("ثلاثون", 30)]
    [InlineData("تسعة وتسعون", 99)]
    [InlineData("مئة", 100)]
    [InlineData("مائة", 100)]
    [InlineData("مئتان", 200)]
    [InlineData("مائتين", 200)]
    [InlineData("ثلاثمائة", 300)]
    [InlineData("ثلاث مئة", 300)]
    [InlineData("مئة وخمسون", 150)]
    [InlineData("ألف", 1000)]
    [InlineData("ثلاثة آلاف", 3000)]
    [InlineData("خمسين ألفا", 50000)]
    public void Teens_tens_hundreds_and_thousands(string words, int value)
    {
        Assert.Equal(value, Read(words)?.Value);
    }

    [Theory]
    [InlineData("26280", 26280)]
    [InlineData("٢٦٬٢٨٠", 26280)]
    [InlineData("26,280", 26280)]
    [InlineData("۱۲", 12)]
    [InlineData("50 ألف", 50000)]
    [InlineData("3 ملايين", 3000000)]
    [InlineData("1.5 مليون", 1500000)]
    public void Digits_with_separators_and_multipliers(string text, long value)
    {
        Assert.Equal(value, Read(text)?.Value);
    }

    [Theory]
    [InlineData("نحو 100", 100)]
    [InlineData("قرابة 15", 15)]
    [InlineData("حوالي 20", 20)]
    [InlineData("أكثر من 300", 300)]
    [InlineData("ما يقرب من 133", 133)]
    [InlineData("ما لا يقل عن 30", 30)]
    [InlineData("بنحو ثلاثين", 30)]
    [InlineData("زهاء 40", 40)]
    public void Approximations_set_the_flag_and_cover_the_hedge(string text, int value)
    {
        var count = Read(text);
        Assert.NotNull(count);
        Assert.Equal(value, count.Value);
        Assert.True(count.Approximate);
        Assert.Equal(0, count.FirstToken);
        Assert.True(count.NumberToken > 0);
    }

    [Theory]
    [InlineData("الأحد")]
    [InlineData("عشرات")]
    [InlineData("إرهابيين")]
    [InlineData("آلاف")]
    public void Words_that_are_not_counts(string text)
    {
        Assert.Null(Read(text));
    }

    [Fact]
    public void Vague_quantities_are_recognised()
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize("العشرات عدد من").Text);
        Assert.True(NumberReader.Default.IsVague(tokens[0]));
        Assert.True(NumberReader.Default.IsVague(tokens[1]));
    }
}
