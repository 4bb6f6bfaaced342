using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies25, session 25; every sentence here is INVENTED). "The Iraqi authorities" and "the
/// security authorities" announce tallies as the security forces do; a campaign described by the relative clause of
/// its launch at a time before the telling ("التي انطلقت في الشهر الماضي") counts from that launch; an announcement of
/// results that gives no figure yet is continued by the first sentence after it that counts something, the scene
/// between counting nothing; hideouts with their owner ("وكرا للإرهابيين") share their verb with the hideouts joined
/// after the owner; and "مرتزقا", the singular a numeral takes, counts ISIS's men as "مرتزقة" does.
/// </summary>
public class TalliesTests25
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Fact]
    public void The_iraqi_authorities_announce_a_tally()
    {
        var result = Extractor.Extract("أعلنت السلطات العراقية تنفيذ 85 عملية أمنية ضد خلايا التنظيم خلال شهر نيسان الماضي.", Published);
        Assert.Empty(result.Operations);
        Assert.Equal(85, Assert.Single(result.Tallies).Operations);
    }

    [Fact]
    public void The_security_authorities_count_over_a_period_is_a_tally()
    {
        var result = Extractor.Extract("وقالت السلطات الأمنية إن قطعاتها اعتقلت 140 مطلوبا بتهم الإرهاب منذ مطلع العام الجاري.", Published);
        Assert.Empty(result.Operations);
        Assert.Equal(140, Assert.Single(result.Tallies).Arrested);
    }

    [Fact]
    public void The_authorities_telling_one_raid_of_a_named_day_give_an_operation()
    {
        var result = Extractor.Extract("وقالت السلطات العراقية إن قوة من الجيش قتلت أربعة إرهابيين فجر اليوم الثلاثاء في وادي زغيتون.", Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(4, Assert.Single(result.Operations).Killed);
    }

    [Theory]
    [InlineData("وكانت قيادة العمليات المشتركة قد أعلنت مقتل 45 إرهابيا ضمن عملية صولة الفرسان التي انطلقت في الشهر الماضي.", 45, null)]
    [InlineData("وذكرت وزارة الدفاع أن قطعاتها دمرت 31 وكرا ضمن الحملة التي أطلقتها قبل عشرة أيام في صحراء الأنبار.", null, 31)]
    public void A_campaign_launched_before_the_telling_counts_from_its_launch(string text, int? killed, int? hideouts)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(hideouts, tally.HideoutsDestroyed);
    }

    [Theory]
    [InlineData("وذكرت وزارة الدفاع أن قطعاتها قتلت سبعة إرهابيين ضمن العملية التي انطلقت فجر اليوم في صحراء الأنبار.")]
    [InlineData("وذكرت وزارة الدفاع أن قطعاتها قتلت سبعة إرهابيين ضمن العملية التي انطلقت أمس في صحراء الأنبار.")]
    public void A_campaign_launched_today_or_yesterday_counts_its_own_operation(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(7, Assert.Single(result.Operations).Killed);
    }

    [Fact]
    public void An_announcement_of_results_is_continued_by_its_first_figures_after_the_scene()
    {
        var result = Extractor.Extract(
            "كشفت قيادة عمليات الجزيرة، مساء الثلاثاء، حصيلة نتائج حملة فجر الصحراء التي أطلقتها قبل أربعة أيام في المحافظات الغربية.\n"
            + "وشاركت في العملية قطعات من الجيش والحشد بإسناد من طيران الجيش.\n"
            + "ونجحت العملية في قتل 12 إرهابيا وتدمير 23 وكرا للإرهابيين و7 أنفاق.",
            Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(12, tally.Killed);
        Assert.Equal(30, tally.HideoutsDestroyed);
    }

    [Fact]
    public void Figures_long_after_an_announcement_are_an_operation_of_their_own()
    {
        var result = Extractor.Extract(
            "كشفت قيادة عمليات الجزيرة، مساء الثلاثاء، حصيلة نتائج حملة فجر الصحراء التي أطلقتها قبل أربعة أيام في المحافظات الغربية.\n"
            + "وشاركت في العملية قطعات من الجيش والحشد بإسناد من طيران الجيش.\n"
            + "وتقدمت القطعات من محاور عدة نحو عمق الصحراء.\n"
            + "وواجهت القطعات صعوبات بسبب العواصف الرملية.\n"
            + "وأشاد القائد بجهود المقاتلين وصبرهم.\n"
            + "ونجحت القوة في قتل 12 إرهابيا في وادي حوران.",
            Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(12, Assert.Single(result.Operations).Killed);
    }

    [Fact]
    public void Hideouts_joined_after_their_owner_share_the_verb()
    {
        var result = Extractor.Extract("ودمرت قوة من الجيش أمس 4 مضافات لداعش و3 أنفاق في وادي الشاي جنوب كركوك.", Published);
        Assert.Equal(7, Assert.Single(result.Operations).HideoutsDestroyed);
    }

    [Fact]
    public void A_numerals_singular_mercenary_counts_isis_men()
    {
        var result = Extractor.Extract("وقتل الجيش أمس 12 مرتزقا من داعش في جبال حمرين.", Published);
        Assert.Equal(12, Assert.Single(result.Operations).Killed);
    }
}
