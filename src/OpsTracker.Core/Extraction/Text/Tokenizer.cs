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
    public Token(int index, int start, int end, WordForms forms)
        : this(index, start, end, forms.Word, TokenKind.Word)
    {
        _forms = forms;
    }

    /// <summary>
    /// A word token as the tokenizer makes it from the memo's entry (<see cref="WordMemo"/>): the word's string and forms
    /// read from the entry, and where the entry lies, whose phrase-start bits the token is asked
    /// (<see cref="MayStartAPhraseOf"/>); neither the forms nor their phrase-start set are touched here.
    /// </summary>
    internal Token(int index, int start, int end, string word, WordForms forms, WordMemo.Located entry, ulong answers)
        : this(index, start, end, word, TokenKind.Word)
    {
        _forms = forms;
        _memo = entry.Table;
        _slot = entry.Slot;
        Answers = answers;
    }

    /// <summary>
    /// The word's answers to the <see cref="WordAnswers"/> the tokenizer was given (its date tables and place-name
    /// start, <see cref="WordAnswers.Known"/> set), read from the word's memo entry with the token; 0 when not
    /// answered (a mark, a number, a word tokenized without answers). Whoever reads them checks they are its own set's.
    /// </summary>
    internal ulong Answers { get; }

    /// <summary>
    /// The memo table that holds the word's entry (<see cref="WordMemo.Entry.PhraseStarts"/>, at <see cref="_slot"/>), or
    /// null for a token the tokenizer did not make from an entry (a number, a mark, a token made with its forms).
    /// </summary>
    /// <remarks>
    /// Why the entry and not a set of its own: a token is asked by the sentences' bits and a dozen word lists which
    /// lists its word may start a phrase of. The word's phrase-start set was an object of its own per word, first
    /// touched after the tokenizer, a cache miss per distinct word of each report that moved to whichever reader came
    /// first (speed30c, speed30d); the entry's bits lie where the tokenizer has just read the entry. A copy of the bits
    /// on the token made every token 32 bytes larger (a sixth of a batch's allocation); the table and the slot take 12.
    /// </remarks>
    private readonly WordMemo.Entry[]? _memo;

    private readonly int _slot;

    /// <summary>
    /// False when no reading of the word starts a phrase of the word list numbered <paramref name="matcher"/>
    /// (<see cref="WordForms.MayStartAPhraseOf"/>); true when one may.
    /// </summary>
    /// <remarks>
    /// Inlined where the word lists ask it (<see cref="PhraseMatcher{T}.MatchAt"/>). Answered from the word's memo
    /// entry while its bits hold for the lists' current version; otherwise, or for a list past the entry's 256, by the
    /// shared forms (<see cref="MayStartAPhraseOfFromForms"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartAPhraseOf(int matcher)
    {
        var memo = _memo;
        if ((uint)matcher < WordMemo.PhraseStartWords * 64 && memo is not null)
        {
            ref var entry = ref memo[_slot];
            if (Volatile.Read(ref entry.PhraseStartsVersion) == PhraseFirstWords.Version)
            {
                return (entry.PhraseStarts[matcher >> 6] & (1UL << (matcher & 63))) != 0;
            }
        }
        return MayStartAPhraseOfFromForms(matcher);
    }

    /// <summary><see cref="MayStartAPhraseOf"/> when the entry does not answer: the shared forms' set of the current version.</summary>
    private bool MayStartAPhraseOfFromForms(int matcher) => Forms.MayStartAPhraseOf(matcher);

    /// <summary>
    /// The bits of word lists 0-255 the word's readings may start a phrase of (<see cref="MayStartAPhraseOf"/>), as of the
    /// current version: the entry's when they hold for it, else the shared forms'.
    /// </summary>
    internal WordMemo.PhraseStartBits PhraseStarts()
    {
        var memo = _memo;
        if (memo is not null)
        {
            ref var entry = ref memo[_slot];
            if (Volatile.Read(ref entry.PhraseStartsVersion) == PhraseFirstWords.Version)
            {
                return entry.PhraseStarts;
            }
        }
        return PhraseStartsFromForms();
    }

    private WordMemo.PhraseStartBits PhraseStartsFromForms()
    {
        var starts = Forms.PhraseStarts();
        var bits = default(WordMemo.PhraseStartBits);
        bits[0] = starts.FirstMatchers;
        bits[1] = starts.SecondMatchers;
        bits[2] = starts.ThirdMatchers;
        bits[3] = starts.FourthMatchers;
        return bits;
    }

    /// <summary>
    /// False when the word starts a phrase of none of the word lists whose bits <paramref name="matchers"/> holds (lists
    /// numbered below 64 only): one test for several lists.
    /// </summary>
    internal bool MayStartAPhraseOfAny(ulong matchers) => (PhraseStarts()[0] & matchers) != 0;

    /// <summary>
    /// False when the word starts a phrase of none of the word lists whose bits <paramref name="first"/> (lists 0-63)
    /// and <paramref name="second"/> (lists 64-127) hold: one test for several lists.
    /// </summary>
    internal bool MayStartAPhraseOfAny(ulong first, ulong second)
    {
        var starts = PhraseStarts();
        return ((starts[0] & first) | (starts[1] & second)) != 0;
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
                    var at = WordMemo.Locate(text.AsSpan(token.Start, token.End - token.Start), token.Probe);
                    ref var known = ref at.Table[at.Slot];
                    if (Volatile.Read(ref known.PhraseStartsVersion) != PhraseFirstWords.Version)
                    {
                        // A word new to the memo, or met before a list gained a word: its bits brought up to date
                        // here, so that the readers find them current.
                        WordMemo.KeepPhraseStartBits(ref known);
                    }
                    tokens.Add(new Token(tokens.Count, token.Start, token.End, known.Word, known.Forms!, at, answers is null ? 0 : WordMemo.AnswersOf(ref known, answers)));
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
