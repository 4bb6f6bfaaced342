using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A suicide bomber who blows himself up (lexicon suicideDetonation): "فجر انتحاري نفسه"، "انتحارية تفجر حزامها
/// الناسف". The bomber alone is a weak cue ("اعتقال انتحاري"); with a verb of detonating next to him and himself or his
/// belt after them, he tells an ISIS attack, and names its doer as the dev set's attributors do. Only an indefinite
/// bomber tells a new attack.
/// </summary>
internal sealed partial class OperationKinds
{
    /// <summary>"فجرت انتحارية تحمل حقيبة سوداء نفسها": how far after the bomber and his verb what he blew up may stand.</summary>
    private const int DetonatedSelfReach = 5;

    /// <summary>
    /// The suicide bomber at <paramref name="bomber"/> blows himself up. Not one with the article ("وأضاف أن الانتحاري
    /// فجر نفسه"): he is the bomber of an attack told before, not another attack.
    /// </summary>
    private bool BlowsHimselfUp(ReportText report, Sentence s, int bomber)
    {
        var tokens = report.Tokens;
        if (!tokens[bomber].ReadsAsOneOf(lexicon.SuicideBombers) || Article.IsCarriedBy(tokens[bomber].Text))
        {
            return false;
        }
        var before = bomber - 1 >= s.First && IsDetonationVerb(tokens[bomber - 1]);
        var after = bomber + 1 <= s.Last && IsDetonationVerb(tokens[bomber + 1]);
        if (!before && !after)
        {
            return false;
        }
        var from = after ? bomber + 2 : bomber + 1;
        for (var j = from; j <= Math.Min(s.Last, from + DetonatedSelfReach); j++)
        {
            if (tokens[j].ReadsAsOneOf(lexicon.DetonatedSelves))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsDetonationVerb(Token t) => t.ReadsAsOneOf(lexicon.DetonationVerbs);

    /// <summary>The clause tells a suicide bomber blowing himself up: he names the attack's doer.</summary>
    internal bool SuicideBomberIn(ReportText report, Sentence clause)
    {
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (BlowsHimselfUp(report, clause, i))
            {
                return true;
            }
        }
        return false;
    }
}
