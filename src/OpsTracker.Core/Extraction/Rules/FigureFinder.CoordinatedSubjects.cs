using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أن 14 جنديا و6 من مقاتلي العشائر قتلوا": two counts of people joined by و before one plural verb are the verb's
/// subject together; the verb's outcome is the first count's too, though the second conjunct's words put the verb out of
/// the first count's own reach.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The outcome of the casualty verb after the second conjunct, when a count of people joined by و follows the
    /// counted noun ending at <paramref name="headLast"/> right away ("17 جنديا و8"، "17 جنديا وثمانية").
    /// </summary>
    private CasualtyCategory? CoordinatedSubjectTrigger(IReadOnlyList<Token> tokens, Sentence s, int headLast)
    {
        var joined = headLast + 1;
        if (joined > s.Last || !tokens[joined].Text.StartsWith('و'))
        {
            return null;
        }
        if (tokens[joined].Text == "و")
        {
            joined++;
        }
        if (joined > s.Last || numbers.ReadAt(tokens, joined) is not { } second || second.LastToken >= s.Last || _blocked[second.NumberToken])
        {
            return null;
        }
        return TriggerAfter(tokens, s, second.LastToken);
    }
}
