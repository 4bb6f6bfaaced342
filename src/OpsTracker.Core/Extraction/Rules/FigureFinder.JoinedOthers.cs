using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "مقتل القيادي في داعش أبو علي و3 آخرين"، "قتل أحد أمراء داعش في القاطع و14 آخرين": "وN آخرين" joined by و to
/// the people just counted shares their fate, though the verb is further back than a count's trigger is looked for.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The category of the casualty figure just before, when "وN آخرين" follows it within
    /// <see cref="AssemblerLimits.JoinedOthersReach"/> tokens, joined by و, with no comma or stop between but a comma
    /// right before the و of a gapped conjunct; else null.
    /// </summary>
    private static CasualtyCategory? JoinedOthersCategory(TokenList tokens, Sentence s, CountExpression count, Figure? previous)
    {
        if (previous is not { Kind: FigureKind.Casualty } || previous.Sentence != s.Index || previous.Last >= count.FirstToken
            || count.FirstToken - previous.Last > AssemblerLimits.JoinedOthersReach + 1)
        {
            return null;
        }
        if (!Coordination.JoinedByWa(tokens, s, count.FirstToken))
        {
            return null;
        }
        // "اعتقلت إرهابيين اثنين في نينوى، واثنين آخرين في السليمانية": the second conjunct of a gapped verb may stand
        // after a comma, the comma right before its و; any other break ends the first clause.
        var wa = tokens[count.FirstToken].Text.StartsWith('و') ? count.FirstToken : count.FirstToken - 1;
        for (var k = previous.Last + 1; k < count.FirstToken; k++)
        {
            if (k == wa - 1 && tokens[k].Text == "," && k > previous.Last + 1)
            {
                continue;
            }
            if (tokens[k].IsClauseBreak || tokens[k].IsNumber)
            {
                return null;
            }
        }
        return previous.Category;
    }

    /// <summary>
    /// "مقتل 6 جنود و4 مدنيين"، "مقتل 19 مدنيا و15 عنصرا من داعش": a count joined by و right after the people just
    /// counted shares their fate (the trigger before the first count covers both), whoever its own noun says they are.
    /// The first count's digits would otherwise stop the search for the trigger. The figure it is joined to, or null.
    /// </summary>
    private Figure? CoordinatedWith(TokenList tokens, Sentence s, CountExpression count, List<Figure> earlier)
    {
        if (earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty) is not { } previous || previous.Sentence != s.Index || previous.Last >= count.FirstToken)
        {
            return null;
        }
        return Coordination.JoinedRightAfter(tokens, previous.Last, count.FirstToken)
            || JoinedPastModifiers(tokens, s, previous.Last, count.FirstToken) ? previous : null;
    }

    /// <summary>
    /// "ألقت القبض على 1134 متهما بالإرهاب خلال عام 2018، و962 متهما خلال عام 2019": a count joined by و, past the
    /// words (a period, a place, a comma) that set the count before it apart, whose noun is that count's own noun again
    /// (the same word): the same trigger counts it, a count of its own, one per period or place. At most
    /// <see cref="AssemblerLimits.ParallelCountReach"/> tokens between, none a trigger of a casualty or of destroying.
    /// </summary>
    private Figure? ParallelCountOfTheSameNoun(TokenList tokens, Sentence s, CountExpression count, int headLast, List<Figure> earlier)
    {
        if (earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty && !f.Breakdown) is not { } previous || previous.Sentence != s.Index
            || previous.Last >= count.FirstToken || !Coordination.JoinedByWa(tokens, s, count.FirstToken)
            || tokens[headLast].Text != tokens[previous.Last].Text || headLast == count.LastToken
            || count.FirstToken - previous.Last - 1 > AssemblerLimits.ParallelCountReach)
        {
            return null;
        }
        for (var k = previous.Last + 1; k < count.FirstToken; k++)
        {
            if (lexicon.CasualtyTriggers.MatchAt(tokens, k) is not null || lexicon.DestroyTriggers.MatchAt(tokens, k) is not null)
            {
                return null;
            }
        }
        return previous;
    }

    /// <summary>
    /// "مقتل 6 جنود عراقيين و4 مدنيين"، "مقتل 6 جنود من الجيش وأربعة مدنيين": the count at <paramref name="next"/> is
    /// joined by و to the people that end at <paramref name="last"/> past a few words that describe them (an adjective,
    /// "من" and their force), at most <see cref="AssemblerLimits.CoordinatedModifierReach"/>, none a number, a mark or
    /// a verb of a casualty or of destroying (which would open a clause of its own). Written in words, the first count
    /// lets the trigger before it be found past it; in digits it stops that search, so the joint must be read here.
    /// </summary>
    private bool JoinedPastModifiers(TokenList tokens, Sentence s, int last, int next)
    {
        var wa = tokens[next].Text.StartsWith('و') ? next : next - 1;
        if (!Coordination.JoinedByWa(tokens, s, next) || wa - last - 1 is < 1 or > AssemblerLimits.CoordinatedModifierReach)
        {
            return false;
        }
        for (var k = last + 1; k < wa; k++)
        {
            if (!tokens[k].IsWord || lexicon.CasualtyTriggers.MatchAt(tokens, k) is not null || lexicon.DestroyTriggers.MatchAt(tokens, k) is not null)
            {
                return false;
            }
        }
        return true;
    }
}
