using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of the war years' battle reports (2014-2017: INA, Alsumaria, Al-Mada, Shafaq, Rudaw, Anadolu, AFP, the
/// JOC's and the War Media Cell's statements, PMF media): a battle's many numbers that are not operation figures (car
/// bombs, IEDs, villages, percentages) beside those that are, the forces' own martyrs told after ISIS's dead, ISIS's
/// claims quoted and denied, one dead counted rounded and exactly. Found by invented probe reports; every sentence here
/// is invented.
/// </summary>
public class WarYearsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2016, 10, 30);

    // ---- the forces' martyrs told after ISIS's dead --------------------------------------------------------------

    [Theory]
    [InlineData("وقالت هيئة الحشد الشعبي إن مقاتليها قتلوا 18 من عناصر داعش قرب قضاء تلعفر، فيما استشهد 4 من مقاتليه.", 18, 4)]
    [InlineData("وأكد المصدر أن القطعات قتلت 12 إرهابيا في قضاء الشرقاط، واستشهد 3 من أبنائها خلال الاشتباكات.", 12, 3)]
    public void A_count_after_a_martyrdom_word_is_the_forces_dead_even_after_isis_dead(string sentence, int isisKilled, int martyrs)
    {
        var ops = Extractor.Extract(sentence, Published).Operations;
        var isis = ops.SelectMany(o => o.Casualties).Where(c => c.Side == CasualtySide.Isis).ToList();
        var forces = ops.SelectMany(o => o.Casualties).Where(c => c.Side == CasualtySide.Security).ToList();
        Assert.Equal(isisKilled, Assert.Single(isis).Count);
        var dead = Assert.Single(forces);
        Assert.Equal((CasualtyCategory.Killed, martyrs), (dead.Category, dead.Count));
    }

    [Fact]
    public void Snipers_of_the_organisation_in_the_construct_are_isis_members()
    {
        var op = Assert.Single(Extractor.Extract("وقتلت القوات الأمنية 6 من قناصي التنظيم في قضاء بيجي.", Published).Operations);
        Assert.Equal(6, op.Killed);
        Assert.Equal("IQ-SD", op.Province);
    }

    // ---- hideouts at the end of a list of things destroyed ----------------------------------------------------

    [Theory]
    [InlineData("ودمرت قطعات الجيش 5 عجلات مفخخة و2 من المضافات في قضاء الحويجة.", 2)]
    [InlineData("ودمر الحشد 4 عجلات مفخخة و6 مدافع هاون و3 أوكار في قضاء الحويجة.", 3)]
    public void Hideouts_joined_to_a_list_of_vehicles_share_its_verb(string sentence, int hideouts)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(hideouts, op.HideoutsDestroyed);
        Assert.Null(op.Killed);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void Hideouts_after_a_list_whose_verb_only_seized_are_not_destroyed()
    {
        var ops = Extractor.Extract("وضبطت القوة 5 عجلات و3 مضافات في قضاء الحويجة.", Published).Operations;
        Assert.All(ops, o => Assert.Null(o.HideoutsDestroyed));
    }

    // ---- claims --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("زعم تنظيم داعش، عبر وكالة أعماق، أنه قتل 25 جنديا عراقيا في هجوم قرب قضاء هيت.")]
    [InlineData("ونفت قيادة العمليات مزاعم التنظيم بقتل 40 من منتسبي الجيش في قضاء الرطبة.")]
    public void A_figure_a_claim_gives_is_no_event(string sentence)
    {
        Assert.Empty(Extractor.Extract(sentence, Published).Operations.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void The_forces_figure_beside_a_denied_claim_stays()
    {
        var ops = Extractor.Extract(
            "وادعى التنظيم في بيان أنه قتل 30 جنديا في قضاء حديثة.\n"
            + "لكن قيادة عمليات الأنبار قالت إن القطعات صدت الهجوم وقتلت 8 من عناصر داعش في قضاء حديثة.",
            Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal(8, op.Killed);
        Assert.DoesNotContain(op.Casualties, c => c.Side != CasualtySide.Isis);
    }

    // ---- one dead counted rounded and exactly ---------------------------------------------------------------------

    [Theory]
    [InlineData("مقتل قرابة 50 داعشيا في قضاء الشرقاط\nوقال قائد العمليات إن القوات قتلت 48 عنصرا من داعش في قضاء الشرقاط.", 48)]
    [InlineData("أعلن قائد العمليات مقتل نحو 60 عنصرا من داعش في قضاء الشرقاط.\nوقال إن 57 مسلحا من التنظيم قتلوا خلال التقدم.", 57)]
    public void A_rounded_count_and_the_exact_count_near_it_are_one_figure_the_exact(string text, int killed)
    {
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(killed, op.Killed);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void Close_counts_of_different_days_are_two_operations()
    {
        var killed = Extractor.Extract(
            "قتل نحو 20 إرهابيا بقصف جوي في قضاء الحويجة أمس.\nوقتلت قوات الحشد اليوم 18 إرهابيا في قضاء الحويجة.",
            Published).Operations.Select(o => o.Killed).ToList();
        Assert.Contains(20, killed);
        Assert.Contains(18, killed);
    }

    [Fact]
    public void A_small_hedged_count_rounds_nothing()
    {
        var killed = Extractor.Extract(
            "قتل نحو 7 من عناصر داعش بقصف جوي في قضاء الشرقاط.\nوقتل 8 آخرون بقصف مدفعي في قضاء بيجي.",
            Published).Operations.Select(o => o.Killed).ToList();
        Assert.Contains(7, killed);
        Assert.Contains(8, killed);
    }

    // ---- a battle's running totals beside the day's operation ----------------------------------------------------

    [Fact]
    public void A_day_named_between_the_verb_and_its_count_makes_the_days_operation_not_a_tally()
    {
        var result = Extractor.Extract(
            "وقال قائد العمليات إن القوات قتلت أكثر من 100 عنصر من داعش منذ انطلاق معركة قضاء هيت.\n"
            + "وأضاف أن القطعات قتلت اليوم 9 إرهابيين في قضاء هيت ودمرت 3 أوكار، مشيرا إلى أن 1500 عائلة نزحت منذ بدء العمليات.",
            new DateOnly(2016, 3, 25));
        var op = Assert.Single(result.Operations);
        Assert.Equal((9, 3), (op.Killed, op.HideoutsDestroyed));
        Assert.Equal(new DateOnly(2016, 3, 25), op.Date);
        Assert.Equal("IQ-AN", op.Province);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(100, tally.Killed);
    }

    [Fact]
    public void The_announcement_day_before_a_period_count_still_makes_a_tally()
    {
        var result = Extractor.Extract(
            "أعلن قائد عمليات الجزيرة، اليوم الجمعة، مقتل 120 عنصرا من داعش منذ انطلاق معركة قضاء هيت.",
            new DateOnly(2016, 3, 25));
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
        Assert.Equal(120, Assert.Single(result.Tallies).Killed);
    }

    [Theory]
    [InlineData("وقالت القيادة إن عدد شهداء القوات الأمنية منذ انطلاق العمليات بلغ 9 شهداء.")]
    [InlineData("وقالت القيادة إن عدد الشهداء منذ انطلاق العمليات بلغ 9.")]
    [InlineData("وبلغت حصيلة جرحى الحشد الشعبي منذ بدء معركة الفلوجة 85 جريحا.")]
    public void The_forces_dead_counted_over_a_battle_are_neither_an_attack_nor_isis_dead(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
        Assert.All(result.Tallies, t => Assert.Null(t.Killed));
    }

    [Fact]
    public void A_toll_that_rises_without_a_period_stays_the_attacks()
    {
        var op = Assert.Single(Extractor.Extract(
            "ارتفع عدد قتلى التفجير الذي نفذه انتحاري من داعش في قضاء بلد إلى 30 شخصا.", Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Civilian, 30), (killed.Side, killed.Count));
    }

    [Fact]
    public void The_deniers_own_statement_after_a_claim_is_not_claimed()
    {
        var op = Assert.Single(Extractor.Extract(
            "وقال مصدر في الحشد إن تلك المزاعم لا أساس لها، وإن المقاتلين صدوا الهجوم وقتلوا 11 من المهاجمين في قضاء سامراء.",
            Published).Operations);
        Assert.Equal(11, op.Killed);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_battles_dead_risen_to_a_figure_is_the_authoritys_tally()
    {
        var result = Extractor.Extract(
            "أعلن قائد عمليات الأنبار، اليوم الأحد، أن القطعات قتلت 7 إرهابيين في قضاء هيت.\n"
            + "وأضاف أن عدد قتلى داعش ارتفع بذلك إلى 65 منذ انطلاق معركة قضاء هيت.",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(7, op.Killed);
        Assert.Equal(65, Assert.Single(result.Tallies).Killed);
    }

    [Fact]
    public void A_battles_running_count_nobody_announces_is_no_operation()
    {
        var result = Extractor.Extract("وارتفع عدد قتلى داعش في معركة قضاء هيت إلى 60.", Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
    }

    // ---- executions ------------------------------------------------------------------------------------------------

    [Fact]
    public void A_court_sentence_to_death_is_no_execution_told()
    {
        Assert.Empty(Extractor.Extract("وأصدرت محكمة الجنايات حكما بالإعدام بحق 4 إرهابيين أدينوا بتفجير عبوة ناسفة.", Published).Operations.SelectMany(o => o.Casualties));
    }

    [Theory]
    [InlineData("وأفاد مصدر محلي بأن تنظيم داعش أقدم على إعدام 40 شخصا من أهالي قضاء الحضر.", "IQ-NI", 40)]
    [InlineData("وقالت مصادر محلية إن عصابات داعش أقدمت على إعدام 12 مدنيا في قضاء الحويجة بتهمة التعاون مع القوات الأمنية.", "IQ-KI", 12)]
    public void Civilians_isis_executes_are_its_victims(string sentence, string province, int killed)
    {
        var casualties = Extractor.Extract(sentence, Published).Operations.Where(o => o.Province == province).SelectMany(o => o.Casualties).ToList();
        Assert.Contains(casualties, c => (c.Side, c.Category, c.Count) == (CasualtySide.Civilian, CasualtyCategory.Killed, killed));
    }

    [Theory]
    [InlineData("وأقدم داعش على إعدام 4 من عناصره في قضاء الحضر بتهمة الفرار من المعركة.")]
    [InlineData("وأعدم تنظيم داعش 6 من مسلحيه في قضاء القائم بتهمة التخابر.")]
    public void Isis_executing_its_own_members_is_no_operation(string sentence)
    {
        Assert.DoesNotContain(Extractor.Extract(sentence, Published).Operations, o => o.Killed is not null);
    }

    [Fact]
    public void The_forces_executing_nobody_keep_their_kill()
    {
        var op = Assert.Single(Extractor.Extract("وقتلت القوات الأمنية 3 إرهابيين حاولوا إعدام مدنيين في قضاء الحضر.", Published).Operations);
        Assert.Equal(3, op.Killed);
    }
}
