using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The items of a list under an operation's statement ("أعلنت الوزارة القبض على 14 متهما ... وعلى النحو الآتي:" then
/// "- نينوى: ستة متهمين"), found by invented ministry bulletins: an item counts people without a verb, and they
/// share the outcome of the people the statement counted.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The first count of people in a list item (a count and its noun, or a noun and its numeral: "متهم واحد",
    /// "متهمين اثنين"), with the category of <paramref name="statement"/>, the people the statement above the list
    /// counted, when the item's people are of the same side. Empty when the item counts no such people.
    /// </summary>
    public List<Figure> FindInListItem(TokenList tokens, Sentence s, Figure statement)
    {
        for (var i = s.First; i <= s.Last; i++)
        {
            if (_blocked[i])
            {
                continue;
            }
            if (numbers.ReadAt(tokens, i) is { } count)
            {
                if (IsDesignation(tokens, s, count) || count.LastToken + 1 > s.Last || lexicon.Persons.MatchAt(tokens, count.LastToken + 1) is not { } counted)
                {
                    i = count.LastToken;
                    continue;
                }
                return ListItemFigure(tokens, s, statement, counted.Value, count.FirstToken, counted.Last, (int)count.Value, count.Approximate);
            }
            if (lexicon.Persons.MatchAt(tokens, i) is { } person && _singulars.NounCount(tokens, person.Value.Number, person.Last, s) is { Implicit: false } n)
            {
                return ListItemFigure(tokens, s, statement, person.Value, i, n.Last, n.Count, false);
            }
        }
        return [];
    }

    private List<Figure> ListItemFigure(TokenList tokens, Sentence s, Figure statement, PersonNoun noun, int first, int last, int count, bool approximate)
    {
        var (side, explicitSide) = _sides.ResolveSide(tokens, s, noun, first, last, statement.Category);
        if (side != statement.Side)
        {
            return [];
        }
        return
        [
            new Figure
            {
                Kind = FigureKind.Casualty, Category = statement.Category, Side = side, SideExplicit = explicitSide,
                Count = count, Approximate = approximate, First = first, Last = last, Sentence = s.Index, Rule = "list-item",
            },
        ];
    }
}
