using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// "الساحل الأيمن" and "الساحل الأيسر" are the right and left banks of Mosul (a noun and its adjective of side), not the
/// African Sahel: a clause naming a bank is Iraq's, and its figures (a tally's among them) stand. The Sahel abroad is named with its head noun
/// or its adjective ("دول الساحل"، "الساحل الأفريقي") and keeps its figures out (lexicon foreignScope). Every sentence
/// here is INVENTED.
/// </summary>
public class MosulBanksTests25
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2017, 3, 14);

    [Theory]
    [InlineData("أعلنت قيادة عمليات قادمون يا نينوى مقتل 23 إرهابيا بقصف مدفعي على مواقع التنظيم في الساحل الأيمن من الموصل اليوم.")]
    [InlineData("وقتلت قطعات الفرقة المدرعة التاسعة 23 من عناصر داعش في حي الزنجيلي بالساحل الأيمن لمدينة الموصل صباح اليوم.")]
    public void A_bank_of_mosul_is_iraq_and_its_dead_stand(string text)
    {
        var operation = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(23, operation.Killed);
        Assert.Equal("IQ-NI", operation.Province);
    }

    [Fact]
    public void A_tally_since_the_battle_for_a_bank_began_is_counted()
    {
        var result = Extractor.Extract("وأعلن قائد الشرطة الاتحادية أن قطعاته قتلت 1250 إرهابيا منذ انطلاق عمليات تحرير الساحل الأيمن للموصل.", Published);
        Assert.Equal(1250, Assert.Single(result.Tallies).Killed);
    }

    [Theory]
    [InlineData("وقال التحالف الدولي إن غاراته قتلت 23 من مسلحي التنظيم في دول الساحل خلال الأسبوع الماضي.")]
    [InlineData("وأفادت تقارير بمقتل 23 مسلحا من التنظيم في هجوم للجيش في الساحل الأفريقي أمس.")]
    public void The_sahel_abroad_gives_no_figure_of_iraq(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed == 23);
        Assert.DoesNotContain(result.Tallies, t => t.Killed == 23);
    }
}
