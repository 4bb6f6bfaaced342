namespace OpsTracker.Core.Extraction.Dates;

/// <summary>Calendar dates: days, months and years as written.</summary>
internal sealed partial class DateScanner
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    /// <summary>'12/4/2021' (day first), '8/18/2021' (month first when the day cannot be a month), '2021-04-12'.</summary>
    private DateHit? ParseNumericDate(int i)
    {
        if (!IsSymbolIn(i + 1, "/-.") || !IsNumber(i) || !IsNumber(i + 2) || !IsNumber(i + 4))
        {
            return null;
        }
        var separator = _tokens[i + 1].Text[0];
        if (!IsSymbol(i + 3, separator) || !Glued(i + 1) || !Glued(i + 2) || !Glued(i + 3) || !Glued(i + 4))
        {
            return null;
        }
        // '1/2/2021/5' or '3.12.2020.4' is something else.
        if (Glued(i) && IsSymbolIn(i - 1, "/-.:") || Glued(i + 5) && IsSymbolIn(i + 5, "/-.:") && IsNumber(i + 6))
        {
            return null;
        }
        return OrderNumericDate(_tokens[i], _tokens[i + 2], _tokens[i + 4]) is { } date
            ? Hit(i, i + 5, DateMentionKind.Absolute, new DaySpec(date.Day, date.Month, YearRef.Of(date.Year))
            {
                MonthFirstPossible = _tokens[i + 4].Text.Length == 4 && date.Day <= 12 && date.Day != date.Month,
            })
            : null;
    }

    /// <summary>
    /// 'يوم 15/5', 'بتاريخ 3/1': a day and month without a year, read day first as Iraqi papers write them, and only
    /// after a word that makes them a date (lexicon numericDayMonthCues): alone, '4/1' is as often an article of a
    /// law ('المادة 4/1 إرهاب') or a fraction. The year is the latest that puts the day on or before publication.
    /// </summary>
    private DateHit? ParseNumericDayMonth(int i)
    {
        if (!IsNumber(i, 1, 2, 1, 31, out var day) || !IsSymbol(i + 1, '/') || !Glued(i + 1) || !Glued(i + 2)
            || !IsNumber(i + 2, 1, 2, 1, 12, out var month))
        {
            return null;
        }
        // Part of a longer numeric expression ('15/5/2023' is ParseNumericDate's, '1/15/5' nobody's).
        if (Glued(i + 3) && IsSymbolIn(i + 3, "/-.:") || Glued(i) && IsSymbolIn(i - 1, "/-.:"))
        {
            return null;
        }
        if (!Precedes(_lexicon.NumericDayMonthCues, i) || day > Calendar.MaxDay(month))
        {
            return null;
        }
        return Hit(i, i + 3, DateMentionKind.DayMonth, new DaySpec(day, month, YearRef.None));
    }

    /// <summary>
    /// '26 شوال', 'العاشر من رمضان 1444 هـ', '3 ذي الحجة 1445 للهجرة': a day of a Hijri month (lexicon hijriMonths), with
    /// its year and mark if written. A date, so its numbers are no counts; left unresolved (<see cref="HijriDaySpec"/>).
    /// </summary>
    private DateHit? ParseHijriDate(int i)
    {
        int day;
        int at;
        if (Match(_lexicon.OrdinalDays, i, out day, out var ordinalEnd))
        {
            if (!Match(_lexicon.Of, ordinalEnd, out at))
            {
                return null;
            }
        }
        else
        {
            var end0 = DayNumber(i, out day);
            if (end0 < 0)
            {
                return null;
            }
            at = Match(_lexicon.Of, end0, out var ofEnd) ? ofEnd : end0;
        }
        if (day > HijriMonthMaxDay || !Match(_lexicon.HijriMonths, at, out _, out var end))
        {
            return null;
        }
        if (IsNumber(end, 4, 4, HijriMinYear, HijriMaxYear, out _))
        {
            end++;
        }
        if (Match(_lexicon.HijriYearMarks, end, out var markEnd))
        {
            end = markEnd;
        }
        return Hit(i, end, DateMentionKind.DayMonth, new HijriDaySpec());
    }

    private const int HijriMonthMaxDay = 30;
    private const int HijriMinYear = 1300;
    private const int HijriMaxYear = 1500;

    private static DateOnly? OrderNumericDate(DateToken a, DateToken b, DateToken c)
    {
        int year, month, day;
        if (a.Text.Length == 4 && b.Text.Length <= 2 && c.Text.Length <= 2)
        {
            (year, month, day) = (a.Value, b.Value, c.Value);
        }
        else if (c.Text.Length == 4 && a.Text.Length <= 2 && b.Text.Length <= 2)
        {
            // Arabic reports write the day first; only a second number above 12 makes it month first.
            (year, month, day) = b.Value <= 12 ? (c.Value, b.Value, a.Value) : (c.Value, a.Value, b.Value);
        }
        else
        {
            return null;
        }
        return year is >= MinYear and <= MaxYear ? Calendar.TryDate(year, month, day) : null;
    }

    /// <summary>
    /// A day then a month: '6 كانون الثاني / يناير', '12/ابريل/2021', 'العاشر من كانون الثاني', '14th, march 2025';
    /// or the English order 'february 20, 2021'.
    /// </summary>
    private DateHit? ParseTextDate(int i)
    {
        var monthAt = DayBeforeMonth(i, out var day);
        if (monthAt < 0)
        {
            return ParseMonthDayYear(i) ?? FirstDayOfARange(i);
        }
        // The day itself shows that an ambiguous month name ('اب', 'مارس') is a month.
        var end = MonthSlot(monthAt, out var month, out _);
        if (end < 0)
        {
            return DayOfRelativeMonth(i, monthAt, day) ?? FirstDayOfARange(i);
        }
        if (day > Calendar.MaxDay(month))
        {
            return null;
        }
        var yearEnd = YearPart(end, out var year);
        if (yearEnd >= 0)
        {
            end = yearEnd;
        }
        else if (Match(_lexicon.Qualifiers, end, out var qualifier, out var qualifierEnd) && qualifier != Direction.Future)
        {
            // '11 نيسان الماضي' and '5 آذار الحالي' read like '11 نيسان': the latest one before publication.
            end = qualifierEnd;
        }
        var kind = year.Explicit is null ? DateMentionKind.DayMonth : DateMentionKind.Absolute;
        return Hit(i, end, kind, new DaySpec(day, month, year));
    }

    /// <summary>
    /// 'الخامس عشر من الشهر الجاري', 'يوم 18 من الشهر الحالي', '3 من الشهر الماضي': a day of the month named by its
    /// distance from publication, read as a day rather than as the month alone.
    /// </summary>
    private DateHit? DayOfRelativeMonth(int i, int at, int day)
    {
        if (Match(_lexicon.Of, at, out var ofEnd))
        {
            at = ofEnd;
        }
        var end = RelativeUnit(_lexicon.DefiniteMonthNouns, at, out var offset);
        return end >= 0 ? Hit(i, end, DateMentionKind.Relative, new DayOfRelativeMonthSpec(day, offset)) : null;
    }

    /// <summary>'بين', which opens a range as 'من' and 'منذ' do ('بين 12 و15 آذار'), normalised as tokens are.</summary>
    private static readonly string Between = Text.ArabicNormalizer.NormalizeTerm("بين");

    /// <summary>
    /// 'منذ الخامس ولغاية السابع من الشهر الجاري'، 'من 12 إلى 15 آذار': the first day of a range
    /// (opened by 'من'، 'منذ'، 'بين', joined by a range connector, lexicon rangeConnectors) leaves its month unsaid: it
    /// is the month of the day that closes the range. Read as that month's day, so the range's start is a date.
    /// </summary>
    private DateHit? FirstDayOfARange(int i)
    {
        if (!(Precedes(_lexicon.Since, i) || Precedes(_lexicon.Of, i) || IsWord(i - 1) && _tokens[i - 1].Text == Between))
        {
            return null;
        }
        int day;
        int end;
        if (!Match(_lexicon.OrdinalDays, i, out day, out end))
        {
            end = DayNumber(i, out day);
            if (end < 0)
            {
                return null;
            }
        }
        if (!Match(_lexicon.RangeConnectors, end, out var next) || DayBeforeMonth(next, out _) < 0 || ParseTextDate(next) is not { } last)
        {
            return null;
        }
        return last.Spec switch
        {
            DaySpec d when day <= d.Day => Hit(i, end, last.Kind, d with { Day = day }),
            DayOfRelativeMonthSpec r when day <= r.Day => Hit(i, end, last.Kind, r with { Day = day }),
            _ => null,
        };
    }

    /// <summary>The token where a month must start after a day number or ordinal at i, else -1.</summary>
    private int DayBeforeMonth(int i, out int day)
    {
        // An ordinal needs 'من': 'الأول ديسمبر' is more likely the tail of 'كانون الأول ديسمبر'.
        if (Match(_lexicon.OrdinalDays, i, out day, out var end))
        {
            return Match(_lexicon.Of, end, out var ofEnd) ? ofEnd : -1;
        }
        end = DayNumber(i, out day);
        if (end < 0)
        {
            return -1;
        }
        if (IsSymbolIn(end, "/-,"))
        {
            return end + 1;
        }
        // '15 من أيار', 'الـ15 من أيار/مايو': 'من' may stand between a day number and its month as after an ordinal.
        return Match(_lexicon.Of, end, out var monthAt) && MonthSlot(monthAt, out _, out _) >= 0 ? monthAt : end;
    }

    /// <summary>'february 20, 2021': month, day and year; only with the year, which makes the order safe.</summary>
    private DateHit? ParseMonthDayYear(int i)
    {
        var dayAt = MonthSlot(i, out var month, out _);
        var day = 0;
        var end = dayAt < 0 ? -1 : DayNumber(dayAt, out day);
        if (end < 0)
        {
            return null;
        }
        if (IsSymbol(end, ','))
        {
            end++;
        }
        return IsYear(end, out var year) && Calendar.TryDate(year, month, day) is not null
            ? Hit(i, end + 1, DateMentionKind.Absolute, new DaySpec(day, month, YearRef.Of(year)))
            : null;
    }

    /// <summary>A day of the month, 1..31, with an optional Latin ordinal suffix ('14th'). Returns the end or -1.</summary>
    private int DayNumber(int i, out int day)
    {
        if (!IsNumber(i, 1, 2, 1, 31, out day) || InNumberChain(i))
        {
            return -1;
        }
        var end = i + 1;
        return IsWord(end) && Glued(end) && _lexicon.OrdinalSuffixes.Contains(_tokens[end].Text) ? end + 1 : end;
    }

    /// <summary>
    /// A month name, after an optional 'شهر' and with its optional twin in the other calendar: 'كانون الثاني /
    /// يناير', 'ديسمبر (كانون الأول)'. Strict is true for an ambiguous name standing alone. Returns the end or -1.
    /// </summary>
    private int MonthSlot(int i, out int month, out bool strict)
    {
        month = 0;
        strict = false;
        var hasNoun = Match(_lexicon.MonthNouns, i, out var nameAt);
        if (!hasNoun)
        {
            nameAt = i;
        }
        if (!Match(_lexicon.Months, nameAt, out var name, out var end))
        {
            return -1;
        }
        month = name.Month;
        var twinEnd = TwinMonth(end, month);
        strict = name.Strict && !hasNoun && twinEnd < 0;
        return twinEnd < 0 ? end : twinEnd;
    }

    /// <summary>The same month's other name after '/', '-', a space, or in brackets. Returns the end or -1.</summary>
    private int TwinMonth(int i, int month)
    {
        var at = IsSymbolIn(i, "/-") ? i + 1 : i;
        if (Match(_lexicon.Months, at, out var twin, out var end) && twin.Month == month)
        {
            return end;
        }
        if (IsSymbol(i, '(') && Match(_lexicon.Months, i + 1, out twin, out end) && twin.Month == month && IsSymbol(end, ')'))
        {
            return end + 1;
        }
        return -1;
    }

    /// <summary>
    /// The year after a month: '2021', '/2021', '، 2021', 'من عام 2017', 'عام 2017', 'من العام المنصرم', 'من هذا
    /// العام'. Returns the end or -1.
    /// </summary>
    private int YearPart(int i, out YearRef year)
    {
        year = YearRef.None;
        var at = IsSymbolIn(i, "/-,") ? i + 1 : i;
        if (IsYear(at, out var written))
        {
            year = YearRef.Of(written);
            return at + 1;
        }
        at = Match(_lexicon.Of, i, out var ofEnd) ? ofEnd : i;
        if (Match(_lexicon.YearNouns, at, out var nounEnd) && IsYear(nounEnd, out written))
        {
            year = YearRef.Of(written);
            return nounEnd + 1;
        }
        var end = RelativeYear(at, out var offset);
        if (end >= 0)
        {
            year = YearRef.Relative(offset);
        }
        return end;
    }

    /// <summary>A four-digit year in range that is not part of a clock, range or numeric date.</summary>
    private bool IsYear(int i, out int year) => IsNumber(i, 4, 4, MinYear, MaxYear, out year) && !InNumberChain(i);

    /// <summary>'في أكتوبر 2024', 'منتصف ديسمبر', 'تشرين الأول / أكتوبر من العام المنصرم', 'أيار الماضي'.</summary>
    private DateHit? ParseMonth(int i)
    {
        var hasPart = Match(_lexicon.PartOfPeriod, i, out var monthAt);
        var end = MonthSlot(hasPart ? monthAt : i, out var month, out var strict);
        if (end < 0)
        {
            return null;
        }
        end = YearOrQualifier(end, pastOnly: false, out var year, out var qualifier);
        // 'آب' (father) and 'مارس' (practised) need something that shows they are months.
        if (strict && !hasPart && year.IsNone && qualifier is null)
        {
            return null;
        }
        var kind = year.IsNone ? DateMentionKind.Month : DateMentionKind.MonthYear;
        return Hit(i, end, kind, new MonthSpec(month, year, qualifier));
    }

    /// <summary>
    /// What may follow a month's name: its year ('أيار 2023'), else a qualifier ('الماضي'، 'المقبل'; with
    /// <paramref name="pastOnly"/> no future one); returns the end past what was read.
    /// </summary>
    private int YearOrQualifier(int end, bool pastOnly, out YearRef year, out Direction? qualifier)
    {
        qualifier = null;
        var yearEnd = YearPart(end, out year);
        if (yearEnd >= 0)
        {
            return yearEnd;
        }
        if (Match(_lexicon.Qualifiers, end, out var q, out var qualifierEnd) && !(pastOnly && q == Direction.Future))
        {
            qualifier = q;
            return qualifierEnd;
        }
        return end;
    }

    /// <summary>'عام 2024', 'العام 2022', 'لعام 2024', 'عام 2024 الجاري', 'مطلع 2024', 'صيف 2014'.</summary>
    private DateHit? ParseNounYear(int i)
    {
        var hasPart = Match(_lexicon.PartOfPeriod, i, out var at);
        if (!hasPart)
        {
            at = i;
        }
        if (Match(_lexicon.YearNouns, at, out var nounEnd))
        {
            at = nounEnd;
        }
        else if (!hasPart)
        {
            return null;
        }
        return IsYear(at, out var year) ? YearHit(i, at + 1, year) : null;
    }

    /// <summary>
    /// A four-digit year without a noun: 'منذ 2014', 'في 2017،', 'بين 2014 و2017', '2024 الحالي'. After a weak
    /// cue ('إلى 2000') a following word makes it a count instead.
    /// </summary>
    private DateHit? ParseBareYear(int i)
    {
        if (!IsYear(i, out var year) || Precedes(_lexicon.ClockWords, i))
        {
            return null;
        }
        var isYear = Match(_lexicon.Qualifiers, i + 1)
            || Precedes(_lexicon.StrongYearCues, i)
            || Precedes(_lexicon.WeakYearCues, i) && (!IsWord(i + 1) || StartsYearRange(i + 1))
            || Precedes(_lexicon.RangeConnectors, i) && IsYear(i - 2, out _);
        return isYear ? YearHit(i, i + 1, year) : null;
    }

    /// <summary>True at 'حتى 2017' or 'و 2015' following a year.</summary>
    private bool StartsYearRange(int i) => Match(_lexicon.RangeConnectors, i, out var end) && IsYear(end, out _);

    /// <summary>A written year ending at end, with a qualifier after it when there is one ('2024 الجاري').</summary>
    private DateHit YearHit(int start, int end, int year)
    {
        Direction? aside = null;
        if (Match(_lexicon.Qualifiers, end, out var qualifier, out var qualifierEnd))
        {
            aside = qualifier;
            end = qualifierEnd;
        }
        return Hit(start, end, DateMentionKind.Year, new YearSpec(YearRef.Of(year), aside, Precedes(_lexicon.During, start)));
    }
}
