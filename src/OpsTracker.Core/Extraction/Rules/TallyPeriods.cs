using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The period a tally covers: spans of years or months, a part of a year ("النصف الأول من"), the period nearest a
/// figure, or one named just before. Holds only the lexicon: safe to share.
/// </summary>
internal sealed class TallyPeriods(ExtractionLexicon lexicon)
{
    /// <summary>
    /// The period of a tally: the span of the years or months the sentence names, else the period nearest its first
    /// figure (<paramref name="at"/>) when the sentence holds several tallies, else the one a sentence just before names.
    /// </summary>
    /// <param name="figureLast">The last token of the tally's first figure, when the sentence holds several tallies: a
    /// period told right after it ("962 متهما خلال عام 2019") is its own, whatever period stands nearer before it.</param>
    public void SetPeriod(ReportText report, Sentence sentence, TallyDraft draft, TallyAnnouncement announcement, bool single, int at, int figureLast = -1)
    {
        var periods = announcement.Periods;
        var period = single
            ? periods.FirstOrDefault()
            : PeriodRightAfter(report, periods, figureLast) ?? periods.OrderBy(m => Math.Abs(m.Start - at)).FirstOrDefault();
        draft.HasOwnPeriod = period is not null;
        period ??= announcement.Inherited;
        var months = periods.Where(m => m.Precision == DatePrecision.Month && m.Date is not null).OrderBy(m => m.Start).ToList();
        var years = periods.Where(m => m.Precision == DatePrecision.Year && m.Kind == DateMentionKind.Year && m.Date is not null)
            .Select(m => m.Date!.Value.Year).Concat(RangeYears(report, sentence)).Distinct().ToList();
        // "خلال عام 2020 مقارنة بعام 2019" compares two years; it spans neither.
        if (single && years.Count >= 2 && !report.Has(lexicon.ComparisonCues, sentence))
        {
            // "منذ عام 2017 ولغاية عام 2020", "خلال عامي 2019 و2020": from the first year to the end of the last.
            draft.PeriodStart = new DateOnly(years.Min(), 1, 1);
            draft.PeriodEnd = new DateOnly(years.Max(), 12, 31);
        }
        else if (single && months.Count >= 2 && !periods.Any(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year))
        {
            // "خلال الفترة من كانون الثاني ولغاية حزيران 2023": from the first month to the end of the last.
            var last = months[^1].Date!.Value;
            draft.PeriodStart = months[0].Date;
            draft.PeriodEnd = new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month));
        }
        else if (single && period is null && DayRange(report, sentence) is { } days)
        {
            // "للفترة من 23 – 29 تموز 2021": a week's tally, from the first day to the dated last one.
            (draft.PeriodStart, draft.PeriodEnd, draft.HasOwnPeriod) = (days.Start, days.End, true);
        }
        else if (single && period is null && DaySpan(report, sentence) is { Start: { } from, End: { } to } && from < to)
        {
            // "بين 23 تشرين الثاني و9 كانون الأول": from the first dated day to the second.
            (draft.PeriodStart, draft.PeriodEnd, draft.HasOwnPeriod) = (from, to, true);
        }
        else if (period is not null)
        {
            (draft.PeriodStart, draft.PeriodEnd) = PeriodOf(period);
            // "منذ بداية العام الحالي ولغاية نهاية أيار الماضي": the month a word of 'until' opens after the period is
            // where it ends, not the day of publication.
            if (single && draft.PeriodStart is { } periodFrom && months.FirstOrDefault(m => m.Start > period.Start && EndsTheSpan(report, m)) is { } until
                && PeriodOf(until).End is { } end && end > periodFrom && (draft.PeriodEnd is null || end < draft.PeriodEnd))
            {
                draft.PeriodEnd = end;
            }
            if (PeriodPart(report, period) is { } part && draft.PeriodStart is { } start)
            {
                draft.PeriodStart = new DateOnly(start.Year, part.From, 1);
                draft.PeriodEnd = new DateOnly(start.Year, part.To, DateTime.DaysInMonth(start.Year, part.To));
            }
        }
    }

    /// <summary>
    /// "من 23 – 29 تموز 2021", "من 4 ولغاية 10 آذار": a range of days whose last day is dated and whose first is a bare
    /// day of the same month before it (not a list's number opening the line); null when the sentence names none.
    /// </summary>
    public (DateOnly Start, DateOnly End)? DayRange(ReportText report, Sentence sentence)
    {
        foreach (var m in report.DateReadings.MentionsIn(sentence))
        {
            if (m.Precision != DatePrecision.Day || m.Kind is DateMentionKind.Period || m.Date is not { } last)
            {
                continue;
            }
            var t = report.TokenAt(m.Start);
            if (t - 2 < sentence.First || !lexicon.DayRangeConnectors.Contains(report.Tokens[t - 1].Text) || !report.Tokens[t - 2].IsNumber
                || !int.TryParse(report.Tokens[t - 2].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first)
                || first < 1 || first >= last.Day || OpensItsLine(report, t - 2))
            {
                continue;
            }
            return (new DateOnly(last.Year, last.Month, first), last);
        }
        return null;
    }

    /// <summary>"1- السبت 19/11: ...": a number opening its line before a dash numbers a list's item; it begins no range.</summary>
    private static bool OpensItsLine(ReportText report, int token) => token == 0 || report.Tokens[token - 1].Text == "\n";

    /// <summary>
    /// The fewest days a span of two dated days must cover to be a statement's period: a week, the shortest period
    /// bulletins sum up ("للفترة من 23 – 29 تموز"); two or three days between named dates tell the days of one push.
    /// </summary>
    public const int DaySpanTallyDays = 7;

    /// <summary>
    /// How many tokens may stand between the first dated day of a span and the second: the month written again in
    /// brackets and "الماضي" before the و ("15 آب (أغسطس) الماضي و2 أيلول").
    /// </summary>
    private const int DaySpanGap = 7;

    /// <summary>
    /// "بين 23 تشرين الثاني الماضي و9 كانون الأول"، "من 12 آذار إلى 30 نيسان": two dated days (day and month, with or
    /// without a year), the first opened by "بين"/"من"/"منذ" (lexicon daySpanOpeners) and the second joined to it by و
    /// or a range connector within <see cref="DaySpanGap"/> tokens: the span between them, each end null when the day
    /// cannot be resolved (no year and no publication date); null when the sentence names none.
    /// </summary>
    public (DateOnly? Start, DateOnly? End)? DaySpan(ReportText report, Sentence sentence)
    {
        DateMention? previous = null;
        foreach (var m in report.DateReadings.MentionsIn(sentence))
        {
            if (m.Kind is not (DateMentionKind.Absolute or DateMentionKind.DayMonth))
            {
                previous = null;
                continue;
            }
            if (previous is { } a)
            {
                var tokens = report.Tokens;
                var first = report.TokenAt(a.Start);
                var afterFirst = report.TokenAt(a.End - 1) + 1;
                var second = report.TokenAt(m.Start);
                if (first - 1 >= sentence.First && lexicon.DaySpanOpeners.Contains(tokens[first - 1].Text)
                    && second - afterFirst <= DaySpanGap && Enumerable.Range(afterFirst, Math.Max(0, second - afterFirst)).Any(k => IsConnector(tokens[k].Text)))
                {
                    return (a.Date, m.Date);
                }
            }
            previous = m;
        }
        return null;
    }

    private bool IsConnector(string word) => word == Text.Particles.Wa || lexicon.DayRangeConnectors.Contains(word);

    /// <summary>Bare four-digit years written as the ends of a span ("خلال الأعوام من 2017 إلى 2020", "2017-2020").</summary>
    private IEnumerable<int> RangeYears(ReportText report, Sentence sentence)
    {
        var latest = (report.Published ?? DateOnly.FromDateTime(DateTime.UtcNow)).Year;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            var t = report.Tokens[i];
            if (!t.IsNumber || !int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < EarliestYear || year > latest)
            {
                continue;
            }
            var before = i > sentence.First ? report.Tokens[i - 1].Text : "";
            var after = i < sentence.Last ? report.Tokens[i + 1].Text : "";
            if (lexicon.YearRangeWords.Contains(before) || after == "-")
            {
                yield return year;
            }
        }
    }

    /// <summary>The months of a part of the year named around a period ("النصف الأول من عام 2023"), if any.</summary>
    private (int From, int To)? PeriodPart(ReportText report, DateMention period)
    {
        var t = report.TokenAt(period.Start);
        for (var j = Math.Max(0, t - PeriodPartBefore); j <= Math.Min(report.Tokens.Count - 1, t + PeriodPartAfter); j++)
        {
            if (lexicon.PeriodParts.MatchAt(report.Tokens, j) is { } m && m.Last >= t - PeriodPartGap)
            {
                return m.Value;
            }
        }
        return null;
    }

    /// <summary>
    /// How many tokens after a figure the period told as its own may start ("متهما بالإرهاب خلال عام": the noun's
    /// complement and the period's preposition and noun), with no clause break between.
    /// </summary>
    private const int PeriodAfterFigureReach = 4;

    /// <summary>The first period that starts within <see cref="PeriodAfterFigureReach"/> tokens after the figure, no clause break between.</summary>
    private static DateMention? PeriodRightAfter(ReportText report, IReadOnlyList<DateMention> periods, int figureLast)
    {
        if (figureLast < 0)
        {
            return null;
        }
        foreach (var m in periods)
        {
            var t = report.TokenAt(m.Start);
            if (t <= figureLast || t - figureLast > PeriodAfterFigureReach)
            {
                continue;
            }
            var broken = false;
            for (var k = figureLast + 1; k < t && !broken; k++)
            {
                broken = report.Tokens[k].IsClauseBreak;
            }
            if (!broken)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// A word of 'until' right before the mention (<see cref="DateReadings.EndsASpan"/>), or before "نهاية"/"آخر"
    /// (lexicon spanEndNouns) before it.
    /// </summary>
    private bool EndsTheSpan(ReportText report, DateMention m)
    {
        var t = report.TokenAt(m.Start);
        var tokens = report.Tokens;
        return report.DateReadings.EndsASpan(m)
            || (t >= 2 && tokens[t - 1].ReadsAsOneOf(lexicon.SpanEndNouns) && tokens[t - 2].ReadsAsOneOf(lexicon.SpanEnds));
    }

    private static (DateOnly? Start, DateOnly? End) PeriodOf(DateMention m)
    {
        if (m.PeriodStart is not null || m.PeriodEnd is not null)
        {
            return (m.PeriodStart, m.PeriodEnd);
        }
        if (m.Date is not { } d)
        {
            return (null, null);
        }
        return m.Precision switch
        {
            DatePrecision.Year => (new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31)),
            DatePrecision.Month => (new DateOnly(d.Year, d.Month, 1), new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))),
            _ => (d, d),
        };
    }
}
