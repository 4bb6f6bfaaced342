using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Totals, parts and retellings read from the structure of a report (helper structure24, session 24; every sentence
/// here is INVENTED). A count in the head whose own sentence says it is spread over several events ("في عمليتين
/// منفصلتين"، "في هجومين منفصلين"، "في مناطق متفرقة من البلاد") is their sum once the body tells them one by one, even
/// when the body's counts do not add up to it exactly; the headline's telling of that sum is the same sum. A sentence
/// that explains or quotes the statement and points back at the lead's one event by its article ("الهجوم"، "الاشتباك")
/// gives the lead's count again in parts: the parts are its breakdown, the lead's count the figure.
/// </summary>
public class StructureTests24
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 5, 2);

    [Fact]
    public void A_lead_count_over_two_separate_operations_is_their_sum_when_the_body_tells_one_of_them()
    {
        const string text = "مقتل 19 إرهابيا في عمليتين منفصلتين غرب الأنبار وجنوب نينوى.\n"
            + "وقال مصدر في قيادة العمليات إن قوة من الجيش نصبت كمينا قرب قضاء هيت وقتلت 12 إرهابيا كانوا يستقلون عجلتين.\n"
            + "وفي نينوى اشتبكت قوة من الشرطة الاتحادية مع مجموعة من عناصر داعش جنوب قضاء الحضر.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Killed == 19);
        Assert.Contains(ops, o => o.Killed == 12 && o.Province == "IQ-AN");
    }

    [Fact]
    public void A_lead_count_over_areas_spread_about_the_country_is_the_sum_of_the_arrests_told_below()
    {
        const string text = "أعلنت خلية الإعلام الأمني اعتقال أربعة إرهابيين في مناطق متفرقة من البلاد.\n"
            + "وذكرت الخلية في بيان أن مفرزة من الاستخبارات اعتقلت إرهابيا في قضاء بلدروز بمحافظة ديالى.\n"
            + "وأضافت أن قوة من الشرطة اعتقلت إرهابيين اثنين في ناحية الرياض بمحافظة كركوك.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested == 4);
        Assert.Contains(ops, o => o.Arrested == 1 && o.Province == "IQ-DI");
        Assert.Contains(ops, o => o.Arrested == 2 && o.Province == "IQ-KI");
    }

    [Fact]
    public void The_headline_telling_a_sum_over_two_attacks_is_that_sum_whoever_it_names_as_the_doer()
    {
        const string text = "داعش يقتل سبعة مدنيين شمالي العراق\n\n"
            + "قالت مصادر في الشرطة إن مسلحين من تنظيم داعش قتلوا سبعة مدنيين في هجومين منفصلين بمحافظتي ديالى وكركوك.\n\n"
            + "وأوضحت المصادر أن المسلحين هاجموا منزلا في قرية قرب ناحية العظيم وقتلوا ثلاثة رعاة على الأقل.\n\n"
            + "وفي قضاء الدبس قتل عناصر من داعش فلاحين اثنين كانوا يعملون في حقولهم.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(5, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.DoesNotContain(result.Operations, o => o.Province is null);
    }

    [Fact]
    public void A_count_over_several_operations_that_the_body_never_tells_one_by_one_stays()
    {
        const string text = "قتلت القوات الأمنية 30 إرهابيا في عمليات متفرقة بمحافظة ديالى خلال يوم أمس.\n"
            + "وأشار المصدر إلى أن القوات ما زالت تلاحق بقية العناصر في بساتين المنطقة.\n";
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(30, op.Killed);
    }

    [Fact]
    public void A_summary_smaller_than_what_the_body_counts_is_no_sum_of_it()
    {
        const string text = "اعتقال ثلاثة مطلوبين بالإرهاب في مناطق متفرقة من محافظة صلاح الدين.\n"
            + "وقال مصدر أمني إن قوة من الجيش اعتقلت إرهابيين اثنين في قضاء بيجي.\n"
            + "وأضاف أن قوة أخرى اعتقلت إرهابيين اثنين في قضاء الشرقاط.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 3);
    }

    private static int Wounded(string text) => Count(Extractor.Extract(text, Published), CasualtySide.Security, CasualtyCategory.Wounded);

    [Fact]
    public void Parts_of_the_lead_s_one_clash_told_by_cause_are_its_breakdown()
    {
        const string text = "أعلن الجيش العراقي إصابة ستة جنود خلال هجوم لداعش على نقطة عسكرية قرب قضاء طوزخورماتو.\n\n"
            + "وقال الجيش إن قواته ردت على مصادر النيران.\n\n"
            + "وأوضح ضابط في الفرقة أن أربعة من الجنود أصيبوا خلال الهجوم بنيران القناصة، بينما أصيب اثنان بانقلاب عجلتهما.\n";
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(6, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_quote_that_tells_the_attack_again_with_some_of_its_wounded_is_the_same_toll()
    {
        const string text = "قتل اثنان من مقاتلي الحشد وأصيب تسعة بجروح في هجوم لداعش على قرية قرب ناحية العظيم بمحافظة ديالى.\n\n"
            + "وقال مختار القرية إن المسلحين تسللوا بعد منتصف الليل.\n\n"
            + "وتابع المختار أن الهجوم خلف قتيلين من الحشد وخمسة جرحى نقلوا إلى مستشفى الناحية.\n";
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(9, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_lead_over_two_attacks_is_no_one_event_told_in_parts()
    {
        const string text = "أصيب ستة جنود في هجومين لداعش على نقطتين للجيش في محافظة كركوك.\n\n"
            + "وقال الجيش إن قواته ردت على مصادر النيران.\n\n"
            + "وأوضح ضابط أن الهجوم الأول أسفر عن إصابة أربعة جنود قرب ناحية الرياض، فيما أصيب جنديان في الهجوم الثاني قرب قضاء الدبس.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => Count(o, CasualtySide.Security, CasualtyCategory.Wounded) == 4);
        Assert.Contains(ops, o => Count(o, CasualtySide.Security, CasualtyCategory.Wounded) == 2);
        Assert.Equal(6, Wounded(text));
    }

    [Fact]
    public void Parts_told_in_two_provinces_are_two_operations_not_parts_of_one()
    {
        const string text = "أصيب ستة جنود في اشتباك مع مسلحي داعش قرب قضاء طوزخورماتو.\n\n"
            + "وقال الجيش إن قواته ردت على مصادر النيران.\n\n"
            + "وأوضح ضابط أن أربعة جنود أصيبوا في الاشتباك قرب ناحية آمرلي، بينما أصيب جنديان آخران في قرية البو حسن بمحافظة ديالى.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Province == "IQ-DI" && Count(o, CasualtySide.Security, CasualtyCategory.Wounded) == 2);
    }
}
