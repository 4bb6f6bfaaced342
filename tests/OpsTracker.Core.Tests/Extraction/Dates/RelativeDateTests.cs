using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using static OpsTracker.Core.Tests.Extraction.Dates.DateTestKit;

namespace OpsTracker.Core.Tests.Extraction.Dates;

/// <summary>Years, windows, weekdays and days counted from publication (a Wednesday, 2025-03-12).</summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData("نفذت القوات عام 2024 مئات الضربات", "عام 2024", DateMentionKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("بلغت الحصيلة خلال عام 2024 نحو مئة قتيل", "عام 2024", DateMentionKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("أقرت الخطة الأمنية لعام 2024 في بغداد", "عام 2024", DateMentionKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("تراجعت الهجمات في العام الماضي بشكل واضح", "العام الماضي", DateMentionKind.Relative, "2024-01-01", "2024-12-31")]
    [InlineData("تراجعت الهجمات خلال العام المنصرم", "العام المنصرم", DateMentionKind.Relative, "2024-01-01", "2024-12-31")]
    [InlineData("كانت السنة الماضية الأهدأ", "السنه الماضيه", DateMentionKind.Relative, "2024-01-01", "2024-12-31")]
    [InlineData("ارتفعت الضربات هذا العام", "هذا العام", DateMentionKind.Relative, "2025-01-01", "2025-03-12")]
    [InlineData("ارتفعت الضربات خلال العام الجاري", "العام الجاري", DateMentionKind.Relative, "2025-01-01", "2025-03-12")]
    [InlineData("ارتفعت الضربات في العام الحالي", "العام الحالي", DateMentionKind.Relative, "2025-01-01", "2025-03-12")]
    [InlineData("ارتفعت الضربات في العام الحالي 2025 مقارنة بما سبق", "العام الحالي 2025", DateMentionKind.Year, "2025-01-01", "2025-03-12")]
    public void Reads_years_as_whole_periods(string text, string expression, DateMentionKind kind, string start, string end)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(Day(start), m.Date);
        Assert.Equal(DatePrecision.Year, m.Precision);
        Assert.Equal((Day(start), Day(end)), (m.PeriodStart, m.PeriodEnd));
    }

    [Fact]
    public void Relative_year_without_publication_is_unresolved()
    {
        var m = Single("تراجعت الهجمات في العام الماضي", null);
        Assert.Null(m.Date);
        Assert.Null(m.PeriodStart);
        Assert.Equal(DatePrecision.Year, m.Precision);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("قتل مئة مسلح منذ مطلع العام الجاري", "منذ مطلع العام الجاري", "2025-01-01", DatePrecision.Year)]
    [InlineData("اعتقل خمسون متهما منذ بداية العام في المحافظة", "منذ بدايه العام", "2025-01-01", DatePrecision.Year)]
    [InlineData("اعتقل خمسون متهما منذ بداية عام 2024 في المحافظة", "منذ بدايه عام 2024", "2024-01-01", DatePrecision.Year)]
    [InlineData("نفذت عشرون ضربة منذ مطلع الشهر الحالي", "منذ مطلع الشهر الحالي", "2025-03-01", DatePrecision.Month)]
    [InlineData("نفذت الوحدات خلال الأشهر الستة الماضية ثلاثين عملية", "خلال الاشهر السته الماضيه", "2024-09-12", DatePrecision.Month)]
    [InlineData("نفذت الوحدات خلال ستة أشهر ثلاثين عملية", "خلال سته اشهر", "2024-09-12", DatePrecision.Month)]
    [InlineData("تزايدت الاعتداءات خلال الـ 6 أشهر الماضية في البادية", "خلال ال 6 اشهر الماضيه", "2024-09-12", DatePrecision.Month)]
    [InlineData("تراجعت الهجمات في العامين الماضيين", "العامين الماضيين", "2023-03-12", DatePrecision.Year)]
    [InlineData("ضبطت الأجهزة عشر خلايا خلال الأسبوعين الأخيرين", "خلال الاسبوعين الاخيرين", "2025-02-26", DatePrecision.Week)]
    public void Reads_windows_that_end_at_publication(string text, string expression, string start, DatePrecision precision)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(DateMentionKind.Period, m.Kind);
        Assert.Equal(Day(start), m.Date);
        Assert.Equal((Day(start), Published), (m.PeriodStart, m.PeriodEnd));
        Assert.Equal(precision, m.Precision);
        Assert.True(m.IsRelative);
    }

    [Fact]
    public void Window_from_a_written_year_keeps_its_start_without_publication()
    {
        var m = Single("اعتقل خمسون متهما منذ بداية عام 2024", null);
        Assert.Equal(DateMentionKind.Period, m.Kind);
        Assert.Equal(new DateOnly(2024, 1, 1), m.Date);
        Assert.Equal(new DateOnly(2024, 1, 1), m.PeriodStart);
        Assert.Null(m.PeriodEnd);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("ينتظر أن تكتمل الإعادة خلال الأشهر الستة المقبلة")]
    [InlineData("انتهى التحقيق خلال ستة أشهر من بدء العملية")]
    [InlineData("أمضى في السجن ستة أشهر")]
    public void Windows_that_do_not_end_at_publication_are_not_read(string text)
    {
        Assert.Empty(Find(text, Published));
    }

    [Theory]
    [InlineData("قصفت الطائرات يوم الثلاثاء موقعا", "يوم الثلاثاء", "2025-03-11", DateMentionKind.Weekday)]
    [InlineData("قصفت الطائرات الثلاثاء موقعا", "الثلاثاء", "2025-03-11", DateMentionKind.Weekday)]
    [InlineData("قصفت الطائرات الأربعاء موقعا", "الاربعاء", "2025-03-12", DateMentionKind.Weekday)]
    [InlineData("قصفت الطائرات الاثنين الماضي موقعا", "الاثنين الماضي", "2025-03-10", DateMentionKind.Weekday)]
    [InlineData("قصفت الطائرات الإثنين الماضي موقعا", "الاثنين الماضي", "2025-03-10", DateMentionKind.Weekday)]
    [InlineData("قصفت الطائرات الأربعاء الماضي موقعا", "الاربعاء الماضي", "2025-03-05", DateMentionKind.Weekday)]
    [InlineData("تنطلق المرحلة الثانية السبت المقبل", "السبت المقبل", "2025-03-15", DateMentionKind.Weekday)]
    [InlineData("هاجم مسلحون فجر اليوم نقطة تفتيش", "فجر اليوم", "2025-03-12", DateMentionKind.Relative)]
    [InlineData("انفجرت عبوة مساء الأحد قرب الجسر", "مساء الاحد", "2025-03-09", DateMentionKind.Weekday)]
    [InlineData("انفجرت عبوة ليلة السبت قرب الجسر", "ليله السبت", "2025-03-08", DateMentionKind.Weekday)]
    [InlineData("أعلنت الخلية أمس مقتل مسلح", "امس", "2025-03-11", DateMentionKind.Relative)]
    [InlineData("أعلنت الخلية ليل أمس مقتل مسلح", "ليل امس", "2025-03-11", DateMentionKind.Relative)]
    [InlineData("أعلنت الخلية اليوم مقتل مسلح", "اليوم", "2025-03-12", DateMentionKind.Relative)]
    [InlineData("أعلنت الخلية اليوم الأربعاء مقتل مسلح", "اليوم الاربعاء", "2025-03-12", DateMentionKind.Weekday)]
    [InlineData("اعتقل المتهم قبل يومين في الموصل", "قبل يومين", "2025-03-10", DateMentionKind.Relative)]
    [InlineData("اعتقل المتهم قبل ثلاثة أيام في الموصل", "قبل ثلاثه ايام", "2025-03-09", DateMentionKind.Relative)]
    [InlineData("اعتقل المتهم قبل عشرة أيام في الموصل", "قبل عشره ايام", "2025-03-02", DateMentionKind.Relative)]
    [InlineData("اعتقل المتهم قبل أسبوع في الموصل", "قبل اسبوع", "2025-03-05", DateMentionKind.Relative)]
    public void Reads_days_around_publication(string text, string expression, string date, DateMentionKind kind)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(Day(date), m.Date);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("قتل مسلحان في الخامس عشر من الشهر الجاري قرب الحويجة", "الخامس عشر من الشهر الجاري", "2025-03-15")]
    [InlineData("قتل مسلحان في الخامس من الشهر الجاري قرب الحويجة", "الخامس من الشهر الجاري", "2025-03-05")]
    [InlineData("اعتقل المتهم يوم 8 من الشهر الحالي في الموصل", "8 من الشهر الحالي", "2025-03-08")]
    [InlineData("اعتقل المتهم في العشرين من الشهر الماضي في الموصل", "العشرين من الشهر الماضي", "2025-02-20")]
    public void Reads_a_day_of_a_month_named_by_its_distance_from_publication(string text, string expression, string date)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(Day(date), m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
    }

    [Theory]
    [InlineData("قتل مسلحان قبل ساعات قرب الحويجة")]
    [InlineData("أعلنت الخلية قبل قليل مقتل مسلحين")]
    [InlineData("نفذت القوات خلال الساعات الماضية عمليات تفتيش")]
    public void A_few_hours_back_is_the_day_of_publication(string text)
    {
        var m = Single(text, Published);
        Assert.Equal(Published, m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
    }

    [Theory]
    [InlineData("قبل يوم", 1)]
    [InlineData("قبل يومين", 2)]
    [InlineData("قبل ثلاثة أيام", 3)]
    [InlineData("قبل أربعة أيام", 4)]
    [InlineData("قبل خمسة أيام", 5)]
    [InlineData("قبل ستة أيام", 6)]
    [InlineData("قبل سبعة أيام", 7)]
    [InlineData("قبل ثمانية أيام", 8)]
    [InlineData("قبل تسعة أيام", 9)]
    [InlineData("قبل عشرة أيام", 10)]
    [InlineData("قبل 4 أيام", 4)]
    public void Counts_days_back_in_words_and_digits(string phrase, int days)
    {
        var m = Single($"عثرت القوات {phrase} على مخبأ", Published);
        Assert.Equal(Published.AddDays(-days), m.Date);
    }

    [Fact]
    public void Yesterday_with_its_weekday_is_one_mention()
    {
        var monday = new DateOnly(2025, 3, 10);
        var m = Single("أعلنت القيادة، ليل أمس الأحد، مقتل مسلحين", monday);
        Assert.Equal("ليل امس الاحد", m.Expression);
        Assert.Equal(DateMentionKind.Weekday, m.Kind);
        Assert.Equal(new DateOnly(2025, 3, 9), m.Date);
    }

    [Fact]
    public void Weekday_written_with_yesterday_wins_over_an_inconsistent_publication_date()
    {
        // Published on Tuesday while the text says 'yesterday, Sunday': the named Sunday is the event day.
        var m = Single("قصفت الطائرات أمس الأحد موقعا", new DateOnly(2025, 3, 11));
        Assert.Equal(new DateOnly(2025, 3, 9), m.Date);
    }

    [Fact]
    public void Last_week_has_week_precision()
    {
        var m = Single("أعلن المتحدث الأسبوع الماضي نتائج التحقيق", Published);
        Assert.Equal(DateMentionKind.Relative, m.Kind);
        Assert.Equal(new DateOnly(2025, 3, 5), m.Date);
        Assert.Equal(DatePrecision.Week, m.Precision);
    }

    [Theory]
    [InlineData("قصفت الطائرات الاثنين الماضي موقعا", "الاثنين الماضي")]
    [InlineData("قصفت الطائرات الإثنين الماضي موقعا", "الاثنين الماضي")]
    [InlineData("هاجم مسلحون فجر اليوم نقطة", "فجر اليوم")]
    [InlineData("اعتقل المتهم قبل يومين", "قبل يومين")]
    public void Without_publication_relative_days_keep_their_expression(string text, string expression)
    {
        var m = Single(text, null);
        Assert.Equal(expression, m.Expression);
        Assert.Null(m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("وصل الوفد في اليوم التالي")]
    [InlineData("اعتقل قبل يومين من الهجوم")]
    [InlineData("قتل الأحد عشر مسلحا في الكمين")]
    public void Day_words_that_do_not_count_from_publication_are_not_read(string text)
    {
        Assert.Empty(Find(text, Published));
    }

    [Fact]
    public void Weekday_followed_by_its_date_is_one_mention()
    {
        var m = Single("داهمت القوة الخميس الماضي، 6 آذار، وكرا", Published);
        Assert.Equal("الخميس الماضي, 6 اذار", m.Expression);
        Assert.Equal(DateMentionKind.DayMonth, m.Kind);
        Assert.Equal(new DateOnly(2025, 3, 6), m.Date);
    }
}
