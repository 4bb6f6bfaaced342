using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A verb of killing that takes its object through a preposition (قضى على، أجهز على), with its subject or a time
/// between the verb and the preposition: "وقضت القوات الأمنية في وقت سابق اليوم على ستة إرهابيين"، "قضت الأسبوع الماضي
/// على 4 مسلحين". Arabic puts the subject and adverbials right after the verb, so the preposition that makes the verb
/// a killing comes later; the lexicon's phrase "قضت على" only reads the two side by side.
/// </summary>
internal sealed partial class FigureTriggers
{
    /// <summary>
    /// How many words may stand between the verb and its "على": a subject of three or four words ("قوات الأمن
    /// العراقية") and a time of two or three ("في وقت سابق اليوم"، "يوم السبت الماضي").
    /// </summary>
    private const int SplitVerbReach = 8;

    /// <summary>
    /// Killed, when the count stands right after "على" and a verb of lexicon splitVerbs is within
    /// <see cref="SplitVerbReach"/> words before it in the same clause (dates set off by commas aside); else null.
    /// </summary>
    internal CasualtyCategory? SplitVerbBefore(TokenList tokens, Sentence s, int countFirst)
    {
        // Cheap first: the word before the count must be the preposition itself.
        var on = countFirst - 1;
        if (on <= s.First || tokens[on].Text != Particles.Ala)
        {
            return null;
        }
        var words = 0;
        for (var j = on - 1; j >= s.First && words < SplitVerbReach; j--)
        {
            var t = tokens[j];
            if (IsAside(tokens, s, j))
            {
                continue;
            }
            if (t.IsClauseBreak || t.IsNumber || t.Text == Particles.Ala)
            {
                return null;
            }
            if (t.ReadsAsOneOf(lexicon.SplitVerbs))
            {
                return CasualtyCategory.Killed;
            }
            words++;
        }
        return null;
    }
}
