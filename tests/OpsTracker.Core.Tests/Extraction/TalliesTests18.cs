using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Tallies and figures that are no event (helper events18, session 18; every sentence here is INVENTED). A day set off
/// between the speaker and the "أن"/"إن" that opens what was said dates the statement, not what it counts, so a year
/// the content names still makes a tally. Parliament's security and defence committee announces tallies as the
/// ministries do. Counts a confession governs are past acts the arrested admitted.
/// </summary>
public class TalliesTests18
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2024, 3, 10));

    [Theory]
    [InlineData("أكد المتحدث باسم وزارة الدفاع، الأحد، أن 45 إرهابيا قتلوا خلال عام 2023 في عمليات نوعية.", 45)]
    [InlineData("قالت قيادة العمليات المشتركة، اليوم الخميس، إن قواتها قتلت 38 عنصرا من داعش طوال سنة 2023.", 38)]
    public void A_day_between_the_speaker_and_what_he_said_leaves_the_years_count_a_tally(string text, int killed)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.DoesNotContain(result.Operations, o => o.Killed == killed);
    }

    [Theory]
    [InlineData("أعلنت لجنة الأمن والدفاع النيابية مقتل 15 قياديا في داعش بضربات جوية خلال عام 2023.", 15, null)]
    [InlineData("وقال عضو في لجنة برلمانية إن القوات الأمنية اعتقلت 120 إرهابيا خلال العام الماضي.", null, 120)]
    public void Parliaments_security_committee_announces_a_tally(string text, int? killed, int? arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal("Parliament Security and Defence Committee", tally.ReportedBy);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void A_headline_count_the_body_gives_for_iraq_and_syria_together_is_no_tally_of_ours()
    {
        var result = Read("القيادة المركزية الأمريكية تنفذ 40 عملية ضد داعش خلال شهر آب\n"
            + "وذكرت القيادة الأمريكية في منشور أن قواتها وشركاءها شنوا 40 عملية على داعش في سوريا والعراق طيلة آب.\n"
            + "وفي العراق نفذت القيادة 25 عملية مشتركة قتل خلالها ستة عناصر من التنظيم خلال الشهر نفسه.");
        Assert.DoesNotContain(result.Tallies, t => t.Operations == 40);
        Assert.Contains(result.Tallies, t => t.Operations == 25);
    }

    [Fact]
    public void A_summary_bullet_restating_a_combined_count_is_no_tally_of_ours()
    {
        var result = Read("- نفذ التحالف الدولي 60 مهمة ضد داعش بين كانون الثاني وآذار 2023.\n"
            + "وبين التحالف الدولي أن طائراته وقواته أتمت 60 مهمة في العراق وسوريا طوال الربع الأول من 2023.");
        Assert.DoesNotContain(result.Tallies, t => t.Operations == 60);
    }

    [Theory]
    [InlineData("اعتقلت قوة من جهاز الأمن الوطني 4 إرهابيين في قضاء الطارمية، وقد اعترفوا بتنفيذ 17 عملية إرهابية في بغداد عام 2015.", 4)]
    [InlineData("ألقت مفارز الاستخبارات القبض على 3 مطلوبين في الموصل، وأقر أحدهم بقتل 9 من المدنيين بين عامي 2014 و2016.", 3)]
    public void Counts_a_confession_governs_are_past_acts_no_figure_and_no_tally(string text, int arrested)
    {
        var result = Read(text);
        Assert.Empty(result.Tallies);
        Assert.Equal(arrested, OperationCounts.Count(result, Domain.CasualtySide.Isis, Domain.CasualtyCategory.Arrested));
        Assert.Equal(0, OperationCounts.Count(result, Domain.CasualtySide.Civilian, Domain.CasualtyCategory.Killed));
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
    }
}
