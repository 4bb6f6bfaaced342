using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Victims counted over a span of time: "قتل 60 مدنيا وعنصرا أمنيا خلال الأشهر الثلاثة الماضية"، "سقط 40 شهيدا من
/// القوات منذ بدء الحملة"، "بلغ عدد الشهداء خلال هذه الفترة 30". The clause that counts them names a span longer
/// than a day (lexicon victimSpans: "خلال" before a unit of time in the dual or plural, counted or definite; "منذ"
/// with the start of something or a point of the calendar, "منذ شباط الماضي"، "منذ عام 2014"، "منذ 2014"), so the count sums the victims of many attacks, whichever way the clause is worded
/// (with or without "هجمات", a statistic's head, a tally's cue): no one attack's toll, and tallies count ISIS's
/// losses only. The victims leave their operation and join <see cref="ReportText.UnattributedVictims"/>, so that a
/// headline's telling of the same count goes too. A span after a superlative ("أعنف هجوم منذ مطلع العام")
/// compares one attack with the others and leaves its victims standing; "منذ يومين" (two days ago) is a day.
/// Input: the drafts as read; output: the drafts still counting something.
/// </summary>
internal sealed class SpanVictimRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>
    /// How many words may stand between a span's opener and its unit of time ("خلال نحو عشرة أيام": two), each an
    /// approximator, a demonstrative or a number (lexicon victimSpans.skips).
    /// </summary>
    private const int SpanSkipReach = 2;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        return DraftPass.UnattributeVictims(report, drafts, f =>
            report.ClausesOf(report.Sentences[f.Sentence]).FirstOrDefault(c => c.Contains(f.First)) is { } clause
            && NamesASpan(report, clause));
    }

    /// <summary>The clause names a span of time longer than a day that no superlative before it makes a comparison.</summary>
    private bool NamesASpan(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var j = clause.First; j <= clause.Last; j++)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (lexicon.SinceStarts.MatchAt(tokens, j) is { } since)
            {
                if (!AfterSuperlative(report, clause, j))
                {
                    return true;
                }
                j = since.Last;
                continue;
            }
            if (SinceAYear(report, clause, j))
            {
                if (!AfterSuperlative(report, clause, j))
                {
                    return true;
                }
                continue;
            }
            if (lexicon.SpanOpeners.MatchAt(tokens, j) is not { } opener)
            {
                continue;
            }
            if (UnitAfter(report, clause, opener.Last) && !AfterSuperlative(report, clause, j))
            {
                return true;
            }
            j = opener.Last;
        }
        return false;
    }

    /// <summary>The first and last years a year written in figures after "منذ" may name ("منذ 2014"): the years of the war and after.</summary>
    private const int EarliestSinceYear = 1990;

    private const int LatestSinceYear = 2100;

    /// <summary>
    /// "منذ 2014"، "منذ 2003": "منذ" before a year in figures is a span from that year to now, as "منذ عام 2014" is
    /// (lexicon victimSpans.sinceDatePoints). A cheap test first: the word's own letters, then the number after it.
    /// </summary>
    private static bool SinceAYear(ReportText report, Sentence clause, int at)
    {
        var tokens = report.Tokens;
        if (at + 1 > clause.Last || !tokens[at + 1].IsNumber || tokens[at].Text is not (Text.Particles.Mundhu or Text.Particles.Wa + Text.Particles.Mundhu))
        {
            return false;
        }
        return int.TryParse(tokens[at + 1].Text, out var year) && year is >= EarliestSinceYear and <= LatestSinceYear;
    }

    /// <summary>
    /// A unit of time right after the opener, or after at most <see cref="SpanSkipReach"/> skipped words ("خلال
    /// الشهرين"، "خلال نحو شهرين"، "خلال 10 أيام"، "خلال هذه الفترة").
    /// </summary>
    private bool UnitAfter(ReportText report, Sentence clause, int opener)
    {
        var tokens = report.Tokens;
        for (var k = opener + 1; k <= Math.Min(clause.Last, opener + 1 + SpanSkipReach); k++)
        {
            var t = tokens[k];
            if (!t.IsWord && !t.IsNumber)
            {
                return false;
            }
            if (t.IsWord && (t.Readings.AnyIn(lexicon.SpanUnits) || t.ReadingsKeepingArticle.AnyIn(lexicon.SpanDefiniteUnits)))
            {
                return true;
            }
            if (!t.IsNumber && !t.Readings.AnyIn(lexicon.SpanSkips))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "الهجوم الأعنف منذ مطلع العام"، "أعنف هجوم منذ مطلع العام": a superlative (lexicon superlatives) or an elative
    /// (lexicon victimSpans.elatives) within <see cref="SuperlativeReach"/> words before, in the clause.
    /// </summary>
    private bool AfterSuperlative(ReportText report, Sentence clause, int at) =>
        SuperlativeComparisons.AfterSuperlative(report, lexicon, clause, at, lexicon.SpanElatives);
}
