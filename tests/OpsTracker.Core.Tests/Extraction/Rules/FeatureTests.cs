using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of long 2022-2025 features and analyses (Shafaq News, Al-Mada, Independent Arabia, Asharq Al-Awsat,
/// Al-Monitor) that open with one operation or attack and go on with background full of numbers: earlier operations,
/// running totals, estimates, percentages, Syria. Found by invented probe reports; every sentence here is invented.
/// </summary>
public class FeatureTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 4, 15);

    // ---- running totals over many attacks ---------------------------------------------------------------------

    [Theory]
    [InlineData("وبحسب إحصاءات غير رسمية، قتل أكثر من 30 عنصرا من القوات الأمنية في هجمات للتنظيم منذ مطلع العام.")]
    [InlineData("وتفيد مصادر محلية بمقتل 45 مدنيا بالتفجيرات التي شهدتها المحافظة خلال العام الماضي.")]
    [InlineData("وأصيب نحو 60 جنديا في الاعتداءات التي نفذها داعش على الحدود منذ بداية العام.")]
    public void Victims_of_attacks_in_the_plural_over_a_period_are_a_running_total_not_an_attack(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void One_attack_called_the_deadliest_since_the_start_of_the_year_stays_an_attack()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل ثلاثة جنود بهجوم لداعش على نقطة للجيش في قضاء الدبس بمحافظة كركوك، وهو الهجوم الأكثر دموية منذ مطلع العام.",
            Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed, 3), (killed.Side, killed.Category, killed.Count));
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void The_operation_that_opens_a_feature_stays_beside_the_running_total()
    {
        var ops = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة، الاثنين، مقتل 6 من عناصر تنظيم داعش بضربة جوية في جبال مكحول بمحافظة صلاح الدين.\n"
            + "وبحسب مصادر أمنية، قتل أكثر من 25 منتسبا في هجمات للتنظيم على القوات الأمنية منذ مطلع العام.",
            Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal(6, op.Killed);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(new DateOnly(2024, 4, 15), op.Date);
    }

    // ---- a civilian victim and his family ---------------------------------------------------------------------

    [Theory]
    [InlineData("قتل راعي أغنام وابنه، مساء السبت، بهجوم لداعش على مخيم للرعاة في بادية محافظة المثنى.", "IQ-MU")]
    [InlineData("قتل مزارع وزوجته بهجوم شنه عناصر من داعش على بستانهما قرب قضاء المقدادية في ديالى.", "IQ-DI")]
    public void The_son_or_wife_of_a_civilian_victim_is_one_more_civilian(string sentence, string province)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Civilian, CasualtyCategory.Killed, 2), (killed.Side, killed.Category, killed.Count));
        Assert.Equal(province, op.Province);
    }

    // ---- estimates of research centres ------------------------------------------------------------------------

    [Theory]
    [InlineData("وبحسب مركز أبحاث أمريكي، نفذ التنظيم 85 هجوما في العراق خلال عام 2024.")]
    [InlineData("ويرى الباحث في معهد الدراسات الاستراتيجية أن عدد الهجمات انخفض إلى أقل من 12 هجوما شهريا خلال العام الماضي.")]
    [InlineData("وتقدر دراسة حديثة أن القوات الأمنية قتلت نحو 140 عنصرا من التنظيم منذ مطلع العام.")]
    public void A_period_count_of_a_research_centre_is_an_estimate_not_a_tally(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Empty(result.Tallies);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void The_spokesman_tally_after_a_research_estimate_stays_a_tally()
    {
        var result = Extractor.Extract(
            "وبحسب مركز أبحاث أمريكي، نفذ التنظيم 90 هجوما في العراق خلال عام 2024.\n"
            + "وأعلنت خلية الإعلام الأمني أن القوات الأمنية قتلت 70 إرهابيا خلال عام 2024.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(70, tally.Killed);
        Assert.Null(tally.IsisAttacks);
    }

    // ---- an earlier attack told as background -----------------------------------------------------------------

    [Fact]
    public void A_man_killed_weeks_before_in_the_same_town_is_an_earlier_attack_not_one_of_the_count()
    {
        var ops = Extractor.Extract(
            "قتل ثلاثة جنود، ليل الأحد، بهجوم لداعش على نقطة للجيش في قضاء الطارمية شمال بغداد.\n"
            + "وكانت الطارمية قد شهدت في 2 آذار الماضي هجوما مماثلا أدى إلى مقتل ضابط.",
            Published).Operations.OrderBy(o => o.Date).ToList();
        Assert.Equal(2, ops.Count);
        Assert.Equal((new DateOnly(2024, 3, 2), 1), (ops[0].Date!.Value, ops[0].Casualties.Sum(c => c.Count)));
        Assert.Equal((new DateOnly(2024, 4, 14), 3), (ops[1].Date!.Value, ops[1].Casualties.Sum(c => c.Count)));
        Assert.All(ops, o => Assert.Equal("IQ-BG", o.Province));
        Assert.All(ops.SelectMany(o => o.Casualties), c => Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed), (c.Side, c.Category)));
    }

    [Fact]
    public void A_named_leader_announced_a_day_after_the_count_stays_one_of_the_count()
    {
        var ops = Extractor.Extract(
            "قتلت القوات الأمنية، ليل الأحد، خمسة إرهابيين في وادي الشاي بمحافظة كركوك.\n"
            + "وأعلنت خلية الإعلام الأمني، الاثنين، مقتل ما يسمى والي كركوك في الضربة.",
            Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal(5, op.Killed);
    }
}
