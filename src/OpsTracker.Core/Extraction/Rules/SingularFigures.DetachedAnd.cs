using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The conjunction "و" written on digits ("و3"): the tokenizer parts the letter from the number, so the "و" stands as a
/// word of its own where a count in words carries it ("وثلاثة").
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>
    /// "ومعاونه و3 من مرافقيه": at a bare "و" whose next token is digits, the count those digits start, read as
    /// "وثلاثة" would be; else null. An outlet that writes numbers in digits must join people the way one that
    /// writes them in words does.
    /// </summary>
    private CountExpression? CountAfterDetachedAnd(TokenList tokens, Sentence s, int j)
        => tokens[j].Text == Particles.Wa && j < s.Last && tokens[j + 1].IsNumber ? numbers.ReadAt(tokens, j + 1) : null;
}
