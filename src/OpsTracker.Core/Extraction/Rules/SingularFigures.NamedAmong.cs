using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// One member named among a group ("ألقت القبض على آخرين بينهم أمير"، "قتل عدد من عناصر داعش بينهم والي كركوك"): a
/// breakdown cue (lexicon breakdownCues) right before the title says he is one of the people the verb took, counted or
/// not, so he is no figure of one of his own; the group's count, if the text gives one, is the figure.
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>Whether a breakdown cue ("بينهم"، "من بينهم"، "منهم") ends right before the member at <paramref name="i"/>.</summary>
    private bool NamedAmongAGroup(TokenList tokens, Sentence s, int i)
    {
        for (var j = Math.Max(s.First, i - 2); j < i; j++)
        {
            if (lexicon.BreakdownCues.MatchAt(tokens, j) is { } cue && cue.Last == i - 1)
            {
                return true;
            }
        }
        return false;
    }
}
