using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The closed lists of names (helper reference27, session 27; every sentence here is INVENTED). The bodies that
/// announce results (lexicon reporters) under their full and older names: the Peshmerga ministry's full name
/// ("وزارة شؤون البيشمركة") and its general command, the Kurdistan Region's interior ministry, counter-terrorism and
/// security council, the media cell's wartime name ("خلية الإعلام الحربي"), an operations command named without
/// "قيادة" ("عمليات بغداد"), the border forces' command, the federal intelligence agency, the national security
/// advisory, the coalition's task force. The actors the dashboard shows (lexicon actors): the Rapid Response Division,
/// the PMF's named brigades, the commands named by a region rather than a place, the Peshmerga spelled without ي. The
/// forces whose men are the security side (lexicon securityOrgs): the PMF's named brigades and the Rapid Response
/// Division.
/// </summary>
public class ReferenceTests27
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("وقال المتحدث باسم وزارة شؤون البيشمركة إن التنظيم شن 60 هجوما في المناطق المتنازع عليها منذ بداية العام الجاري.", "Ministry of Peshmerga")]
    [InlineData("وأعلنت القيادة العامة لقوات البيشمركة أن التنظيم شن 33 هجوما على مواقعها منذ بداية العام.", "Ministry of Peshmerga")]
    [InlineData("وذكرت وزارة الداخلية في إقليم كوردستان أن قواتها اعتقلت 45 متهما بالانتماء إلى داعش منذ مطلع العام الحالي.", "Kurdistan Region Ministry of Interior")]
    [InlineData("وأفادت مديرية مكافحة الإرهاب في إقليم كوردستان بأنها اعتقلت 38 عنصرا من التنظيم خلال العام الماضي.", "Kurdistan Region Counter-Terrorism")]
    [InlineData("وقال مجلس أمن الإقليم إن قواته اعتقلت 52 عنصرا من التنظيم منذ مطلع العام الجاري.", "Kurdistan Region Security Council")]
    [InlineData("وأعلنت خلية الإعلام الحربي أن القطعات قتلت 230 إرهابيا منذ انطلاق عمليات التحرير في الشهر الماضي.", "Security Media Cell")]
    [InlineData("وقالت عمليات بغداد في بيان إن قواتها اعتقلت 70 مطلوبا بتهم إرهابية منذ بداية الشهر الجاري.", "Operations Command")]
    [InlineData("وقال بيان لهيئة الحشد إن قواتها قتلت 90 إرهابيا منذ انطلاق العمليات في الصحراء مطلع الشهر الماضي.", "Popular Mobilization Forces")]
    [InlineData("وقالت مستشارية الأمن الوطني إن الأجهزة الأمنية اعتقلت 300 إرهابي منذ مطلع العام الحالي.", "Iraqi government")]
    [InlineData("وأعلنت قوة المهام المشتركة أن طائراتها قتلت 80 إرهابيا منذ بداية الشهر الماضي.", "International coalition")]
    public void A_body_named_by_its_full_or_older_name_announces_the_tally(string text, string reporter)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(reporter, tally.ReportedBy);
    }

    [Fact]
    public void The_federal_interior_ministry_stays_itself_when_no_region_follows()
    {
        var tally = Assert.Single(Extractor.Extract(
            "وذكرت وزارة الداخلية أن قواتها اعتقلت 45 متهما بالانتماء إلى داعش منذ مطلع العام الحالي.", Published).Tallies);
        Assert.Equal("Ministry of Interior", tally.ReportedBy);
    }

    [Theory]
    [InlineData("وقالت قيادة عمليات غرب نينوى إن قواتها قتلت أربعة إرهابيين في جنوب سنجار.", "West Nineveh Operations Command")]
    [InlineData("وذكرت قيادة عمليات الفرات الأوسط أن قواتها قتلت إرهابيين اثنين في صحراء النخيب.", "Middle Euphrates Operations Command")]
    [InlineData("وقتلت قوات الرد السريع ستة إرهابيين في قرية جنوب كركوك.", "Rapid Response Division")]
    [InlineData("وأعلنت قوات البشمركة مقتل سبعة من عناصر داعش في هجوم على قرية جنوب مخمور.", "Peshmerga")]
    [InlineData("وقال بيان إن مقاتلي سرايا الجهاد قتلوا ثلاثة إرهابيين في صحراء الأنبار.", "Popular Mobilization Forces")]
    public void The_force_or_command_named_is_the_operations_actor(string text, string actor)
    {
        var operation = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal([actor], operation.Actors);
    }

    [Fact]
    public void A_command_named_by_its_province_keeps_the_provinces_name()
    {
        var operation = Assert.Single(Extractor.Extract(
            "وقتلت قيادة عمليات نينوى ثلاثة إرهابيين في جنوب سنجار.", Published).Operations);
        Assert.Equal(["Nineveh Operations Command"], operation.Actors);
    }

    [Theory]
    [InlineData("وقتل ثلاثة من لواء علي الأكبر بهجوم شنه داعش على نقطة تفتيش في صحراء الحضر.", 3)]
    [InlineData("وقتل اثنان من فرقة الرد السريع بهجوم لداعش في قرية شمال الحويجة.", 2)]
    [InlineData("وقتل خمسة من وحدات حماية سهل نينوى بهجوم للتنظيم شرقي الموصل.", 5)]
    public void The_men_of_a_named_brigade_are_the_security_sides_dead(string text, int count)
    {
        var operation = Assert.Single(Extractor.Extract(text, Published).Operations);
        var dead = Assert.Single(operation.Casualties);
        Assert.Equal(CasualtySide.Security, dead.Side);
        Assert.Equal(CasualtyCategory.Killed, dead.Category);
        Assert.Equal(count, dead.Count);
    }

    [Fact]
    public void Men_killed_by_a_named_brigade_are_not_its_own()
    {
        var operation = Assert.Single(Extractor.Extract(
            "وقتل مقاتلو لواء علي الأكبر ثلاثة إرهابيين في صحراء الحضر.", Published).Operations);
        var dead = Assert.Single(operation.Casualties);
        Assert.Equal(CasualtySide.Isis, dead.Side);
    }
}
