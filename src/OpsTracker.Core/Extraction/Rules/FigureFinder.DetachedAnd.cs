using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The conjunction "و" written on digits ("و3"): the tokenizer parts the letter from the number, so the "و" stands as a
/// word of its own where a count in words carries it ("وثلاثة").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "ومعاونه و3 من مرافقيه": at a bare "و" whose next token is digits, the count those digits start, read as
    /// "وثلاثة" would be; else null. An outlet that writes numbers in digits must join people the way one that
    /// writes them in words does.
    /// </summary>
    private CountExpression? CountAfterDetachedAnd(TokenList tokens, Sentence s, int j)
        => tokens[j].Text == Particles.Wa && j < s.Last && tokens[j + 1].IsNumber ? numbers.ReadAt(tokens, j + 1) : null;

    /// <summary>
    /// "مقتل ستة جنود وأربعة من المدنيين": people whose own noun says they are of another side than the figure just read
    /// (civilians joined to soldiers) are no companions of its men; they are a figure of their own. A noun that says no
    /// side ("من مرافقيه"، "من عناصره") joins.
    /// </summary>
    private static bool IsOfAnotherSide(PersonNoun noun, Figure figure) =>
        !noun.Ambiguous && noun.Side != CasualtySide.Unknown && figure.Side != CasualtySide.Unknown && noun.Side != figure.Side;

    /// <summary>
    /// "مقتل وإصابة عدد (24) عنصرا": where the count in digits at <paramref name="first"/> stands after the noun "number"
    /// (lexicon countReached.count) and, it may be, a bracket, the index of that noun, which the words before the count stand
    /// before; else <paramref name="first"/>. Iraqi official statements write their counts so.
    /// </summary>
    private int BeforeCountNoun(TokenList tokens, Sentence s, int first)
    {
        if (!tokens[first].IsNumber)
        {
            return first;
        }
        var j = first - 1;
        if (j > s.First && tokens[j].Text == "(")
        {
            j--;
        }
        return j > s.First && lexicon.CountNouns.MatchAt(tokens, j) is { } noun && noun.First == j && noun.Last == j ? j : first;
    }
}
