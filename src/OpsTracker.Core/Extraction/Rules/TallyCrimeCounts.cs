using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Interior ministries, intelligence cells and security services sum up their months in one count of everyone they
/// arrested: ISIS suspects, drug dealers, blackmailers and forgers together. A statement's arrest count whose sentence
/// speaks of crime (lexicon crimeTopics, nonIsisContext) and names no terror and no ISIS at all ("انخفض معدل الجريمة
/// وتم القبض على 4000 متهم") is no tally of ISIS members. A count whose own words charge terror and crime together
/// ("اعتقال 900 متهم بجرائم إرهابية وجنائية") has left the sentence's figures before the tally reader sees them
/// (<see cref="ArrestShares.ChargedWithCrime"/>), and the share a statement gives for terror alone stays ISIS's
/// (<see cref="ArrestShares.KeepTheTerrorShare"/>). Holds only the lexicon: safe to share.
/// </summary>
internal sealed class TallyCrimeCounts(ExtractionLexicon lexicon)
{
    /// <summary>The arrest counts among a tally sentence's <paramref name="figures"/> that count criminals with or without ISIS members.</summary>
    public List<Figure> MixedWithCrime(ReportText report, Sentence sentence, IReadOnlyList<Figure> figures)
    {
        if (!figures.Any(f => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested, Breakdown: false })
            || report.Has(lexicon.TerrorCharges, sentence) || report.Has(lexicon.IsisOrgs, sentence)
            || !(ArrestShares.NamesCrime(lexicon, report, sentence, lexicon.CrimeKinds) || ArrestShares.NamesCrime(lexicon, report, sentence, lexicon.CrimeNouns)))
        {
            return [];
        }
        return figures.Where(f => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested, Breakdown: false }).ToList();
    }
}
