using System.Runtime.CompilerServices;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark of normalised text; Start and End index that text.</summary>
public sealed record Token(int Index, int Start, int End, string Text, TokenKind Kind)
{
    private WordForms? _forms;

    /// <summary>A word token whose forms the tokenizer already looked up; its text is the shared word.</summary>
    /// <remarks>
    /// Its phrase-start bits are copied at once, while the word's forms are at hand: every word token of a report is
    /// asked them (the sentences' bits), and fetching the token and its forms again for it was 2 % of a batch.
    /// </remarks>
    public Token(int index, int start, int end, WordForms forms)
        : this(index, start, end, forms.Word, TokenKind.Word)
    {
        _forms = forms;
        KeepPhraseStarts();
    }

    /// <summary>
    /// The first 128 word lists' bits of <see cref="WordForms.PhraseStarts"/> (lists 0-63, then 64-127), copied onto the
    /// token with the registry's version + 1 they hold for (0: not yet): a token is asked by a dozen word lists, and its
    /// own fields are already at hand where the shared forms are one more object away. The default lexicons hold about
    /// a hundred lists; with the first 64 only, every question of a list numbered above went the slow way (the shared
    /// forms' kept answer and its array) at every token. A token belongs to one extraction, one thread. Lists 128-191
    /// too (a third word): the lexicon grew to some 145 lists, and the number reader's count words (numbered after
    /// them) are asked at every token the figure finder reads.
    /// </summary>
    private ulong _firstPhraseStarts;
    private ulong _secondPhraseStarts;
    private ulong _thirdPhraseStarts;
    private int _phraseStartsVersion;

    /// <summary>
    /// False when no reading of the word starts a phrase of the word list numbered <paramref name="matcher"/>
    /// (<see cref="WordForms.MayStartAPhraseOf"/>); true when one may.
    /// </summary>
    /// <remarks>Inlined where the word lists ask it (<see cref="PhraseMatcher{T}.MatchAt"/>); the first question of a token goes on to <see cref="MayStartAPhraseOfFirstAsked"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartAPhraseOf(int matcher)
    {
        if ((uint)matcher < 192 && _phraseStartsVersion == PhraseFirstWords.Version + 1)
        {
            return ((matcher < 64 ? _firstPhraseStarts : matcher < 128 ? _secondPhraseStarts : _thirdPhraseStarts) & (1UL << (matcher & 63))) != 0;
        }
        return MayStartAPhraseOfFirstAsked(matcher);
    }

    /// <summary><see cref="MayStartAPhraseOf"/> when the token's bits are not yet kept (or a list has gained a word since).</summary>
    private bool MayStartAPhraseOfFirstAsked(int matcher)
    {
        var starts = KeepPhraseStarts();
        return matcher < 64 ? (starts.FirstMatchers & (1UL << matcher)) != 0 : PhraseFirstWords.Has(starts.Matchers, matcher);
    }

    /// <summary>
    /// False when the word starts a phrase of none of the word lists whose bits <paramref name="matchers"/> holds (lists
    /// numbered below 64 only): one test for several lists.
    /// </summary>
    internal bool MayStartAPhraseOfAny(ulong matchers)
    {
        if (_phraseStartsVersion != PhraseFirstWords.Version + 1)
        {
            KeepPhraseStarts();
        }
        return (_firstPhraseStarts & matchers) != 0;
    }

    /// <summary>
    /// False when the word starts a phrase of none of the word lists whose bits <paramref name="first"/> (lists 0-63)
    /// and <paramref name="second"/> (lists 64-127) hold: one test for several lists.
    /// </summary>
    internal bool MayStartAPhraseOfAny(ulong first, ulong second)
    {
        if (_phraseStartsVersion != PhraseFirstWords.Version + 1)
        {
            KeepPhraseStarts();
        }
        return ((_firstPhraseStarts & first) | (_secondPhraseStarts & second)) != 0;
    }

    /// <summary>The bits of word lists 0-63 and 64-127 the word's readings may start a phrase of (<see cref="MayStartAPhraseOf"/>).</summary>
    internal (ulong First, ulong Second) PhraseStartBits()
    {
        if (_phraseStartsVersion != PhraseFirstWords.Version + 1)
        {
            KeepPhraseStarts();
        }
        return (_firstPhraseStarts, _secondPhraseStarts);
    }

    /// <summary>
    /// The bits of word lists 128-191 the word's readings may start a phrase of (<see cref="MayStartAPhraseOf"/>), for
    /// its sentence's bits.
    /// </summary>
    internal ulong ThirdPhraseStartBits()
    {
        if (_phraseStartsVersion != PhraseFirstWords.Version + 1)
        {
            KeepPhraseStarts();
        }
        return _thirdPhraseStarts;
    }

    private WordForms.PhraseStartSet KeepPhraseStarts()
    {
        var starts = Forms.PhraseStarts();
        _firstPhraseStarts = starts.FirstMatchers;
        _secondPhraseStarts = starts.SecondMatchers;
        _thirdPhraseStarts = starts.ThirdMatchers;
        _phraseStartsVersion = starts.Version + 1;
        return starts;
    }

    /// <summary>The word's clitic readings, shared by every token of the same word (<see cref="WordForms"/>).</summary>
    public WordForms Forms => _forms ??= WordForms.Of(Text);

    /// <summary>The word and its readings without a proclitic (<see cref="Clitics.Readings"/>).</summary>
    public string[] Readings => Forms.Readings;

    /// <summary>The word and its readings without a conjunction or preposition, keeping the article.</summary>
    public string[] ReadingsKeepingArticle => Forms.ReadingsKeepingArticle;

    /// <summary>The word's readings without an attached pronoun or accusative ending (<see cref="Clitics.SuffixReadings"/>).</summary>
    public string[] SuffixReadings => Forms.SuffixReadings;

    /// <summary>The readings and, after them, the readings without an attached pronoun or accusative ending.</summary>
    public string[] Stems => Forms.Stems;

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>Clause punctuation: a comma, a full stop, a colon and the like close a clause.</summary>
    public bool IsClauseBreak => Kind == TokenKind.Punctuation && Text is "," or "." or ";" or ":" or "?" or "!" or "\n" or "(" or ")" or "\"" or "-";

    public bool IsSentenceBreak => Kind == TokenKind.Punctuation && Text is "." or "!" or "?" or "\n";
}

/// <summary>Splits normalised text into words (letters), numbers (ASCII digits, with a decimal point) and marks.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                var start = i;
                while (i < text.Length && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                }
                tokens.Add(new Token(tokens.Count, start, start + 1, "\n", TokenKind.Punctuation));
                continue;
            }
            if (CharClass.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)))
                {
                    i++;
                }
                tokens.Add(new Token(tokens.Count, start, i, text[start..i], TokenKind.Number));
                continue;
            }
            if (CharClass.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (CharClass.IsLetter(text[i]) || text[i] == '\u0621'))
                {
                    i++;
                }
                // The word's shared forms, looked up on the span: the token's text is the memo's copy of the word,
                // so a report repeats no word's string and each token's forms are found once, here.
                tokens.Add(new Token(tokens.Count, start, i, WordForms.Of(text.AsSpan(start, i - start))));
                continue;
            }
            if (CharClass.IsLetterOrDigit(c))
            {
                // Other digits (already folded) or marks: part of a word.
                i++;
                continue;
            }
            tokens.Add(new Token(tokens.Count, i, i + 1, Mark(c), TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    /// <summary>A one-character mark as a string: the kept one for ASCII (the date tokenizer's marks share them too).</summary>
    internal static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    /// <summary>Each ASCII character as a string, made once: a report's commas and full stops need no string each.</summary>
    private static readonly string[] AsciiMarks = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
}
