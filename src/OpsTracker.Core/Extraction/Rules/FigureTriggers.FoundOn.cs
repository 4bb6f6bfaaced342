using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "عثرت القوات، خلال عمليات التفتيش في الصحراء وبإسناد من الطيران، على 12 وكرا": the verb of finding takes its object
/// with "على", and news Arabic puts its adverbials (when, where, with whose support) between the two. The trigger
/// phrase "عثرت على" is then not whole; the "على" before the count still says the count is of things found.
/// </summary>
internal sealed partial class FigureTriggers
{
    /// <summary>
    /// How far before its "على" a verb of finding is looked for: a subject and two or three adverbial phrases (about
    /// twenty words in the statements of the operations commands); a sentence break or another count ends the look.
    /// </summary>
    private const int FoundVerbBeforeOnReach = 30;

    /// <summary>
    /// "... على 18 وكرا" whose "على" is the object marker of a verb of finding (lexicon foundOnVerbs) earlier in the
    /// sentence: found. Null when the word before the count is no "على" (the cheap test first), or no such verb stands
    /// before it with no count or other "على" between.
    /// </summary>
    internal HideoutOutcome? FoundVerbBeforeOn(TokenList tokens, Sentence s, int countFirst)
    {
        var on = countFirst - 1;
        if (on <= s.First || tokens[on].Text != Particles.Ala)
        {
            return null;
        }
        for (var j = on - 1; j >= Math.Max(s.First, on - FoundVerbBeforeOnReach); j--)
        {
            var t = tokens[j];
            if (t.IsSentenceBreak || (t.IsNumber && !_blocked[j]) || t.Text == Particles.Ala)
            {
                return null;
            }
            if (t.ReadsAsOneOf(lexicon.FoundOnVerbs))
            {
                return HideoutOutcome.Found;
            }
        }
        return null;
    }
}
