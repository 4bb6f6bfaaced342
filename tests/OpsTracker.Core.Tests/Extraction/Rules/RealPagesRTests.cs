using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions found in thirty real Arabic news pages of 2022-2025 (helper pagesR, session 10: strikes, arrests,
/// ISIS attacks, tallies and no-operation reports from Iraqi, Kurdish, Gulf and wire outlets). The pages stay outside
/// the repository: every sentence here is invented, written in the same construction.
///
/// - "أودى بحياة 12"، "راح ضحيته 11": a deadly attack told by its toll (lexicon triggers.killed).
/// - "بعد يومين من هجوم مماثل راح ضحيته ...": an earlier attack the report refers to is an event of its own, not
///   more dead of the attack told first (lexicon segmentConnectors).
/// - "استشهاد آمر فوج ومقاتل": a word that alone says no side, joined by و to a casualty of the forces under a
///   martyrdom word, is another man of the forces (SingularFigures.MartyrCompanions).
/// - "هاجموا الفوج الثاني ... التابع لقيادة عمليات كركوك ... شرق صلاح الدين": the command a unit belongs to does not
///   locate the attack (PlaceRoles.IsParentCommand).
/// - "وأصيب فيها جنود أمريكيون": a plural noun with no count is no figure ("جنود" is a plural, not a singular, noun).
/// - "اعتقال 9 ... وتوزعت الاعتقالات على 4 في ديالى، و3 في الأنبار، وواحد في بابل وآخر في واسط": a
///   count the same sentence retells as counts at several provinces adding up to it is their total
///   (Passes/SentenceTotalRemoval).
/// - "أعلنت ... مساء الجمعة 13 أيلول ... أن غارة ... أسفرت عن مقتل 14" then "الغارة جرت في 29 آب الماضي": the day a later
///   sentence states the operation took place is its day, not the announcement's (Passes/StatedDayDating).
/// - "كما قتلت القوات في وقت سابق أربعة إرهابيين": done earlier on a day not given: no date (Passes/EarlierTimeUndating).
/// </summary>
public class RealPagesRTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 1, 10);

    private static List<(CasualtySide Side, CasualtyCategory Category, int Count)> Victims(ExtractedOperation op) =>
        [.. op.Casualties.GroupBy(c => (c.Side, c.Category)).Select(g => (g.Key.Side, g.Key.Category, g.Sum(c => c.Count))).OrderBy(v => v.Category)];

    // ---- a deadly attack told by its toll -----------------------------------------------------------------------

    [Theory]
    [InlineData("أعلنت خلية الإعلام الأمني أن هجوما لداعش أودى بحياة 4 من منتسبي الشرطة الاتحادية في ناحية الرشاد بكركوك.", 4)]
    [InlineData("وكان التنظيم قد شن هجوما على سرية للجيش في ناحية العظيم بديالى راح ضحيته 7 جنود.", 7)]
    public void A_toll_told_as_lives_taken_is_killed_of_the_forces(string sentence, int killed)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, killed)], Victims(op));
    }

    [Fact]
    public void An_earlier_similar_attack_referred_to_is_an_event_of_its_own()
    {
        var ops = Extractor.Extract(
            "قتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش في قضاء الدبس بكركوك، أمس الثلاثاء، بعد يومين من هجوم مماثل راح ضحيته 5 من منتسبي الشرطة في ناحية الرياض.",
            Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Contains(ops, o => Victims(o).SequenceEqual([(CasualtySide.Security, CasualtyCategory.Killed, 2)]));
        Assert.Contains(ops, o => Victims(o).SequenceEqual([(CasualtySide.Security, CasualtyCategory.Killed, 5)]));
        Assert.All(ops, o => Assert.Equal("IQ-KI", o.Province));
    }

    [Fact]
    public void A_similar_attack_that_places_the_dead_is_not_cut_from_them()
    {
        var op = Assert.Single(Extractor.Extract("قتل ثلاثة من أفراد الجيش وأصيب اثنان آخران في هجوم مماثل بقضاء هيت غربي محافظة الأنبار.", Published).Operations);
        Assert.Equal("IQ-AN", op.Province);
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 3), (CasualtySide.Security, CasualtyCategory.Wounded, 2)], Victims(op));
    }

    // ---- the martyrs: a fighter joined to a commander ---------------------------------------------------------

    [Theory]
    [InlineData("ذكرت قيادة العمليات استشهاد آمر سرية ومقاتل بتفجير لغم قرب بحيرة الثرثار بصلاح الدين.", 2)]
    [InlineData("استشهد آمر سرية ومقاتل بهجوم لداعش على نقطة للحشد في ناحية العظيم بديالى.", 2)]
    public void A_fighter_joined_to_a_martyred_commander_is_another_man_of_the_forces(string sentence, int killed)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, killed)], Victims(op));
    }

    [Fact]
    public void A_fighter_joined_to_a_dead_man_with_no_martyrdom_word_is_not_given_a_side_by_guess()
    {
        var ops = Extractor.Extract("قتل مدني ومقاتل بهجوم على قرية قرب ناحية العظيم في ديالى.", Published).Operations;
        Assert.DoesNotContain(ops.SelectMany(o => o.Casualties), c => c.Side == CasualtySide.Security);
    }

    // ---- the command a unit belongs to is not where it was hit ------------------------------------------------

    [Fact]
    public void The_command_a_unit_belongs_to_does_not_place_the_attack()
    {
        var ops = Extractor.Extract(
            "هاجم عناصر من داعش، مساء السبت، الفوج الثالث من اللواء 19 التابع لقيادة عمليات كركوك في سلسلة جبال حمرين شرق محافظة صلاح الدين، فقتلوا اثنين من عناصر الحشد وأصابوا 3 آخرين.",
            Published).Operations;
        Assert.NotEmpty(ops);
        Assert.All(ops, o => Assert.Equal("IQ-SD", o.Province));
    }

    [Fact]
    public void An_operations_sector_without_a_container_word_still_places_the_operation()
    {
        var op = Assert.Single(Extractor.Extract("قتلت قوة من الجيش ثلاثة إرهابيين ضمن قاطع عمليات سامراء أمس الاثنين.", Published).Operations);
        Assert.Equal("IQ-SD", op.Province);
    }

    // ---- a plural noun with no count ----------------------------------------------------------------------------

    [Fact]
    public void Soldiers_wounded_with_no_count_are_no_figure()
    {
        var ops = Extractor.Extract("ذكرت القيادة أن 9 من قادة داعش قتلوا في عملية مشتركة بصحراء الأنبار، وأصيب فيها جنود أمريكيون.", Published).Operations;
        Assert.DoesNotContain(ops.SelectMany(o => o.Casualties), c => c.Category == CasualtyCategory.Wounded);
        Assert.Equal(9, ops.Sum(o => o.Killed ?? 0));
    }

    [Fact]
    public void A_soldier_wounded_is_still_one()
    {
        var op = Assert.Single(Extractor.Extract("أصيب جندي بانفجار عبوة ناسفة زرعها داعش قرب قضاء الدبس بكركوك.", Published).Operations);
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Wounded, 1)], Victims(op));
    }

    // ---- a total told before its parts in the same sentence ---------------------------------------------------

    [Fact]
    public void A_count_retold_as_counts_at_several_provinces_is_their_total()
    {
        var ops = Extractor.Extract(
            "وذكر الجهاز الأسبوع الماضي القبض على 9 إرهابيين في عدة محافظات، وشملت المداهمات القبض على 4 إرهابيين في الأنبار، و3 في ديالى، واثنين في نينوى.",
            Published).Operations;
        Assert.Equal(9, ops.Sum(o => o.Arrested ?? 0));
        Assert.Equal([("IQ-AN", 4), ("IQ-DI", 3), ("IQ-NI", 2)], ops.Where(o => o.Arrested is not null).Select(o => (o.Province!, o.Arrested!.Value)).OrderBy(x => x.Item1).ToList());
    }

    [Fact]
    public void Counts_that_do_not_add_up_leave_the_first_count_an_operation()
    {
        var ops = Extractor.Extract(
            "ألقت القوات القبض على 6 إرهابيين في كركوك، كما اعتقلت 2 في ديالى و3 في نينوى.",
            Published).Operations;
        Assert.Equal(11, ops.Sum(o => o.Arrested ?? 0));
    }

    // ---- the day a later sentence says the operation took place -------------------------------------------------

    [Fact]
    public void The_day_stated_for_the_operation_wins_over_the_announcement_day()
    {
        var result = Extractor.Extract(
            "أعلنت القيادة المركزية الأمريكية مساء الجمعة 20 أيلول 2024 أن غارة مشتركة مع القوات العراقية قتلت 9 إرهابيين في صحراء الأنبار. "
            + "وأوضحت في بيانها أن الغارة جرت في 2 أيلول الجاري، دون تفاصيل إضافية.",
            new DateOnly(2024, 9, 21));
        var op = Assert.Single(result.Operations);
        Assert.Equal(9, op.Killed);
        Assert.Equal(new DateOnly(2024, 9, 2), op.Date);
    }

    [Fact]
    public void A_later_sentence_with_no_stated_day_leaves_the_operation_on_its_own_day()
    {
        var result = Extractor.Extract(
            "أعلنت خلية الإعلام الأمني يوم الأحد 15 أيلول 2024 مقتل 3 إرهابيين بضربة جوية في وادي حوران بالأنبار. "
            + "وأوضحت أن الغارة جرت بعد متابعة استخبارية استمرت أسبوعين.",
            new DateOnly(2024, 9, 16));
        var op = Assert.Single(result.Operations);
        Assert.Equal(new DateOnly(2024, 9, 15), op.Date);
    }

    // ---- done earlier, on a day not given -----------------------------------------------------------------------

    [Fact]
    public void An_operation_done_earlier_with_no_day_has_no_date()
    {
        var ops = Extractor.Extract(
            "السبت 6 كانون الثاني 2024\nحاصرت قوات الحشد الشعبي عناصر من داعش داخل نفق جنوب غربي قضاء الحضر بنينوى. كما قتلت قوة من الحشد في وقت سابق ثلاثة عناصر من داعش قرب الجسر شرقي محافظة نينوى.",
            Published).Operations;
        var killed = Assert.Single(ops, o => o.Killed == 3);
        Assert.Null(killed.Date);
    }

    [Fact]
    public void Earlier_on_a_named_day_keeps_the_day()
    {
        var op = Assert.Single(Extractor.Extract("وكانت القوات قد قتلت في وقت سابق من يوم الاثنين 8 كانون الثاني 2024 أربعة إرهابيين في وادي حوران بالأنبار.", Published).Operations);
        Assert.Equal(new DateOnly(2024, 1, 8), op.Date);
    }
}
