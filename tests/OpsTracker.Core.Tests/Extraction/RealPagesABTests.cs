using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Readings learned from the misses of real reports published 2016-2025 (helper pagesAB's tuning set of stored public
/// news pages, kept outside the repository). Each test is an INVENTED sentence built on the construction a real report
/// used, never the report's text: "عناصرها" ('its members') points back at the unit told before it, a patrol of the army
/// as well as an ISIS detachment, so the noun alone says no side and the martyrdom, attack or operation words around it
/// do ("استهدفت دورية للجيش ... استشهاد أحد عناصرها" is a soldier, "تطويق مفرزة إرهابية وقتل أحد عناصرها" an ISIS
/// member); a bare number right before a weapon, an explosive or a vehicle ("وضبط 4 أحزمة ناسفة") counts things,
/// not more of the people just arrested; a force's name in quotation marks right after the people noun ('عناصر
/// “الحشد الشعبي”') says whose they are as it does without the marks; one member named after "بينهم" ('ألقت القبض على
/// آخرين بينهم أمير') is one of an uncounted group, no count of one; an accidental blast ('انفجار عرضي') or one whose
/// nature is not known ('لم تعرف طبيعته') is no ISIS attack (lexicon motiveInDoubt).
/// </summary>
public class RealPagesABTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2020, 3, 6);

    [Fact]
    public void Its_members_of_an_army_patrol_hit_by_a_bomb_are_soldiers()
    {
        var op = Assert.Single(Extractor.Extract(
            "أفاد مصدر أمني، الجمعة، بأن عبوة ناسفة استهدفت فجر اليوم دورية تابعة للجيش في قضاء الطارمية، مما أسفر عن استشهاد أحد عناصرها وإصابة ثلاثة آخرين.",
            Published).Operations);
        Assert.Equal(1, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(3, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
        Assert.Null(op.Killed);
        Assert.Equal("IQ-BG", op.Province);
        Assert.Equal(new DateOnly(2020, 3, 6), op.Date);
    }

    [Fact]
    public void Its_members_of_a_terrorist_detachment_are_isis_members()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت وزارة الداخلية، اليوم الجمعة، تطويق مفرزة إرهابية وقتل أحد عناصرها في قضاء بيجي بمحافظة صلاح الدين.",
            Published).Operations);
        Assert.Equal(1, op.Killed);
        Assert.Equal(0, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_number_before_seized_explosive_belts_is_no_count_of_the_arrested()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قيادة الشرطة، اليوم الجمعة، القبض على ثلاثة إرهابيين في قضاء الشرقاط بمحافظة صلاح الدين، وضبط 4 أحزمة ناسفة بحوزتهم.",
            Published).Operations);
        Assert.Equal(3, op.Arrested);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_number_before_seized_mortar_rounds_is_no_count_of_the_arrested()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قيادة عمليات الأنبار، اليوم، القبض على إرهابيين اثنين في قضاء هيت، وضبط 12 قذيفة هاون.",
            Published).Operations);
        Assert.Equal(2, op.Arrested);
    }

    [Fact]
    public void A_force_named_in_curly_quotes_after_the_noun_makes_its_dead_the_forces_own()
    {
        var ops = Extractor.Extract(
            "قُتل أربعة من عناصر “الحشد الشعبي” بينهم قيادي، الاثنين، خلال صد تعرض لخلايا داعش قرب ناحية جلولاء التابعة لمحافظة ديالى، بينما قُتل ثلاثة من عناصر التنظيم.",
            Published).Operations;
        Assert.Equal(4, ops.Sum(o => Count(o, CasualtySide.Security, CasualtyCategory.Killed)));
        Assert.Equal(3, ops.Sum(o => o.Killed ?? 0));
        Assert.All(ops, o => Assert.Equal("IQ-DI", o.Province));
    }

    [Fact]
    public void A_force_named_in_guillemets_after_the_noun_makes_its_wounded_the_forces_own()
    {
        var op = Assert.Single(Extractor.Extract(
            "أصيب ثلاثة من عناصر «البيشمركة» بانفجار عبوة ناسفة زرعها تنظيم داعش في قضاء مخمور، اليوم الأحد.",
            Published).Operations);
        Assert.Equal(3, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
        Assert.Null(op.Wounded);
    }

    [Fact]
    public void A_leader_named_among_uncounted_others_is_no_count_of_one()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة، اليوم الأحد، تحرير ناحية الرياض في محافظة كركوك بعد قتل العشرات من عناصر داعش، فيما ألقت اعتقال آخرين بينهم أمير ما يسمى ديوان الجند.",
            Published);
        Assert.All(result.Operations, o => Assert.Null(o.Arrested));
        Assert.All(result.Operations, o => Assert.Null(o.Killed));
    }

    [Fact]
    public void A_leader_named_among_a_counted_group_leaves_the_groups_count()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قيادة الشرطة، اليوم الأحد، القبض على خمسة إرهابيين بينهم أمير في قضاء الحويجة بمحافظة كركوك.",
            Published).Operations);
        Assert.Equal(5, op.Arrested);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void Fighters_killed_in_an_accidental_blast_are_no_victims_of_an_isis_attack()
    {
        var result = Extractor.Extract(
            "نعت هيئة الحشد الشعبي، اليوم الثلاثاء، اثنين من منتسبيها وإصابة ثلاثة آخرين بانفجار عرضي خلال واجب فني في قضاء المدائن جنوبي بغداد.",
            Published);
        Assert.Equal(0, result.Operations.Sum(o => o.Casualties.Where(c => c.Side != CasualtySide.Isis).Sum(c => c.Count)));
    }

    [Fact]
    public void Fighters_killed_in_a_blast_of_unknown_nature_are_no_victims_of_an_isis_attack()
    {
        var result = Extractor.Extract(
            "قال مصدر أمني إن انفجارا لم تعرف طبيعته وقع داخل مقر للحشد الشعبي في قضاء الزبير، ما أدى إلى استشهاد اثنين من المنتسبين.",
            Published);
        Assert.Equal(0, result.Operations.Sum(o => o.Casualties.Where(c => c.Side != CasualtySide.Isis).Sum(c => c.Count)));
    }
}
