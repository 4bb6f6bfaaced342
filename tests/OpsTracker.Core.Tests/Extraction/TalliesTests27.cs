using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies27, session 27; every sentence here is INVENTED). A time told inside a relative
/// clause ("الذي قاد الهجوم عام 2014"، "التي انفجرت قبل عام") dates what the clause tells of its antecedent, not the span
/// the sentence's counts sum over: no tally (RelativeClauseTimes). A clause that tells the counted deed or a campaign
/// ("الذين قتلوا منذ مطلع العام") still gives the tally its period.
/// </summary>
public class TalliesTests27
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("وقال جهاز المخابرات في بيان إن مفارزه اعتقلت خمسة إرهابيين بينهم المسؤول الأمني للتنظيم، الذي أدار الهجوم على سجن بادوش عام 2014.", 5, "arrested")]
    [InlineData("وأعلنت وزارة الدفاع في بيان أن القوات قتلت الإرهابي المسؤول عن السيارة المفخخة التي انفجرت قبل عام في سوق الحلة وثلاثة من مرافقيه.", 4, "killed")]
    public void A_time_inside_a_relative_clause_about_a_man_or_a_bomb_makes_no_tally(string text, int count, string outcome)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        var operation = Assert.Single(result.Operations);
        Assert.Equal(count, outcome == "killed" ? operation.Killed : operation.Arrested);
    }

    [Fact]
    public void A_relative_clause_that_tells_the_counted_deed_keeps_its_period()
    {
        var result = Extractor.Extract(
            "وأعلنت قيادة العمليات المشتركة أن عدد الإرهابيين الذين قتلوا منذ مطلع العام الحالي بلغ 140 إرهابيا.", Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(140, tally.Killed);
        Assert.Equal(new DateOnly(2024, 1, 1), tally.PeriodStart);
    }
}
