using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened, read from the structure of a report (helper where17, session 17, learned from the
/// province misses of the tuning pool; every sentence here is INVENTED). A coordinated clause ("فيما"، "بينما") that
/// names no place of its own but a bearing from a capital ("غربي بغداد") is placed by that bearing, not by the place
/// another clause of its sentence names. A place told as adjacent to another ("المجاورة لقضاء الفلوجة"، "التي تتصل
/// بناحية"، "تحاذي") is a landmark of a border, as "المحاذية" and "المتاخمة" were: not where it happened. A line of
/// the head holding nothing but a city ("بغداد"، "وكالة الأنباء/بغداد") between the headline and the lead is the
/// dateline: the headline's operation is placed by the lead. An attack told without figures is ISIS's when ISIS is the
/// topic right before the verb ("إن تنظيم داعش شن هجوما") or the doer after it with the time between ("شن مسلحو داعش
/// مساء الثلاثاء هجوما"), and so it is an operation at the place it names.
/// </summary>
public class WhereTests17
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("قتلت الطائرات ثلاثة إرهابيين بقصف مواقع للتنظيم جنوبي الفلوجة، فيما قتل خمسة مدنيين بتفجير انتحاري لداعش استهدف سوقا شعبيا غربي بغداد.", "IQ-AN")]
    [InlineData("اعتقلت قوة من الشرطة ثلاثة إرهابيين في قضاء الحويجة، بينما قتل خمسة مدنيين بهجوم لعناصر داعش على قرية زراعية شمال بغداد.", "IQ-KI")]
    public void A_coordinated_clause_with_a_bearing_of_its_own_is_placed_by_it(string text, string other)
    {
        var ops = Extractor.Extract(text, new DateOnly(2021, 5, 9)).Operations;
        Assert.Contains(ops, o => o.Province == other);
        var attack = Assert.Single(ops, o => Count(o, CasualtySide.Civilian, CasualtyCategory.Killed) == 5);
        Assert.Equal("IQ-BG", attack.Province);
    }

    [Fact]
    public void A_sentence_placed_only_by_a_bearing_still_takes_the_province_told_before_it()
    {
        var ops = Extractor.Extract(
            "شن داعش هجوما على نقطة للجيش في محافظة صلاح الدين.\n"
            + "وأفاد ضابط بأن أربعة جنود قتلوا في الهجوم الذي وقع قرب طريق سريع على مسافة 150 كلم شمالي بغداد.",
            new DateOnly(2021, 5, 9)).Operations;
        var attack = Assert.Single(ops, o => Count(o, CasualtySide.Security, CasualtyCategory.Killed) == 4);
        Assert.Equal("IQ-SD", attack.Province);
    }

    [Theory]
    [InlineData("تواصل القوات عملية واسعة لتطهير ناحية جرف الصخر في محافظة بابل.\nوأوضح قائد العملية أن القطعات حاصرت قرية نائية مجاورة لقضاء الفلوجة وقتلت 12 إرهابيا.", "IQ-BB", 12)]
    [InlineData("وفي محافظة صلاح الدين، اشتبكت قوة من الحشد مع عناصر داعش في منطقة زراعية تحاذي قضاء الحويجة، ما أسفر عن مقتل خمسة إرهابيين.", "IQ-SD", 5)]
    [InlineData("بدأت قطعات الجيش عملية لتعقب فلول التنظيم في جنوب محافظة نينوى.\nوقال ضابط إن القوة داهمت أوكارا في وديان يتصل بعضها بصحراء الأنبار وقتلت سبعة إرهابيين.", "IQ-NI", 7)]
    public void A_place_told_as_adjacent_to_another_is_not_where_it_happened(string text, string province, int killed)
    {
        var ops = Extractor.Extract(text, new DateOnly(2021, 5, 9)).Operations;
        var op = Assert.Single(ops, o => o.Killed == killed);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("انتحاري يفجر نفسه ويقتل 20 شخصا في سوق بالعراق\n\nبغداد\n\nأفاد ضابط في الشرطة بأن مهاجما انتحاريا فجر حزامه وسط سوق للخضار بقضاء المسيب مساء الخميس.\n\nوتبنى تنظيم داعش الهجوم.", "IQ-BB")]
    [InlineData("مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في قرية زراعية\n\nوكالة الأنباء/بغداد\n\nقال مصدر أمني إن عبوة ناسفة زرعها تنظيم داعش انفجرت على سيارة تقل مزارعين قرب قضاء بلد يوم الأحد.", "IQ-SD")]
    public void A_line_of_the_head_holding_only_a_city_is_the_dateline(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 5, 9)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void A_province_over_the_items_of_a_bulletin_still_places_them()
    {
        var ops = Extractor.Extract(
            "حصيلة عمليات اليوم\n\nأعلنت قيادة العمليات المشتركة نتائج عملياتها اليوم.\n\nالأنبار\n\nاعتقال أربعة إرهابيين في عملية دهم.",
            new DateOnly(2021, 5, 9)).Operations;
        Assert.Contains(ops, o => o.Province == "IQ-AN" && o.Arrested == 4);
    }

    [Theory]
    [InlineData("أوضح ضابط أن داعش الإرهابي شن فجر اليوم، هجوما على قرية زراعية في قضاء طوزخورماتو.", "IQ-SD")]
    [InlineData("وأفاد المصدر بأن عناصر التنظيم نفذت هجوما على نقطة للجيش في ناحية العظيم.", "IQ-DI")]
    [InlineData("شن مسلحو داعش مساء الثلاثاء الماضي هجوما على قرية في قضاء الدبس.", "IQ-KI")]
    public void An_attack_isis_does_before_the_verb_or_with_the_time_between_is_an_isis_attack(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2020, 1, 1)).Operations);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("وقال إن القوات الأمنية شنت فجر اليوم هجوما على أوكار داعش في قضاء سامراء.")]
    [InlineData("وقال إن جهاز مكافحة الإرهاب نفذ هجوما على معاقل داعش في قضاء سامراء.")]
    public void The_forces_attack_on_isis_is_no_isis_attack(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, new DateOnly(2020, 1, 1)).Operations, o => o.Kind == OperationKind.IsisAttack);
    }
}
