using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Names in a clause that do not make its figures another's: a foreign country in the phrase of Iraq's border ("حتى 10
/// كيلومترات خلف الحدود مع سوريا") and a party to another conflict that is only the outlet telling the news ("ذكرت
/// قناة النجباء أن هجوما انتحاريا ...").
/// </summary>
internal static class BystanderNames
{
    /// <summary>
    /// Whether the clause names a place or force abroad (lexicon foreignScope) other than in the phrase of a border
    /// (a border word, lexicon borderCues, up to <see cref="AssemblerLimits.ForeignNameAfterBorderWords"/> words before
    /// it): "دمرت 5 أوكار ... حتى 10 كيلومترات خلف خط الحدود بين سوريا والعراق" is an operation on Iraq's side.
    /// </summary>
    public static bool NamesAForeignScope(ReportText report, ExtractionLexicon lexicon, Sentence clause) =>
        NamedApartFrom(report, clause, lexicon.ForeignScope, lexicon.BorderCues, AssemblerLimits.ForeignNameAfterBorderWords);

    /// <summary>
    /// Whether the clause names a party to another conflict (lexicon otherConflicts) other than as the outlet telling
    /// the news (an outlet's head noun, lexicon outletHeads, right before it: "قناة النجباء").
    /// </summary>
    public static bool NamesAnotherConflict(ReportText report, ExtractionLexicon lexicon, Sentence clause) =>
        NamedApartFrom(report, clause, lexicon.OtherConflicts, lexicon.OutletHeads, AssemblerLimits.PartyNameAfterOutletWords);

    /// <summary>
    /// Whether the clause names a phrase of <paramref name="names"/> that no phrase of <paramref name="cues"/> ends
    /// within <paramref name="reach"/> words before: a name the cue does not make a bystander's.
    /// </summary>
    private static bool NamedApartFrom<T>(ReportText report, Sentence clause, PhraseMatcher<T> names, PhraseMatcher<bool> cues, int reach)
    {
        if (!report.Has(names, clause))
        {
            return false;
        }
        for (var t = clause.First; t <= clause.Last; t++)
        {
            if (names.MatchAt(report.Tokens, t) is not { } name)
            {
                continue;
            }
            if (!Follows(report, cues, clause, t, reach))
            {
                return true;
            }
            t = name.Last;
        }
        return false;
    }

    /// <summary>Whether a phrase of <paramref name="cues"/> ends within <paramref name="reach"/> words before token <paramref name="t"/>.</summary>
    private static bool Follows(ReportText report, PhraseMatcher<bool> cues, Sentence clause, int t, int reach)
    {
        for (var k = t - 1; k >= Math.Max(clause.First, t - reach); k--)
        {
            if (cues.MatchAt(report.Tokens, k) is { } cue && cue.Last < t)
            {
                return true;
            }
        }
        return false;
    }
}
