using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A comma then a word with و that opens a coordinated clause of its own ("، وتعاني قرى المحافظة من هجمات"), not one
/// that goes on with the clause before ("، وذلك في"، "، وهي تابعة", lexicon sameClauseAfterComma). Outlets that run a
/// report into one sentence write "، و" where others end a sentence, so what such a clause names (a place, an attack)
/// is its own, not the figure's before the comma. One reading for the place readers and the side reader.
/// </summary>
internal static class CoordinatedClauses
{
    /// <summary>Whether the comma at <paramref name="token"/> opens a coordinated clause.</summary>
    public static bool OpensAt(TokenList tokens, int token, ExtractionLexicon lexicon) =>
        tokens[token].Text == "," && token + 1 < tokens.Count && tokens[token + 1].IsWord && tokens[token + 1].Text.Length > 1
        && tokens[token + 1].Text[0] == 'و' && !lexicon.SameClauseAfterComma.Contains(tokens[token + 1].Text);

    /// <summary>The first comma after <paramref name="token"/> within <paramref name="s"/> that opens a coordinated clause, or null.</summary>
    public static int? After(TokenList tokens, Sentence s, int token, ExtractionLexicon lexicon)
    {
        for (var i = token + 1; i < s.Last; i++)
        {
            if (OpensAt(tokens, i, lexicon))
            {
                return i;
            }
        }
        return null;
    }
}
