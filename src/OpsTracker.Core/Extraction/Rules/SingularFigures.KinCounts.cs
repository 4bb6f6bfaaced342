using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وقتلوه وابنه واثنين كانا في ضيافته": the objects of one verb joined by و, a man, his kin (a noun with the pronoun
/// that points back to him, lexicon companions) and a cardinal standing alone as a noun. A cardinal with no counted noun
/// after it (the sentence's end, a mark, a preposition, a form of "كان" opening the clause that describes them:
/// EndsBareCount) takes its noun from the list it is joined to: it counts people, more of the list, not a thing.
/// Only right after the kin: after the man alone, "وثلاثة" may open the next outcome's count.
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>The people a count joined by و right after a man's kin adds to the list; null when it is no such count.</summary>
    private int? KinJoinedBareCount(TokenList tokens, Sentence s, CountExpression count)
    {
        var joined = tokens[count.FirstToken].Text.StartsWith('و') || (count.FirstToken > s.First && tokens[count.FirstToken - 1].Text == Particles.Wa);
        if (!joined || count.Approximate || count.Value < 1 || count.Value > AssemblerLimits.KinBareCountMaximum)
        {
            return null;
        }
        return EndsBareCount(tokens, s, count.LastToken + 1) ? (int)count.Value : null;
    }

    /// <summary>Whether the token at <paramref name="k"/> ends a count with no noun of its own (see <see cref="FigureFinder.BareCountOfPeople"/>).</summary>
    internal bool EndsBareCount(TokenList tokens, Sentence s, int k)
    {
        if (k > s.Last || !tokens[k].IsWord)
        {
            return k > s.Last || tokens[k].Kind == TokenKind.Punctuation;
        }
        var t = tokens[k];
        return lexicon.BareCountEnds.Contains(t.Text)
            || lexicon.PostposedQualifiers.MatchAt(tokens, k, allowArticleOnFirst: false) is not null
            || (t.Text.Length > 2 && t.Text[0] == 'و' && lexicon.CasualtyTriggers.MatchAt(tokens, k) is not null)
            || (t.Text.Length > 2 && t.Text[0] == 'ب' && lexicon.Kinds.MatchAt(tokens, k) is not null);
    }
}
