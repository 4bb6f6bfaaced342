using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A page hard-wrapped at a fixed width breaks its lines inside sentences: "... وأسفر القصف عن" + line break +
/// "مقتل ...". A line break ends a sentence for the reader (<see cref="Token.IsSentenceBreak"/>), so such a sentence
/// lost its place or its figure to the next line. A line that ends in a comma or in a word that cannot end a
/// sentence (a preposition, a conjunction, a relative pronoun, "أن"; lexicon lineWrapWords) and has more text on the
/// very next line goes on there: its line break is dropped from the tokens, as a space. A blank line (a paragraph)
/// and a next line opening with a mark (a list's dash, a quotation) keep theirs, and so does every line that ends in
/// a full word a sentence may end with (a headline, a byline, a dateline).
/// </summary>
internal static class WrappedLines
{
    /// <summary>The tokens without the line breaks inside wrapped sentences; the same list when there are none.</summary>
    public static TokenList Join(TokenList tokens, string text, ExtractionLexicon lexicon)
    {
        List<Token>? joined = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Punctuation && token.Text == "\n" && IsWrap(tokens, t, text, lexicon))
            {
                joined ??= [.. tokens.AsSpan()[..t]];
                continue;
            }
            joined?.Add(token.Index == joined.Count ? token : token with { Index = joined.Count });
        }
        return joined is null ? tokens : new TokenList([.. joined]);
    }

    private static bool IsWrap(TokenList tokens, int t, string text, ExtractionLexicon lexicon)
    {
        if (t == 0 || t + 1 >= tokens.Count || tokens[t + 1].Kind == TokenKind.Punctuation)
        {
            return false;
        }
        var before = tokens[t - 1];
        if (!(before.Text is "," or "،" || (before.IsWord && lexicon.LineWrapWords.Contains(before.Text))))
        {
            return false;
        }
        // One line break only: a blank line between is a new paragraph.
        var breaks = 0;
        for (var i = tokens[t].Start; i < tokens[t + 1].Start; i++)
        {
            if (text[i] == '\n' && ++breaks > 1)
            {
                return false;
            }
        }
        return true;
    }
}
