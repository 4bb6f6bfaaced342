using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The pluperfect of a background event, its subject before its verb: "وكان ضابط وجندي قد استشهدا بانفجار عبوة"،
/// "وكان مدني قد قتل بهجوم". Arabic news tells what had happened before in this order (كان, the people, قد, the verb),
/// and the people are named by indefinite singular or dual nouns with no numeral.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>How many words may stand between the first noun after "كان" and the "قد" of its verb: a second noun joined by و, a rank.</summary>
    private const int PluperfectSubjectWords = 6;

    /// <summary>
    /// The first person of a pluperfect subject ("كان" right before an indefinite singular or dual noun of people, then
    /// "قد" and a casualty verb within <see cref="PluperfectSubjectWords"/> words). People joined to it by و are added by
    /// <see cref="SingularFigures.ExtendWithCompanions"/>, as after any casualty.
    /// </summary>
    private Figure? ReadPluperfectSubject(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        // The token's own tests first (a word that may start a noun of people, without the article): the hashed
        // look-up of the word before it was made at every token the readers before this one turned away.
        if (i == s.First || tokens[i].Kind == TokenKind.Punctuation || Article.Begins(tokens[i].Text)
            || !tokens[i].MayStartAPhraseOf(lexicon.Persons.Number) || !lexicon.BackgroundOpeners.Contains(tokens[i - 1].Text)
            || _persons.At(tokens, i) is not { Value: { Number: not GrammaticalNumber.Plural, Ambiguous: false } } person)
        {
            return null;
        }
        for (var j = person.Last + 1; j <= Math.Min(s.Last - 1, person.Last + PluperfectSubjectWords); j++)
        {
            if (tokens[j].IsNumber || tokens[j].IsSentenceBreak)
            {
                return null;
            }
            if (tokens[j].Text != Particles.Qad)
            {
                continue;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j + 1) is not { } verb || _singulars.NounCount(tokens, person.Value.Number, person.Last, s) is not { } n)
            {
                return null;
            }
            var side = lexicon.Martyrdom.MatchAt(tokens, j + 1) is not null && person.Value.Side == CasualtySide.Isis ? CasualtySide.Security : person.Value.Side;
            return new Figure
            {
                Kind = FigureKind.Casualty, Category = verb.Value, Side = side, SideExplicit = true,
                Count = n.Count, Implicit = n.Implicit, First = i, Last = n.Last, Sentence = s.Index, Rule = "pluperfect-subject",
            };
        }
        return null;
    }
}
