using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتل ثمانية من «داعش»"، "مقتل 200 من (الدواعش)": the press sets a group's name in quotation marks or brackets,
/// and the partitive "من" before it still counts people of that group. The marks (guillemets and curly quotes are
/// read as the straight quote) stand between the preposition and the name; they are not the name's end.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Where the noun after a partitive "من" starts (the token after it is <paramref name="k"/>): past head adjectives
    /// ("من أخطر عناصر"، a quoted one too), and when nothing else is passed, past the marks that open a quoted or
    /// bracketed name ("من «داعش»"، "من (الدواعش)").
    /// </summary>
    private int PartitiveHead(TokenList tokens, int k, Sentence s)
    {
        var after = _triggers.SkipHeadAdjectives(tokens, k, s);
        return after == k && tokens[k].Text is "\"" or "'" or "(" ? _triggers.SkipHeadAdjectives(tokens, SkipOpeningMarks(tokens, k, s), s) : after;
    }

    /// <summary>
    /// The first token at or after <paramref name="k"/> that is not an opening quotation mark or bracket, within the
    /// sentence (at most <see cref="OpeningMarks"/> of them: a quote inside a bracket).
    /// </summary>
    private static int SkipOpeningMarks(TokenList tokens, int k, Sentence s)
    {
        for (var n = 0; n < OpeningMarks && k <= s.Last && tokens[k].Text is "\"" or "'" or "("; n++)
        {
            k++;
        }
        return k;
    }

    /// <summary>How many marks may open a name: a quote inside a bracket ("(«داعش»)").</summary>
    private const int OpeningMarks = 2;
}
