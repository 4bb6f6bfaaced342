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
/// A page wrapped at a fixed width everywhere (an e-mail, a PDF, a terminal copy) is read as its writer wrote it before
/// any of this (<see cref="Unwrap"/>).
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

    /// <summary>
    /// A page hard-wrapped at a fixed width breaks most of its lines after any word ("... أسفرت عن مقتل" + line break +
    /// "ثلاثة إرهابيين"), and every reader below would take each line for a sentence. When most lines that go on on the
    /// next line were broken by the page's width (<see cref="BreaksByWidth"/>), each such break becomes a space: the
    /// page reads as written a paragraph a line. A line its writer broke (a headline, a byline, the last line of a
    /// paragraph, a line that ends a sentence, one before a blank line or a list's mark, one before a verb of announcing
    /// that opens the lead: "... جنوب الموصل" | "أعلن جهاز ...") keeps its break. The text keeps
    /// its length, so every offset and every evidence (taken from the original, line breaks and all) stays where it
    /// was; a page that is not hard-wrapped is returned as it is.
    /// </summary>
    public static NormalizedText Unwrap(NormalizedText text, ExtractionLexicon lexicon)
    {
        // Widths are the original's, as the editor that wrapped the page counted them (with any short vowels that
        // normalisation drops); normalisation keeps every line break, so the k-th break is the same in both.
        if (BreaksByWidth(text.Original) is not { } breaks || text.Text.AsSpan().Count('\n') != breaks.Length)
        {
            return text;
        }
        var chars = text.Text.ToCharArray();
        var k = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n' && breaks[k++] && !OpensAStatement(text.Text, i + 1, lexicon))
            {
                chars[i] = ' ';
            }
        }
        return text.WithSameLengthText(new string(chars));
    }

    /// <summary>
    /// Per line break of a page, whether the page's width broke the line there; null when the page is not hard-wrapped:
    /// a line is wider than <see cref="AssemblerLimits.HardWrapMaxWidth"/>, or of the lines that go on on the next line
    /// (no blank line between) fewer than <see cref="AssemblerLimits.HardWrapMinLines"/> or fewer than half of those
    /// at least <see cref="AssemblerLimits.HardWrapMinFillPercent"/> % as wide as the widest were broken by the width.
    /// </summary>
    internal static bool[]? BreaksByWidth(string page)
    {
        // Most pages have a paragraph wider than any wrap: they are told so before anything is allocated.
        var widest = 0;
        foreach (var line in page.AsSpan().EnumerateLines())
        {
            widest = Math.Max(widest, line.Trim().Length);
            if (widest > AssemblerLimits.HardWrapMaxWidth)
            {
                return null;
            }
        }
        var lines = page.Split('\n');
        var breaks = new bool[lines.Length - 1];
        var goingOn = 0;
        var broken = 0;
        for (var i = 0; i < breaks.Length; i++)
        {
            var line = lines[i].AsSpan().Trim();
            var next = lines[i + 1].AsSpan().Trim();
            if (line.IsEmpty || next.IsEmpty)
            {
                continue;
            }
            // A short line (a page's chrome, a section, a byline, a hashtag) is broken by its writer whatever the page
            // does elsewhere: it says nothing of whether the page was wrapped at a width.
            if (100 * line.Length >= AssemblerLimits.HardWrapMinFillPercent * widest)
            {
                goingOn++;
            }
            if (IsText(next) && IsBrokenByWidth(line, next, widest))
            {
                breaks[i] = true;
                broken++;
            }
        }
        return broken >= AssemblerLimits.HardWrapMinLines && 2 * broken >= goingOn ? breaks : null;
    }

    /// <summary>
    /// Whether the line at <paramref name="start"/> opens with a verb of announcing (lexicon announcementVerbs: "أعلن",
    /// "قال", "ذكرت"): a lead under a headline as wide as the page's lines, not the rest of a sentence.
    /// </summary>
    private static bool OpensAStatement(string text, int start, ExtractionLexicon lexicon)
    {
        var line = text.AsSpan(start).TrimStart(' ');
        var end = line.IndexOfAny(' ', '\n');
        return lexicon.AnnouncementVerbs.HasWord((end >= 0 ? line[..end] : line).ToString());
    }

    /// <summary>A line of text, not a list item's dash or bullet.</summary>
    private static bool IsText(ReadOnlySpan<char> line) =>
        !ListBullets.IsBullet(line[0]);

    /// <summary>
    /// Whether the page's width, not its writer, broke <paramref name="line"/> before <paramref name="next"/>: the next
    /// line's first word would have taken the line past the widest line of the page (an editor breaks a line exactly
    /// then), and the line ends no sentence. A headline or a byline broken by its writer leaves room for that word.
    /// </summary>
    private static bool IsBrokenByWidth(ReadOnlySpan<char> line, ReadOnlySpan<char> next, int width)
    {
        var firstWord = next.IndexOfAny(' ', '\t') is var space and >= 0 ? space : next.Length;
        return line.Length + 1 + firstWord > width && !EndsASentence(line);
    }

    /// <summary>A full stop, a question or exclamation mark or a colon at the line's end, before any closing quotes or brackets.</summary>
    private static bool EndsASentence(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd("\"»”)]'");
        return !end.IsEmpty && end[^1] is '.' or '!' or '?' or '؟' or ':' or '؛';
    }
}
