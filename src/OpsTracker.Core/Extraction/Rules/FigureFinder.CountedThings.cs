using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Things counted after a seizing verb ("القبض على ثلاثة إرهابيين، وضبط 4 أحزمة ناسفة"): a bare number right before a
/// weapon, an explosive, a vehicle or a device (lexicon countedThings) counts those things, so it is no count of the
/// people a trigger before it ("ضبط"، "القبض") or the figure before it named.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether the word right after <paramref name="count"/> names things, not people.</summary>
    private bool CountsThings(TokenList tokens, Sentence s, CountExpression count)
    {
        var next = count.LastToken + 1;
        return next <= s.Last && tokens[next].IsWord && lexicon.CountedThings.MatchAt(tokens, next) is not null;
    }
}
