using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أسفر الهجوم عن مقتل 12 وإصابة 20", "قتل 7 في الانفجار": a casualty word right before a count that no noun
/// follows counts people (no other thing is killed, arrested or wounded), also when the sentence counted none before it;
/// whose they are is read from the sentence (its attack or operation words), as for any noun that does not say.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The figure of a bare count right after its casualty word (<paramref name="trigger"/>, no word between), when
    /// what follows the count shows no noun of its own: the sentence's end or a mark, another casualty word joined by
    /// "و" ("وإصابة 20"), a qualifier of the count ("على الأقل"), or a preposition of where or how ("في", "بانفجار").
    /// Null otherwise.
    /// </summary>
    private Figure? BareCountOfPeople(TokenList tokens, Sentence s, CountExpression count, int last, CasualtyCategory trigger)
    {
        if (_triggers.TriggerMatchBefore(tokens, s, count.FirstToken, 0) is null || !_singulars.EndsBareCount(tokens, s, last + 1))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = trigger, Side = _sides.ContextSide(tokens, s, count.FirstToken),
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index,
            Rule = "bare-count-of-people",
        };
    }
}
