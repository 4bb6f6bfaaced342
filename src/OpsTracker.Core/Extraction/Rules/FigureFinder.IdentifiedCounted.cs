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
    private void MarkIdentifiedCounted(IReadOnlyList<Token> tokens, Sentence s, Figure figure)
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
                && lexicon.CategoryNouns.MatchAt(tokens, j - 1) is { } noun && noun.Last == j - 1)
            {
                figure.Breakdown = true;
                figure.AmongTheCounted = true;
                return;
            }
        }
    }
}
