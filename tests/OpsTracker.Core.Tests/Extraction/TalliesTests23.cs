using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies23, session 23; every sentence here is INVENTED). A lower bound ("أكثر من"، "ما يزيد
/// على") that the same report gives again as a count a little above it is one figure told twice: the bound gives way.
/// </summary>
public class TalliesTests23
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("كشف مدير الاستخبارات في وزارة الداخلية، اليوم، عن اعتقال أكثر من 300 عنصر من داعش خلال الشهرين الماضيين. وقال المدير في تصريح إن مفارز الاستخبارات نفذت خلال شهري آذار ونيسان عمليات أسفرت عن القبض على نحو 326 إرهابيا.", 326)]
    [InlineData("أعلن جهاز مكافحة الإرهاب مقتل نحو 800 من عناصر داعش منذ انطلاق عمليات تحرير المدينة. وقال أحد قادة الجهاز إن مقاتليه قتلوا ما يزيد على 770 إرهابيا على محورهم منذ انطلاق العمليات.", 800)]
    public void A_lower_bound_told_again_as_a_count_just_above_it_is_one_figure(string text, int count)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(count, tally.Arrested ?? tally.Killed);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل أكثر من 300 إرهابي خلال عام 2022، ومقتل نحو 500 إرهابي خلال عام 2021.")]
    [InlineData("وقال جهاز مكافحة الإرهاب إن قواته اعتقلت أكثر من 120 إرهابيا خلال عام 2023، فيما اعتقلت 260 إرهابيا خلال عام 2022.")]
    public void A_lower_bound_far_below_another_count_stays_its_own_figure(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(2, result.Tallies.Count);
    }
}
