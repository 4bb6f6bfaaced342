using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of 2022-2025 reports of ISIS attacks and their victims (IEDs and snipers against army, police, PMF
/// and Peshmerga; shepherds, farmers and truffle hunters; funerals and tolls), found by invented probe reports in the
/// house styles of the Iraqi and wire outlets, and read as an analyst reads them: whose casualty a figure is comes from
/// the text's evidence, never from a default. Every sentence here is invented.
/// </summary>
public class AttacksNowTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 8, 12);

    private static List<(CasualtySide Side, CasualtyCategory Category, int Count)> Victims(string text) =>
        [.. Extractor.Extract(text, Published).Operations.SelectMany(o => o.Casualties)
            .Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ThenBy(c => c.Side)];

    private static int Total(string text, CasualtyCategory category) =>
        Extractor.Extract(text, Published).Operations.SelectMany(o => o.Casualties).Where(c => c.Category == category).Sum(c => c.Count);

    // ---- the dead named one by one, each with his rank ----------------------------------------------------------

    [Theory]
    [InlineData("استشهد النقيب سامر خليل والجندي عباس ناجي بنيران قناص من داعش قرب ناحية العظيم في ديالى.", 2)]
    [InlineData("استشهد الملازم الأول رائد جبار والعريف حسن علي والجندي وسام كريم بانفجار عبوة ناسفة زرعها داعش في قضاء الدبس بكركوك.", 3)]
    [InlineData("أسفر الهجوم الإرهابي على نقطة المرابطة في الطارمية عن استشهاد المقدم فراس عادل والمنتسب أحمد ضياء.", 2)]
    public void Each_rank_joined_to_the_dead_is_one_more_man_of_the_forces(string sentence, int killed)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.All(op.Casualties, c => Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed), (c.Side, c.Category)));
        Assert.Equal(killed, op.Casualties.Sum(c => c.Count));
    }

    [Fact]
    public void A_member_joined_to_a_civilian_whose_force_is_named_after_him_is_one_more_of_the_forces()
    {
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 1), (CasualtySide.Civilian, CasualtyCategory.Killed, 1)],
            Victims("قتل مدني وعنصر في الحشد العشائري بهجوم لداعش على قرية قرب ناحية العلم في صلاح الدين.").OrderBy(v => v.Side).ToList());
    }

    [Fact]
    public void A_member_joined_to_a_civilian_with_no_force_named_is_not_counted_by_guess()
    {
        Assert.Equal(
            [(CasualtySide.Civilian, CasualtyCategory.Killed, 1)],
            Victims("قتل مدني وعنصر آخر بهجوم لداعش على قرية قرب ناحية العلم في صلاح الدين."));
    }

    [Fact]
    public void A_title_that_follows_a_name_is_the_same_man_not_another()
    {
        var casualties = Extractor.Extract("قتلت القوات الأمنية الإرهابي المدعو أبو حمزة والمفتي الشرعي للتنظيم في وادي الشاي بكركوك.", Published)
            .Operations.SelectMany(o => o.Casualties).ToList();
        Assert.Equal(1, casualties.Sum(c => c.Count));
    }

    // ---- the dead and then the wounded ------------------------------------------------------------------------------

    [Theory]
    [InlineData("لقي ستة من جامعي الكمأ حتفهم وأصيب أربعة آخرون بهجوم لعناصر داعش في صحراء قضاء الرطبة بالأنبار.", CasualtySide.Civilian)]
    [InlineData("لقي ستة جنود مصرعهم وأصيب أربعة آخرون بانفجار عبوة ناسفة زرعها داعش في قضاء الطارمية.", CasualtySide.Security)]
    public void Their_death_told_with_a_pronoun_closes_the_dead_so_the_next_count_is_the_wounded(string sentence, CasualtySide side)
    {
        Assert.Equal([(side, CasualtyCategory.Killed, 6), (side, CasualtyCategory.Wounded, 4)], Victims(sentence));
    }

    [Fact]
    public void Verbs_before_one_count_still_give_no_figure_for_either()
    {
        Assert.Empty(Victims("قتل وأصيب ثلاثة جنود بهجوم لعناصر داعش في قضاء الرطبة."));
    }

    // ---- more victims of the same attack ----------------------------------------------------------------------------

    [Fact]
    public void Others_wounded_told_after_the_attack_are_the_same_attack_on_its_day()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل ثلاثة عناصر من الشرطة الاتحادية مساء أمس في هجوم نسب إلى تنظيم داعش على نقطة تفتيش في قضاء طوزخورماتو بمحافظة صلاح الدين.\n"
            + "وقال المصدر إن المسلحين استخدموا أسلحة خفيفة في الهجوم على النقطة، مضيفا أن عنصرين آخرين أصيبا بجروح.",
            Published).Operations);
        Assert.Equal(Published.AddDays(-1), op.Date);
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 3), (CasualtySide.Security, CasualtyCategory.Wounded, 2)],
            op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList());
    }

    [Fact]
    public void Another_attack_with_a_place_of_its_own_stays_apart()
    {
        var ops = Extractor.Extract(
            "قتل ثلاثة عناصر من الشرطة الاتحادية مساء أمس في هجوم لداعش على نقطة تفتيش في قضاء طوزخورماتو بمحافظة صلاح الدين.\n"
            + "وفي قضاء الحويجة بكركوك، أصيب جنديان آخران بانفجار عبوة ناسفة.",
            Published).Operations;
        Assert.Equal(2, ops.Count);
    }

    // ---- tolls that rise ---------------------------------------------------------------------------------------------

    [Fact]
    public void The_risen_toll_told_after_the_attack_replaces_both_its_dead_and_its_wounded()
    {
        var op = Assert.Single(Extractor.Extract(
            "هاجم مسلحو داعش مساء أمس قرية تابعة لناحية العظيم في ديالى، وقتلوا سبعة مدنيين وأصابوا خمسة آخرين.\n"
            + "وأضاف المصدر أن اثنين من المصابين توفيا صباح اليوم في المستشفى، ما يرفع الحصيلة إلى 9 قتلى و3 جرحى.",
            Published).Operations);
        Assert.Equal(
            [(CasualtySide.Civilian, CasualtyCategory.Killed, 9), (CasualtySide.Civilian, CasualtyCategory.Wounded, 3)],
            op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList());
        Assert.Equal(Published.AddDays(-1), op.Date);
    }

    // ---- victims counted by a noun, without a numeral ---------------------------------------------------------------

    [Fact]
    public void A_single_dead_in_a_list_of_victims_counts_one_and_takes_the_side_the_list_names()
    {
        Assert.Equal(
            [(CasualtySide.Civilian, CasualtyCategory.Killed, 1), (CasualtySide.Civilian, CasualtyCategory.Wounded, 3)],
            Victims("سقط قتيل وثلاثة جرحى من المدنيين جراء هجوم شنه مسلحو داعش على قرية تابعة لقضاء داقوق جنوبي كركوك."));
    }

    [Fact]
    public void Two_martyrs_after_the_verb_count_two_of_the_forces()
    {
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 2)],
            Victims("أعلنت هيئة الحشد الشعبي ارتقاء شهيدين من مقاتليها بهجوم لعصابات داعش على نقطة مرابطة في قضاء الطارمية."));
    }

    [Fact]
    public void A_toll_of_one_dead_and_one_wounded_counts_both()
    {
        var text = "توفي منتسب في الشرطة متأثرا بجروحه بعد هجوم لداعش على نقطة في جزيرة سامراء، لترتفع حصيلة الهجوم إلى قتيل وجريح.";
        Assert.Equal(1, Total(text, CasualtyCategory.Killed));
        Assert.Equal(1, Total(text, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وأكد المصدر أن العشرات من عناصر التنظيم سقطوا بين قتيل وجريح خلال القصف المدفعي على جبال حمرين.")]
    [InlineData("وشيع أهالي الناحية جثماني الشهيدين في مقبرة القرية وسط حضور رسمي.")]
    public void Victims_shared_out_among_a_group_or_told_again_by_a_definite_noun_count_nobody(string sentence)
    {
        Assert.Empty(Victims(sentence));
    }

    // ---- whose casualty: ISIS as the attacker of the sentence ---------------------------------------------------------

    [Theory]
    [InlineData("وقال مصدر أمني إن عناصر داعش نصبوا كمينا لدورية من الحشد قرب ناحية جلولاء في ديالى، ما أسفر عن مقتل عنصرين وإصابة 3 آخرين.")]
    [InlineData("وأوضح المصدر أن مسلحي داعش اقتحموا مقرا للحشد العشائري في قرية تابعة لقضاء الحويجة، ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين.")]
    [InlineData("هاجم عناصر من تنظيم داعش نقطة مرابطة في ناحية العظيم بديالى، ما أسفر عن مقتل عنصرين وإصابة ثلاثة آخرين.")]
    public void People_hit_after_ISIS_attacks_are_its_victims_not_its_members(string sentence)
    {
        var victims = Victims(sentence);
        Assert.Equal([(CasualtyCategory.Killed, 2), (CasualtyCategory.Wounded, 3)], victims.Select(v => (v.Category, v.Count)).ToList());
        Assert.DoesNotContain(victims, v => v.Side == CasualtySide.Isis);
    }

    [Fact]
    public void A_clash_told_before_the_figure_leaves_the_people_hit_to_the_other_evidence()
    {
        // The forces fight those who stormed the village: the men killed are the attackers.
        var victims = Victims("اشتبكت قوة من الجيش مع عناصر داعش الذين اقتحموا قرية في وادي الشاي بكركوك، ما أسفر عن مقتل ثلاثة عناصر.");
        Assert.Contains((CasualtySide.Isis, CasualtyCategory.Killed, 3), victims);
    }

    // ---- victims of no ISIS attack ----------------------------------------------------------------------------------

    [Fact]
    public void Victims_of_old_ordnance_are_no_ISIS_attack_unless_ISIS_is_named()
    {
        Assert.Empty(Victims("أعلنت مديرية الدفاع المدني مقتل صبيين وإصابة ثالث بانفجار مقذوف من مخلفات الحرب في قضاء هيت غربي الأنبار."));
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 2)],
            Victims("استشهد جنديان بانفجار عبوة قديمة زرعها داعش على دورية للجيش في قضاء الطارمية."));
    }

    [Fact]
    public void The_headline_of_victims_the_body_blames_on_unknown_gunmen_is_no_ISIS_attack()
    {
        var ops = Extractor.Extract(
            "مقتل أربعة رعاة بهجوم مسلح في ناحية العظيم\n"
            + "قتل مسلحون مجهولون، مساء أمس، أربعة رعاة قرب ناحية العظيم شمالي ديالى ولاذوا بالفرار.\n"
            + "وفي حادث منفصل، أصيب جندي بانفجار عبوة ناسفة زرعها عناصر داعش في منطقة المطيبيجة التابعة لمحافظة صلاح الدين.",
            Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Wounded, 1), op.Casualties.Select(c => (c.Side, c.Category, c.Count)).Single());
    }

    [Fact]
    public void A_headline_whose_count_the_body_tells_as_an_ISIS_attack_stays()
    {
        // The gunmen of the second attack are unknown, but the headline's three are the first attack's, told by ISIS.
        var victims = Victims(
            "مقتل ثلاثة مزارعين بهجوم لداعش في ناحية العظيم\n"
            + "هاجم عناصر من داعش، مساء أمس، مزارعين في ناحية العظيم شمالي ديالى وقتلوا ثلاثة منهم.\n"
            + "وفي حادث آخر، قتل مسلحون مجهولون ثلاثة أشخاص في سوق بمدينة بعقوبة.");
        Assert.Equal(3, victims.Where(v => v.Category == CasualtyCategory.Killed).Sum(v => v.Count));
    }

    // ---- where: the wire's dateline with its day ---------------------------------------------------------------------

    [Fact]
    public void A_dateline_city_with_the_day_filed_and_the_agency_is_not_where_the_attack_was()
    {
        var op = Assert.Single(Extractor.Extract(
            "بغداد 11 أغسطس 2024 (شينخوا) قتل جنديان وأصيب ثلاثة آخرون بهجوم لمسلحي تنظيم الدولة الإسلامية (داعش) على نقطة للجيش في محافظة صلاح الدين الواقعة شمالي العاصمة، حسبما أفاد مصدر أمني.",
            Published).Operations);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(5, op.Casualties.Sum(c => c.Count));
    }
}
