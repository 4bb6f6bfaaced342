using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "مقتل شخص وإصابة اثنين", "إعدام شخص": the singular of people at large (lexicon onePerson) right after a casualty
/// word is one person, though the persons list files "شخص" with the plurals (it is the noun a hundred counts: "مئة شخص").
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>
    /// The grammatical number of the people noun <paramref name="person"/> at <paramref name="k"/> as a casualty word's
    /// object: singular for a word of one person at large, the number it is listed under otherwise.
    /// </summary>
    private GrammaticalNumber OneOrListedNumber(TokenList tokens, int k, PhraseMatch<PersonNoun> person) =>
        person.Value.Number == GrammaticalNumber.Plural && person.First == person.Last
        && lexicon.OnePerson.MatchAt(tokens, k, allowArticleOnFirst: false) is { } one && one.Last == person.Last
            ? GrammaticalNumber.Singular
            : person.Value.Number;
}
