using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A force's name told in quotation marks right after a people noun ('سقط ثلاثة من عناصر “الحشد الشعبي”'، 'عناصر «البيشمركة»'):
/// the quoted name says whose the people are, as it does without the marks; it is no title to skip (AfterQuotedTitle).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether a quotation mark right after the noun at <paramref name="headLast"/> opens a force's name (lexicon securityOrgs).</summary>
    private bool ForceNamedInQuotes(TokenList tokens, Sentence s, int headLast)
    {
        var open = headLast + 1;
        return open + 1 <= s.Last && tokens[open].Text == "\"" && lexicon.SecurityOrgs.MatchAt(tokens, open + 1) is not null;
    }
}
