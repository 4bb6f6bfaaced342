using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened (helper where24, session 24; every sentence here is INVENTED). A compass bearing off a
/// capital ("جنوبي مدينة كركوك") tells which way from the city, not which province: the same toll told again at a named
/// district of another province ("في قضاء طوزخورماتو") is one event, in the district's province.
/// </summary>
public class WhereTests24
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static string Retold(string place) =>
        "\nوقال ضابط في الشرطة إن تسعة مدنيين قتلوا في " + place + " إثر هجوم شنه عناصر داعش على سيارتهم عند طريق ترابي.";

    [Fact]
    public void A_bearing_off_a_capital_yields_to_the_named_district_of_the_same_toll()
    {
        var text = "قتل تسعة مدنيين الليلة الماضية بهجوم شنه تنظيم داعش على سيارتهم جنوبي مدينة كركوك."
            + Retold("قضاء طوزخورماتو");
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2019, 4, 10)).Operations);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(9, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_town_near_the_capital_is_in_its_province_and_stays_a_place_of_its_own()
    {
        // "قرب مدينة كركوك" puts the attack at the city: no bearing, so a toll told at a district of another province
        // is not merged into it.
        var text = "قتل تسعة مدنيين الليلة الماضية بهجوم شنه تنظيم داعش على سيارتهم قرب مدينة كركوك."
            + Retold("قضاء طوزخورماتو");
        var ops = Extractor.Extract(text, new DateOnly(2019, 4, 10)).Operations;
        Assert.Contains(ops, o => o.Province == "IQ-KI");
        Assert.Contains(ops, o => o.Province == "IQ-SD");
    }

    [Fact]
    public void A_bearing_and_a_place_of_the_same_province_keep_it()
    {
        var text = "قتل تسعة مدنيين الليلة الماضية بهجوم شنه تنظيم داعش على سيارتهم جنوبي مدينة كركوك."
            + Retold("ناحية الرشاد");
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2019, 4, 10)).Operations);
        Assert.Equal("IQ-KI", op.Province);
    }
}
