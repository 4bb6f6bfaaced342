using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Tally readings learned from the third batch of invented whole pages (CasesPages s41-s60, session 35), each on an
/// INVENTED text: a statistics post's bulleted items of a label, a colon and a count ("• عدد الإرهابيين المقتولين: 7")
/// are the tally's figures, a label glossed in parentheses as attacks ("الخروقات (هجمات ...)") counts ISIS attacks, and
/// bombs defused count nothing; a period "since the start of the year until the end of April" ends with April; "in
/// Baghdad and the provinces" is all Iraq; a governor announces his province's tally; counts of the same noun joined
/// by و, each with its year after it ("1134 متهما خلال عام 2018، و962 متهما خلال عام 2019"), are a tally per year.
/// </summary>
public class TalliesTests35
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 9, 3);

    [Fact]
    public void The_bulleted_items_of_a_monthly_statistic_are_its_figures()
    {
        var result = Extractor.Extract("قيادة عمليات الجزيرة\nالإحصائية الشهرية لعمليات قطعاتنا ضد بقايا عصابات داعش الإرهابية لشهر آب 2023:\n\n• عدد العمليات (تفتيش، دهم، كمائن): 140 عملية\n• عدد الإرهابيين المقتولين: 7 إرهابيين\n• عدد الإرهابيين الملقى القبض عليهم: 22\n• الكهوف والمضافات المدمرة: 15\n• العبوات المفككة: 30 عبوة\n• الخروقات (هجمات العصابات الإرهابية): 2 خرق", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(140, tally.Operations);
        Assert.Equal(7, tally.Killed);
        Assert.Equal(22, tally.Arrested);
        Assert.Equal(15, tally.HideoutsDestroyed);
        Assert.Equal(2, tally.IsisAttacks);
        Assert.Equal(new DateOnly(2023, 8, 1), tally.PeriodStart);
        Assert.Equal(new DateOnly(2023, 8, 31), tally.PeriodEnd);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void A_year_to_date_period_until_the_end_of_a_month_ends_with_that_month_and_baghdad_and_the_provinces_is_iraq()
    {
        var tally = Assert.Single(Extractor.Extract("أعلنت وزارة الداخلية أن تشكيلاتها نفذت منذ بداية العام الحالي ولغاية نهاية نيسان الماضي 190 عملية أمنية ضد بقايا داعش، ألقت خلالها القبض على 75 إرهابيا في بغداد والمحافظات.", Published).Tallies);
        Assert.Equal(new DateOnly(2023, 1, 1), tally.PeriodStart);
        Assert.Equal(new DateOnly(2023, 4, 30), tally.PeriodEnd);
        Assert.Equal("IQ", tally.Scope);
        Assert.Equal(190, tally.Operations);
        Assert.Equal(75, tally.Arrested);
    }

    [Fact]
    public void A_governor_announces_his_provinces_tally()
    {
        var tally = Assert.Single(Extractor.Extract("كشف محافظ نينوى، الأحد، عن حصيلة الهجمات التي شنتها خلايا داعش في المحافظة منذ بداية العام الحالي.\nوقال المحافظ في مؤتمر صحفي إن \"نينوى شهدت منذ مطلع العام 23 هجوما إرهابيا، فيما قتلت القوات الأمنية 12 إرهابيا واعتقلت 64 متهما خلال الفترة ذاتها\".", Published).Tallies);
        Assert.Equal("IQ-NI", tally.Scope);
        Assert.Equal(23, tally.IsisAttacks);
        Assert.Equal(12, tally.Killed);
        Assert.Equal(64, tally.Arrested);
    }

    [Theory]
    [InlineData("أعلنت وزارة الداخلية أن تشكيلاتها اعتقلت 1134 إرهابيا خلال عام 2018، و962 إرهابيا خلال عام 2019، و781 إرهابيا في عام 2020.")]
    [InlineData("أعلنت وزارة الداخلية أن تشكيلاتها ألقت القبض على 1134 متهما بالإرهاب خلال عام 2018، و962 متهما خلال عام 2019، و781 متهما في عام 2020.")]
    public void Each_years_count_told_in_one_sentence_is_a_tally_of_its_year(string text)
    {
        var tallies = Extractor.Extract(text, new DateOnly(2021, 1, 11)).Tallies.OrderBy(t => t.PeriodStart).ToList();
        Assert.Equal([(2018, 1134), (2019, 962), (2020, 781)], tallies.Select(t => (t.PeriodStart!.Value.Year, t.Arrested!.Value)).ToList());
        Assert.All(tallies, t => Assert.Equal(12, t.PeriodEnd!.Value.Month));
    }
}
