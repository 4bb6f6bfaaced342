using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Figures no operation has (helper extras24, session 24; every sentence here is INVENTED). A speaker's earlier word
/// on the toll, told after the current toll as an earlier telling ("وكان مصدر أمني أفاد مساء الجمعة بمقتل ..."، "وقالت
/// الشرطة في وقت سابق إن ..."), is the same attack counted when less was known: its figures are superseded by the
/// current toll. A deed told as earlier (no verb of telling governs its figure) and an arrest told earlier are
/// operations of their own.
/// </summary>
public class ExtrasTests24
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 5, 2);

    [Fact]
    public void A_source_that_had_reported_a_smaller_toll_the_evening_before_is_the_same_attack()
    {
        const string text = "قتل تسعة جنود وأصيب أربعة آخرون في هجوم شنه تنظيم داعش على ثكنة للجيش قرب قضاء طوزخورماتو بمحافظة صلاح الدين.\n"
            + "وقال ضابط في الجيش إن المهاجمين تسللوا من الوديان المجاورة قبل منتصف الليل.\n"
            + "وأضاف أن تعزيزات وصلت إلى المكان بعد ساعة.\n"
            + "وكان مصدر أمني محلي أفاد مساء الاثنين بمقتل ثلاثة جنود في هجوم على ثكنة في صلاح الدين.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(9, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Any(c => c.Count == 3));
    }

    [Fact]
    public void What_the_police_said_earlier_of_the_dead_is_the_toll_counted_before_it_rose()
    {
        const string text = "قتل 22 شخصا وأصيب 40 آخرون في تفجير سيارة مفخخة في سوق شعبي بمدينة بعقوبة تبناه تنظيم داعش.\n"
            + "وقالت الشرطة ومصادر طبية في وقت سابق إن التفجير أوقع 17 قتيلا من المتسوقين.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(22, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_killing_told_as_done_earlier_is_no_earlier_report_and_stays()
    {
        const string text = "قتل تنظيم داعش خمسة رعاة في هجوم على قرية نائية قرب قضاء الحضر بمحافظة نينوى.\n"
            + "وكان مسلحون من داعش قد قتلوا في وقت سابق اثنين من الرعاة في وادي الثرثار.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(7, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void An_arrest_a_source_had_announced_earlier_is_an_operation_of_its_own()
    {
        const string text = "أعلنت قيادة الشرطة اعتقال 12 من عناصر داعش في حملة تفتيش بحي الزهور في الموصل.\n"
            + "وكان ضابط بالشرطة قد ذكر في وقت سابق اعتقال ستة من عناصر التنظيم في قضاء تلعفر.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 12);
        Assert.Contains(ops, o => o.Arrested == 6);
    }
}
