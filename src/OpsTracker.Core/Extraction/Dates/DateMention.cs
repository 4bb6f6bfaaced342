using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Dates;

/// <summary>What a date mention names.</summary>
public enum DateMentionKind
{
    /// <summary>A day, month and year: '12/4/2021', 'الثلاثاء 6 أبريل 2021'.</summary>
    Absolute,
    /// <summary>A day and month without a written year: '20 تشرين الثاني/نوفمبر', 'العاشر من كانون الثاني'.</summary>
    DayMonth,
    /// <summary>A month with a year, written or relative: 'أكتوبر 2024', 'أكتوبر من العام المنصرم'.</summary>
    MonthYear,
    /// <summary>A month alone: 'منتصف ديسمبر', 'أيار الماضي'.</summary>
    Month,
    /// <summary>A written year: 'عام 2024', 'منذ 2014' (the year only), 'العام الماضي 2022'.</summary>
    Year,
    /// <summary>A named weekday: 'الاثنين الماضي', 'ليل أمس الأحد'.</summary>
    Weekday,
    /// <summary>An offset from publication that names no calendar unit: 'أمس', 'قبل يومين', 'الشهر الماضي', 'العام الماضي'.</summary>
    Relative,
    /// <summary>A window that ends at publication: 'منذ مطلع العام الجاري', 'الأشهر الستة الماضية', 'خلال ستة أشهر'.</summary>
    Period,
}

/// <summary>
/// A date expression found in normalised report text. Start and End (exclusive) index the normalised text.
/// Date is the resolved day, or the first day of the period for week, month and year precision, or null when it
/// cannot be resolved (a relative expression without a publication date). PeriodStart and PeriodEnd bound the
/// span a month, year or window covers, clipped at publication.
/// </summary>
public sealed record DateMention(
    int Start,
    int End,
    DateMentionKind Kind,
    DateOnly? Date,
    DatePrecision Precision,
    string Expression,
    bool IsRelative,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd) : Text.ITextMention
{
    /// <summary>
    /// The length in days of a window counted back from publication ('خلال الثلاثين يوما الماضية', 'خلال ستة أشهر'),
    /// known from its own count even when no publication date bounds it (months and years at their shortest); null
    /// for every other mention.
    /// </summary>
    public int? WindowDays { get; init; }
}
