using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Dates;

/// <remarks>A byte: the scanner's token array holds one entry per token of a report, 40 bytes an entry instead of 48.</remarks>
internal enum DateTokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// One word, digit run or punctuation character of normalised text. SpaceBefore is false when the token touches
/// the previous one ('12/4' or 'ال6'); LineStart is true for the first token of a line.
/// </summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int End, string Text, bool SpaceBefore, bool LineStart)
{
    /// <summary>A word's shared forms (its Text is their word), else null.</summary>
    public WordForms? Forms { get; init; }

    /// <summary>
    /// A word's date tables (<see cref="WordForms.DateTablesStarted"/>) with <see cref="DateScanner.Computed"/> set,
    /// found as the word is tokenized; 0 for a number or a mark.
    /// </summary>
    public ulong Tables { get; init; }

    /// <summary>The value of a digit run of up to six digits, else -1.</summary>
    public int Value { get; init; } = -1;

    public bool IsWord => Kind == DateTokenKind.Word;

    /// <summary>
    /// The bare article ('الـ 6' is 'ال' and '6'). Its length is asked first, from the token itself: the scanner asks this
    /// of every word that opens no table (nearly all), and comparing their strings read each word's string object, a
    /// cache miss a word.
    /// </summary>
    public bool IsArticle => Kind == DateTokenKind.Word && End - Start == Article.Letters.Length && Text == Article.Letters;
    public bool IsNumber => Kind == DateTokenKind.Number;
    public bool IsSymbol => Kind == DateTokenKind.Symbol;
}

/// <summary>Splits normalised text into tokens in one linear pass.</summary>
internal static class DateTokenizer
{
    private const int MaxValueDigits = 6;

    /// <param name="text">Normalised text.</param>
    /// <param name="tables">The date lexicon's tables, whose bits each word's <see cref="DateToken.Tables"/> holds.</param>
    /// <param name="answers">The <see cref="WordAnswers"/> <paramref name="words"/> were tokenized with, or null.</param>
    /// <param name="words">
    /// The same text's tokens from <see cref="Tokenizer"/>, when the caller has them: a date word spelled by one of
    /// them takes its <see cref="WordForms"/> from it instead of looking the word up in the shared memo again.
    /// </param>
    /// <returns>
    /// The tokens in an array whose first <paramref name="count"/> entries are used: the scanner reads them in place,
    /// where a list's indexer copies the whole token out for each field it is asked. The array is rented from
    /// <see cref="ArrayPool{T}.Shared"/> (32 bytes a token, 5.6 MB a batch of a thousand reports, most of it zeroed
    /// for nothing, the long reports' on the large-object heap): whoever is done with it may give it back
    /// (<see cref="DateScanner.Release"/>); entries past <paramref name="count"/> are stale and never read.
    /// </returns>
    public static DateToken[] Tokenize(string text, PhraseTableIndex tables, IReadOnlyList<Token>? words, WordAnswers? answers, out int count)
    {
        var known = 0;
        // The words' tables as the tokenizer read them from the memo's entries, when they are this lexicon's (at its
        // current version): the word's forms are not touched for them.
        var answered = WordAnswers.HoldForDates(answers, tables);
        // The word tokens read in place (the caller's list), not through the interface twice or thrice a word.
        var wordSpan = words switch
        {
            null => default,
            List<Token> list => CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => words.ToArray(),
        };
        // About as many tokens as the tokenizer's (no line breaks, a decimal's point apart): a quarter of the text's
        // length was a third more than that, 32 bytes a slot; the array grows if a report needs more.
        var tokens = ArrayPool<DateToken>.Shared.Rent(words is null ? Math.Max(4, text.Length / 4) : words.Count + (words.Count / 16) + 16);
        count = 0;
        var space = false;
        var newLine = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsWhiteSpace(c))
            {
                space = true;
                newLine |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }
            var start = i;
            var kind = Classify(c);
            i = kind switch
            {
                DateTokenKind.Number => SkipDigits(text, i),
                DateTokenKind.Word => SkipWordChars(text, Tokenizer.PastWordToken(wordSpan, start, ref known)),
                _ => i + (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1),
            };
            // A word is looked up in the shared memo by its span: no string per word, and the scanner finds there what
            // the date tables say about it.
            string? word = null;
            ulong wordTables = 0;
            var forms = kind == DateTokenKind.Word ? FormsOf(text, start, i, words is not null, wordSpan, ref known, tables, answered, out word, out wordTables) : null;
            var piece = word ?? (kind == DateTokenKind.Symbol && i == start + 1 ? Tokenizer.Mark(c) : text[start..i]);
            var value = kind == DateTokenKind.Number && piece.Length <= MaxValueDigits
                ? int.Parse(piece, NumberStyles.None, CultureInfo.InvariantCulture)
                : -1;
            if (count == tokens.Length)
            {
                var larger = ArrayPool<DateToken>.Shared.Rent(tokens.Length * 2);
                Array.Copy(tokens, larger, count);
                ArrayPool<DateToken>.Shared.Return(tokens);
                tokens = larger;
            }
            tokens[count++] = new DateToken(kind, start, i, piece, space || newLine, newLine) { Value = value, Forms = forms, Tables = wordTables };
            space = false;
            newLine = false;
        }
        return tokens;
    }

    /// <summary>
    /// The shared forms of the word [start, end): those of the tokenizer's token spelling the same span, found by a
    /// cursor (<paramref name="known"/>) that moves forward only, else the memo's; <paramref name="word"/> is the word's
    /// string, the token's text (the forms' own word, read from the token at hand rather than from the shared forms:
    /// the forms are one more object, and a cache miss, per word of every report).
    /// </summary>
    /// <remarks><paramref name="wordTables"/>: the word's date tables with <see cref="DateScanner.Computed"/> set, from
    /// the token's answers when <paramref name="answered"/> and it has them, else from the forms.</remarks>
    private static WordForms FormsOf(string text, int start, int end, bool hasWords, ReadOnlySpan<Token> words, ref int known, PhraseTableIndex tables, bool answered, out string word, out ulong wordTables)
    {
        if (hasWords)
        {
            while (known < words.Length && words[known].Start < start)
            {
                known++;
            }
            if (known < words.Length && words[known] is { IsWord: true } token && token.Start == start && token.End == end)
            {
                word = token.Text;
                var answers = token.Answers;
                wordTables = DateScanner.Computed | (answered && answers != 0 ? answers & DateTableMask : token.Forms.DateTablesStarted(tables));
                return token.Forms;
            }
        }
        var forms = WordForms.Of(text.AsSpan(start, end - start));
        word = forms.Word;
        wordTables = DateScanner.Computed | forms.DateTablesStarted(tables);
        return forms;
    }

    /// <summary>The date tables' bits of a token's answers (<see cref="WordAnswers.DateTableBits"/>).</summary>
    private const ulong DateTableMask = (1UL << WordAnswers.DateTableBits) - 1;

    private static DateTokenKind Classify(char c) =>
        IsDigit(c) ? DateTokenKind.Number : IsWordChar(c) ? DateTokenKind.Word : DateTokenKind.Symbol;

    // Two loops rather than one taking a Func: a delegate call per character was a visible part of the scan.
    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int SkipWordChars(string text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsWordChar(char c) => CharClass.IsLetterOrMark(c);
}
