namespace OpsTracker.Core.Extraction.Dates;

/// <summary>Dates counted from publication: weekdays, yesterday, last month, windows and 'ago'.</summary>
internal sealed partial class DateScanner
{
    private const int MaxCount = 999;

    /// <summary>
    /// A day around publication, with an optional time of day and 'يوم': 'يوم الثلاثاء', 'الاثنين الماضي', 'ليل أمس
    /// الأحد', 'فجر اليوم', 'يوم غد الاثنين'. A date that follows a weekday joins it: 'الثلاثاء 6 أبريل 2021',
    /// 'الاثنين، 20 تشرين الثاني/نوفمبر', 'اليوم الخميس (9 آذار 2023)'.
    /// </summary>
    private DateHit? ParseDayPhrase(int i)
    {
        var at = Match(_lexicon.TimesOfDay, i, out var end) ? end : i;
        var lead = at > i;
        if (Match(_lexicon.DayNouns, at, out end))
        {
            (at, lead) = (end, true);
        }
        int? anchor = null;
        if (Match(_lexicon.DayOffsets, at, out var offset, out end) && !(offset == 0 && Match(_lexicon.TodayBlockers, end)))
        {
            (anchor, at) = (offset, end);
        }
        DayOfWeek? weekday = null;
        if (Match(_lexicon.Weekdays, at, out var day, out end) && !Match(_lexicon.WeekdayBlockers, end)
            && !(at == i && anchor is null && IsNumeralAfterItsNoun(i) && !Match(_lexicon.Qualifiers, end)))
        {
            (weekday, at) = (day, end);
        }
        Direction? qualifier = null;
        if (weekday is not null && anchor is null && Match(_lexicon.Qualifiers, at, out var q, out end) && q != Direction.Current)
        {
            (qualifier, at) = (q, end);
        }
        if ((weekday is not null || lead) && DateAfter(at) is { } date)
        {
            return Hit(i, date.EndToken, date.Kind, date.Spec);
        }
        if (weekday is { } named)
        {
            return Hit(i, at, DateMentionKind.Weekday, new WeekdaySpec(named, anchor, qualifier));
        }
        return anchor is { } days ? Hit(i, at, DateMentionKind.Relative, new RelativeSpec(TimeUnit.Day, days)) : null;
    }

    /// <summary>
    /// "مقتل الإرهابيين الاثنين": a weekday name that is also a numeral, standing alone right after a definite word
    /// with a dual or plural ending, is the numeral agreeing with that noun ("the two"), not Monday. "اليوم الاثنين",
    /// "مساء الاثنين" and "يوم الاثنين" are read before this (a day noun, a time of day or an offset leads them), and
    /// "الاثنين الماضي" stays a weekday.
    /// </summary>
    private bool IsNumeralAfterItsNoun(int i)
    {
        if (!Match(_lexicon.NumeralWeekdays, i) || !IsWord(i - 1) || Glued(i))
        {
            return false;
        }
        var noun = _tokens[i - 1].Text;
        var definite = Text.Article.Begins(noun) || Text.Article.FollowsWa(noun);
        return definite && noun.Length >= Rules.AssemblerLimits.NumeralNounMinLetters
            && (noun.EndsWith("ين", StringComparison.Ordinal) || noun.EndsWith("ان", StringComparison.Ordinal));
    }

    /// <summary>A full or day-month date right after a weekday, after an optional comma or inside brackets.</summary>
    private DateHit? DateAfter(int i)
    {
        var bracketed = IsSymbol(i, '(');
        var at = bracketed || IsSymbol(i, ',') ? i + 1 : i;
        var date = ParseNumericDate(at) ?? ParseTextDate(at);
        if (date is not { } d || d.Kind is not (DateMentionKind.Absolute or DateMentionKind.DayMonth))
        {
            return null;
        }
        if (!bracketed)
        {
            return d;
        }
        return IsSymbol(d.EndToken, ')') ? d with { EndToken = d.EndToken + 1 } : null;
    }

    /// <summary>
    /// 'العام الماضي', 'السنة الحالية', 'هذا العام', 'مطلع العام الحالي'; with a written year after it, that
    /// year: 'العام الماضي 2022'.
    /// </summary>
    private DateHit? ParseRelativeYear(int i)
    {
        var at = Match(_lexicon.PartOfPeriod, i, out var partEnd) ? partEnd : i;
        var end = RelativeYear(at, out var offset);
        if (end < 0)
        {
            return null;
        }
        if (IsYear(end, out var year))
        {
            return Hit(i, end + 1, DateMentionKind.Year, new YearSpec(YearRef.Of(year), (Direction)offset, Precedes(_lexicon.During, i)));
        }
        return Hit(i, end, DateMentionKind.Relative, new YearSpec(YearRef.Relative(offset)));
    }

    /// <summary>A year named by its distance from publication. Returns the end or -1.</summary>
    private int RelativeYear(int i, out int offset)
    {
        offset = 0;
        if (Match(_lexicon.This, i, out var thisEnd) && Match(_lexicon.DefiniteYearNouns, thisEnd, out var end))
        {
            return end;
        }
        if (Match(_lexicon.DefiniteYearNouns, i, out var nounEnd) && Match(_lexicon.Qualifiers, nounEnd, out var q, out end))
        {
            offset = (int)q;
            return end;
        }
        return -1;
    }

    /// <summary>'الشهر الماضي', 'منتصف الشهر الجاري', 'هذا الشهر', 'الأسبوع الماضي'.</summary>
    private DateHit? ParseRelativeMonthOrWeek(int i)
    {
        var at = Match(_lexicon.PartOfPeriod, i, out var partEnd) ? partEnd : i;
        var end = RelativeUnit(_lexicon.DefiniteMonthNouns, at, out var offset);
        if (end >= 0)
        {
            return Hit(i, end, DateMentionKind.Relative, new RelativeSpec(TimeUnit.Month, offset));
        }
        end = RelativeUnit(_lexicon.WeekNouns, i, out offset);
        return end >= 0 ? Hit(i, end, DateMentionKind.Relative, new RelativeSpec(TimeUnit.Week, offset)) : null;
    }

    /// <summary>'هذا الشهر' or 'الشهر' + qualifier for a unit noun table. Returns the end or -1.</summary>
    private int RelativeUnit(PhraseTable<string> nouns, int i, out int offset)
    {
        offset = 0;
        if (Match(_lexicon.This, i, out var thisEnd) && Match(nouns, thisEnd, out var end))
        {
            return end;
        }
        if (Match(nouns, i, out var nounEnd) && Match(_lexicon.Qualifiers, nounEnd, out var q, out end))
        {
            offset = (int)q;
            return end;
        }
        return -1;
    }

    /// <summary>
    /// 'منذ مطلع العام الجاري', 'منذ بداية العام', 'منذ بداية عام 2024', 'منذ مطلع الشهر الجاري', 'منذ بداية
    /// تشرين الأول', 'منذ تشرين الأول': from the start of a year or month up to publication.
    /// </summary>
    private DateHit? ParseSince(int i)
    {
        if (!Match(_lexicon.Since, i, out var at))
        {
            return null;
        }
        if (!Match(_lexicon.StartOfPeriod, at, out var startEnd))
        {
            return SinceNamedMonth(i, at) ?? SinceCountedUnits(i, at);
        }
        at = startEnd;
        if (SinceYear(at) is { } year)
        {
            return Hit(i, year.End, DateMentionKind.Period, new SinceSpec(year.Spec));
        }
        return SinceMonth(at) is { } month ? Hit(i, month.End, DateMentionKind.Period, new SinceSpec(month.Spec)) : null;
    }

    /// <summary>
    /// 'منذ كانون الثاني الماضي', 'منذ شهر آذار', 'منذ أيار 2023': since a named month is from its first day up to
    /// publication, as 'منذ بداية' with it. A bare year stays a year ('مطلوب منذ 2014' tells when, not a window).
    /// </summary>
    private DateHit? SinceNamedMonth(int i, int at)
    {
        var end = MonthSlot(at, out var month, out _);
        if (end < 0)
        {
            return null;
        }
        // 'منذ كانون الثاني الماضي': the latest such month before publication; a window opens in the past only.
        end = YearOrQualifier(end, pastOnly: true, out var year, out var qualifier);
        return Hit(i, end, DateMentionKind.Period, new SinceSpec(new MonthSpec(month, year, qualifier)));
    }

    /// <summary>
    /// 'منذ 3 أيام', 'منذ ثلاثة أشهر', 'منذ يومين': since a count of units back is the window from then up to publication,
    /// as 'خلال الأيام الثلاثة الماضية' is. Not a single unit ('منذ عام 2014' names a year) and not one counted from
    /// something else ('منذ يومين من الهجوم').
    /// </summary>
    private DateHit? SinceCountedUnits(int i, int at)
    {
        var end = CountedUnit(at, out var unit, out var count);
        return end < 0 || Match(_lexicon.AgoBlockers, end) ? null : Hit(i, end, DateMentionKind.Period, new LookbackSpec(unit, count));
    }

    /// <summary>The year 'منذ بداية' opens: written, relative, or just 'العام' (this year).</summary>
    private (int End, DateSpec Spec)? SinceYear(int i)
    {
        var at = Match(_lexicon.YearNouns, i, out var nounEnd) ? nounEnd : i;
        if (IsYear(at, out var year))
        {
            return (at + 1, new YearSpec(YearRef.Of(year)));
        }
        var end = RelativeYear(i, out var offset);
        if (end >= 0)
        {
            return (end, new YearSpec(YearRef.Relative(offset)));
        }
        return Match(_lexicon.DefiniteYearNouns, i, out end) ? (end, new YearSpec(YearRef.Relative(0))) : null;
    }

    /// <summary>The month 'منذ بداية' opens: relative, named, or just 'الشهر' (this month).</summary>
    private (int End, DateSpec Spec)? SinceMonth(int i)
    {
        var end = RelativeUnit(_lexicon.DefiniteMonthNouns, i, out var offset);
        if (end >= 0)
        {
            return (end, new RelativeSpec(TimeUnit.Month, offset));
        }
        end = MonthSlot(i, out var month, out _);
        if (end >= 0)
        {
            var yearEnd = YearPart(end, out var year);
            return (yearEnd >= 0 ? yearEnd : end, new MonthSpec(month, year, null));
        }
        return Match(_lexicon.DefiniteMonthNouns, i, out end) ? (end, new RelativeSpec(TimeUnit.Month, 0)) : null;
    }

    /// <summary>
    /// A window ending at publication: 'الأشهر الستة الماضية', 'طوال الـ 4 أشهر الماضية', 'العامين الماضيين',
    /// 'خلال ستة أشهر'. Without a closing 'الماضية' it needs 'خلال', must not be measured from something else
    /// ('خلال ستة أشهر من بدء العملية') and must not look ahead ('المقبلة').
    /// </summary>
    private DateHit? ParseLookback(int i)
    {
        var during = Match(_lexicon.During, i, out var at);
        var end = CountedUnit(during ? at : i, out var unit, out var count);
        // 'خلال الأشهر الأربعة الأولى من هذا العام': the first months of the year, no window back from publication.
        if (end < 0 || Match(_lexicon.FirstPartOrdinals, end))
        {
            return null;
        }
        if (Match(_lexicon.LookbackQualifiers, end, out var qualifierEnd))
        {
            end = qualifierEnd;
        }
        else if (!during || Match(_lexicon.AgoBlockers, end) || Match(_lexicon.Qualifiers, end, out var direction, out _) && direction == Direction.Future)
        {
            // 'خلال الأشهر الستة المقبلة' looks ahead: not a window the report can count.
            return null;
        }
        return Hit(i, end, DateMentionKind.Period, new LookbackSpec(unit, count));
    }

    /// <summary>Hours in a day: a window of hours longer than a bulletin's counts whole days back.</summary>
    private const int HoursPerDay = 24;

    /// <summary>
    /// 'خلال الساعات الـ24 الماضية', 'خلال الـ48 ساعة الماضية', 'خلال 24 ساعة', 'في الساعات الـ24 الأخيرة': a window
    /// of hours back from the announcement is, like 'الساعات الماضية', the day of publication (an analyst dates a
    /// bulletin's just-finished operations by it), a day and not a period, so its count is no tally's and its number
    /// no figure. Without 'خلال' the window must be closed by 'الماضية' or 'الأخيرة'; a window longer than
    /// <see cref="Rules.AssemblerLimits.HoursWindowMaxHours"/> ('خلال الساعات الـ72 الماضية') is a window of days back.
    /// </summary>
    private DateHit? ParseHoursWindow(int i)
    {
        var during = Match(_lexicon.During, i, out var at);
        if (!during)
        {
            at = i;
        }
        int hours;
        int end;
        if (Count(IsArticle(at) ? at + 1 : at, out hours, out var nounAt) && Match(_lexicon.HourNouns, nounAt, out end))
        {
            // 'الـ48 ساعة'
        }
        else if (Match(_lexicon.HourNouns, at, out var countAt) && Count(IsArticle(countAt) ? countAt + 1 : countAt, out hours, out end))
        {
            // 'الساعات الـ24'
        }
        else
        {
            return null;
        }
        if (Match(_lexicon.LookbackQualifiers, end, out var qualifierEnd))
        {
            end = qualifierEnd;
        }
        else if (!during)
        {
            return null;
        }
        // 'خلال الساعات الـ72 الماضية': longer, the hours count whole days back, a window like 'الأيام الثلاثة الماضية'.
        return hours <= Rules.AssemblerLimits.HoursWindowMaxHours
            ? Hit(i, end, DateMentionKind.Relative, new RelativeSpec(TimeUnit.Day, 0))
            : Hit(i, end, DateMentionKind.Period, new LookbackSpec(TimeUnit.Day, (hours + HoursPerDay - 1) / HoursPerDay));
    }

    /// <summary>'قبل يومين', 'قبل ثلاثة أيام', 'قبل 3 أسابيع', 'قبل شهر'; not 'قبل يومين من الهجوم'.</summary>
    private DateHit? ParseAgo(int i)
    {
        if (!Match(_lexicon.Ago, i, out var at))
        {
            return null;
        }
        var end = CountedUnit(at, out var unit, out var count);
        if (end < 0)
        {
            // 'قبل يوم', 'قبل أسبوع': a single unit, but not 'قبل اليوم' (before today).
            if (!Match(_lexicon.Units, at, out var single, out end) || single.Count != 1 || Text.Article.Begins(_tokens[at].Text))
            {
                return null;
            }
            (unit, count) = (single.Unit, 1);
        }
        return Match(_lexicon.AgoBlockers, end) ? null : Hit(i, end, DateMentionKind.Relative, new RelativeSpec(unit, -count));
    }

    /// <summary>
    /// A count of units: '6 أشهر', 'الـ 6 أشهر', 'ستة أشهر', 'الأشهر الستة', 'يومين', 'العامين'. Returns the end or -1.
    /// </summary>
    private int CountedUnit(int i, out TimeUnit unit, out int count)
    {
        unit = TimeUnit.Day;
        count = 0;
        var at = IsArticle(i) ? i + 1 : i;
        if (Count(at, out count, out var unitAt) && Match(_lexicon.Units, unitAt, out var word, out var end) && word.Count != 2)
        {
            unit = word.Unit;
            return end;
        }
        if (!Match(_lexicon.Units, i, out word, out end))
        {
            return -1;
        }
        unit = word.Unit;
        if (word.Count == 2)
        {
            count = 2;
            return end;
        }
        // 'الأشهر الستة': the plural first, then the count.
        return word.Count is null && Match(_lexicon.NumberWords, end, out count, out var countEnd) ? countEnd : -1;
    }

    /// <summary>A count as digits or as a number word. End is the token after it.</summary>
    private bool Count(int i, out int count, out int end)
    {
        if (IsNumber(i, 1, 3, 1, MaxCount, out count) && !InNumberChain(i))
        {
            end = i + 1;
            return true;
        }
        return Match(_lexicon.NumberWords, i, out count, out end);
    }
}
