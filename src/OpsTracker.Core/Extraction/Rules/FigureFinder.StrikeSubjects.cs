using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "نفذت الطائرات غارتين جويتين استهدفتا مواقع داعش، ما أسفر عن مقتل 14 عنصرا": an attack verb (lexicon attackVerbs)
/// whose subject is a strike noun told right before it (lexicon strikeNouns: غارة، غارتين، ضربات ...) is the forces'
/// strike; the ISIS name after it is the target, so ISIS is not the attacker and the people hit are its own. The
/// singular feminine "استهدفت" is a destroying word and never an attack verb, but the dual "استهدفتا" and the plural
/// forms are, which is how a dual strike's targets were read as ISIS's attack (pagesAE).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>A strike noun ends at most <see cref="AssemblerLimits.StrikeSubjectReach"/> words before the verb at <paramref name="verb"/>.</summary>
    private bool StrikeIsTheSubject(TokenList tokens, Sentence s, int verb)
    {
        for (var k = Math.Max(s.First, verb - 4); k < verb; k++)
        {
            if (lexicon.StrikeNouns.MatchAt(tokens, k) is { } strike && strike.Last < verb && strike.Last >= verb - 1 - AssemblerLimits.StrikeSubjectReach)
            {
                return true;
            }
        }
        return false;
    }
}
