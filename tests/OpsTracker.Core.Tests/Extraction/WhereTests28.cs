using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where and when an operation happened (helper where28, session 28; every sentence here is INVENTED).
/// A span's ends: a day that "حتى"، "لغاية" (until) opens is where a span ends, not the day the operation happened;
/// the operation takes the day its span began. The first day of a range leaves its month unsaid
/// ("منذ الخامس ولغاية السابع من الشهر الجاري"): it is the month of the day that closes the range.
/// A night named by the two days it joins ("ليل السبت – الأحد") is one time: its closing day is carried to no later
/// sentence, and it agrees with a lead that gives the deed that closing day.
/// </summary>
public class WhereTests28
{
    private static readonly ArabicReportExtractor Extractor = new();

    // A Tuesday.
    private static readonly DateOnly Published = new(2024, 3, 12);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    [Fact]
    public void A_campaign_s_results_told_until_a_day_take_the_day_it_was_launched()
    {
        var ops = Read("وأعلن قائد الفرقة عن انطلاق حملة تفتيش كبيرة يوم السبت في وادي الثرثار لملاحقة بقايا داعش.\n"
            + "وأسفرت الحملة، المستمرة حتى يوم الإثنين، عن تدمير ثلاث مضافات للتنظيم.");
        var op = Assert.Single(ops, o => o.HideoutsDestroyed == 3);
        // Saturday the 9th, the launch; Monday the 11th is only how long it has run.
        Assert.Equal(new DateOnly(2024, 3, 9), op.Date);
    }

    [Fact]
    public void A_day_named_without_until_is_still_the_operation_s_day()
    {
        var ops = Read("وأعلن قائد الفرقة عن انطلاق حملة تفتيش كبيرة يوم السبت في وادي الثرثار لملاحقة بقايا داعش.\n"
            + "وأسفرت الحملة يوم الإثنين عن تدمير ثلاث مضافات للتنظيم.");
        var op = Assert.Single(ops, o => o.HideoutsDestroyed == 3);
        Assert.Equal(new DateOnly(2024, 3, 11), op.Date);
    }

    [Fact]
    public void A_range_of_ordinal_days_dates_the_operation_by_its_first_day()
    {
        var op = Assert.Single(Read("نفذت القوات عملية تفتيش امتدت منذ الخامس ولغاية السابع من الشهر الجاري "
            + "في صحراء الرطبة بمحافظة الأنبار، وأسفرت العملية عن تدمير أربعة أنفاق للتنظيم."));
        Assert.Equal(4, op.HideoutsDestroyed);
        Assert.Equal(new DateOnly(2024, 3, 5), op.Date);
    }

    [Fact]
    public void A_range_of_day_numbers_shares_the_month_of_its_last_day()
    {
        var op = Assert.Single(Read("نفذت القوات عملية تفتيش امتدت من 3 إلى 6 آذار "
            + "في صحراء الرطبة بمحافظة الأنبار، وأسفرت العملية عن تدمير أربعة أنفاق للتنظيم."));
        Assert.Equal(new DateOnly(2024, 3, 3), op.Date);
    }

    [Fact]
    public void Two_numbers_joined_before_a_month_are_no_range_without_a_word_that_opens_it()
    {
        // "قتل 4 و5 آذار" is no range: nothing opens it; the count stays a count.
        var op = Assert.Single(Read("أعلنت خلية الإعلام الأمني مقتل 4 إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك يوم 5 آذار."));
        Assert.Equal(4, op.Killed);
        Assert.Equal(new DateOnly(2024, 3, 5), op.Date);
    }

    // A Tuesday: the night of Saturday to Sunday is the 9th to the 10th.
    private const string NightLead = "هاجم عناصر داعش، ليل السبت – الأحد، نقطة للجيش في قرية البو حمد بقضاء الدبس في محافظة كركوك، ما أسفر عن مقتل جندي.\n";

    [Fact]
    public void A_night_named_by_two_days_carries_its_first_day_to_the_next_sentence()
    {
        var ops = Read(NightLead + "وذكرت مصادر أمنية أن القوة المهاجمة فرت بعد أن أصيب أربعة من عناصرها في الاشتباكات.");
        Assert.All(ops.Where(o => o.Date is not null), o => Assert.Equal(new DateOnly(2024, 3, 9), o.Date));
        Assert.Contains(ops, o => o.Date == new DateOnly(2024, 3, 9));
    }

    [Fact]
    public void A_night_that_reaches_the_lead_s_day_does_not_move_it_to_the_evening_before()
    {
        var op = Assert.Single(Read("قتل جنديان، اليوم الثلاثاء، في هجوم لتنظيم داعش على نقطة للجيش في قضاء الدبس بمحافظة كركوك.\n"
            + "وقال مصدر أمني إن \"عناصر التنظيم هاجموا النقطة قرابة منتصف ليل الإثنين/الثلاثاء بالأسلحة الرشاشة\"."));
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void An_evening_before_the_lead_s_day_still_dates_the_deed()
    {
        // Without a night that reaches the lead's day, the elaboration's evening before is the day of the deed.
        var op = Assert.Single(Read("قتل جنديان، اليوم الثلاثاء، في هجوم لتنظيم داعش على نقطة للجيش في قضاء الدبس بمحافظة كركوك.\n"
            + "وقال مصدر أمني إن \"عناصر التنظيم هاجموا النقطة مساء السبت بالأسلحة الرشاشة\"."));
        Assert.Equal(new DateOnly(2024, 3, 9), op.Date);
    }
}
