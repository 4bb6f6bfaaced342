using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Readings learned from the misses of real reports published 2014-2021 (helper pagesW's tuning set of stored public
/// news pages, kept outside the repository). Each test is an INVENTED sentence built on the construction a real
/// report used, never the report's text: the flight of "the rest" after a share "N منهم" (they were ISIS members),
/// "أحد القتيلين" (one of the dead already counted, not one more), and a battle's running total told as one count
/// ("في معركة تحرير ..."، "خلال خمسة أيام من انطلاق العملية"), a tally and no operation; a singular told after "كما"
/// (one more of the same operation, not one of its count); a bare "القصف" after another state's strike (its victims
/// are not ISIS's); "وN آخرين" joined to a named man far from the verb (more of the same people).
/// </summary>
public class RealPagesWTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2019, 4, 14);

    [Fact]
    public void A_share_of_them_whose_rest_fled_is_of_isis_members_though_the_ambushing_force_is_named_last()
    {
        var result = Extractor.Extract(
            "وبعد ورود معلومات عن نية عناصر من داعش التسلل إلى قرية في قضاء الحويجة، نصب فوج من الحشد الشعبي كمينا وفتح النار عليهم، "
            + "ما أدى إلى مقتل أربعة منهم، بينما لاذ الباقون بالفرار.",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(4, op.Killed);
        Assert.Equal("IQ-KI", op.Province);
        Assert.DoesNotContain(op.Casualties, c => c.Side != CasualtySide.Isis);
    }

    [Fact]
    public void A_share_of_them_told_again_after_the_lead_is_the_same_isis_figure()
    {
        var result = Extractor.Extract(
            "تمكنت قوات الجيش فجر اليوم الأحد من قتل ثلاثة من عناصر داعش في وادي زغيتون بكركوك.\n"
            + "وقال ضابط إن قوة من الجيش اشتبكت مع مجموعة تسللت إلى الوادي، وتمكنت من قتل ثلاثة منهم، فيما فر الآخرون إلى جهة مجهولة.",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(3, op.Killed);
        Assert.Equal(new DateOnly(2019, 4, 14), op.Date);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Side != CasualtySide.Isis);
    }

    [Fact]
    public void One_of_the_dead_names_who_he_was_and_adds_no_figure()
    {
        var result = Extractor.Extract(
            "قتل اثنان من الشرطة وأصيب ثلاثة آخرون بانفجار عبوة ناسفة على دوريتهم في قضاء داقوق بكركوك، وذكر البيان أن أحد القتيلين ضابط برتبة نقيب.",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Null(op.Killed);
        Assert.Equal(2, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(3, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void One_of_the_terrorists_is_still_a_count_of_one()
    {
        var op = Assert.Single(Extractor.Extract("أعلنت قيادة العمليات مقتل أحد الإرهابيين بضربة جوية في وادي الشاي بكركوك.", Published).Operations);
        Assert.Equal(1, op.Killed);
    }

    [Fact]
    public void Isis_dead_of_a_named_battle_of_liberation_are_its_running_total_not_an_operation()
    {
        var result = Extractor.Extract(
            "أعلن قائد الشرطة الاتحادية، اليوم، مقتل 240 من عناصر داعش في معركة تحرير قضاء القائم، وبسط السيطرة على 60 قرية.",
            Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(240, tally.Killed);
    }

    [Fact]
    public void Isis_dead_over_days_counted_from_the_launch_are_a_tally()
    {
        var result = Extractor.Extract(
            "أفاد قائد عمليات تحرير عنه بأن القوات قتلت 150 من عناصر داعش خلال خمسة أيام من انطلاق العملية العسكرية بقضاء عنه.",
            Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
        Assert.Equal(150, Assert.Single(result.Tallies).Killed);
    }

    [Fact]
    public void A_days_few_dead_in_a_named_battle_stay_an_operation()
    {
        var result = Extractor.Extract("قتلت القوات الأمنية 12 من عناصر داعش في معركة تحرير حي الزهراء بمدينة الموصل.", Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(12, Assert.Single(result.Operations).Killed);
    }

    [Fact]
    public void A_singular_hideout_told_with_also_is_one_more_of_the_same_operation()
    {
        var op = Assert.Single(Extractor.Extract("أعلنت خلية الإعلام الأمني تدمير أربعة أوكار لداعش في جزيرة سامراء، كما تم تدمير مضافة.", Published).Operations);
        Assert.Equal(5, op.HideoutsDestroyed);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_singular_man_told_with_also_adds_one_but_a_leader_among_them_does_not()
    {
        Assert.Equal(6, Assert.Single(Extractor.Extract("قتلت القوات خمسة إرهابيين في جزيرة سامراء، كما قتل قيادي بارز في التنظيم.", Published).Operations).Killed);
        Assert.Equal(5, Assert.Single(Extractor.Extract("قتلت القوات خمسة إرهابيين في جزيرة سامراء، وبينهم قيادي بارز.", Published).Operations).Killed);
    }

    [Fact]
    public void Dead_of_a_bare_strike_that_points_back_to_an_american_strike_are_no_victims_of_isis()
    {
        var result = Extractor.Extract(
            "تعرض مقر لواء من الحشد الشعبي في قضاء القائم إلى ثلاث ضربات جوية أمريكية مساء اليوم.\n"
            + "وقال مصدر في الحشد إن القصف أدى وفق حصيلة أولية إلى مقتل خمسة مقاتلين وإصابة عشرين آخرين.",
            Published);
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Count > 0);
        Assert.DoesNotContain(result.Tallies, t => t.Killed is not null);
    }

    [Fact]
    public void An_isis_attack_told_right_after_an_american_strike_keeps_its_victims()
    {
        var result = Extractor.Extract(
            "تعرض مقر لواء من الحشد الشعبي في قضاء القائم إلى ضربات جوية أمريكية مساء اليوم.\n"
            + "وفي حادث آخر، هاجم عناصر داعش نقطة للجيش في قضاء حديثة، ما أسفر عن مقتل جنديين.",
            Published);
        var attack = Assert.Single(result.Operations, o => o.Casualties.Count > 0);
        Assert.Equal(2, attack.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void Others_joined_to_a_named_leader_share_his_fate_though_the_verb_is_far_back()
    {
        var op = Assert.Single(Extractor.Extract("أعلنت القوات الأمنية مقتل القيادي في داعش المكنى أبو علي و3 آخرين في ناحية السجارية بالأنبار.", Published).Operations);
        Assert.Equal(4, op.Killed);
    }

    [Fact]
    public void One_of_the_emirs_and_fourteen_others_told_after_a_lead_of_fifteen_is_the_same_fifteen()
    {
        var result = Extractor.Extract(
            "قتلت القوات العراقية أمس 15 من عناصر داعش في ناحية السجارية بالأنبار.\n"
            + "وذكر ضابط أن الفوج قتل أحد قادة التنظيم في الوادي و14 آخرين.",
            Published);
        Assert.Equal([15], result.Operations.Where(o => o.Killed is not null).Select(o => o.Killed!.Value));
    }

    [Fact]
    public void Others_after_a_comma_are_not_joined_to_the_man_before()
    {
        var result = Extractor.Extract("أعلنت القوات الأمنية مقتل القيادي في داعش المكنى أبو علي في ناحية السجارية، واعتقال 3 آخرين.", Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal((1, 3), (op.Killed, op.Arrested));
    }

    [Fact]
    public void A_second_count_in_digits_joined_by_and_shares_the_trigger_of_the_first()
    {
        var op = Assert.Single(Extractor.Extract("أسفر هجوم شنه عناصر داعش على قرية في قضاء سنجار عن مقتل 6 جنود و4 مدنيين.", Published).Operations);
        Assert.Equal(6, op.Casualties.Where(c => c.Side == CasualtySide.Security && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(4, op.Casualties.Where(c => c.Side == CasualtySide.Civilian && c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void A_statements_dead_joined_by_and_add_up_to_one_tally_figure()
    {
        var result = Extractor.Extract("أعلن قائد عمليات نينوى أن القوات تمكنت منذ انطلاق العمليات من قتل 270 إرهابيا و8 انتحاريين و10 قناصين.", Published);
        Assert.Empty(result.Operations);
        Assert.Equal(288, Assert.Single(result.Tallies).Killed);
    }

    [Fact]
    public void People_killed_in_fighting_between_isis_and_the_forces_are_a_mixed_toll_not_victims()
    {
        var result = Extractor.Extract("قتل 23 شخصا أمس في اشتباكات بين مسلحي تنظيم داعش والقوات الحكومية قرب مصفاة بيجي.", Published);
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Any(c => c.Count == 23));
    }

    [Fact]
    public void Soldiers_killed_in_fighting_between_isis_and_the_forces_stay_victims()
    {
        var result = Extractor.Extract("قتل 5 جنود أمس في اشتباكات بين مسلحي تنظيم داعش والقوات الحكومية قرب مصفاة بيجي.", Published);
        Assert.Contains(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Security && c.Count == 5));
    }
}
