using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies19, session 19; every sentence here is INVENTED). The items of a statement's list
/// are the statement's however long the list runs; a tally counts many, and one man killed or taken that a statement
/// names is an operation it tells.
/// </summary>
public class TalliesTests19
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2024, 3, 10));

    [Theory]
    [InlineData("وقالت قيادة العمليات المشتركة إن قواتها نفذت خلال عام 2023 ما مجموعه 900 عملية.\n"
        + "وأضافت أن العمليات أسفرت عن النتائج التالية:\n"
        + "- قتل 210 إرهابيين.\n"
        + "- ضبط 40 صاروخا.\n"
        + "- العثور على 300 قذيفة.\n"
        + "- تفكيك 85 عبوة.\n"
        + "- تدمير 160 وكرا ومضافة.\n", 210, 160)]
    [InlineData("وذكر بيان لوزارة الدفاع أن القطعات نفذت طوال العام الماضي 640 عملية تفتيش.\n"
        + "وبين البيان أن حصيلة تلك العمليات جاءت كالآتي:\n"
        + "- مقتل 95 عنصرا من داعش.\n"
        + "- العثور على 70 عبوة ناسفة.\n"
        + "- ضبط 12 عجلة.\n"
        + "- إتلاف 500 لغم.\n"
        + "- تفجير 33 نفقا.\n", 95, 33)]
    public void The_items_of_a_statements_list_are_its_however_long_the_list_runs(string text, int killed, int hideouts)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(hideouts, tally.HideoutsDestroyed);
        Assert.DoesNotContain(result.Operations, o => o.HideoutsDestroyed == hideouts);
    }
}
