using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies20, session 20; every sentence here is INVENTED). A tally's period may be told as
/// "since" a named month or as a window counted in tens of days; ISIS's own count of its deeds is no authority's
/// tally; a few attacks told with the day they happened, or with no time at all, are events, not a statement's count.
/// </summary>
public class TalliesTests20
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    private static ExtractionResult Read(string text, DateOnly? published) => Extractor.Extract(text, published);

    [Theory]
    [InlineData("أعلنت وزارة الدفاع مقتل 135 إرهابيا منذ كانون الثاني الماضي.", 135, "2024-01-01")]
    [InlineData("وقالت قيادة العمليات المشتركة إن قطعاتها اعتقلت 48 إرهابيا منذ شهر تشرين الأول.", 48, "2023-10-01")]
    [InlineData("وأكد جهاز مكافحة الإرهاب أنه قتل 62 إرهابيا منذ آذار 2023.", 62, "2023-03-01")]
    public void Since_a_named_month_is_a_tallys_period_up_to_publication(string text, int count, string start)
    {
        var result = Read(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(count, tally.Killed ?? tally.Arrested);
        Assert.Equal(DateOnly.Parse(start), tally.PeriodStart);
        Assert.Equal(Published, tally.PeriodEnd);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة اعتقال 3 إرهابيين مطلوبين منذ آب 2014 في كركوك.", 3)]
    [InlineData("وذكرت وزارة الداخلية أن مفارزها قبضت على 5 متهمين بالإرهاب هاربين منذ حزيران الماضي.", 5)]
    [InlineData("أعلن جهاز مكافحة الإرهاب اعتقال 4 إرهابيين مختبئين منذ أيار 2016 في صحراء الأنبار.", 4)]
    public void Since_after_a_lasting_state_tells_how_long_the_people_were_wanted_not_a_tallys_period(string text, int arrested)
    {
        var result = Read(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(arrested, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Theory]
    [InlineData("أعلن جهاز الأمن الوطني القبض على 31 إرهابيا خلال الثلاثين يوما الماضية.", 31)]
    [InlineData("وذكرت وزارة الداخلية أن مفارزها اعتقلت 57 متهما بالإرهاب للأيام الأربعين الماضية.", 57)]
    public void A_window_counted_in_tens_of_days_is_a_tallys_period_even_with_no_publication_date(string text, int arrested)
    {
        foreach (var published in new DateOnly?[] { null, Published })
        {
            var result = Read(text, published);
            var tally = Assert.Single(result.Tallies);
            Assert.Equal(arrested, tally.Arrested);
            Assert.DoesNotContain(result.Operations, o => o.Arrested == arrested);
        }
    }

    [Fact]
    public void A_window_of_thirty_days_back_from_publication_starts_thirty_days_before_it()
    {
        var result = Read("أعلنت وكالة الاستخبارات القبض على 24 إرهابيا للثلاثين يوما الماضية.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(24, tally.Arrested);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("قالت قيادة العمليات المشتركة إن الوضع الأمني مستقر.\nوأعلن تنظيم داعش أن مقاتليه نفذوا 45 هجوما في العراق خلال عام 2023.")]
    [InlineData("وأعلنت الدولة الإسلامية أن عدد هجماتها على الجيش العراقي خلال شهر آب بلغ 30 هجوما.")]
    public void Isis_announcing_its_own_count_gives_no_tally(string text)
    {
        var result = Read(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void An_authority_counting_isis_attacks_still_gives_a_tally()
    {
        var result = Read("أعلنت خلية الإعلام الأمني أن التنظيم نفذ 45 هجوما في العراق خلال عام 2023.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(45, tally.IsisAttacks);
    }

    [Theory]
    [InlineData("قتل 13 جنديا من الجيش العراقي، اليوم السبت، إثر 4 هجمات شنها تنظيم داعش في كركوك.", CasualtyCategory.Killed, 13)]
    [InlineData("أصيب سبعة من عناصر الحشد الشعبي، أمس الجمعة، في ثلاث هجمات متزامنة على مواقعهم شمال ديالى.", CasualtyCategory.Wounded, 7)]
    public void A_few_attacks_after_the_day_of_an_event_verb_are_that_days_events(string text, CasualtyCategory category, int count)
    {
        var result = Read(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(count, OperationCounts.Count(result, CasualtySide.Security, category));
    }

    [Theory]
    [InlineData("وأوضح مصدر في الحشد الشعبي أن مسلحي التنظيم شنوا 3 هجمات متتالية على نقاط الجيش، ما أدى إلى مقتل جنديين.")]
    [InlineData("وذكر ضابط في الجيش العراقي أن عناصر داعش نفذوا 4 هجمات على قرى قرب الحويجة، وقتلوا أربعة من أهلها.")]
    public void A_few_attacks_told_with_no_time_at_all_are_events_not_a_tally(string text)
    {
        var result = Read(text, Published);
        Assert.Empty(result.Tallies);
        Assert.NotEmpty(result.Operations);
    }

    [Theory]
    [InlineData("وذكر بيان لقيادة العمليات المشتركة أن نتائج المرحلة الأولى من الحملة حتى ظهر الأربعاء شملت تدمير مضافتين واعتقال 9 متهمين بالإرهاب.", 9, 2)]
    [InlineData("وقال قائد عمليات سامراء إن نتائج العملية حتى يوم الخميس كانت مقتل 11 إرهابيا وتدمير 6 أوكار.", 11, 6)]
    public void Results_counted_until_a_day_are_a_campaigns_running_tally(string text, int people, int hideouts)
    {
        var result = Read(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(people, tally.Killed ?? tally.Arrested);
        Assert.Equal(hideouts, tally.HideoutsDestroyed);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("واستمرت الاشتباكات مع عناصر داعش حتى صباح الاثنين في جزيرة سامراء، وأسفرت عن مقتل 5 إرهابيين.", 5)]
    [InlineData("وقالت قيادة عمليات نينوى إن القوة طاردت المجموعة حتى فجر الجمعة وقتلت 3 إرهابيين قرب الحضر.", 3)]
    public void Until_a_day_without_a_noun_of_results_is_one_events_span(string text, int killed)
    {
        var result = Read(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(killed, OperationCounts.Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_day_after_a_verb_of_announcing_dates_the_statement_and_the_week_is_its_tallys()
    {
        var result = Read("أعلنت وزارة الدفاع، اليوم السبت، تنفيذ 4 عمليات خلال الأسبوع الماضي قتل فيها 9 إرهابيين.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(9, tally.Killed);
    }
}
