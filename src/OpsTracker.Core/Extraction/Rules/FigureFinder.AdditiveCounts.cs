using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A second count added to the first by an additive phrase ("إلى جانب"، "فضلا عن"، "بالإضافة إلى"، "علاوة على":
/// lexicon countJoiners and additiveOne.connectors) or by "، و" after a list comma: the phrase governs no verb of its
/// own, so the count shares the fate told of the first ("مقتل 12 جنديا، إلى جانب 9 إرهابيين" tells nine dead too),
/// while whose people they are comes from its own noun.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The casualty figure just before <paramref name="count"/> in its sentence when nothing but an optional comma
    /// and an additive phrase, or a comma and و, stands between them; else null.
    /// </summary>
    private Figure? AddedToCounted(TokenList tokens, Sentence s, CountExpression count, List<Figure> earlier)
    {
        // Cheap test first: a count joined by و alone is read by CoordinatedWith, and an additive phrase is at most
        // two words after a comma.
        if (earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty) is not { } previous || previous.Sentence != s.Index
            || count.FirstToken - previous.Last - 1 is < 1 or > MaxAdditiveGap)
        {
            return null;
        }
        var at = tokens[previous.Last + 1].Text == "," ? previous.Last + 2 : previous.Last + 1;
        // "12 مدنيا، و9 إرهابيين": a list comma before the و of the second count.
        if (at == previous.Last + 2 && Coordination.JoinedRightAfter(tokens, previous.Last + 1, count.FirstToken))
        {
            return previous;
        }
        var joiner = lexicon.CountJoiners.MatchAt(tokens, at)?.Last ?? lexicon.AdditiveConnectors.MatchAt(tokens, at)?.Last;
        return joiner == count.FirstToken - 1 ? previous : null;
    }

    /// <summary>A comma and the longest additive phrase ("بالإضافة الى"، "علاوة على"): two words, one mark.</summary>
    private const int MaxAdditiveGap = 3;
}
