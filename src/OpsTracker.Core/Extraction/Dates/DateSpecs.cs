using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Dates;

/// <summary>A resolved date mention: the fields of <see cref="DateMention"/> that depend on the publication date.</summary>
internal readonly record struct Resolution(
    DateOnly? Date,
    DatePrecision Precision,
    bool IsRelative,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null);

/// <summary>A year as written (Explicit), as a distance from the publication year (Offset), or not given.</summary>
internal readonly record struct YearRef(int? Explicit, int? Offset)
{
    public static YearRef None => default;
    public static YearRef Of(int year) => new(year, null);
    public static YearRef Relative(int offset) => new(null, offset);

    public bool IsNone => Explicit is null && Offset is null;
}

/// <summary>What a mention means, independent of the publication date it is resolved against.</summary>
internal abstract record DateSpec
{
    public abstract Resolution Resolve(DateOnly? published);
}

/// <summary>A day of a month; without a year it is the latest such day not after publication.</summary>
internal sealed record DaySpec(int Day, int Month, YearRef Year) : DateSpec
{
    /// <summary>
    /// Written in figures with both numbers 12 or less ('5/12/2020'): read day first, as Arabic papers write it, but
    /// pages that copy an English layout write the month first. When the day-first reading falls after publication
    /// and the month-first one does not, a report cannot tell what has not happened yet: the month comes first.
    /// </summary>
    public bool MonthFirstPossible { get; init; }

    public override Resolution Resolve(DateOnly? published)
    {
        if (Year.Explicit is { } year)
        {
            var written = Calendar.TryDate(year, Month, Day);
            if (MonthFirstPossible && published is { } pub && written > pub && Calendar.TryDate(year, Day, Month) is { } monthFirst && monthFirst <= pub)
            {
                written = monthFirst;
            }
            return new(written, DatePrecision.Day, false);
        }
        if (published is not { } p)
        {
            return new(null, DatePrecision.Day, true);
        }
        if (Year.Offset is { } offset)
        {
            return new(Calendar.TryDate(p.Year + offset, Month, Day), DatePrecision.Day, true);
        }
        var date = Calendar.TryDate(p.Year, Month, Day);
        if (date is null || date > p)
        {
            date = Calendar.TryDate(p.Year - 1, Month, Day);
        }
        return new(date, DatePrecision.Day, true);
    }
}

/// <summary>
/// A day of a Hijri month ('26 شوال'): a day, left unresolved. Iraq begins its months by sighting the moon, so no table
/// gives the Gregorian day for sure, and the papers write it beside the Hijri one.
/// </summary>
internal sealed record HijriDaySpec : DateSpec
{
    public override Resolution Resolve(DateOnly? published) => new(null, DatePrecision.Day, true);
}

/// <summary>A day of the month MonthOffset months from publication's ('الخامس عشر من الشهر الجاري': offset 0).</summary>
internal sealed record DayOfRelativeMonthSpec(int Day, int MonthOffset) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        if (published is not { } p)
        {
            return new(null, DatePrecision.Day, true);
        }
        var month = p.AddMonths(MonthOffset);
        return new(Calendar.TryDate(month.Year, month.Month, Day), DatePrecision.Day, true);
    }
}

/// <summary>A month. Without a year: the latest such month not after publication, or the one a qualifier names.</summary>
internal sealed record MonthSpec(int Month, YearRef Year, Direction? Qualifier) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        var year = Year.Explicit ?? (published is { } p ? p.Year + (Year.Offset ?? YearOffset(p)) : null);
        if (year is null)
        {
            return new(null, DatePrecision.Month, true);
        }
        var start = new DateOnly(year.Value, Month, 1);
        return new(start, DatePrecision.Month, Year.Explicit is null, start, Calendar.Clip(Calendar.EndOfMonth(start), start, published));
    }

    private int YearOffset(DateOnly p) => Qualifier switch
    {
        Direction.Past => Month < p.Month ? 0 : -1,
        Direction.Future => Month > p.Month ? 0 : 1,
        _ => Month <= p.Month ? 0 : -1,
    };
}

/// <summary>
/// A year. Aside records a qualifier written next to an explicit year ('عام 2024 الجاري'); InWindow records that
/// the year is a tally window ('خلال عام 2024'). Both only serve publication-year inference.
/// </summary>
internal sealed record YearSpec(YearRef Year, Direction? Aside = null, bool InWindow = false) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        var year = Year.Explicit ?? (published is { } p && Year.Offset is { } offset ? p.Year + offset : null);
        if (year is null)
        {
            return new(null, DatePrecision.Year, true);
        }
        var start = new DateOnly(year.Value, 1, 1);
        return new(start, DatePrecision.Year, Year.Explicit is null, start, Calendar.Clip(new DateOnly(year.Value, 12, 31), start, published));
    }
}

/// <summary>A whole unit counted from publication: 'أمس' (day -1), 'الأسبوع الماضي', 'الشهر الماضي', 'قبل عامين'.</summary>
internal sealed record RelativeSpec(TimeUnit Unit, int Offset) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        if (published is not { } p)
        {
            return new(null, Calendar.PrecisionOf(Unit), true);
        }
        switch (Unit)
        {
            case TimeUnit.Day:
                return new(p.AddDays(Offset), DatePrecision.Day, true);
            case TimeUnit.Week:
                // 'الأسبوع الماضي' is the seven days before the week of publication; 'هذا الأسبوع' the seven up to it.
                var weekStart = Offset == 0 ? p.AddDays(-6) : p.AddDays(7 * Offset);
                return new(p.AddDays(7 * Offset), DatePrecision.Week, true, weekStart, Calendar.Clip(weekStart.AddDays(6), weekStart, p));
            case TimeUnit.Month:
                var month = p.AddMonths(Offset);
                var start = new DateOnly(month.Year, month.Month, 1);
                return new(start, DatePrecision.Month, true, start, Calendar.Clip(Calendar.EndOfMonth(start), start, p));
            default:
                return new YearSpec(YearRef.Relative(Offset)).Resolve(p);
        }
    }
}

/// <summary>
/// A weekday. Anchor is the day offset written with it ('أمس الأحد'): the weekday nearest that day wins, so a
/// publication date a day off does not move the event. Otherwise the latest such day on or before publication,
/// strictly before it with 'الماضي', strictly after it with 'المقبل'.
/// </summary>
internal sealed record WeekdaySpec(DayOfWeek Day, int? Anchor, Direction? Qualifier) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        if (published is not { } p)
        {
            return new(null, DatePrecision.Day, true);
        }
        return new(p.AddDays(DaysFrom(p)), DatePrecision.Day, true);
    }

    private int DaysFrom(DateOnly p)
    {
        if (Anchor is { } anchor)
        {
            var ahead = Calendar.DaysAhead(p.AddDays(anchor).DayOfWeek, Day);
            return anchor + (ahead > 3 ? ahead - 7 : ahead);
        }
        return Qualifier switch
        {
            Direction.Past => -(Calendar.DaysAhead(Day, p.DayOfWeek) is 0 ? 7 : Calendar.DaysAhead(Day, p.DayOfWeek)),
            Direction.Future => Calendar.DaysAhead(p.DayOfWeek, Day) is 0 ? 7 : Calendar.DaysAhead(p.DayOfWeek, Day),
            _ => -Calendar.DaysAhead(Day, p.DayOfWeek),
        };
    }
}

/// <summary>'منذ مطلع العام الجاري': from the start of a month or year up to publication.</summary>
internal sealed record SinceSpec(DateSpec From) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        var from = From.Resolve(published);
        var start = from.PeriodStart ?? from.Date;
        return start is null
            ? new(null, from.Precision, true)
            : new(start, from.Precision, true, start, published);
    }
}

/// <summary>'الأشهر الستة الماضية', 'خلال ستة أشهر': Count units back from publication, up to publication.</summary>
internal sealed record LookbackSpec(TimeUnit Unit, int Count) : DateSpec
{
    public override Resolution Resolve(DateOnly? published)
    {
        if (published is not { } p)
        {
            return new(null, Calendar.PrecisionOf(Unit), true);
        }
        var start = Calendar.Subtract(p, Unit, Count);
        return new(start, Calendar.PrecisionOf(Unit), true, start, p);
    }

    /// <summary>The window's length in days at its shortest (a month of 28 days, a year of 365), with no publication date.</summary>
    public int ShortestDays => Unit switch
    {
        TimeUnit.Day => Count,
        TimeUnit.Week => 7 * Count,
        TimeUnit.Month => 28 * Count,
        _ => 365 * Count,
    };
}

internal static class Calendar
{
    /// <summary>The largest day a month can have in any year, so that '29 شباط' reads without a year.</summary>
    public static int MaxDay(int month) => DateTime.DaysInMonth(2024, month);

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly EndOfMonth(DateOnly start) => start.AddMonths(1).AddDays(-1);

    /// <summary>The end of a period, cut at publication when publication falls inside it.</summary>
    public static DateOnly Clip(DateOnly end, DateOnly start, DateOnly? published) =>
        published is { } p && p >= start && p < end ? p : end;

    /// <summary>Days from one weekday forward to another, 0..6.</summary>
    public static int DaysAhead(DayOfWeek from, DayOfWeek to) => ((int)to - (int)from + 7) % 7;

    public static DateOnly Subtract(DateOnly date, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => date.AddDays(-count),
        TimeUnit.Week => date.AddDays(-7 * count),
        TimeUnit.Month => date.AddMonths(-count),
        _ => date.AddYears(-count),
    };

    public static DatePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => DatePrecision.Day,
        TimeUnit.Week => DatePrecision.Week,
        TimeUnit.Month => DatePrecision.Month,
        _ => DatePrecision.Year,
    };
}
