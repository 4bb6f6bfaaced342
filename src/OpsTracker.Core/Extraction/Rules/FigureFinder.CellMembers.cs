using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "تفكيك خلية مكونة من 6 إرهابيين ... وتم القبض عليهم": the size of a cell (a cell noun, then a word of what it is
/// made of, lexicon cellMembers.cells and openers) is the count of the men arrested when an arrest of "them" (an
/// arrest word with a plural pronoun, lexicon cellMembers.pronounArrests) follows in the sentence or in the next one,
/// and no other count of arrests is told there: all of them were taken. Without such an arrest the size is no figure
/// (a cell of nine of whom seven were arrested and two fled).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>How many words before the opener ("مكونة من") the cell noun may stand ("خلية إرهابية نائمة مكونة من").</summary>
    private const int CellNounReach = 4;

    private Figure? CellMembersArrested(TokenList tokens, Sentence s, CountExpression count, Sentence? next, List<Figure> earlier)
    {
        if (earlier.Any(f => f.Kind == FigureKind.Casualty && f.Category == CasualtyCategory.Arrested))
        {
            return null;
        }
        var before = count.FirstToken - 1;
        while (before >= s.First && tokens[before].Text is "\"" or "«" or "“")
        {
            before--;
        }
        var opener = -1;
        for (var j = Math.Max(s.First, before - 2); j <= before; j++)
        {
            if (lexicon.CellOpeners.MatchAt(tokens, j) is { } m && m.Last == before)
            {
                opener = j;
                break;
            }
        }
        if (opener < 0 || !Enumerable.Range(Math.Max(s.First, opener - CellNounReach), opener - Math.Max(s.First, opener - CellNounReach))
                .Any(j => IsGroupNounAt(tokens, j)))
        {
            return null;
        }
        var k = QuoteMarks.SkipQuotes(tokens, count.LastToken + 1, s);
        if (k > s.Last || lexicon.Persons.MatchAt(tokens, k) is not { } person)
        {
            return null;
        }
        var arrestAfter = PronounArrestIn(tokens, person.Last + 1, s.Last) || (next is not null && PronounArrestIn(tokens, next.First, next.Last))
            || CellArrestTold(tokens, s, person.Last);
        if (!arrestAfter)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = CasualtyCategory.Arrested, Side = CasualtySide.Isis, SideExplicit = true,
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = person.Last,
            Sentence = s.Index, Rule = "cell-members-arrested",
        };
    }

    private bool PronounArrestIn(TokenList tokens, int from, int to)
    {
        return lexicon.PronounArrests.AnyIn(tokens, from, to);
    }
}
