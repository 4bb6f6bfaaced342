using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using static OpsTracker.Core.Tests.Extraction.Dates.DateTestKit;

namespace OpsTracker.Core.Tests.Extraction.Dates;

/// <summary>Dates written on the calendar: month names, full dates, ordinal days, day and month, months.</summary>
public class CalendarDateTests
{
    [Theory]
    [InlineData("يناير", 1)]
    [InlineData("فبراير", 2)]
    [InlineData("مارس", 3)]
    [InlineData("ابريل", 4)]
    [InlineData("إبريل", 4)]
    [InlineData("أبريل", 4)]
    [InlineData("مايو", 5)]
    [InlineData("يونيو", 6)]
    [InlineData("يونيه", 6)]
    [InlineData("يوليو", 7)]
    [InlineData("يوليه", 7)]
    [InlineData("اغسطس", 8)]
    [InlineData("سبتمبر", 9)]
    [InlineData("اكتوبر", 10)]
    [InlineData("نوفمبر", 11)]
    [InlineData("ديسمبر", 12)]
    [InlineData("كانون الثاني", 1)]
    [InlineData("شباط", 2)]
    [InlineData("آذار", 3)]
    [InlineData("نيسان", 4)]
    [InlineData("أيار", 5)]
    [InlineData("حزيران", 6)]
    [InlineData("تموز", 7)]
    [InlineData("آب", 8)]
    [InlineData("أيلول", 9)]
    [InlineData("تشرين الأول", 10)]
    [InlineData("تشرين الثاني", 11)]
    [InlineData("كانون الأول", 12)]
    public void Reads_every_gregorian_and_levantine_month(string month, int number)
    {
        var m = Single($"داهمت القوة وكرا في 3 {month} 2020 شمال المدينة", null);
        Assert.Equal(DateMentionKind.Absolute, m.Kind);
        Assert.Equal(new DateOnly(2020, number, 3), m.Date);
    }

    [Theory]
    [InlineData("انطلقت الحملة يوم 6 كانون الثاني / يناير بمشاركة الطيران", "يوم 6 كانون الثاني / يناير", 1, 6)]
    [InlineData("أعلنت القيادة في 20 تشرين الثاني/نوفمبر ضبط مخزن", "20 تشرين الثاني/نوفمبر", 11, 20)]
    [InlineData("جرى الاشتباك في 9 ديسمبر (كانون الأول) قرب الحدود", "9 ديسمبر (كانون الاول)", 12, 9)]
    [InlineData("اعتقل المتهم في 11 أيلول- سبتمبر بعد مطاردة", "11 ايلول- سبتمبر", 9, 11)]
    [InlineData("أعلن النصر في 10 كانون الأول ديسمبر بعد معارك", "10 كانون الاول ديسمبر", 12, 10)]
    public void Paired_month_names_are_one_mention(string text, string expression, int month, int day)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(DateMentionKind.DayMonth, m.Kind);
        Assert.Equal(month, m.Date!.Value.Month);
        Assert.Equal(day, m.Date!.Value.Day);
    }

    [Theory]
    [InlineData("وصلت التعزيزات في 12/4/2021 الى القاطع", "12/4/2021", "2021-04-12")]
    [InlineData("صدر القرار بتاريخ 2021-04-12 عن المحكمة", "2021-04-12", "2021-04-12")]
    [InlineData("جرى التفجير 4-7-2018 قرب السوق", "4-7-2018", "2018-07-04")]
    [InlineData("أعلن الجهاز في 12/أبريل/2021 انتهاء العملية", "12/ابريل/2021", "2021-04-12")]
    [InlineData("بدأت المرحلة الثانية الثلاثاء 6 أبريل 2021 في الصحراء", "الثلاثاء 6 ابريل 2021", "2021-04-06")]
    [InlineData("في ١٤ أغسطس ٢٠١٨ قصفت الطائرات موقعا", "14 اغسطس 2018", "2018-08-14")]
    [InlineData("جرى ذلك في 3.11.2019 صباحا", "3.11.2019", "2019-11-03")]
    [InlineData("نشرت الصورة في 8/18/2021 على الموقع", "8/18/2021", "2021-08-18")]
    [InlineData("غرد الحساب February 20, 2021 بصورة", "february 20, 2021", "2021-02-20")]
    [InlineData("في 5 شباط، 2019 اعتقل مطلوب", "5 شباط, 2019", "2019-02-05")]
    public void Reads_full_dates(string text, string expression, string date)
    {
        var m = Single(text, Published);
        Assert.Equal(DateMentionKind.Absolute, m.Kind);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(Day(date), m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.False(m.IsRelative);
    }

    [Theory]
    // Day first, as written, whenever that day is not after publication (12 March 2025).
    [InlineData("نشر الموقع الخبر في 3/2/2025 مع صور", "2025-02-03")]
    [InlineData("وقع الهجوم في 12/3/2025 فجرا", "2025-03-12")]
    // Day first would be 3 December 2025, still to come: the page writes the month first.
    [InlineData("نشر الموقع الخبر في 3/12/2025 مع صور", "2025-03-12")]
    // Both readings still to come: the text's own order stands.
    [InlineData("يبدأ التعداد في 4/5/2025 في المحافظات", "2025-05-04")]
    public void A_figures_date_read_day_first_that_falls_after_publication_reads_month_first(string text, string date)
    {
        var m = Single(text, Published);
        Assert.Equal(Day(date), m.Date);
        Assert.False(m.IsRelative);
    }

    [Fact]
    public void A_figures_date_keeps_the_day_first_reading_without_a_publication_date()
    {
        Assert.Equal(Day("2025-12-03"), Single("نشر الموقع الخبر في 3/12/2025 مع صور", null).Date);
    }

    [Fact]
    public void Span_indexes_the_normalised_text()
    {
        const string text = "قتل مسلحان في 12/4/2021 قرب الطريق";
        var normalized = OpsTracker.Core.Extraction.Text.ArabicNormalizer.Normalize(text).Text;
        var m = Assert.Single(DateReader.Default.FindAll(normalized, null));
        Assert.Equal(normalized.IndexOf("12/4/2021", StringComparison.Ordinal), m.Start);
        Assert.Equal(m.Start + "12/4/2021".Length, m.End);
    }

    [Theory]
    [InlineData("حررت القوات القرية في العاشر من كانون الثاني بعد حصار", "العاشر من كانون الثاني", "2025-01-10", DateMentionKind.DayMonth)]
    [InlineData("في التاسع من ديسمبر من عام 2017 أعلنت الحكومة النصر", "التاسع من ديسمبر من عام 2017", "2017-12-09", DateMentionKind.Absolute)]
    [InlineData("وفي الأول من آذار وصلت قوة إضافية", "الاول من اذار", "2025-03-01", DateMentionKind.DayMonth)]
    [InlineData("منذ الحادي عشر من شباط والحصار مستمر", "الحادي عشر من شباط", "2025-02-11", DateMentionKind.DayMonth)]
    [InlineData("في العشرين من تموز جرت المداهمة", "العشرين من تموز", "2024-07-20", DateMentionKind.DayMonth)]
    [InlineData("في الحادي والثلاثين من كانون الأول 2019 أغلق المعبر", "الحادي والثلاثين من كانون الاول 2019", "2019-12-31", DateMentionKind.Absolute)]
    public void Reads_ordinal_days(string text, string expression, string date, DateMentionKind kind)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(Day(date), m.Date);
    }

    [Theory]
    [InlineData("جرت العملية في 5 آذار الحالي", "2025-03-05")]
    [InlineData("جرت العملية في 12 آذار", "2025-03-12")]
    [InlineData("جرت العملية في 20 آذار", "2024-03-20")]
    [InlineData("جرت العملية في 2 كانون الثاني", "2025-01-02")]
    public void Day_and_month_take_the_latest_year_not_after_publication(string text, string date)
    {
        var m = Find(text, Published)[0];
        Assert.Equal(DateMentionKind.DayMonth, m.Kind);
        Assert.Equal(Day(date), m.Date);
        Assert.True(m.IsRelative);
    }

    [Fact]
    public void Day_and_month_without_publication_stay_unresolved()
    {
        var m = Single("جرت العملية في 20 آذار الماضي", null);
        Assert.Equal(DateMentionKind.DayMonth, m.Kind);
        Assert.Null(m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("بدأت الحملة في أكتوبر 2024 بإشراف القيادة", "اكتوبر 2024", DateMentionKind.MonthYear, "2024-10-01", false)]
    [InlineData("اعتقل في تشرين الأول / أكتوبر من العام المنصرم", "تشرين الاول / اكتوبر من العام المنصرم", DateMentionKind.MonthYear, "2024-10-01", true)]
    [InlineData("تصاعدت الهجمات منتصف ديسمبر على الطرق", "منتصف ديسمبر", DateMentionKind.Month, "2024-12-01", true)]
    [InlineData("تصاعدت الهجمات منتصف شباط على الطرق", "منتصف شباط", DateMentionKind.Month, "2025-02-01", true)]
    [InlineData("انخفضت الهجمات في أيار الماضي", "ايار الماضي", DateMentionKind.Month, "2024-05-01", true)]
    [InlineData("قتل الشهر الماضي ثلاثة من عناصر الحراسة", "الشهر الماضي", DateMentionKind.Relative, "2025-02-01", true)]
    [InlineData("تنتهي المهلة في منتصف الشهر الجاري", "منتصف الشهر الجاري", DateMentionKind.Relative, "2025-03-01", true)]
    [InlineData("سيطر التنظيم على المدينة في حزيران 2014", "حزيران 2014", DateMentionKind.MonthYear, "2014-06-01", false)]
    public void Reads_months(string text, string expression, DateMentionKind kind, string date, bool relative)
    {
        var m = Single(text, Published);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(Day(date), m.Date);
        Assert.Equal(DatePrecision.Month, m.Precision);
        Assert.Equal(relative, m.IsRelative);
    }

    [Fact]
    public void A_month_covers_its_days_up_to_publication()
    {
        var whole = Single("في أكتوبر 2024", Published);
        Assert.Equal((Day("2024-10-01"), Day("2024-10-31")), (whole.PeriodStart, whole.PeriodEnd));
        var current = Single("منذ آذار 2025 وحتى الآن", Published);
        Assert.Equal((Day("2025-03-01"), Published), (current.PeriodStart, current.PeriodEnd));
    }

    [Fact]
    public void Month_without_publication_keeps_its_precision()
    {
        var m = Single("في منتصف ديسمبر", null);
        Assert.Null(m.Date);
        Assert.Equal(DatePrecision.Month, m.Precision);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("مارس التنظيم العنف ضد القرويين")]
    [InlineData("عاد الأب إلى منزله، وآب الجميع إلى رشدهم")]
    public void Month_names_that_are_also_words_need_support(string text)
    {
        Assert.Empty(Find(text, Published));
    }

    [Theory]
    [InlineData("في 3 آب قتل راع", "3 اب")]
    [InlineData("في مارس الماضي تصاعدت الهجمات", "مارس الماضي")]
    [InlineData("في شهر آب تصاعدت الهجمات", "شهر اب")]
    public void Ambiguous_month_names_count_with_support(string text, string expression)
    {
        Assert.Equal(expression, Single(text, Published).Expression);
    }
}
