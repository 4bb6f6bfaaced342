using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies24, session 24; every sentence here is INVENTED). A province's local government
/// (its council, the council's security committee and its head, local officials) is an authority whose count over a
/// period is the province's tally, as an operations command's is; and "since the operations began" told with the
/// past verb after منذ ("منذ بدأت العمليات") is the span from the launch, as the verbal noun ("منذ بدء العمليات") is.
/// </summary>
public class TalliesTests24
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("وذكر رئيس اللجنة الأمنية بمجلس محافظة نينوى أن 45 عنصرا من داعش لقوا حتفهم منذ بداية شباط الماضي بضربات طالت مخابئهم في المحافظة.", 45, "IQ-NI")]
    [InlineData("وأكد مسؤولون محليون في محافظة كركوك أن القوات الأمنية قتلت 37 إرهابيا خلال الأشهر الثلاثة الماضية في وديان المحافظة.", 37, "IQ-KI")]
    public void A_local_governments_count_over_a_period_is_its_provinces_tally(string text, int killed, string scope)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal("Local government", tally.ReportedBy);
        Assert.Equal(scope, tally.Scope);
    }

    [Theory]
    [InlineData("قال مسؤول محلي عراقي، اليوم الثلاثاء، منذ بدأت العمليات العسكرية للجيش في قضاء الشرقاط، مطلع الشهر الماضي، قتل 32 مسلحا من التنظيم.", 32)]
    [InlineData("وقالت قيادة عمليات صلاح الدين إن قطعاتها قتلت 28 إرهابيا منذ أن انطلقت عملية تطهير الجزيرة في أواخر آذار.", 28)]
    public void Since_the_operations_began_told_with_the_verb_counts_from_the_launch(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
        Assert.Equal(killed, Assert.Single(result.Tallies).Killed);
    }

    [Fact]
    public void A_local_official_telling_one_raid_of_a_named_day_gives_an_operation_not_a_tally()
    {
        var result = Extractor.Extract(
            "وقال مسؤول محلي في قضاء خانقين إن قوة من الشرطة قتلت ثلاثة إرهابيين فجر اليوم الثلاثاء في قرية على أطراف القضاء.",
            Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(3, Assert.Single(result.Operations).Killed);
    }
}
