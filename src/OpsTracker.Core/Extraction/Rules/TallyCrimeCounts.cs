using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Interior ministries, intelligence cells and security services sum up their months in one count of everyone they
/// arrested: ISIS suspects, drug dealers, blackmailers and forgers together. Such a count is no tally of ISIS members:
/// a statement's arrest count whose own words charge terror and crime together ("اعتقال 900 متهم بجرائم إرهابية
/// وجنائية"، "القبض على 60 إرهابيا ومتورطا بتجارة المخدرات"), or whose sentence speaks of crime (lexicon crimeTopics,
/// nonIsisContext) and names no terror and no ISIS at all ("انخفض معدل الجريمة وتم القبض على 4000 متهم"). The share
/// a statement gives for terror alone stays ISIS's (<see cref="ArrestShares.KeepTheTerrorShare"/>). Holds only the
/// lexicon: safe to share.
/// </summary>
internal sealed class TallyCrimeCounts(ExtractionLexicon lexicon)
{
    /// <summary>The arrest counts among a tally sentence's <paramref name="figures"/> that count criminals with or without ISIS members.</summary>
    public List<Figure> MixedWithCrime(ReportText report, Sentence sentence, IReadOnlyList<Figure> figures)
    {
        List<Figure>? mixed = null;
        bool? sentenceSpeaksOfCrime = null;
        foreach (var f in figures)
        {
            if (f is not { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested } || f.Breakdown)
            {
                continue;
            }
            var own = OwnWords(report, f, figures, sentence);
            var terror = report.Has(lexicon.TerrorCharges, own);
            bool crime;
            if (terror)
            {
                // Terror and a kind of crime in the count's own words: one count of both.
                crime = NamesCrime(report, own, lexicon.CrimeKinds);
            }
            else
            {
                // No terror in the count's words, none in its sentence, and the sentence is about crime.
                sentenceSpeaksOfCrime ??= (NamesCrime(report, sentence, lexicon.CrimeKinds) || NamesCrime(report, sentence, lexicon.CrimeNouns)) && !report.Has(lexicon.TerrorCharges, sentence) && !report.Has(lexicon.IsisOrgs, sentence);
                crime = sentenceSpeaksOfCrime.Value;
            }
            if (crime)
            {
                (mixed ??= []).Add(f);
            }
        }
        return mixed ?? [];
    }

    /// <summary>
    /// A count's own words (<see cref="ArrestShares.OwnWords"/>) up to the first clause break: "48 إرهابيا، في حين
    /// تراجعت جرائم السرقة" charges the 48 with nothing after the comma.
    /// </summary>
    private static Sentence OwnWords(ReportText report, Figure f, IReadOnlyList<Figure> figures, Sentence sentence)
    {
        var own = ArrestShares.OwnWords(f, figures, sentence);
        for (var i = f.Last + 1; i <= own.Last; i++)
        {
            if (report.Tokens[i].IsClauseBreak)
            {
                return own with { Last = i - 1 };
            }
        }
        return own;
    }

    /// <summary>Whether a word of <paramref name="span"/> names crime: one of <paramref name="words"/> (on its readings), or a crime context (lexicon nonIsisContext).</summary>
    private bool NamesCrime(ReportText report, Sentence span, IReadOnlySet<string> words)
    {
        if (report.Has(lexicon.NonIsisContext, span))
        {
            return true;
        }
        var tokens = report.Tokens;
        for (var i = span.First; i <= span.Last; i++)
        {
            var t = tokens[i];
            if (t.IsWord && (words.Contains(t.Text) || t.Readings.Any(words.Contains)))
            {
                return true;
            }
        }
        return false;
    }
}
