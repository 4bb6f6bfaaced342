using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests (helper arrests19, session 19; every sentence here is INVENTED). A bulletin that counts the wanted it
/// arrested and never names ISIS, its fighters or terror tells of crime, not of arrests of ISIS members; one line that
/// names them anywhere in the report keeps its arrests.
/// </summary>
public class ArrestsTests19
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 5, 9);

    [Theory]
    [InlineData("أعلنت شرطة ميسان القبض على 14 مطلوبا للقضاء في مناطق متفرقة من مدينة العمارة، بينهم ثلاثة بتهمة السرقة.")]
    [InlineData("وتمكنت مفارز مديرية شرطة ذي قار من اعتقال 6 مطلوبين بقضايا جنائية في قضاء الشطرة.\nوأضاف البيان أن المعتقلين أحيلوا إلى القضاء.")]
    public void Arrests_of_the_wanted_in_a_report_naming_no_enemy_are_not_isis_arrests(string text)
    {
        Assert.Equal(0, Count(Extractor.Extract(text, Published), CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Theory]
    [InlineData("أعلنت شرطة ديالى القبض على 14 مطلوبا للقضاء في مناطق متفرقة من بعقوبة.\nوأوضح البيان أن المعتقلين من عناصر داعش.", 14)]
    [InlineData("وتمكنت مفارز الاستخبارات من اعتقال 6 مطلوبين وفق المادة 4 إرهاب في قضاء الطارمية.", 6)]
    public void Arrests_in_a_report_naming_isis_or_terror_stay(string text, int count)
    {
        Assert.Equal(count, Count(Extractor.Extract(text, Published), CasualtySide.Isis, CasualtyCategory.Arrested));
    }
}
