using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "تبنى داعش مسؤوليته عن تفجير السوق الذي خلف 13 قتيلا و40 جريحا": ISIS named right before the word of
/// its claim (lexicon claimMarkers: مسؤوليته) is the attacker, so the people the sentence counts as hit are its
/// victims, not ISIS members though ISIS is named beside them (pagesAE: a claimed Baghdad car bomb's dead were read as
/// ISIS's own).
/// </summary>
internal sealed partial class FigureFinder
{
    private bool IsisClaimedIt(TokenList tokens, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.ClaimMarkers.MatchAt(tokens, j) is null)
            {
                continue;
            }
            var words = 0;
            for (var k = j - 1; k >= s.First && words <= AssemblerLimits.ClaimantReach; k--)
            {
                if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null)
                {
                    return true;
                }
                if (tokens[k].IsClauseBreak && tokens[k].Text != "\"")
                {
                    break;
                }
                words += tokens[k].IsWord ? 1 : 0;
            }
        }
        return false;
    }
}
