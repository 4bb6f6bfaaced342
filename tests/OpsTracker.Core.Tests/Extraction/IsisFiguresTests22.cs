using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// How ISIS's figures and the figures of an event group (helper isis22, session 22; every sentence here is INVENTED).
/// A man who is the subject of his own casualty verb, told before it, is counted with the people the joiner after the
/// verb adds to him ("فلان قتل مع اثنين من مرافقيه" = 3; "قُتل آمر السرية إلى جانب أربعة من مقاتليه" = 5). A partitive
/// "من" before a group's name in quotation marks or brackets counts people of that group ("12 من «داعش»"). Two counts
/// of the same people in one sentence, each closed by a place or a day of its own, are two events of a results list.
/// </summary>
public class IsisFiguresTests22
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2020, 1, 5));

    private static List<int> PerOperation(ExtractionResult result, CasualtySide side, CasualtyCategory category) =>
        result.Operations.Select(o => Count(o, side, category)).Where(n => n > 0).Order().ToList();

    [Fact]
    public void The_subject_of_his_verb_with_his_companions_counts_himself()
    {
        var result = Read("ذكر مصدر محلي أن قياديا بارزا في تنظيم داعش قتل مع اثنين من مرافقيه بقصف للطيران العراقي قرب قضاء الدبس غرب كركوك.");
        Assert.Equal([3], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void The_subject_named_before_his_verb_with_one_companion_makes_two()
    {
        var result = Read("قال مصدر في الشرطة إن الإرهابي المكنى أبا مريم قتل مع أحد معاونيه في غارة للتحالف على قرية شرق تلعفر.");
        Assert.Equal([2], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_plain_count_beside_him_after_an_additive_joiner_counts_him_too()
    {
        var result = Read("وقال بيان للحشد إن آمر الفوج الثالث قتل إلى جانب أربعة من مقاتلي الحشد خلال صد هجوم لداعش في قضاء الطارمية.");
        Assert.Equal([5], PerOperation(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void His_family_killed_with_him_is_not_of_his_count()
    {
        var result = Read("أفاد سكان بأن قياديا في التنظيم قتل مع خمسة من أفراد عائلته في غارة للتحالف الدولي شمال مدينة الموصل.");
        Assert.DoesNotContain(6, PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.DoesNotContain(6, PerOperation(result, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_plural_verb_has_no_one_man_to_add()
    {
        var result = Read("وأكد المصدر أن عناصر الخلية قتلوا مع ثلاثة من مرافقيهم في كمين للقوات الأمنية غرب سامراء.");
        Assert.DoesNotContain(4, PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_count_of_isis_named_in_guillemets_after_min_is_read()
    {
        var result = Read("وأوضح قائد العمليات أن قواته تمكنت أمس من قتل تسعة من «داعش» خلال تطهير قرى جنوب قضاء الشرقاط.");
        Assert.Equal([9], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_count_of_isis_named_in_brackets_after_min_is_read()
    {
        var result = Read("وقال المتحدث إن المعركة حسمت بالكامل في ناحية البغدادي بالأنبار، وقتل أكثر من 60 من (الدواعش) خلالها.");
        Assert.Equal([60], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void An_arrest_of_isis_named_in_curly_quotes_after_min_is_read()
    {
        var result = Read("أعلنت مديرية الاستخبارات العسكرية اعتقال 4 من “داعش” في قضاء الحويجة بمحافظة كركوك.");
        Assert.Equal(4, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void A_quoted_head_adjective_after_min_is_still_passed()
    {
        var result = Read("أعلنت وكالة الاستخبارات اعتقال خمسة من \"أخطر\" عناصر داعش في قضاء تلعفر بمحافظة نينوى.");
        Assert.Equal(5, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void Two_counts_each_closed_by_its_own_locality_are_two_events()
    {
        var result = Read("وأكد بيان لقيادة العمليات في محافظة صلاح الدين تدمير وكر وقتل 12 إرهابيا وتدمير عجلتين في منطقة الخشامة، وإحراق زورق وقتل 4 إرهابيين في منطقة الزوية.");
        Assert.Equal([4, 12], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Two_counts_each_with_its_own_weekday_are_two_events()
    {
        var result = Read("وذكر بيان الجيش أن خمسة مسلحين قتلوا يوم الجمعة وثلاثة يوم الخميس في صحراء الحضر جنوب الموصل.");
        Assert.Equal([3, 5], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Two_counts_of_one_strike_with_one_place_stay_one_sum()
    {
        var result = Read("وأسفرت الغارة عن مقتل 6 مسلحين واثنين من القناصين في منطقة الحصيبة غرب الأنبار.");
        Assert.Equal([8], PerOperation(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
