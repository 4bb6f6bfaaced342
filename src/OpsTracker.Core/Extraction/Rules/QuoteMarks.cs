using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The quotation marks and brackets a statement sets around a name, a figure or an adjective, passed over by the
/// figure finder and its collaborators as if the bare words stood there.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Past straight, curly and angle quotation marks at k.</summary>
    internal static int SkipQuoteMarks(TokenList tokens, int k, Sentence s)
    {
        while (k <= s.Last && tokens[k].Text is "\"" or "'" or "“" or "”" or "«" or "»" or "„")
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// "قتل (خمسة) إرهابيين": a figure in words set in brackets is counted as the bare word is; the closing
    /// bracket is passed only when the figure opened one, so a list index such as "2)" stays unread.
    /// </summary>
    internal static int SkipBracketClose(TokenList tokens, CountExpression count, int k, Sentence s) =>
        k <= s.Last && tokens[k].Text == ")" && count.FirstToken - 1 >= s.First && tokens[count.FirstToken - 1].Text == "(" ? k + 1 : k;

    internal static int SkipQuotes(TokenList tokens, int k, Sentence s)
    {
        while (k <= s.Last && tokens[k].Text is "\"" or "'")
        {
            k++;
        }
        return k;
    }
}
