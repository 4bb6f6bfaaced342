using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "اعتقال إرهابي متورط بتفجير سوق عام 2016"، "اعتقلت إرهابيين اثنين شاركا في مجزرة سبايكر عام 2014": a year told
/// after the count and after a word of a part in a crime (lexicon <c>crimeRoles</c>, a charge such as بتهمة, or a
/// confession, lexicon <c>confessions</c>) dates the crime the people took part in. It is neither a period the count sums (no tally) nor the operation's own date
/// (no history): the arrest happened when the report says, or on its day.
/// </summary>
internal static class PastCrimeYears
{
    public static bool DatesAPastCrime(ExtractionLexicon lexicon, ReportText report, IReadOnlyCollection<Figure> figures, DateMention year)
    {
        if (figures.Count == 0)
        {
            return false;
        }
        var yearToken = report.TokenAt(year.Start);
        for (var k = figures.Max(f => f.Last) + 1; k < yearToken; k++)
        {
            if (report.Tokens[k].IsSentenceBreak)
            {
                return false;
            }
            if (IsPartInACrime(lexicon, report, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <see cref="DatesAPastCrime"/> where the time stands in the crime's own phrase: no comma between the word of the
    /// part in the crime and the time ("متهم مطلوب وفق المادة 4 إرهاب، قبل يومين" dates the arrest, not the charge).
    /// </summary>
    public static bool DatesAPastCrimeInItsPhrase(ExtractionLexicon lexicon, ReportText report, IReadOnlyCollection<Figure> figures, DateMention time)
    {
        if (figures.Count == 0)
        {
            return false;
        }
        var last = figures.Max(f => f.Last);
        for (var k = report.TokenAt(time.Start) - 1; k > last; k--)
        {
            var t = report.Tokens[k];
            if (t.IsSentenceBreak || t.Text == ",")
            {
                return false;
            }
            if (IsPartInACrime(lexicon, report, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word of a part in a crime starts at token <paramref name="k"/>: a role (lexicon crimeRoles), a charge, or a
    /// confession ("... وأقر أحدهم بقتل مدنيين عام 2015": what the people did before).
    /// </summary>
    private static bool IsPartInACrime(ExtractionLexicon lexicon, ReportText report, int k) =>
        lexicon.CrimeRoles.MatchAt(report.Tokens, k) is not null || lexicon.ChargeWords.MatchAt(report.Tokens, k) is not null
        || lexicon.Confessions.MatchAt(report.Tokens, k) is not null;
}
