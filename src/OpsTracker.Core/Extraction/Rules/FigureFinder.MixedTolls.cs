using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "سقط 12 قتيلا من الأشخاص في معارك بين مسلحي داعش والقوات الحكومية": people counted with a generic noun, killed in
/// fighting the sentence says was between ISIS and the forces, are of both sides; the count is a mixed toll, no figure
/// of either (as a count for two outcomes is none of either).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// True for a generic-people count whose side the sentence leaves unknown, when the sentence tells fighting "بين"
    /// (lexicon fightingBetween) and names ISIS after it.
    /// </summary>
    private bool IsMixedToll(TokenList tokens, Sentence s, CasualtySide side, int first, int headLast)
    {
        if (side != CasualtySide.Unknown || !_sides.IsGenericPeople(tokens, first, headLast))
        {
            return false;
        }
        if (NamesIsisAmongThem(tokens, s, headLast))
        {
            return true;
        }
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.FightingBetween.MatchAt(tokens, j) is not { } between)
            {
                continue;
            }
            if (lexicon.IsisOrgs.AnyIn(tokens, between.Last + 1, s.Last))
            {
                return true;
            }
        }
        return false;
    }
}
