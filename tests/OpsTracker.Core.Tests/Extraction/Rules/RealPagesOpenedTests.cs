using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions found in the held parts of session 10's real page sets, opened for tuning in session 11 once newer
/// held sets were gathered (docs/history/extraction-log.md, milestone 11): a bearing from a capital whose province reaches far
/// beyond the city ("جنوب غربي كركوك", "قرب مدينة كركوك") lies in that province, while one from Baghdad may not;
/// "مرتزقة داعش" and the common misspelling "إرهابين" are ISIS's men; "ضابط، ومنتسب" lists two and "وعنصر آخر" is one
/// more of the same; a blast whose motive a source says is unknown or maybe criminal is no ISIS attack; a man named
/// right after his arrest ("القبض على المكنى ...") whom the next words tie to ISIS is one ISIS member arrested; a count
/// told again after a comma by whose the people are ("خمسة أشخاص، هم اثنان من الشرطة وثلاثة مدنيين") is its parts;
/// a clause that calls its toll an earlier one ("حصيلة سابقة") is superseded by the telling before it; "والآخر في"
/// after a share of a total is the one left of it, in its own place; "أصيب خمسة ولقي اثنان منهم حتفهما" is three
/// wounded and two killed; an attack of another day told after a count is no part of it; "منهم" after fighters ISIS
/// surrounded points to its victims, not to ISIS; the pluperfect of a background event with its subject first
/// ("وكان ضابط وجندي قد استشهدا") counts its people; "ميليشيات البيشمركة"، "مليشيات الحشد" are forces, as some outlets
/// call them.
/// Every sentence here is invented.
/// </summary>
public class RealPagesOpenedTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 8);

    [Theory]
    [InlineData("قال بيان للجيش إن ثلاثة جنود قتلوا الثلاثاء في كمين نصبه مسلحو داعش لدورية عسكرية قرب مدينة كركوك.", "IQ-KI")]
    [InlineData("قتل جنديان الثلاثاء بهجوم شنه عناصر من داعش على نقطة للجيش جنوب غربي كركوك.", "IQ-KI")]
    [InlineData("قتل جنديان الثلاثاء بهجوم شنه عناصر من داعش على نقطة للجيش على بعد 60 كيلومترا غرب كركوك.", "IQ-KI")]
    [InlineData("قتل جنديان الثلاثاء بهجوم شنه عناصر من داعش على نقطة للجيش شمال بغداد.", null)]
    [InlineData("قتل جنديان الثلاثاء بهجوم شنه عناصر من داعش على نقطة للجيش شمالي العاصمة بغداد.", null)]
    [InlineData("قتل جنديان الثلاثاء بهجوم شنه عناصر من داعش على نقطة للجيش جنوب غربي أربيل.", null)]
    public void A_bearing_from_a_capital_lies_in_its_province_unless_the_province_is_the_citys_belts(string text, string? province)
    {
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(province, op.Province);
        Assert.Equal(CasualtySide.Security, Assert.Single(op.Casualties).Side);
    }

    private static List<(CasualtySide Side, CasualtyCategory Category, int Count)> Casualties(string text) =>
        [.. Extractor.Extract(text, Published).Operations.SelectMany(o => o.Casualties)
            .GroupBy(c => (c.Side, c.Category)).Select(g => (g.Key.Side, g.Key.Category, g.Sum(c => c.Count))).OrderBy(c => c.Category).ThenBy(c => c.Side)];

    [Theory]
    [InlineData("أعلنت مديرية الاستخبارات القبض على أربعة من مرتزقة داعش في قضاء سنجار.", 4)]
    [InlineData("وتمكنت المفارز من اعتقال 6 إرهابين مطلوبين للقضاء في قضاء الحويجة.", 6)]
    public void Mercenaries_of_ISIS_and_a_misspelt_plural_are_ISIS_members(string text, int arrested)
    {
        Assert.Equal([(CasualtySide.Isis, CasualtyCategory.Arrested, arrested)], Casualties(text));
    }

    [Theory]
    [InlineData("أفادت الشرطة بإصابة ضابط برتبة ملازم، ومنتسب أمني بهجوم لمسلحي داعش على نقطة تفتيش في قضاء الدبس.")]
    [InlineData("وأسفر هجوم عناصر داعش على نقطة التفتيش في قضاء الدبس عن إصابة ضابط برتبة ملازم وعنصر آخر.")]
    public void An_officer_and_one_more_listed_after_a_comma_or_as_another_are_two(string text)
    {
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Wounded, 2)], Casualties(text));
    }

    [Fact]
    public void A_blast_whose_motive_is_in_doubt_is_no_ISIS_attack()
    {
        var result = Extractor.Extract(
            "أصيب 5 مدنيين بجروح الأحد بانفجار عبوة ناسفة وضعت قرب محل تجاري في مدينة كركوك.\n"
            + "وقال مصدر في الشرطة إن الحادث لم يعرف بعد إن كانت دوافعه إرهابية أم جنائية.\n"
            + "وقبل أسبوع قتل جنديان بهجوم لعناصر داعش على نقطة للجيش في قضاء الحويجة.\n",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 2)], op.Casualties.Select(c => (c.Side, c.Category, c.Count)).ToList());
    }

    [Fact]
    public void A_blast_that_names_ISIS_stays_an_attack_whatever_a_source_doubts()
    {
        var ops = Extractor.Extract(
            "أصيب 5 مدنيين بجروح الأحد جراء انفجار عبوة ناسفة زرعها عناصر داعش أمام محل تجاري في مدينة كركوك.\n"
            + "وقال مصدر في الشرطة إن دوافع الحادث غير معروفة.\n",
            Published).Operations;
        Assert.Equal(5, Assert.Single(ops).Casualties.Single().Count);
    }

    [Fact]
    public void A_man_named_after_his_arrest_and_tied_to_ISIS_is_one_arrested()
    {
        Assert.Equal(
            [(CasualtySide.Isis, CasualtyCategory.Arrested, 1)],
            Casualties("وقالت قيادة العمليات إن قواتها ألقت القبض على المكنى أبو حذيفة الذي يعمل ضمن ما يسمى ولاية كركوك في تنظيم داعش في قضاء الحويجة."));
    }

    [Fact]
    public void A_man_named_after_his_arrest_with_nothing_tying_him_to_ISIS_is_not_counted()
    {
        Assert.Empty(Casualties("وقالت الشرطة إنها ألقت القبض على المدعو حسن علي في قضاء الحويجة بعد مشاجرة."));
    }

    [Theory]
    [InlineData("استشهد خمسة أشخاص، هم اثنان من الشرطة وثلاثة مدنيين، بهجوم لعناصر داعش على قرية في قضاء مخمور.")]
    [InlineData("قتل خمسة أشخاص، اثنان من البيشمركة وثلاثة مدنيين، بهجوم لعناصر داعش على قرية في قضاء مخمور.")]
    public void A_count_told_again_by_whose_the_people_are_is_its_parts(string text)
    {
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 2), (CasualtySide.Civilian, CasualtyCategory.Killed, 3)],
            Casualties(text).OrderBy(c => c.Side).ToList());
    }

    [Fact]
    public void Parts_that_do_not_add_up_leave_the_count_standing()
    {
        var casualties = Extractor.Extract("قتل ستة أشخاص، اثنان من البيشمركة وثلاثة مدنيين، بهجوم لعناصر داعش على قرية في قضاء مخمور.", Published)
            .Operations.SelectMany(o => o.Casualties).ToList();
        Assert.Contains(casualties, c => c.Count == 6);
    }

    [Fact]
    public void A_toll_called_an_earlier_one_is_superseded_by_the_telling_before_it()
    {
        var ops = Extractor.Extract(
            "قتل 8 أشخاص بينهم ستة جنود في هجوم لعناصر داعش على قرية في قضاء الطوز، حسبما أعلنت مصادر أمنية أمس.\n"
            + "وتحدثت حصيلة سابقة عن مقتل خمسة أشخاص جراء الهجوم.\n",
            Published).Operations;
        Assert.Equal(8, Assert.Single(ops).Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Theory]
    [InlineData("وتمكن المقاتلون من إلقاء القبض على (5) إرهابيين أربعة منهم في محافظة دهوك والآخر في السليمانية.")]
    [InlineData("وتمكن المقاتلون من إلقاء القبض على 5 إرهابيين، أربعة منهم في محافظة دهوك والآخر في السليمانية.")]
    public void The_other_after_a_share_of_a_total_is_the_one_left_in_its_own_place(string text)
    {
        var shares = Extractor.Extract(text, Published).Operations.Select(o => (o.Province, o.Arrested)).OrderBy(x => x.Province).ToList();
        Assert.Equal([("IQ-DA", (int?)4), ("IQ-SU", 1)], shares);
    }

    [Theory]
    [InlineData("وقال مصدر إن خمسة من مقاتلي الحشد أصيبوا بهجوم لعناصر داعش ولقي اثنان منهم حتفهما في طريقهما إلى المستشفى.")]
    [InlineData("أصيب خمسة من مقاتلي الحشد الشعبي في هجوم لعناصر داعش وتوفي اثنان منهم متأثرين بجراحهم.")]
    public void The_wounded_who_died_are_killed_and_no_longer_wounded(string text)
    {
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 2), (CasualtySide.Security, CasualtyCategory.Wounded, 3)],
            Casualties(text));
    }

    [Fact]
    public void An_attack_of_another_day_told_after_a_count_is_no_part_of_it()
    {
        var ops = Extractor.Extract(
            "هجوم لداعش في صلاح الدين\n\nأعلنت خلية الإعلام الأمني أن مسلحين من التنظيم شنوا هجوما على موقع عسكري بمحافظة صلاح الدين.\n"
            + "وأضافت أن القوات الأمنية طوقت المنطقة بحثا عن المهاجمين.\n"
            + "وقال مصدر إن جنديين قتلا بهجوم لعناصر داعش على نقطة للجيش في قضاء الشرقاط يوم الاثنين 6 أيار 2024.\n"
            + "وفي يوم الخميس 2 أيار 2024 أعلن الإعلام الأمني استشهاد ضابط وجندي بانفجار عبوة ناسفة زرعها داعش في صحراء الثرثار.\n",
            Published).Operations;
        Assert.Equal([1, 2], ops.Select(o => o.Casualties.Count).Order().ToList());
        Assert.Equal(4, ops.SelectMany(o => o.Casualties).Sum(c => c.Count));
    }

    [Fact]
    public void Of_them_after_fighters_ISIS_surrounded_are_its_victims_not_its_members()
    {
        var casualty = Assert.Single(Extractor.Extract(
            "وقال ضابط في الشرطة إن عناصر داعش حاصروا مجموعة من المقاتلين في ناحية البغدادي، وأعدموا 14 منهم بعد نفاد ذخيرتهم.",
            Published).Operations.SelectMany(o => o.Casualties));
        Assert.Equal((CasualtySide.Unknown, CasualtyCategory.Killed, 14), (casualty.Side, casualty.Category, casualty.Count));
    }

    [Theory]
    [InlineData("وكان ضابط وجندي قد استشهدا بانفجار عبوة ناسفة زرعها داعش في قضاء الطارمية.", CasualtySide.Security, CasualtyCategory.Killed, 2)]
    [InlineData("وكان مدني قد قتل بهجوم لعناصر داعش على قرية في قضاء خانقين.", CasualtySide.Civilian, CasualtyCategory.Killed, 1)]
    [InlineData("وكان إرهابي قد اعتقل في قضاء الحويجة قبل يومين.", CasualtySide.Isis, CasualtyCategory.Arrested, 1)]
    public void A_pluperfect_with_its_subject_first_counts_its_people(string text, CasualtySide side, CasualtyCategory category, int count)
    {
        Assert.Equal([(side, category, count)], Casualties(text));
    }

    [Theory]
    [InlineData("أدت المعارك إلى مقتل 12 عنصرا من ميليشيات البيشمركة في ناحية جلولاء.")]
    [InlineData("قتل 12 عنصرا من مليشيات الحشد بهجوم لداعش على قرية في قضاء بيجي.")]
    public void Members_of_the_forces_called_militias_are_the_forces(string text)
    {
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 12)], Casualties(text));
    }
}
