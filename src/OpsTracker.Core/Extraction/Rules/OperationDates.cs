using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// When an operation happened: the date mention of its clause or sentence that is its own, the last day a sentence
/// names for the operations told after it, and whether a background sentence still tells the news. Pure functions of
/// the report.
/// </summary>
internal static class OperationDates
{
    /// <summary>
    /// The operation's own date among those its clause names: a day before a month, a month before a year; among
    /// days the earliest, because a sentence names the day it was announced ("اليوم الأحد") beside the day it
    /// happened ("مساء السبت", "انطلقت في 18 يناير").
    /// </summary>
    internal static DateMention? NearestDate(ReportText report, IEnumerable<DateMention> mentions, int firstFigureToken)
    {
        // "مطلوبا منذ عام 2015" says since when, not when; but "تنفذ القوات منذ يوم الاثنين عملية" names the day the
        // operation began, which is its date (the annotation rule: the start day is gold).
        List<DateMention>? candidates = null;
        foreach (var m in mentions)
        {
            // "حتى يوم الجمعة" ends the span the operation ran over: not its day (the start is).
            if (m.Kind != DateMentionKind.Period && (!report.PrecededBy(m.Start, Text.Particles.Mundhu) || IsRecentDay(report, m)) && !report.DateReadings.EndsASpan(m))
            {
                (candidates ??= []).Add(m);
            }
        }
        // Most clauses name no date: nothing below would find one. (A loop, and the rest in a method of its own: the
        // lambdas below built their closure at every call, dates or none.)
        return candidates is null ? null : NearestOf(report, candidates, report.Tokens[firstFigureToken].Start);
    }

    /// <summary>
    /// "اليوم الأحد (التاسع متن تموز 2017)": a month with its year that holds the publication day, written beside
    /// the day of publication, restates that day (whose number a typo may hide); it names no other time, so it does
    /// not make the day of publication the announcement's.
    /// </summary>
    private static bool IsMonthOfPublication(DateMention m, DateOnly pub) =>
        m.Kind == DateMentionKind.MonthYear && m.Precision == DatePrecision.Month && m.Date is { } d && d.Year == pub.Year && d.Month == pub.Month;

    /// <summary>A day named within <see cref="ContextDayMaxAge"/> days before publication ("منذ يوم الاثنين", not "منذ عام 2015").</summary>
    private static bool IsRecentDay(ReportText report, DateMention m) =>
        m.Precision == DatePrecision.Day && m.Date is { } d && report.Published is { } pub && d <= pub && d >= pub.AddDays(-ContextDayMaxAge);

    /// <summary><see cref="NearestDate"/> among the clause's candidate mentions (at least one), <paramref name="at"/> the figure's offset.</summary>
    private static DateMention? NearestOf(ReportText report, List<DateMention> candidates, int at)
    {
        if (report.Published is { } pub)
        {
            // A date years before publication is history ("منذ 2014"), not the operation's; the day of publication
            // is the announcement's when the clause names another date ("أعلنت اليوم ... نفذ خلال شهر آب الماضي").
            candidates = candidates.Where(m => m.Date is null || m.Date.Value.Year >= pub.Year - HistoryYears).ToList();
            if (candidates.Any(m => m.Date is { } d && d != pub && !IsMonthOfPublication(m, pub)))
            {
                candidates = candidates.Where(m => m.Date != pub).ToList();
            }
        }
        foreach (var precision in (DatePrecision[])[DatePrecision.Day, DatePrecision.Week, DatePrecision.Month])
        {
            var same = candidates.Where(m => m.Precision == precision).ToList();
            if (same.Count > 0)
            {
                var dated = same.Where(m => m.Date is not null).ToList();
                return dated.Count > 0 ? dated.MinBy(m => m.Date) : same.MinBy(m => Math.Abs(m.Start - at));
            }
        }
        return candidates.MinBy(m => Math.Abs(m.Start - at));
    }

    /// <summary>The last day, weekday or relative day a sentence names: later operations told without a date inherit it.</summary>
    public static DateMention? LatestDayMention(ReportText report, Sentence sentence)
    {
        // A loop, not two filtered lists: it runs for every sentence of every report.
        DateMention? last = null;
        foreach (var m in report.DateReadings.MentionsIn(sentence))
        {
            // "ليل الخميس – الجمعة": the Friday closes Thursday's night; the night, not the Friday, is the day carried on.
            if (m.Precision != DatePrecision.Day || m.Kind == DateMentionKind.Period || report.DateReadings.EndsASpan(m) || report.DateReadings.NightOpenedBefore(m) is not null)
            {
                continue;
            }
            if (report.Published is { } pub && !(m.Date is { } d && d <= pub && d >= pub.AddDays(-ContextDayMaxAge)))
            {
                continue;
            }
            last = m;
        }
        return last;
    }

    /// <summary>
    /// Whether a sentence opened by the pluperfect ("وكانت القوات قد ...") still tells the news: it names the day of
    /// publication or the day before (<see cref="AssemblerLimits.BackgroundNewsDays"/>; "وكانت القوات استعادت، اليوم،
    /// حي الضباط"), or a relative day when the publication day is unknown. Otherwise it tells the background, what
    /// had happened before ("وكان التحالف نفذ قبل أسبوع ضربات"، "وكانت القوات استعادت القضاء في تشرين الأول الماضي"),
    /// and no operation without figures is read in it.
    /// </summary>
    internal static bool NamesTheNewsDay(ReportText report, Sentence sentence)
    {
        foreach (var m in report.DateReadings.MentionsIn(sentence))
        {
            if (m.Precision != DatePrecision.Day || m.Kind == DateMentionKind.Period)
            {
                continue;
            }
            if (report.Published is { } published ? m.Date is { } day && day <= published && day >= published.AddDays(-BackgroundNewsDays) : m.IsRelative)
            {
                return true;
            }
        }
        return false;
    }
}
