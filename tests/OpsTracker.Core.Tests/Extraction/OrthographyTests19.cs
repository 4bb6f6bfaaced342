using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Spellings other outlets write (helper orthography19, session 19; every sentence here is INVENTED, every variant
/// generated from the writing system): a word spelled another outlet's way folds to the same text as the standard
/// spelling, and a whole report read with the variant gives the same figures.
/// </summary>
public class OrthographyTests19
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 3, 14);

    private static string N(string s) => ArabicNormalizer.Normalize(s).Text;

    // The hamza before a long u: Iraqi outlets seat it on waw, Egyptian ones on ya, older texts write it bare on the line.
    [Theory]
    [InlineData("مسؤول", "مسئول")]
    [InlineData("مسؤول", "مسءول")]
    [InlineData("مسؤولين", "مسئولين")]
    [InlineData("المسؤولية", "المسئولية")]
    [InlineData("شؤون", "شئون")]
    [InlineData("رؤوس", "رءوس")]
    [InlineData("يقرؤون", "يقرءون")]
    [InlineData("جاؤوا", "جاءوا")]
    [InlineData("مسؤول", "مسئُول")]
    public void A_hamza_before_a_long_u_folds_alike_on_every_seat(string standard, string variant)
    {
        Assert.Equal(N(standard), N(variant));
    }

    [Theory]
    [InlineData("رئيس", "رييس")]
    [InlineData("جزء واحد", "جزء واحد")]
    [InlineData("ئاسایش", "اسايش")]
    [InlineData("أشلاء", "اشلاء")]
    public void Other_hamzas_keep_their_reading(string input, string expected)
    {
        Assert.Equal(N(expected), N(input));
    }

    [Fact]
    public void A_word_ending_in_hamza_before_the_conjunction_is_left_alone()
    {
        Assert.Equal("جزء وجزء", N("جزء وجزء"));
    }

    private static string Shape(ExtractionResult r) => string.Join(" | ", r.Operations.Select(o =>
        $"{o.Province}:{OperationCounts.Count(o, CasualtySide.Isis, CasualtyCategory.Killed)}/{OperationCounts.Count(o, CasualtySide.Isis, CasualtyCategory.Arrested)}"));

    [Theory]
    [InlineData("صرح مسؤول في قيادة عمليات نينوى بأن قوة خاصة اعتقلت ثلاثة إرهابيين من داعش قرب تلعفر أمس.", "مسؤول", "مسئول")]
    [InlineData("قال مسؤولون محليون إن قوة من الجيش قتلت أربعة عناصر من داعش في وادي حوران بمحافظة الأنبار.", "مسؤولون", "مسئولون")]
    [InlineData("ألقت القوات الأمنية في كركوك القبض على المسؤول عن شؤون التمويل في داعش وثلاثة من مساعديه.", "شؤون", "شئون")]
    public void A_report_with_the_Egyptian_seat_gives_the_same_figures(string text, string standard, string variant)
    {
        var a = Extractor.Extract(text, Published);
        var b = Extractor.Extract(text.Replace(standard, variant), Published);
        Assert.NotEmpty(a.Operations);
        Assert.Equal(Shape(a), Shape(b));
    }
}
