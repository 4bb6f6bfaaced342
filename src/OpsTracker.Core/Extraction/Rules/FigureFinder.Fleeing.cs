using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose share "N منهم" is when the rest fled: "اشتبكت القوة معهم وقتلت أربعة منهم، بينما فر الباقون إلى
/// الوادي". Reports tell insurgents, never the forces, to have fled; so the share is of ISIS members even when the
/// force that ambushed them is named closer to the count than the ISIS name.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// ISIS when the words right after the share's "منهم" (a comma and a connector between) say the rest fled
    /// (lexicon fleeingRest); otherwise null, and the share keeps the side it would have had.
    /// </summary>
    private CasualtySide? FledRestSide(TokenList tokens, Sentence s, int ofThemLast)
    {
        for (var k = ofThemLast + 1; k <= Math.Min(s.Last, ofThemLast + 1 + AssemblerLimits.FleeingRestReach); k++)
        {
            if (lexicon.FleeingRest.MatchAt(tokens, k) is not null)
            {
                return CasualtySide.Isis;
            }
            if (tokens[k].IsNumber)
            {
                return null;
            }
        }
        return null;
    }
}
