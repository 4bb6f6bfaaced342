using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "إن 17 من المسلحين، بينهم 4 انتحاريين، قتلوا"، "بلغ عدد الجرحى نحو 900 من ضمنهم 30 جريحا من الشرطة": people counted
/// after a breakdown cue ("بينهم") or a cue of inclusion ("من ضمنهم") are some of the number the cue follows, whether or
/// not that number was read as a figure of its own (its verb may stand after the part, or the whole may be a statistic
/// that is no operation's). A subset is never more people: the part is a breakdown, as it is of a counted total.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Marks a killed or wounded figure as a <see cref="Figure.Breakdown"/> when a cue ends right before it and the
    /// nearest number before the cue, within <see cref="AssemblerLimits.UncountedWholeCueReach"/> words, is larger than
    /// the figure and is no figure read so far (a whole read as a figure is <see cref="MarkBreakdown"/>'s), with no verb or
    /// noun of an outcome (lexicon triggers) between them.
    /// </summary>
    private void MarkAmongUncountedNumber(TokenList tokens, Sentence s, Figure figure, List<Figure> earlier)
    {
        var cueAt = CueBeforeCasualty(tokens, s, figure);
        if (cueAt < 0)
        {
            return;
        }
        for (var k = cueAt - 1; k >= Math.Max(s.First, cueAt - AssemblerLimits.UncountedWholeCueReach); k--)
        {
            // "هاجم 30 مسلحا القرية وقتل منهم 4": a verb of the outcome between the number and the cue tells what befell
            // some of them; the cue then counts an outcome, it does not break down a count.
            if (lexicon.CasualtyTriggers.MatchAt(tokens, k) is not null)
            {
                return;
            }
            if (!tokens[k].IsNumber && numbers.ReadAt(tokens, k) is null)
            {
                continue;
            }
            // The nearest number is the whole; read as a figure, it is no uncounted whole.
            if (earlier.Exists(e => k >= e.First && k <= e.Last))
            {
                return;
            }
            if (numbers.ReadAt(tokens, k) is { } whole && whole.Value > figure.Count)
            {
                figure.Breakdown = true;
            }
            return;
        }
    }
}
