using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies21, session 21; every sentence here is INVENTED). A named month that a window
/// opener opens is a tally's period, as a year is; a results cue over a handful of people, with no period, gives one
/// operation's results, not a statement's tally.
/// </summary>
public class TalliesTests21
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("أعلنت وزارة الداخلية اعتقال 37 إرهابيا خلال أيار الماضي.", 37)]
    [InlineData("وذكرت قيادة العمليات المشتركة أن قطعاتها قبضت على 44 مطلوبا بتهم إرهابية خلال تشرين الأول وتشرين الثاني.", 44)]
    public void A_month_a_window_opener_opens_is_a_tallys_period(string text, int arrested)
    {
        foreach (var published in new DateOnly?[] { null, Published })
        {
            var result = Extractor.Extract(text, published);
            var tally = Assert.Single(result.Tallies);
            Assert.Equal(arrested, tally.Arrested);
            Assert.DoesNotContain(result.Operations, o => OperationCounts.Count(o, CasualtySide.Isis, CasualtyCategory.Arrested) == arrested);
        }
    }

    [Theory]
    [InlineData("وأوضح قائد الفرقة أن قطعاته نفذت واجبا في الصحراء، وكانت الحصيلة مقتل 5 من عناصر داعش.", 5)]
    [InlineData("أعلن الناطق باسم قيادة العمليات المشتركة نتائج عملية الفجر التي انطلقت أمس، مؤكدا مقتل أربعة إرهابيين.", 4)]
    public void A_results_cue_over_a_handful_with_no_period_gives_an_operations_results(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(killed, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة أن قطعاتها قتلت 6 إرهابيين خلال عام 2023.", 6)]
    [InlineData("وقال جهاز مكافحة الإرهاب إن حصيلة عملياته منذ مطلع العام الجاري بلغت مقتل 8 إرهابيين.", 8)]
    public void A_handful_counted_over_a_period_is_still_a_tally(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(0, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("أعلن جهاز الأمن الوطني اعتقال 23 متهما بالإرهاب كانوا مختبئين في مناطق متفرقة من البلاد.", 23)]
    [InlineData("وقالت قيادة العمليات المشتركة إن قطعاتها ألقت القبض على 57 مطلوبا ينتمون لداعش في مناطق عدة من العراق.", 57)]
    public void A_count_spread_over_the_countrys_areas_is_a_tally(string text, int arrested)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Equal(0, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Theory]
    [InlineData("أعلنت وكالة الاستخبارات القبض على 4 مطلوبين لداعش في مناطق متفرقة من البلاد.", 4)]
    [InlineData("أعلنت قيادة الشرطة القبض على 12 مطلوبا في مناطق متفرقة بمحافظة كركوك.", 12)]
    public void A_handful_or_one_provinces_areas_stay_operations(string text, int arrested)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(arrested, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }
}
