using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وقال المصدر إن القتلى هم ضابط وجنديان": the counted named one by one after a category noun and a pronoun of
/// identity (lexicon identityPronouns). They are the dead the text counted (as "بين القتلى قياديان" names some of
/// them), so they add no figure; UncountedAmongRestoration gives them back when the report counts no one else.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Marks a casualty figure told within <see cref="AssemblerLimits.IdentifiedCountedReach"/> words after "القتلى هم"
    /// (a category noun, then a pronoun of identity), in the same clause, as among the counted.
    /// </summary>
    private void MarkIdentifiedCounted(TokenList tokens, Sentence s, Figure figure)
    {
        if (figure.Kind != FigureKind.Casualty || figure.Breakdown)
        {
            return;
        }
        for (var j = figure.First - 1; j >= Math.Max(s.First + 1, figure.First - AssemblerLimits.IdentifiedCountedReach); j--)
        {
            if (tokens[j].IsClauseBreak && tokens[j].Text != ",")
            {
                return;
            }
            if (lexicon.IdentityPronouns.MatchAt(tokens, j) is { } pronoun && pronoun.First == j
                && ((lexicon.CategoryNouns.MatchAt(tokens, j - 1) is { } noun && noun.Last == j - 1) || DefiniteDeadAsSubject(tokens, s, j)))
            {
                figure.Breakdown = true;
                figure.AmongTheCounted = true;
                return;
            }
        }
    }

    /// <summary>
    /// "قتل 5 أشخاص، هم اثنان من الشرطة وثلاثة أشقاء": the casualty figure just read, when the count stands right
    /// after it and a pronoun of identity (lexicon identityPronouns), a comma or none between; else null. The people
    /// named after "هم" are the counted themselves, so they share their fate: written in words, the total lets the
    /// trigger before it be found past it; in digits it stops that search, so the identity must be read here.
    /// </summary>
    private Figure? IdentifiedAfter(TokenList tokens, Sentence s, CountExpression count, List<Figure> earlier)
    {
        if (earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty) is not { } previous || previous.Sentence != s.Index
            || previous.Last >= count.FirstToken)
        {
            return null;
        }
        var j = previous.Last + 1;
        if (tokens[j].Text == ",")
        {
            j++;
        }
        return j < count.FirstToken && lexicon.IdentityPronouns.MatchAt(tokens, j) is { } pronoun && pronoun.First == j
            && pronoun.Last == count.FirstToken - 1 ? previous : null;
    }

    /// <summary>
    /// "والقتلى ينتمون لعشيرة واحدة وهم الأب وزوجته": the definite category noun that opens the clause is the subject the
    /// pronoun of identity at <paramref name="pronoun"/> points back to, though its predicate stands between; the
    /// article says they are the dead told before. No count between the noun and the pronoun: "القتلى 5" is a count.
    /// </summary>
    private bool DefiniteDeadAsSubject(TokenList tokens, Sentence s, int pronoun)
    {
        var opener = s.First;
        if (opener >= pronoun || !Article.IsCarriedBy(tokens[opener].Text) || lexicon.CategoryNouns.MatchAt(tokens, opener) is not { } noun)
        {
            return false;
        }
        for (var k = noun.Last + 1; k < pronoun; k++)
        {
            if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null || (tokens[k].IsClauseBreak && tokens[k].Text != ","))
            {
                return false;
            }
        }
        return true;
    }
}
