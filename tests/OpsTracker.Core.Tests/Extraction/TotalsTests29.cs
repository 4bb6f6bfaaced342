using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// People told again by a relative clause of the deed (helper totals29, session 29; every sentence here is INVENTED).
/// A definite noun of people (the article, or construct with the organisation's name) described by a relative pronoun
/// or the article's participle before a trigger whose attached pronoun takes them back ("المسلحان اللذان جرى القبض
/// عليهما"، "الإرهابي الملقى القبض عليه") names people the text has told: their count, equal to one told before, is
/// that count, whatever place its sentence goes on to name (read by <c>Passes.DescribedArrestRemoval</c>, arrests29's
/// pass of the same construction, which serves both helpers' cases). And a statement
/// below the head that spreads its count over several events ("في عمليات متفرقة") sums the events the sentences after it
/// tell, as a head summary does (<c>Passes.SeveralEventsTotalRemoval</c>).
/// </summary>
public class TotalsTests29
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 3, 14);

    [Fact]
    public void Two_men_the_relative_clause_takes_back_are_the_two_arrested_before()
    {
        const string text = "أعلنت مديرية الاستخبارات اعتقال إرهابيين اثنين في قضاء الزبير بمحافظة البصرة.\n"
            + "وأوضح المتحدث أن عنصري التنظيم اللذين جرى القبض عليهما شاركا في هجمات على القوات الأمنية في الموصل عام 2015.\n";
        var ops = Extractor.Extract(text, Published).Operations.Where(o => o.Arrested is not null).ToList();
        var op = Assert.Single(ops);
        Assert.Equal(2, op.Arrested);
        Assert.Equal("IQ-BA", op.Province);
    }

    [Fact]
    public void The_man_the_participle_takes_back_is_the_one_arrested_before()
    {
        const string text = "ألقت قوة من جهاز الأمن الوطني القبض على ما يسمى أمير قاطع الصحراء في التنظيم خلال عملية في قضاء الطارمية.\n"
            + "ويعد الإرهابي الملقى القبض عليه من أبرز قيادات داعش في محافظة الأنبار وشغل مناصب في ولاية صلاح الدين.\n";
        var ops = Extractor.Extract(text, Published).Operations.Where(o => o.Arrested is not null).ToList();
        var op = Assert.Single(ops);
        Assert.Equal(1, op.Arrested);
        Assert.Equal("IQ-BG", op.Province);
    }

    [Fact]
    public void A_count_told_again_without_a_relative_clause_is_left_to_the_other_readings()
    {
        // What it must not take: an indefinite count with no relative clause is a telling of its own ("اعتقال اثنين"),
        // read by RepetitionRemoval and its kin as before.
        const string text = "أعلنت خلية الإعلام الأمني اعتقال إرهابيين اثنين في قضاء الزبير بمحافظة البصرة.\n"
            + "وفي نينوى، اعتقلت قوة من الجيش إرهابيين اثنين في قضاء تلعفر.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 2 && o.Province == "IQ-BA");
        Assert.Contains(ops, o => o.Arrested == 2 && o.Province == "IQ-NI");
    }

    private const string SpreadStatementBelow = "حصاد اليوم الأمني في العراق\n\n"
        + "أعلنت خلية الإعلام الأمني مقتل جنديين بهجوم على نقطة تفتيش في قضاء بيجي بمحافظة صلاح الدين.\n"
        + "وأضافت الخلية أن المهاجمين لاذوا بالفرار نحو الصحراء.\n"
        + "وفي بيان آخر، أعلنت الخلية اعتقال سبعة إرهابيين في عمليات متفرقة بمحافظة ديالى.\n";

    [Fact]
    public void A_statement_below_the_head_that_spreads_its_count_is_the_sum_of_the_events_told_after_it()
    {
        const string text = SpreadStatementBelow + "وفي التفاصيل، اعتقلت قوة من الجيش أربعة إرهابيين في قرية تابعة لقضاء المقدادية.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested == 7);
        Assert.Contains(ops, o => o.Arrested == 4 && o.Province == "IQ-DI");
    }

    [Fact]
    public void A_spread_count_below_the_head_with_no_events_told_after_it_stays()
    {
        // What it must not take: nothing after it counts its measure, so the summary is all the text gives.
        const string text = SpreadStatementBelow + "وأشارت إلى أن المعتقلين أحيلوا إلى القضاء.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 7);
    }

    [Fact]
    public void A_spread_count_below_the_head_is_no_sum_of_a_larger_count_after_it()
    {
        // What it must not take: nine taken after it are more than the seven it counts, so they are not its events.
        const string text = SpreadStatementBelow + "وفي التفاصيل، اعتقلت قوة من الجيش تسعة إرهابيين في قرية تابعة لقضاء المقدادية.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 7);
        Assert.Contains(ops, o => o.Arrested == 9);
    }
}
