using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened, read from the structure of a report (helper where23, session 23; every sentence here
/// is INVENTED). The border's adjective (nisba: "القرى الحدودية مع محافظة X"، "الشريط الحدودي مع سوريا") says what
/// the place it describes borders, as the noun "الحدود" does: the province after it is not where it happened.
/// </summary>
public class WhereTests23
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("وقال مصدر في الشرطة إن مقاتلي العشائر قتلوا 12 من عناصر داعش في قرى الصفرة الحدودية مع محافظة صلاح الدين شمال بعقوبة.", "IQ-DI", 12)]
    [InlineData("قالت الشرطة إن قوة أمنية قتلت ثلاثة إرهابيين في قرية الرملة الحدودية مع محافظة كركوك جنوب تكريت.", "IQ-SD", 3)]
    public void A_province_after_the_border_adjective_is_what_the_place_borders(string text, string province, int killed)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2015, 2, 5)).Operations);
        Assert.Equal(province, op.Province);
        Assert.Equal(killed, Count(op, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
