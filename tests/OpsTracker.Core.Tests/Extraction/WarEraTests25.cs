using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// War-era reports (helper warera25, issue #8 kind 5): the men of ISIS's pseudo-state named by their office, counted
/// one each. Invented sentences.
/// </summary>
public class WarEraTests25
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2016, 11, 20);

    // ---- a man named by his office: an elative in construct with a singular noun, a minister of the organisation ----
    // (SingularFigures.SkipElativeOfOne, lexicon elativesOfOne; "وزير" among ISIS's singular nouns)

    [Theory]
    [InlineData("وأفادت مصادر عسكرية بمصرع أخطر مسؤول في تنظيم داعش خلال اشتباكات مع القوات شمال تكريت.")]
    [InlineData("وأعلن قائد الفرقة مقتل أبرز قيادي في التنظيم الإرهابي بقصف مدفعي على مقر له قرب بيجي.")]
    [InlineData("وقالت خلية الإعلام الحربي إن ضربة جوية أسفرت عن مقتل وزير مالية التنظيم في ولاية الجزيرة قرب القائم.")]
    [InlineData("وأكد مصدر أمني مقتل ما يسمى وزير الزراعة في تنظيم داعش بغارة على بناية غرب الموصل.")]
    public void A_man_named_by_his_office_is_one_isis_member(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(1, Isis(result, CasualtyCategory.Killed));
    }

    [Theory]
    // An elative before a plural names a group nobody counted.
    [InlineData("وأفادت مصادر عسكرية بمقتل أبرز قادة تنظيم داعش في المدينة خلال الأسابيع الأخيرة من المعارك.", 0)]
    // A minister of the state who speaks is no casualty; the count he gives stands.
    [InlineData("وقال وزير الدفاع في مؤتمر صحافي إن القوات قتلت 12 إرهابيا في قرى جنوب الموصل.", 12)]
    public void An_elative_of_many_or_a_minister_who_speaks_adds_nobody(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
    }

    // ---- a battle's results in Mosul's war: "الساحل الأيمن" is Mosul's right bank, not the Sahel; ISIS "lost" its dead;
    // a security report speaks for the forces (lexicon foreignScope, triggerVerbs.killed, resultsDocuments;
    // TallyAnnouncer) ------------------------------------------------------------------------------------------------

    private static readonly DateOnly SpringPublished = new(2017, 5, 21);

    [Fact]
    public void A_count_since_the_launch_of_the_right_bank_battle_is_a_tally_of_iraq()
    {
        var result = Extractor.Extract("وقال قائد الشرطة الاتحادية إن قطعاته قتلت 150 إرهابيا منذ انطلاق عمليات الساحل الأيمن في شباط الماضي.", SpringPublished);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(150, tally.Killed);
    }

    [Fact]
    public void A_raid_on_the_right_bank_of_mosul_is_an_operation_in_nineveh()
    {
        var result = Extractor.Extract("وقال قائد الفرقة إن قواته قتلت 12 إرهابيا في حي الشفاء بالساحل الأيمن من الموصل.", SpringPublished);
        Assert.Equal(12, Isis(result, CasualtyCategory.Killed));
        Assert.Equal("IQ-NI", Assert.Single(result.Operations).Province);
    }

    [Fact]
    public void The_sahel_of_africa_stays_foreign()
    {
        var result = Extractor.Extract("وقال مسؤول أمريكي إن قوات محلية قتلت 40 مسلحا من التنظيم في منطقة الساحل خلال الشهر الماضي.", SpringPublished);
        Assert.Empty(result.Tallies);
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void What_a_security_report_says_isis_lost_in_the_battle_is_the_forces_tally()
    {
        var result = Extractor.Extract("استعادت القوات العراقية السيطرة على البلدة.\nوبالأرقام تحدثت تقارير أمنية عن خسائر التنظيم كما يلي.\nفقد خسر التنظيم خلال المعركة 900 مسلحا من عناصره.", SpringPublished);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(900, tally.Killed);
    }

    [Fact]
    public void A_running_total_nobody_official_gives_is_no_tally()
    {
        // No authority and no report of the forces: statistics of nobody official.
        var result = Extractor.Extract("استعادت القوات العراقية السيطرة على البلدة.\nفقد خسر التنظيم خلال المعركة 900 مسلحا من عناصره.", SpringPublished);
        Assert.Empty(result.Tallies);
    }

    [Fact]
    public void The_forces_lost_their_own_men()
    {
        var result = Extractor.Extract("وخسرت القوات الأمنية ثلاثة من عناصرها في هجوم للتنظيم على نقطة تفتيش قرب بيجي.", SpringPublished);
        Assert.Equal(3, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
    }

    // ---- a head total the body adds up with a man read as one: he is counted apart from the count beside him -------
    // (Figure.CountedApart, set by HeadlineTotalRemoval; read by ImplicitFigureAbsorption and ElaboratedPartRemoval)

    private static readonly DateOnly WinterPublished = new(2019, 3, 10);

    [Fact]
    public void A_man_the_head_total_counts_beside_the_count_is_one_more()
    {
        var result = Extractor.Extract(
            "مقتل سبعة من داعش في ديالى\nقالت مصادر أمنية إن سبعة من عناصر داعش قتلوا في عمليات متفرقة بمحافظة ديالى.\n"
            + "وأضافت أن القوات قتلت ستة من قياديي التنظيم في قرية قرب المقدادية.\n"
            + "وأوضحت أن قوة خاصة قتلت قياديا في التنظيم قرب ناحية جلولاء بعد متابعة تحركاته.", WinterPublished);
        Assert.Equal(7, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(2, result.Operations.Count(o => o.Killed is not null));
    }

    [Fact]
    public void A_man_the_head_total_does_not_count_apart_is_one_of_the_count()
    {
        // Six in the head and six below: the man told after them is one of the six.
        var result = Extractor.Extract(
            "مقتل ستة من داعش في ديالى\nقالت مصادر أمنية إن ستة من عناصر داعش قتلوا في عمليات بمحافظة ديالى.\n"
            + "وأضافت أن القوات قتلت ستة من قياديي التنظيم في قرية قرب المقدادية.\n"
            + "وأوضحت أن قوة خاصة قتلت قياديا في التنظيم قرب ناحية جلولاء بعد متابعة تحركاته.", WinterPublished);
        Assert.Equal(6, Isis(result, CasualtyCategory.Killed));
    }
}
