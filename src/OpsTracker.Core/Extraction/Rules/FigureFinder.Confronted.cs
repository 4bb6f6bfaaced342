using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose share "N منهم" is when a force confronted them just before: "تسلل مسلحون من داعش إلى القرية فتصدت لهم
/// قوة من الحشد وقتلت أربعة منهم". The pronoun of "لهم" / "معهم" (lexicon confrontedThem) and of "منهم" are the same
/// people, the ones the force fought; so the share is of ISIS members though the force is named closer to the count
/// than the ISIS name (pagesAE). Not when an ISIS name stands right after the verb as its subject ("تصدى لهم عناصر
/// داعش"): then ISIS confronted the forces.
/// </summary>
internal sealed partial class FigureFinder
{
    private CasualtySide? ConfrontedThemSide(TokenList tokens, Sentence s, int countFirst)
    {
        for (var j = Math.Max(s.First, countFirst - AssemblerLimits.ConfrontedThemReach - 3); j < countFirst; j++)
        {
            if (lexicon.ConfrontedThem.MatchAt(tokens, j) is not { } phrase || phrase.Last >= countFirst
                || countFirst - phrase.Last - 1 > AssemblerLimits.ConfrontedThemReach)
            {
                continue;
            }
            for (var k = phrase.Last + 1; k <= Math.Min(countFirst - 1, phrase.Last + AssemblerLimits.ConfrontingSubjectReach); k++)
            {
                if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null || lexicon.IsisAgent.MatchAt(tokens, k) is not null)
                {
                    return null;
                }
            }
            return CasualtySide.Isis;
        }
        return null;
    }
}
