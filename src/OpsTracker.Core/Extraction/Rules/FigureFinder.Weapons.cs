using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Weapons named by what they do ("بأسلحة قنص ورشاشة"، "ببنادق القنص"): the casualty word is the weapon's kind, the
/// second term of a construct after a noun of weapons (lexicon weaponNouns), and tells no event.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Whether the casualty word at <paramref name="trigger"/> stands right after a noun of weapons ("أسلحة قنص"): a
    /// weapon's kind, so the people counted before it ("مجموعة تضم 10 أفراد شنوا هجوما بأسلحة قنص") were not sniped,
    /// and those after it are not its victims.
    /// </summary>
    private bool IsWeaponKind(TokenList tokens, Sentence s, int trigger)
    {
        for (var k = Math.Max(s.First, trigger - WeaponNounWords); k < trigger; k++)
        {
            if (lexicon.WeaponNouns.MatchAt(tokens, k) is { } weapon && weapon.Last == trigger - 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words a noun of weapons may take (all of lexicon weaponNouns are one word today).</summary>
    private const int WeaponNounWords = 2;
}
