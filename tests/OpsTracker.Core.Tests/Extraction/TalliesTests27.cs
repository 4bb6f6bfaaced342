using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies27, session 27; every sentence here is INVENTED). A time told inside a relative
/// clause ("الذي أدار الهجوم عام 2014"، "التي انفجرت قبل عام") dates what the clause tells of its antecedent, not the span
/// the sentence's counts sum over: no tally (RelativeClauseTimes). A clause that tells the counted deed or a campaign
/// ("الذين قتلوا منذ مطلع العام") still gives the tally its period. The results of one operation named by the singular
/// with the article ("بنتائج العملية"، "في هذه العملية" after a total) are that operation's figures, whoever announces them
/// (OneOperationsResults); a named operation counted from a launch days before, or a liberation, stays a tally. A head
/// count with no period that the body tells again in parts is a bulletin's lead, not a tally (HeadTallySummedBelow).
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

    [Fact]
    public void The_results_of_the_operation_listed_by_numbers_are_the_operations()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة عمليات الفرات الأوسط، اليوم الأحد، انتهاء عملية تفتيش في صحراء النخيب استمرت يومين.\n"
            + "وأفادت القيادة في بيان بنتائج العملية وخسائر العصابات الإرهابية، بالأرقام، وهي:\n"
            + "قتل 14 إرهابيا، وتدمير خمس مضافات، وضبط مخزن للعتاد.",
            Published);
        Assert.Empty(result.Tallies);
        var operation = Assert.Single(result.Operations, o => o.Killed is not null);
        Assert.Equal(14, operation.Killed);
        Assert.Equal(5, operation.HideoutsDestroyed);
    }

    [Fact]
    public void A_total_killed_in_this_operation_is_the_operations()
    {
        var result = Extractor.Extract(
            "قال جهاز مكافحة الإرهاب في بيان إن طائراته قصفت مقرا للتنظيم في وادي زغيتون بعد رصد تحركات عناصره.\n"
            + "وأضاف البيان أن إجمالي من قتلتهم الطائرات في هذه العملية بلغ 35 إرهابيا.",
            Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(35, Assert.Single(result.Operations).Killed);
    }

    [Theory]
    [InlineData("كشفت خلية الإعلام الأمني، اليوم الأحد، حصيلة نتائج العملية العسكرية (درع الصحراء)، التي أطلقتها قبل خمسة أيام في صحراء الأنبار.\nوأسفرت العملية عن تدمير 31 وكرا للإرهابيين وقتل 12 إرهابيا.", 12)]
    [InlineData("وأعلن قائد العمليات أن مجموع من قتلتهم القطعات منذ بدء العملية الهادفة إلى تحرير بلدة راوة بلغ 150 إرهابيا.", 150)]
    public void A_named_operation_counted_from_its_launch_or_a_liberation_stays_a_tally(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, Assert.Single(result.Tallies).Killed);
        Assert.DoesNotContain(result.Operations, o => o.Killed == killed);
    }

    private const string Bulletin =
        "أعلنت وزارة الدفاع، اليوم الاثنين، قتل 12 إرهابيا في مناطق متفرقة من البلاد.\n"
        + "وقال البيان إن طيران الجيش قتل خمسة إرهابيين في وادي الشاي بمحافظة كركوك.\n"
        + "وأضاف أن قوة من الجيش قتلت أربعة إرهابيين في صحراء الحضر بمحافظة نينوى.\n";

    [Fact]
    public void A_head_count_the_body_tells_again_in_parts_is_a_bulletins_lead()
    {
        var result = Extractor.Extract(Bulletin + "كما قتلت قوة من الشرطة الاتحادية ثلاثة إرهابيين في جزيرة سامراء.", Published);
        Assert.Empty(result.Tallies);
        Assert.Equal([3, 4, 5], result.Operations.Where(o => o.Killed is not null).Select(o => o.Killed!.Value).Order());
    }

    [Fact]
    public void A_head_count_the_parts_fall_short_of_stays_a_tally()
    {
        var result = Extractor.Extract(Bulletin + "كما قتلت قوة من الشرطة الاتحادية إرهابيين اثنين في جزيرة سامراء.", Published);
        Assert.Equal(12, Assert.Single(result.Tallies).Killed);
    }

    [Fact]
    public void A_head_count_over_a_period_stays_a_tally_whatever_the_body_tells()
    {
        var result = Extractor.Extract(
            Bulletin.Replace("قتل 12 إرهابيا في", "قتل 12 إرهابيا خلال الشهر الماضي في") + "كما قتلت قوة من الشرطة الاتحادية ثلاثة إرهابيين في جزيرة سامراء.",
            Published);
        Assert.Equal(12, Assert.Single(result.Tallies).Killed);
    }
}
