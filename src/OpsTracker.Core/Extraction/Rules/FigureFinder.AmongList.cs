using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أربعة قتلى بينهم رئيس البلدية وضابط شرطة واحد وعضو في الحشد": "بينهم" after a count opens a list of the people
/// among the counted, however many are named before a later item; every item of that list is among the total, a share
/// and not more people hit. <see cref="FigureRelations.MarkBreakdown"/> reads the item right after the cue; this reads the later ones.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// How many words a list opened by "بينهم" may run before an item of it: a few people named with their titles
    /// ("رئيس بلدية القرية وضابط شرطة").
    /// </summary>
    private const int AmongListReach = 8;

    /// <summary>
    /// Marks <paramref name="figure"/> a share of the last total counted before it when a breakdown cue (lexicon
    /// breakdownCues) stands between them, within <see cref="AmongListReach"/> words before the figure, with no clause
    /// break, number or casualty word between the cue and the figure: it is a later item of the cue's list.
    /// </summary>
    private void MarkLaterAmongTheCounted(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier)
    {
        if (figure.Breakdown || figure.Kind != FigureKind.Casualty || earlier.Count == 0
            || earlier.LastOrDefault(e => e.Kind == FigureKind.Casualty && !e.Breakdown) is not { } total
            || total.Category != figure.Category || total.Count <= figure.Count || total.First >= figure.First)
        {
            return;
        }
        // The total's own span may run over the people named among it (ExtendWithCompanions), so the cue is sought back to its count.
        for (var j = figure.First - 1; j > total.First && j >= Math.Max(s.First, figure.First - AmongListReach); j--)
        {
            // "بينهم ما يسمى (والي الأنبار) واثنان من معاونيه": a title in brackets or quotation marks goes on the list.
            if ((tokens[j].IsClauseBreak && tokens[j].Text is not ("(" or ")" or "\"")) || tokens[j].IsNumber || lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null)
            {
                return;
            }
            if (lexicon.BreakdownCues.MatchAt(tokens, j) is { } cue && cue.Last < figure.First)
            {
                figure.Breakdown = true;
                return;
            }
        }
    }
}
