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
    /// Its phrase-start set is kept at once, while the word's forms are at hand: every word token of a report is
    /// asked it (the sentences' bits), and fetching the token and its forms again for it was 2 % of a batch.
    /// </remarks>
    public Token(int index, int start, int end, WordForms forms)
        : this(index, start, end, forms.Word, TokenKind.Word)
    {
        _forms = forms;
        KeepPhraseStarts();
    }

    /// <summary>
    /// A word token as the tokenizer makes it from the memo's entry (<see cref="WordMemo"/>): the word's string, forms
    /// and kept phrase-start set read from the entry, so that neither the forms nor the set are touched here (the set's
    /// version is checked when the token is asked, <see cref="MayStartAPhraseOf"/>).
    /// </summary>
    internal Token(int index, int start, int end, string word, WordForms forms, WordForms.PhraseStartSet phraseStarts, ulong answers)
        : this(index, start, end, word, TokenKind.Word)
    {
        _forms = forms;
        _phraseStarts = phraseStarts;
        Answers = answers;
    }

    /// <summary>
    /// The word's answers to the <see cref="WordAnswers"/> the tokenizer was given (its date tables and place-name
    /// start, <see cref="WordAnswers.Known"/> set), read from the word's memo entry with the token; 0 when not
    /// answered (a mark, a number, a word tokenized without answers). Whoever reads them checks they are its own set's.
    /// </summary>
    internal ulong Answers { get; }

    /// <summary>
    /// The word's <see cref="WordForms.PhraseStarts"/> (the word lists its readings may start a phrase of, with the
    /// registry's version they hold for), kept on the token: a token is asked by a dozen word lists, and its own field
    /// is already at hand where the shared forms are one more object away. The set itself, not a copy of its bits: the
    /// copy (three words of bits and a version) made every token 80 bytes instead of 56, a sixth of the bytes a batch
    /// allocated, while the set is shared by every token of the word and read where the token was made. Null until
    /// first asked for a token made without its forms (a number, a mark). A token belongs to one extraction, one thread.
    /// </summary>
    private WordForms.PhraseStartSet? _phraseStarts;

    /// <summary>
    /// False when no reading of the word starts a phrase of the word list numbered <paramref name="matcher"/>
    /// (<see cref="WordForms.MayStartAPhraseOf"/>); true when one may.
    /// </summary>
    /// <remarks>Inlined where the word lists ask it (<see cref="PhraseMatcher{T}.MatchAt"/>); the first question of a token goes on to <see cref="MayStartAPhraseOfFirstAsked"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartAPhraseOf(int matcher)
    {
        var starts = _phraseStarts;
        if ((uint)matcher < 256 && starts is not null && starts.Version == PhraseFirstWords.Version)
        {
            return ((matcher < 64 ? starts.FirstMatchers : matcher < 128 ? starts.SecondMatchers : matcher < 192 ? starts.ThirdMatchers : starts.FourthMatchers) & (1UL << (matcher & 63))) != 0;
        }
        return MayStartAPhraseOfFirstAsked(matcher);
    }

    /// <summary><see cref="MayStartAPhraseOf"/> when the token's set is not yet kept (or a list has gained a word since).</summary>
    private bool MayStartAPhraseOfFirstAsked(int matcher)
    {
        var starts = KeepPhraseStarts();
        return matcher < 64 ? (starts.FirstMatchers & (1UL << matcher)) != 0 : PhraseFirstWords.Has(starts.Matchers, matcher);
    }

    /// <summary>The word's phrase starts as of the current version: the kept set, else the shared forms' (then kept).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordForms.PhraseStartSet CurrentPhraseStarts()
    {
        var starts = _phraseStarts;
        return starts is not null && starts.Version == PhraseFirstWords.Version ? starts : KeepPhraseStarts();
    }

    /// <summary>
    /// False when the word starts a phrase of none of the word lists whose bits <paramref name="matchers"/> holds (lists
    /// numbered below 64 only): one test for several lists.
    /// </summary>
    internal bool MayStartAPhraseOfAny(ulong matchers) => (CurrentPhraseStarts().FirstMatchers & matchers) != 0;

    /// <summary>
    /// False when the word starts a phrase of none of the word lists whose bits <paramref name="first"/> (lists 0-63)
    /// and <paramref name="second"/> (lists 64-127) hold: one test for several lists.
    /// </summary>
    internal bool MayStartAPhraseOfAny(ulong first, ulong second)
    {
        var starts = CurrentPhraseStarts();
        return ((starts.FirstMatchers & first) | (starts.SecondMatchers & second)) != 0;
    }

    /// <summary>The bits of word lists 0-63 and 64-127 the word's readings may start a phrase of (<see cref="MayStartAPhraseOf"/>).</summary>
    internal (ulong First, ulong Second) PhraseStartBits()
    {
        var starts = CurrentPhraseStarts();
        return (starts.FirstMatchers, starts.SecondMatchers);
    }

    /// <summary>
    /// The bits of word lists 128-191 and 192-255 the word's readings may start a phrase of (<see cref="MayStartAPhraseOf"/>),
    /// for its sentence's bits.
    /// </summary>
    internal (ulong Third, ulong Fourth) LaterPhraseStartBits()
    {
        var starts = CurrentPhraseStarts();
        return (starts.ThirdMatchers, starts.FourthMatchers);
    }

    private WordForms.PhraseStartSet KeepPhraseStarts() => _phraseStarts = Forms.PhraseStarts();

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

    /// <summary>Whether the token is a word that, as written or without a proclitic (<see cref="Readings"/>, the word first), is one of <paramref name="words"/>.</summary>
    public bool ReadsAsOneOf(IReadOnlySet<string> words) => IsWord && Readings.AnyIn(words);

    /// <summary>
    /// Whether the token is a word that is one of <paramref name="words"/> bare or definite: a list that holds "الخسائر"
    /// or "خسائر" finds "وخسائر" and "والخسائر" alike (<see cref="Readings"/> or <see cref="ReadingsKeepingArticle"/>).
    /// </summary>
    public bool ReadsAsOneOfBareOrDefinite(IReadOnlySet<string> words) => IsWord && (Readings.AnyIn(words) || ReadingsKeepingArticle.AnyIn(words));

    /// <summary><see cref="ReadsAsOneOf(IReadOnlySet{string})"/> for a lexicon's set, held as itself (<see cref="SignedWordSet"/>).</summary>
    public bool ReadsAsOneOf(SignedWordSet words) => IsWord && words.HoldsAnyOf(Readings);

    /// <summary><see cref="ReadsAsOneOfBareOrDefinite(IReadOnlySet{string})"/> for a lexicon's set, held as itself (<see cref="SignedWordSet"/>).</summary>
    public bool ReadsAsOneOfBareOrDefinite(SignedWordSet words) => IsWord && (words.HoldsAnyOf(Readings) || words.HoldsAnyOf(ReadingsKeepingArticle));
    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>Clause punctuation: a comma, a full stop, a colon and the like close a clause.</summary>
    public bool IsClauseBreak => Kind == TokenKind.Punctuation && Text is "," or "." or ";" or ":" or "?" or "!" or "\n" or "(" or ")" or "\"" or "-";

    public bool IsSentenceBreak => Kind == TokenKind.Punctuation && Text is "." or "!" or "?" or "\n";
}

/// <summary>Splits normalised text into words (letters), numbers (ASCII digits, with a decimal point) and marks.</summary>
public static class Tokenizer
{
    public static TokenList Tokenize(string text) => Tokenize(text, null);

    /// <param name="text">Normalised text.</param>
    /// <param name="answers">
    /// What the date scanner and the place matcher will ask of each word, answered here from the word's memo entry
    /// (<see cref="Token.Answers"/>), or null.
    /// </param>
    internal static TokenList Tokenize(string text, WordAnswers? answers)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 4);
        // Tokens are found a chunk at a time and made after: each word's memo entry is asked of the processor when the
        // word is found (WordMemo.Prepare), so a chunk's entries load side by side instead of one after another.
        Span<Found> found = stackalloc Found[FoundChunk];
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (n == found.Length)
            {
                Make(tokens, text, found, answers);
                n = 0;
            }
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                var start = i;
                while (i < text.Length && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                }
                found[n++] = new Found(start, start + 1, FoundKind.LineBreak, default);
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
                found[n++] = new Found(start, i, FoundKind.Number, default);
                continue;
            }
            if (CharClass.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (CharClass.IsLetter(text[i]) || text[i] == '\u0621'))
                {
                    i++;
                }
                found[n++] = new Found(start, i, FoundKind.Word, WordMemo.Prepare(text.AsSpan(start, i - start)));
                continue;
            }
            if (CharClass.IsLetterOrDigit(c))
            {
                // Other digits (already folded) or marks: part of a word.
                i++;
                continue;
            }
            if (c == '.' && IsBetweenInitials(text, i))
            {
                // "المتهمة (ح.س.م)": the dots of a name's initials end no sentence; the letters stay words of their own.
                i++;
                continue;
            }
            found[n++] = new Found(i, i + 1, FoundKind.Mark, default);
            i++;
        }
        Make(tokens, text, found[..n], answers);
        // An array of exactly the tokens, so that the list's indexer is the array's (its bounds test included).
        return new TokenList([.. tokens]);
    }

    /// <summary>Tokens found before they are made (<see cref="Make"/>).</summary>
    private const int FoundChunk = 16;

    private enum FoundKind : byte
    {
        Word,
        Number,
        Mark,
        LineBreak,
    }

    /// <summary>A token found and not yet made: its span, what it is and, for a word, its memo key.</summary>
    private readonly record struct Found(int Start, int End, FoundKind Kind, WordMemo.Probe Probe);

    /// <summary>Makes the tokens <paramref name="found"/> holds, in order.</summary>
    private static void Make(List<Token> tokens, string text, ReadOnlySpan<Found> found, WordAnswers? answers)
    {
        foreach (var token in found)
        {
            switch (token.Kind)
            {
                case FoundKind.Word:
                    // The word's shared forms, looked up on the span: the token's text is the memo's copy of the word,
                    // so a report repeats no word's string and each token's forms are found once, here, in one entry.
                    ref var known = ref WordMemo.Find(text.AsSpan(token.Start, token.End - token.Start), token.Probe);
                    tokens.Add(new Token(tokens.Count, token.Start, token.End, known.Word, known.Forms!, WordMemo.KeptPhraseStarts(ref known), answers is null ? 0 : WordMemo.AnswersOf(ref known, answers)));
                    break;
                case FoundKind.Number:
                    tokens.Add(new Token(tokens.Count, token.Start, token.End, text[token.Start..token.End], TokenKind.Number));
                    break;
                case FoundKind.LineBreak:
                    tokens.Add(new Token(tokens.Count, token.Start, token.End, "\n", TokenKind.Punctuation));
                    break;
                default:
                    tokens.Add(new Token(tokens.Count, token.Start, token.End, Mark(text[token.Start]), TokenKind.Punctuation));
                    break;
            }
        }
    }

    /// <summary>
    /// The end of the tokenizer's word token that starts at <paramref name="start"/>, else <paramref name="start"/>; the
    /// cursor (<paramref name="known"/>) moves forward only. The token's characters are letters, each a word character
    /// to the date tokenizer and the place matcher too, so their walks resume after them rather than asking each one again.
    /// </summary>
    internal static int PastWordToken(ReadOnlySpan<Token> words, int start, ref int known)
    {
        while (known < words.Length && words[known].Start < start)
        {
            known++;
        }
        return known < words.Length && words[known] is { IsWord: true } token && token.Start == start ? token.End : start;
    }

    /// <summary>
    /// Whether the full stop at <paramref name="i"/> stands between two letters that are each a word of one letter
    /// ("ح.س.م"): initials of a name, as security statements give a suspect's, not the end of a sentence. A stop
    /// between two longer words written without a space ("داعش.وأضاف") still ends one.
    /// </summary>
    private static bool IsBetweenInitials(string text, int i) =>
        i >= 1 && i + 1 < text.Length && CharClass.IsLetter(text[i - 1]) && CharClass.IsLetter(text[i + 1])
        && (i < 2 || !CharClass.IsLetter(text[i - 2])) && (i + 2 >= text.Length || !CharClass.IsLetter(text[i + 2]));

    /// <summary>A one-character mark as a string: the kept one for ASCII (the date tokenizer's marks share them too).</summary>
    internal static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    /// <summary>Each ASCII character as a string, made once: a report's commas and full stops need no string each.</summary>
    private static readonly string[] AsciiMarks = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
}
