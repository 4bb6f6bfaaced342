using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A number from 11 to 99 counts a noun in the singular accusative (tamyiz: "45 عسكريا"); a second noun in the same
/// case joined right after it by و ("45 عسكريا ومدنيا"، "30 جنديا وشرطيا") is the count's second kind of people, the
/// same 45, not one more man. A man joined in another case ("قتل 12 جنديا ومدني") or after a word between is one more.
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>The accusative's tanween written as alif, as normalised text keeps it ("عسكريًّا" -> "عسكريا").</summary>
    private const char AccusativeAlif = 'ا';

    /// <summary>
    /// Whether the singular noun of people joined at <paramref name="joined"/> shares the tamyiz of the count just read:
    /// the count lies between 11 and 99 (its hundreds aside), its noun ends the figure right before the و, and both
    /// nouns end in the accusative alif.
    /// </summary>
    private static bool SharesTheCountsTamyiz(TokenList tokens, Figure figure, int joined, PersonNoun person)
    {
        if (figure.Implicit || person.Number != GrammaticalNumber.Singular || joined != figure.Last + 1 || figure.Count % 100 is < 11 or > 99)
        {
            return false;
        }
        var counted = tokens[figure.Last];
        var second = tokens[joined];
        return counted.IsWord && second.IsWord && counted.Text.Length > 2 && counted.Text[^1] == AccusativeAlif && second.Text[^1] == AccusativeAlif;
    }
}
