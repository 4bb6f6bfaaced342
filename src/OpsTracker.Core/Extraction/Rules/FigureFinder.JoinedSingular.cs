using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "ضابطا و4 جنود قتلوا"، "مقتل مدني و3 من أقاربه": a singular noun of one person joined by "و" right before a count
/// of people is one more of them, the subject or object of the same casualty verb (Arabic coordinates the one named
/// by his rank or role with the count of the rest). <see cref="CountTheOwner"/> counts him in when nothing in the
/// sentence counted him before.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Whether the token before the count's "و" is a singular noun of people (lexicon persons, singular) that says
    /// no other side than the count's: one person of the same kind as the counted.
    /// </summary>
    private bool JoinedToOneOfTheirKind(TokenList tokens, Sentence s, CountExpression count, Figure figure)
    {
        int one;
        if (_singulars.CarriesWa(tokens, s, count.FirstToken))
        {
            one = count.FirstToken - 1;
        }
        else if (count.FirstToken - 2 >= s.First && tokens[count.FirstToken - 1].Text == Particles.Wa)
        {
            one = count.FirstToken - 2;
        }
        else
        {
            return false;
        }
        if (one < s.First || !tokens[one].IsWord)
        {
            return false;
        }
        // The noun may start one word before ("ضابط شرطة"); it must end on the word before the "و".
        for (var start = one; start >= Math.Max(s.First, one - 1); start--)
        {
            if (lexicon.Persons.MatchAt(tokens, start) is { } person && person.Last == one)
            {
                return person.Value.Number == GrammaticalNumber.Singular && (person.Value.Ambiguous || person.Value.Side == figure.Side);
            }
        }
        return false;
    }
}
