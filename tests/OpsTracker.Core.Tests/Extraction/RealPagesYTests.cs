using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Readings learned from the misses of real reports published 2021-2025 (helper pagesY's tuning set of stored public
/// news pages, kept outside the repository). Each test is an INVENTED sentence built on the construction a real
/// report used, never the report's text: the dead and the wounded told together by two category nouns ("قتيلا
/// وجريحا", no figure of either); a casualty word that names a weapon's kind ("بأسلحة قنص", no event); the arrest verb
/// "قبضت" split from its "على" by the subject; the wounded told by a bare category noun after people counted ("مقتل 20
/// مدنيا و45 جرحى", of the same side); the counted named one by one after "القتلى هم" (no figure of their own); a
/// definite adjective after a definite noun of people ("أحد الإرهابيين الانتحاريين", no dual); a bomber's own blast in
/// a tunnel ("بتفجير انتحاري داخل نفق", no hideout destroyed); a son killed ("مقتل نجل مختار القرية", one civilian); people named after "بينهم" among the dead and
/// the wounded together ("قتلى وجرحى بينهم ضابطان", no figure).
/// </summary>
public class RealPagesYTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 12);

    [Fact]
    public void The_dead_and_the_wounded_told_together_by_two_nouns_are_no_figure_of_either()
    {
        var result = Extractor.Extract(
            "قال مصدر أمني إن هجوما لداعش على نقطة للحشد الشعبي قرب جبال مكحول في صلاح الدين أسفر عن سقوط 17 قتيلا وجريحا.",
            Published);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Count == 17);
        Assert.DoesNotContain(result.Operations, o => o.Killed == 17 || o.Wounded == 17);
    }

    [Fact]
    public void A_category_noun_with_its_own_count_after_another_stays_a_second_figure()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل 9 مدنيين و6 جرحى في هجوم شنه داعش على قرية تابعة لقضاء خانقين في ديالى.", Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal(9, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(6, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void The_wounded_told_by_a_bare_category_noun_after_civilians_are_civilians()
    {
        var op = Assert.Single(Extractor.Extract(
            "فجر انتحاري من داعش نفسه وسط سوق شعبي في بغداد، وخلف التفجير مقتل 20 مدنيا و45 جرحى.", Published).Operations);
        Assert.Null(op.Wounded);
        Assert.Equal(45, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
        Assert.Equal(20, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void Attackers_counted_before_a_weapon_named_by_sniping_are_not_dead()
    {
        var op = Assert.Single(Extractor.Extract(
            "مجموعة من داعش تضم نحو 15 عنصرا شنت هجوما بأسلحة قنص ورشاشة على مقر للجيش في ناحية العظيم بديالى، ما أدى إلى مقتل 4 جنود.",
            Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.DoesNotContain(op.Casualties, c => c.Count == 15);
        Assert.Equal(4, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void Sniping_told_as_the_event_still_kills()
    {
        var op = Assert.Single(Extractor.Extract(
            "قنص عناصر من داعش جنديين في قرية تابعة لقضاء الدبس بكركوك مساء أمس.", Published).Operations);
        Assert.Equal(2, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void The_arrest_verb_qabadat_reaches_its_count_over_the_subject()
    {
        var op = Assert.Single(Extractor.Extract(
            "قبضت قوة من شرطة نينوى على 6 عناصر من داعش في الجانب الأيسر لمدينة الموصل.", Published).Operations);
        Assert.Equal(6, op.Arrested);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void The_dead_named_one_by_one_after_qatla_hum_add_nothing_to_the_count()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل 4 عسكريين عراقيين، السبت، بانفجار عبوة ناسفة استهدفت عربتهم في قضاء داقوق بكركوك.\n"
            + "وأوضح مصدر أمني أن القتلى هم ضابط برتبة نقيب وثلاثة جنود.\n"
            + "وأضاف المصدر أن الانفجار أدى إلى مقتل ضابط برتبة نقيب وثلاثة جنود وإصابة خامس.", Published).Operations);
        Assert.Equal(4, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(1, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void The_dead_named_after_qatla_hum_count_when_the_text_counts_no_one_else()
    {
        var op = Assert.Single(Extractor.Extract(
            "وأوضح مصدر أمني في كركوك أن القتلى هم ضابط برتبة نقيب وجنديان.", Published).Operations);
        Assert.True(op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count) >= 2);
    }

    [Fact]
    public void A_definite_adjective_after_a_definite_noun_of_people_is_no_dual()
    {
        var op = Assert.Single(Extractor.Extract(
            "وقتلت القوة أحد الإرهابيين الانتحاريين خلال اشتباك جنوب قضاء الحضر في نينوى.", Published).Operations);
        Assert.Equal(1, op.Killed);
    }

    [Fact]
    public void A_bombers_own_blast_in_a_tunnel_destroys_no_hideout()
    {
        var result = Extractor.Extract(
            "أعلنت خلية الإعلام الأمني إصابة ثلاثة جنود بتفجير انتحاري في نفق خلال عملية تفتيش في جبال الحضر بنينوى، "
            + "حيث فجر إرهابي انتحاري نفسه في أحد الأنفاق.", Published);
        Assert.DoesNotContain(result.Operations, o => o.HideoutsDestroyed is not null);
        Assert.Equal(3, result.Operations.SelectMany(o => o.Casualties).Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void A_tunnel_the_forces_blew_up_is_still_destroyed()
    {
        var op = Assert.Single(Extractor.Extract("قامت قوة من الجيش بتفجير نفق لداعش في جبال الحضر بنينوى.", Published).Operations);
        Assert.Equal(1, op.HideoutsDestroyed);
    }

    [Fact]
    public void A_son_killed_after_the_casualty_word_is_one_civilian()
    {
        var op = Assert.Single(Extractor.Extract(
            "شن عناصر من داعش هجوما على قرية في قضاء الدبس بكركوك، ما أسفر عن مقتل نجل مختار القرية وإصابة ثلاثة مدنيين.", Published).Operations);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal(1, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(3, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void People_named_among_the_dead_and_the_wounded_together_are_no_figure()
    {
        var result = Extractor.Extract(
            "هاجم داعش نقطة للجيش في قضاء الدبس بكركوك، ما أدى إلى سقوط قتلى وجرحى بينهم ضابطان.", Published);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Count == 2);
    }

    [Fact]
    public void People_named_among_the_dead_alone_still_count_when_nothing_else_does()
    {
        var result = Extractor.Extract(
            "هاجم داعش نقطة للجيش في قضاء الدبس بكركوك، وأكد مصدر أن بين القتلى ضابطين.", Published);
        Assert.Equal(2, result.Operations.SelectMany(o => o.Casualties).Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }
}
