using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أدى الهجوم إلى سقوط ضحايا من بينهم قياديان في الحشد": people named right after a breakdown cue that follows the victims
/// word (lexicon victimsWords, then breakdownCues) are among the attack's victims, however their noun alone reads (a
/// leader is most often ISIS's): victims of the forces when the sentence names one, else of no known side, and among
/// an uncounted group, so they count only where the report gives no count of that measure (UncountedAmongRestoration).
/// </summary>
internal sealed partial class FigureFinder
{
    private void AmongUncountedVictims(TokenList tokens, Sentence s, List<Figure> figures)
    {
        foreach (var f in figures)
        {
            if (f.Kind != FigureKind.Casualty || f.Breakdown || f.Category == CasualtyCategory.Arrested || f.First - 2 < s.First)
            {
                continue;
            }
            for (var j = Math.Max(s.First + 1, f.First - 2); j < f.First; j++)
            {
                if (lexicon.BreakdownCues.MatchAt(tokens, j) is { } cue && cue.Last == f.First - 1
                    && lexicon.VictimsWords.MatchAt(tokens, j - 1) is { } victims && victims.Last == j - 1)
                {
                    f.Side = _sides.NamesSecurityOrg(tokens, s) ? CasualtySide.Security : CasualtySide.Unknown;
                    f.SideExplicit = true;
                    f.Breakdown = true;
                    f.AmongTheCounted = true;
                    break;
                }
            }
        }
    }
}
