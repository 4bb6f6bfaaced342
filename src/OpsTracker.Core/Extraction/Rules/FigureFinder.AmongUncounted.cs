using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وقتلت عشرات المسلحين بينهم ثلاثة انتحاريين"، "مقتل العشرات من عناصر التنظيم، من ضمنهم قياديان": people named
/// after a breakdown cue whose group is a quantity that is no count (NumberReader's vague words: العشرات، عشرات، عدد،
/// مئات) are some of people the text never counts. The part is no toll of the event (the event's toll is the
/// uncounted whole), so the figure is a breakdown, as a part of a counted total is.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Marks a killed or wounded figure as a <see cref="Figure.Breakdown"/> when a breakdown cue ("بينهم"، lexicon
    /// breakdownCues) or a cue of inclusion ("من ضمنهم"، "من بين القتلى": leadersAmongTheDead.inclusionCues) ends right
    /// before it and a vague quantity stands within <see cref="AssemblerLimits.VagueGroupCueReach"/> words
    /// before the cue, with no number between them: the quantity is the group the cue breaks down. A number between
    /// them ("عدد القتلى بلغ 20 بينهم 3 ضباط") makes that number the whole, and the part is read as before.
    /// </summary>
    private void MarkAmongVagueGroup(TokenList tokens, Sentence s, Figure figure)
    {
        var cueAt = CueBeforeCasualty(tokens, s, figure);
        if (cueAt < 0)
        {
            return;
        }
        for (var k = cueAt - 1; k >= Math.Max(s.First, cueAt - AssemblerLimits.VagueGroupCueReach); k--)
        {
            if (numbers.IsVague(tokens[k]))
            {
                figure.Breakdown = true;
                return;
            }
            if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Where the breakdown cue ("بينهم"، lexicon breakdownCues) or cue of inclusion ("من ضمنهم"، inclusionCues) starts
    /// that ends right before a killed or wounded figure not yet a breakdown, or -1: the part both readings of an
    /// uncounted whole (a vague group, a number no figure took) start from.
    /// </summary>
    private int CueBeforeCasualty(TokenList tokens, Sentence s, Figure figure)
    {
        if (figure.Kind != FigureKind.Casualty || figure.Breakdown || figure.Category == Domain.CasualtyCategory.Arrested
            || figure.First - 2 < s.First)
        {
            return -1;
        }
        for (var j = figure.First - 1; j >= Math.Max(s.First, figure.First - 3); j--)
        {
            if ((lexicon.BreakdownCues.MatchAt(tokens, j) ?? lexicon.InclusionCues.MatchAt(tokens, j)) is { } cue && cue.Last == figure.First - 1)
            {
                return j;
            }
        }
        return -1;
    }
}
