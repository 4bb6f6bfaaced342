using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where and when an operation happened (helper where27, session 27; every sentence here is INVENTED).
/// A relative day counts from the day of the statement that tells it: a weekday after a lead's stated day of telling
/// ("كشفت الوزارة، يوم الأربعاء 6 آذار، عن ... يوم الأحد الماضي") is the one before that day, not before publication;
/// an operation told after a quote that points back at the quote's event by its article ("الهجوم المذكور") takes the
/// quote's day counted from the statement's day.
/// </summary>
public class WhereTests27
{
    private static readonly ArabicReportExtractor Extractor = new();

    // A Tuesday.
    private static readonly DateOnly Published = new(2024, 3, 12);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    [Fact]
    public void A_weekday_told_after_a_stated_day_of_telling_counts_from_that_day()
    {
        var op = Assert.Single(Read("كشفت قيادة العمليات المشتركة، يوم الأربعاء 6 آذار، عن مقتل خمسة إرهابيين في ضربة جوية نفذها "
            + "الطيران العراقي يوم الأحد الماضي في وادي الشاي بمحافظة كركوك."));
        Assert.Equal(5, op.Killed);
        // Counted from publication the Sunday would be the 10th, after the Wednesday the statement was made.
        Assert.Equal(new DateOnly(2024, 3, 3), op.Date);
    }

    [Fact]
    public void A_weekday_that_falls_before_the_day_of_telling_is_left_as_it_is()
    {
        var op = Assert.Single(Read("كشفت قيادة العمليات المشتركة، يوم الأحد 10 آذار، عن مقتل خمسة إرهابيين في ضربة جوية نفذها "
            + "الطيران العراقي يوم الخميس الماضي في وادي الشاي بمحافظة كركوك."));
        Assert.Equal(new DateOnly(2024, 3, 7), op.Date);
    }

    [Fact]
    public void A_lead_with_a_stated_day_and_no_other_day_keeps_the_stated_day()
    {
        var op = Assert.Single(Read("كشفت قيادة العمليات المشتركة، يوم الأربعاء 6 آذار، عن مقتل خمسة إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك."));
        Assert.Equal(new DateOnly(2024, 3, 6), op.Date);
    }

    private const string StatementAndQuote =
        "قالت خلية الإعلام الأمني أمس الإثنين في بيان إن نقطة للجيش تعرضت لاعتداء في محافظة بغداد."
        + "\nوأضاف البيان: \"إن عناصر داعش شنوا الليلة الماضية هجوما بالأسلحة الخفيفة على نقطة للجيش في قضاء الطارمية\"."
        + "\n";

    [Fact]
    public void An_operation_that_names_the_quoted_attack_again_takes_the_quote_s_day_counted_from_the_statement()
    {
        var op = Assert.Single(Read(StatementAndQuote + "وبين البيان أن الهجوم المذكور أسفر عن مقتل جنديين وإصابة ثلاثة آخرين."));
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        // The statement was made on Monday the 11th; its "last night" is the 10th.
        Assert.Equal(new DateOnly(2024, 3, 10), op.Date);
    }

    [Fact]
    public void A_new_deed_told_after_the_quote_without_naming_its_event_keeps_its_day()
    {
        var op = Assert.Single(Read(StatementAndQuote + "وأضاف البيان أن قوة من الجيش تمكنت من قتل ثلاثة إرهابيين في القضاء."));
        Assert.Equal(3, op.Killed);
        Assert.NotEqual(new DateOnly(2024, 3, 10), op.Date);
    }

    private const string Lead = "أعلنت قيادة العمليات المشتركة مقتل خمسة إرهابيين بضربة جوية في وادي الشاي جنوب كركوك.\n";

    [Fact]
    public void A_day_inside_a_relative_clause_of_a_town_does_not_date_the_lead_s_operation()
    {
        var op = Assert.Single(Read(Lead + "وأضافت أن الطائرات انطلقت من قاعدة قريبة من ناحية الرشاد التي حررتها القطعات أمس من قبضة التنظيم."));
        Assert.Equal(5, op.Killed);
        // "أمس" tells when the town was freed; the lead names no day of its own: the announcement's day.
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void A_day_inside_a_relative_clause_of_a_campaign_does_not_date_the_lead_s_operation()
    {
        var op = Assert.Single(Read(Lead + "وأوضحت أن الضربة جاءت ضمن عمليات \"ثأر الشهداء\" التي انطلقت الأحد في المحافظة."));
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void A_day_inside_a_relative_clause_of_the_strike_itself_still_dates_it()
    {
        var op = Assert.Single(Read(Lead + "وأضافت أن الضربة الجوية التي نفذها الطيران أمس استهدفت وكرا للتنظيم."));
        Assert.Equal(new DateOnly(2024, 3, 11), op.Date);
    }
}
