using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies28, session 28; every sentence here is INVENTED). An authority's count of people
/// over a window back from its statement of three days or more ("خلال الساعات الـ72 الماضية"، "خلال الـ96 ساعة
/// الماضية") sums the operations of those days: a tally (TallyRecognizer.CountsOverDaysBack); a window of a day or two
/// ("خلال الـ48 ساعة الماضية") is still the day's bulletin, one operation dated by the statement. "منذ 3 أيام" is such a
/// window (DateScanner.SinceCountedUnits); "منذ عام 2014" stays a year, and one operation "تنفذ منذ خمسة أيام عملية" keeps
/// its results (OneOperationsResults: a window of days under a week is how long it lasts). The first part of a year
/// ("الأشهر الأربعة الأولى من هذا العام"، "الثلث الأول من عام 2023") is those months of the year, no window back
/// from publication (dates firstPartOrdinals, lexicon periodParts). A tally told of towns or districts of one province
/// ("في قضاء تلعفر") is scoped to that province (TallyAnnouncer.TownsProvince); of two provinces, to none. A neighbouring
/// country named inside the phrase of a border ("البلدة الحدودية بين العراق وسوريا") places a town and scopes no
/// figure: the statement's count is still Iraq's (BystanderNames in TallyReader.ForeignClauses and for figureless clauses).
/// </summary>
public class TalliesTests28
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 7);

    [Theory]
    [InlineData("أعلنت قيادة شرطة محافظة كركوك، الأحد، اعتقال 9 متهمين بالانتماء لتنظيم داعش خلال الساعات الـ72 الماضية في أقضية المحافظة.", 9, "arrested")]
    [InlineData("وأعلنت قيادة عمليات نينوى قتل 23 إرهابيا من عصابات داعش خلال الـ96 ساعة الماضية في صحراء البعاج.", 23, "killed")]
    public void An_authoritys_count_over_three_days_back_or_more_is_a_tally(string text, int count, string outcome)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed == count || o.Arrested == count);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(count, outcome == "killed" ? tally.Killed : tally.Arrested);
    }

    [Fact]
    public void A_window_of_seventy_two_hours_is_three_days_back_from_publication()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة شرطة محافظة كركوك اعتقال 9 متهمين بالانتماء لتنظيم داعش خلال الساعات الـ72 الماضية.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(new DateOnly(2024, 5, 4), tally.PeriodStart);
        Assert.Equal(Published, tally.PeriodEnd);
    }

    [Fact]
    public void A_window_of_forty_eight_hours_stays_the_days_operation()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة شرطة محافظة كركوك اعتقال 9 متهمين بالانتماء لتنظيم داعش خلال الـ48 ساعة الماضية في قضاء الحويجة.", Published);
        Assert.Empty(result.Tallies);
        var operation = Assert.Single(result.Operations);
        Assert.Equal(9, operation.Arrested);
        Assert.Equal(Published, operation.Date);
    }

    [Fact]
    public void A_country_inside_a_border_phrase_leaves_the_tally_iraqs()
    {
        var result = Extractor.Extract(
            "وقال قائد عمليات الجزيرة في بيان إن حصيلة خسائر داعش خلال الشهر الماضي بلغت 64 قتيلا في صحراء القائم الحدودية بين العراق وسوريا.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(64, tally.Killed);
    }

    [Fact]
    public void A_count_for_iraq_and_syria_together_is_still_no_tally_of_ours()
    {
        var result = Extractor.Extract(
            "وقال التحالف الدولي في بيان إن حصيلة خسائر داعش خلال الشهر الماضي بلغت 64 قتيلا في العراق وسوريا.",
            Published);
        Assert.Empty(result.Tallies);
    }

    [Fact]
    public void A_named_campaign_launched_three_days_ago_counts_a_tally()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة أمس مقتل 45 إرهابيا في عملية «درع الوادي» التي انطلقت منذ 3 أيام شمال بيجي.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(45, tally.Killed);
        Assert.DoesNotContain(result.Operations, o => o.Killed == 45);
    }

    [Fact]
    public void Since_a_year_stays_a_year_and_names_no_window()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة شرطة نينوى اعتقال إرهابيين اثنين مطلوبين منذ عام 2014 في حي الزهور.", Published);
        Assert.Empty(result.Tallies);
        var operation = Assert.Single(result.Operations);
        Assert.Equal(2, operation.Arrested);
    }

    [Fact]
    public void One_operation_going_on_for_five_days_keeps_its_results()
    {
        var result = Extractor.Extract(
            "وقال المصدر إن قوة من الجيش تنفذ منذ خمسة أيام عملية تفتيش في وادي حوران.\n"
            + "وأضاف أن نتائج العملية حتى الآن كانت قتل 3 إرهابيين وتدمير مضافتين.",
            Published);
        Assert.Empty(result.Tallies);
        Assert.Contains(result.Operations, o => o.Killed == 3);
    }

    [Theory]
    [InlineData("أعلن جهاز مكافحة الإرهاب أن قواته قتلت 40 إرهابيا خلال الأشهر الأربعة الأولى من هذا العام.", 2024)]
    [InlineData("أعلن جهاز مكافحة الإرهاب أن قواته قتلت 40 إرهابيا خلال الثلث الأول من عام 2023.", 2023)]
    public void The_first_third_of_a_year_is_january_to_april(string text, int year)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(40, tally.Killed);
        Assert.Equal(new DateOnly(year, 1, 1), tally.PeriodStart);
        Assert.Equal(new DateOnly(year, 4, 30), tally.PeriodEnd);
    }

    [Fact]
    public void The_past_four_months_stay_a_window_back_from_publication()
    {
        var result = Extractor.Extract(
            "أعلن جهاز مكافحة الإرهاب أن قواته قتلت 40 إرهابيا خلال الأشهر الأربعة الماضية.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(new DateOnly(2024, 1, 7), tally.PeriodStart);
        Assert.Equal(Published, tally.PeriodEnd);
    }

    [Fact]
    public void A_tally_told_of_a_district_counts_its_province()
    {
        var result = Extractor.Extract(
            "أعلنت وزارة الدفاع قتل ما يزيد على 200 عنصر إرهابي بقضاء تلعفر منذ انطلاق العمليات العسكرية مطلع الشهر الماضي.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal("IQ-NI", tally.Scope);
    }

    [Fact]
    public void A_tally_told_of_towns_of_two_provinces_takes_neither()
    {
        var result = Extractor.Extract(
            "أعلنت وزارة الدفاع قتل ما يزيد على 200 عنصر إرهابي بقضاءي تلعفر وهيت منذ انطلاق العمليات العسكرية مطلع الشهر الماضي.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal("IQ", tally.Scope);
    }
}
