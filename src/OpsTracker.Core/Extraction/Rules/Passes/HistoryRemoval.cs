using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Figures told with a year long past and no nearer date are history, not an operation the report tells: a court
/// story names the crime it sentences ("ثبوت اشتراك المدانين في قتل سبعة مدنيين عام 2019"), wire copy recalls last
/// decade's battles in its background paragraph. A clause whose every date (a window such as "منذ مطلع العام" aside)
/// lies more than <see cref="HistoryYears"/> years before publication, and which names at least one, is no
/// operation. "منذ 2014" (since) opens a period that reaches the present, not history; a year that dates the crime
/// the counted people took part in (<see cref="PastCrimeYears"/>) is no date of the clause's.
/// </summary>
internal sealed class HistoryRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.Published is not { } published)
        {
            return drafts;
        }
        foreach (var d in drafts)
        {
            // "اعتقال إرهابي متورط بتفجير سوق عام 2016": the year of the crime the people took part in is not the operation's.
            var dates = report.DateReadings.MentionsIn(d.Clause).Where(m => m.Kind != DateMentionKind.Period && !AfterSince(report, m)
                && !PastCrimeYears.DatesAPastCrime(lexicon, report, d.Figures, m)
                // "بينهم والي المدينة السابق، الذي أدار الهجوم عليها عام 2014": the man's past, not the operation's day.
                && !RelativeClauseTimes.DatesTheAntecedent(lexicon, report, d.Clause, m)).ToList();
            if (dates.Count > 0 && dates.All(m => m.Date is { } day && day.Year < published.Year - HistoryYears))
            {
                d.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>The date stands after "منذ" (since): a year after it opens a period that runs to the present.</summary>
    private static bool AfterSince(ReportText report, DateMention m)
    {
        var before = report.Text.Text.AsSpan(0, m.Start).TrimEnd();
        return before.EndsWith(Text.Particles.Mundhu, StringComparison.Ordinal) || m.Expression.Contains(Text.Particles.Mundhu, StringComparison.Ordinal);
    }
}
