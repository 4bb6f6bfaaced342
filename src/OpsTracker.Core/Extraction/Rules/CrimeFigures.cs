using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The figures of a sentence about crime or another conflict ("ثلاثة أشخاص بتهمة خطف طفل"، "قتل ثلاثة من عناصر حزب
/// العمال الكردستاني"), which are not ISIS's: they leave the sentence's figures, and its arrests go to
/// <see cref="ReportText.ArrestsNotOurs"/>. ISIS's share of a mixed count stays (<see cref="ArrestShares"/>). Holds
/// only the lexicon and the shares' reader: safe to share.
/// </summary>
internal sealed class CrimeFigures(ExtractionLexicon lexicon, NumberReader numbers)
{
    private readonly ArrestShares _shares = new(lexicon, numbers);

    /// <summary>
    /// Takes out of <paramref name="figures"/> those about crime or another conflict, after keeping ISIS's share of a
    /// mixed count, the side of charged arrests and the abductions (<see cref="ArrestShares"/>).
    /// </summary>
    /// <param name="otherConflict">The sentence's clauses about another conflict (<see cref="OtherConflictClauses"/>).</param>
    public void LeaveOut(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures, List<Sentence> otherConflict)
    {
        // "7 مطلوبين بينهم 3 متهمين بالإرهاب": ISIS's share of a mixed count is its count.
        var terrorShares = _shares.KeepTheTerrorShare(report, figures, sentence);
        _shares.SideOfChargedArrests(report, figures, sentence);
        ArrestShares.RemoveAbductions(figures);
        var crime = Find(report, sentence, clauses, figures, otherConflict, terrorShares);
        if (crime.Count > 0)
        {
            foreach (var f in crime)
            {
                if (f.IsArrest)
                {
                    report.ArrestsNotOurs.Add(f);
                }
            }
            figures.RemoveAll(crime.Contains);
        }
    }

    /// <summary>
    /// The clauses about another conflict that name no ISIS ("قتل ثلاثة من عناصر حزب العمال الكردستاني"); a loop, asked
    /// of every sentence, where the query built an iterator and a closure each time.
    /// </summary>
    public static List<Sentence> OtherConflictClauses(ReportText report, ExtractionLexicon lexicon, IReadOnlyList<Sentence> clauses)
    {
        var found = new List<Sentence>(0);
        foreach (var c in clauses)
        {
            if (BystanderNames.NamesAnotherConflict(report, lexicon, c) && !report.Has(lexicon.IsisNames, c))
            {
                found.Add(c);
            }
        }
        return found;
    }

    /// <summary>
    /// The figures of a sentence that are not ISIS's for crime or another conflict, in the order the three tests find
    /// them; loops, asked of every sentence with figures, where three queries built an iterator and a closure each.
    /// </summary>
    private List<Figure> Find(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures,
        List<Sentence> otherConflict, List<Figure> terrorShares)
    {
        // "قتل ثلاثة من عناصر حزب العمال الكردستاني": nor those of a clause about another conflict that names no ISIS.
        var unrelated = new List<Sentence>(0);
        foreach (var c in clauses)
        {
            if (report.Has(lexicon.NonIsisContext, c))
            {
                unrelated.Add(c);
            }
        }
        unrelated.AddRange(otherConflict);
        var crime = new List<Figure>(0);
        // "85 متهما بالإرهاب ... فضلا عن 140 متهما بتجارة المخدرات": a count a terror charge marks stays in a crime clause.
        foreach (var f in figures)
        {
            if (!terrorShares.Contains(f) && FirstHolding(unrelated, f.First) is { } c && (otherConflict.Contains(c) || !_shares.MarkedAsTerror(report, f, figures, c)))
            {
                crime.Add(f);
            }
        }
        // "ثلاثة أشخاص بتهمة خطف طفل": arrests charged with a crime and not with terror are not ISIS's.
        foreach (var f in figures)
        {
            if (!crime.Contains(f) && !terrorShares.Contains(f) && _shares.ChargedWithCrime(report, f, figures, sentence))
            {
                crime.Add(f);
            }
        }
        // "ضبط 40 مطلوبا للقضاء": the judiciary's wanted, no terror charge in their own words, are not ISIS's.
        foreach (var f in figures)
        {
            if (!crime.Contains(f) && !terrorShares.Contains(f) && JudiciaryWanted.WithoutTerror(report, lexicon, f, figures, sentence))
            {
                crime.Add(f);
            }
        }
        return crime;
    }

    /// <summary>The first of the clauses that holds the token, or null.</summary>
    private static Sentence? FirstHolding(List<Sentence> clauses, int token)
    {
        foreach (var c in clauses)
        {
            if (c.Contains(token))
            {
                return c;
            }
        }
        return null;
    }
}
