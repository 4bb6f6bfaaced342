using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "مقتل 11 شخصا بينهم مسلحون من داعش": a count of people at large whose breakdown cue ("بينهم") names ISIS's men
/// among them counts the dead of both sides; it is a mixed toll, no figure of either, as a toll of fighting between
/// ISIS and the forces is (<see cref="IsMixedToll"/>).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>How many words after the counted noun the breakdown cue may stand: a comma or a qualifier first.</summary>
    private const int IsisAmongCueReach = 2;

    /// <summary>
    /// How many words after the breakdown cue ISIS's name may stand: the men it names first ("عناصر من «داعش»",
    /// quotation marks count as words).
    /// </summary>
    private const int IsisAmongNameReach = 5;

    /// <summary>
    /// Whether a breakdown cue (lexicon breakdownCues) stands within <see cref="IsisAmongCueReach"/> tokens after the
    /// counted noun ending at <paramref name="headLast"/>, and an ISIS name (lexicon isisOrgs) within
    /// <see cref="IsisAmongNameReach"/> tokens after the cue, with no number between (a counted share is a figure of
    /// its own).
    /// </summary>
    private bool NamesIsisAmongThem(TokenList tokens, Sentence s, int headLast)
    {
        for (var j = headLast + 1; j <= Math.Min(s.Last, headLast + IsisAmongCueReach); j++)
        {
            if (lexicon.BreakdownCues.MatchAt(tokens, j) is not { } cue)
            {
                continue;
            }
            for (var k = cue.Last + 1; k <= Math.Min(s.Last, cue.Last + IsisAmongNameReach); k++)
            {
                if (tokens[k].IsNumber)
                {
                    return false;
                }
                if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null)
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
