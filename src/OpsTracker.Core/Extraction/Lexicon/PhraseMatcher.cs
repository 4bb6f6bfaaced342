using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Lexicon;

/// <summary>A phrase found in tokens [First, Last] with the value it was registered with.</summary>
public sealed record PhraseMatch<T>(int First, int Last, T Value, string Phrase);

/// <summary>
/// Finds registered multi-word phrases in token lists. The first word may carry a proclitic (و، ب، ل، ف، ال);
/// later words must match as written (after normalisation), or with the article. The first and the last word may
/// also carry an attached pronoun or an accusative ending ("قتلهم", "منذ بدايتها"); those readings are tried after the
/// word's own, and the longest phrase found wins.
/// </summary>
public sealed class PhraseMatcher<T>
{
    /// <summary>How many hyphens, quotation marks or brackets a phrase may hold between its words.</summary>
    private const int MarksInAPhrase = 2;

    private readonly Dictionary<string, List<(string[] Words, T Value, string Phrase)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="_byFirstWord"/> frozen for look-ups, built at the first match after the last <see cref="Add"/>: every
    /// reading of every token is looked up in some thirty word lists and nearly all miss, which a frozen dictionary
    /// answers from the word's length and a few of its characters instead of hashing all of it. A race builds the
    /// same table twice and keeps either; phrases are added while the lexicon loads, before any match.
    /// </summary>
    private FrozenDictionary<string, (string[] Words, T Value, string Phrase)[]>? _frozen;

    /// <summary>Bits of <see cref="_firstWordSigns"/>: 4,096, a few per cent of them set by a list of a hundred words.</summary>
    private const int SignBits = 1 << 12;

    /// <summary>
    /// One bit per first word, from its length and its first and last letters: a reading whose bit is clear starts no
    /// phrase of the list, which is most of them, and is told so without a look-up (a clear bit never lies; a set
    /// one sends the reading to the dictionary).
    /// </summary>
    private readonly ulong[] _firstWordSigns = new ulong[SignBits / 64];

    /// <summary>This matcher's number among all matchers (<see cref="PhraseFirstWords"/>).</summary>
    private readonly int _number = PhraseFirstWords.NewMatcher();

    public int Count { get; private set; }

    /// <summary>This matcher's number (its bit in <see cref="PhraseFirstWords"/> and <see cref="Token.MayStartAPhraseOfAny(ulong, ulong)"/>).</summary>
    internal int Number => _number;

    public void Add(string phrase, T value)
    {
        var words = ArabicNormalizer.NormalizeTerm(phrase)
            .Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirstWord[words[0]] = list;
        }
        list.Add((words, value, string.Join(' ', words)));
        var sign = Sign(words[0]);
        _firstWordSigns[sign >> 6] |= 1UL << (sign & 63);
        PhraseFirstWords.Add(words[0], _number);
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
        _frozen = null;
    }

    private FrozenDictionary<string, (string[] Words, T Value, string Phrase)[]> Frozen =>
        _frozen ??= _byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The longest phrase that starts at token <paramref name="i"/>, or null.</summary>
    /// <remarks>
    /// Inlined at its callers: the word lists are asked about some two million tokens per thousand reports and nearly
    /// every token starts no phrase of the list asked, which the token's own bits tell (<see cref="Token.MayStartAPhraseOf"/>).
    /// That answer costs no call, and the token list is read straight from its array (<see cref="TokenList.AsSpan"/>). Only a token that may start a phrase goes on to
    /// <see cref="MatchFrom"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PhraseMatch<T>? MatchAt(TokenList tokens, int i, bool allowArticleOnFirst = true) =>
        MayStartAt(tokens, i) is { } token ? MatchFrom(tokens, i, token, allowArticleOnFirst) : null;

    /// <summary>
    /// Whether a phrase starts at token <paramref name="i"/>: <c>MatchAt(tokens, i, allowArticleOnFirst) is not null</c>,
    /// without making the match. Where only that is asked (a report's per-token memo of the lists, <see cref="AnyIn"/>),
    /// the first phrase that fits answers, and no match object is made for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool StartsAt(TokenList tokens, int i, bool allowArticleOnFirst = true) =>
        MayStartAt(tokens, i) is { } token && StartsFrom(tokens, i, token, allowArticleOnFirst);

    /// <summary>
    /// The token at <paramref name="i"/> when it may start a phrase of the list (its bits say so), else null (out of
    /// range, a mark, or a word that starts none): what <see cref="MatchAt"/> and <see cref="StartsAt"/> ask first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token? MayStartAt(TokenList tokens, int i)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var span = tokens.AsSpan();
        if ((uint)i >= (uint)span.Length)
        {
            return null;
        }
        var token = span[i];
        return token.Kind == TokenKind.Punctuation || !token.MayStartAPhraseOf(_number) ? null : token;
    }

    /// <summary>
    /// <see cref="StartsAt"/> for a token that may start a phrase of the list: whether any phrase its readings start
    /// fits the tokens after it. <see cref="MatchFrom"/> returns a match exactly when one does (it tries every phrase
    /// until one fits, and only then skips the shorter ones).
    /// </summary>
    private bool StartsFrom(TokenList tokens, int i, Token token, bool allowArticleOnFirst)
    {
        foreach (var candidates in FirstWordCandidates(token, allowArticleOnFirst))
        {
            foreach (var (words, _, _) in candidates)
            {
                if (Rest(tokens, i, words) >= 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary><see cref="MatchAt"/> for a token that may start a phrase of the list.</summary>
    private PhraseMatch<T>? MatchFrom(TokenList tokens, int i, Token token, bool allowArticleOnFirst)
    {
        PhraseMatch<T>? best = null;
        var bestWords = 0;
        foreach (var candidates in FirstWordCandidates(token, allowArticleOnFirst))
        {
            foreach (var (words, value, phrase) in candidates)
            {
                if (best is not null && words.Length <= bestWords)
                {
                    break;
                }
                var last = Rest(tokens, i, words);
                if (last >= 0)
                {
                    best = new PhraseMatch<T>(i, last, value, phrase);
                    bestWords = words.Length;
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The phrases each reading of the token's word may start, in the order of its readings, those that start none left
    /// out: what the first-word table holds for them. Kept in the word's shared slot for this list
    /// (<see cref="WordForms.PhraseStartSet.ListSlots"/>) with the table it was read from, so a word met again (most
    /// are, in a batch) skips its readings' signs and look-ups; a table rebuilt after an <see cref="Add"/> reads them
    /// again. Shared by threads: an answer is made whole before it is kept, and a race keeps either of two equal ones.
    /// </summary>
    private (string[] Words, T Value, string Phrase)[][] FirstWordCandidates(Token token, bool allowArticleOnFirst)
    {
        var byFirstWord = Frozen;
        var starts = token.Forms.PhraseStarts();
        var slot = starts.ListSlot(_number);
        if (slot >= 0)
        {
            slot += allowArticleOnFirst ? 0 : 1;
            if (Volatile.Read(ref starts.ListSlots[slot]) is KeptCandidates kept && ReferenceEquals(kept.Table, byFirstWord))
            {
                return kept.PerReading;
            }
        }
        var readings = allowArticleOnFirst ? token.Stems : token.ReadingsKeepingArticle;
        List<(string[] Words, T Value, string Phrase)[]>? found = null;
        foreach (var first in readings)
        {
            var sign = Sign(first);
            if ((_firstWordSigns[sign >> 6] & (1UL << (sign & 63))) == 0 || !byFirstWord.TryGetValue(first, out var candidates))
            {
                continue;
            }
            (found ??= []).Add(candidates);
        }
        var perReading = found is null ? [] : found.ToArray();
        if (slot >= 0)
        {
            Volatile.Write(ref starts.ListSlots[slot], new KeptCandidates(byFirstWord, perReading));
        }
        return perReading;
    }

    /// <summary>What <see cref="FirstWordCandidates"/> found for a word, and the table it found it in.</summary>
    private sealed record KeptCandidates(FrozenDictionary<string, (string[] Words, T Value, string Phrase)[]> Table, (string[] Words, T Value, string Phrase)[][] PerReading);

    /// <summary>
    /// Whether a phrase of the list starts at a token from <paramref name="first"/> to <paramref name="last"/>, both
    /// included (a phrase may run on past <paramref name="last"/>): the readers' "is any such word between here and
    /// there" in one place.
    /// </summary>
    public bool AnyIn(TokenList tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (StartsAt(tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every non-overlapping phrase, left to right, longest first at each position.</summary>
    public List<PhraseMatch<T>> FindAll(TokenList tokens, int from = 0, int to = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<PhraseMatch<T>>();
        to = Math.Min(to, tokens.Count);
        for (var i = Math.Max(0, from); i < to; i++)
        {
            var m = MatchAt(tokens, i);
            if (m is not null && m.Last < to)
            {
                found.Add(m);
                i = m.Last;
            }
        }
        return found;
    }

    /// <summary>Whether the word itself (normalised, no clitic or suffix reading) is registered as a one-word phrase.</summary>
    public bool HasWord(string word) =>
        _byFirstWord.TryGetValue(ArabicNormalizer.NormalizeTerm(word), out var list) && list.Exists(c => c.Words.Length == 1);

    public bool Contains(string word)
    {
        foreach (var r in WordForms.Of(word).Readings)
        {
            if (_byFirstWord.TryGetValue(r, out var list) && list.Exists(c => c.Words.Length == 1))
            {
                return true;
            }
        }
        return false;
    }

    private static int Sign(string word) =>
        word.Length == 0 ? 0 : (int)(((uint)word[0] * 31 + word[^1]) * 31 + (uint)word.Length) & (SignBits - 1);

    /// <summary>
    /// Whether <paramref name="text"/> is <paramref name="word"/> with the article "ال" before it: the test
    /// <c>text == "ال" + word</c> without a string per test (later words of phrases are compared at every token a
    /// first word matches).
    /// </summary>
    private static bool IsWithArticle(string text, string word) =>
        text.Length == word.Length + Article.Letters.Length && Article.Begins(text) && text.AsSpan(Article.Letters.Length).SequenceEqual(word);

    /// <summary>The index of the phrase's last token when the words after the first match, else -1.</summary>
    private static int Rest(TokenList tokens, int i, string[] words)
    {
        // The tokens read in place when they are a list (every caller's): no interface call per word.
        var list = tokens.AsSpan();
        if (i + words.Length > list.Length)
        {
            return -1;
        }
        var at = i;
        for (var k = 1; k < words.Length; k++)
        {
            at++;
            // "F-16": a hyphen inside a name joins its words. The press quotes or brackets a name inside a phrase
            // ("تنظيم «داعش»", "عناصر (داعش)", "قيادة «عمليات نينوى»"): the marks are not words of it. Only a mark
            // spells one, so a word or a number is not compared with the four.
            while (at < list.Length && list[at].Kind == TokenKind.Punctuation && list[at].Text is "-" or "\"" or "(" or ")" && at - i < words.Length + MarksInAPhrase)
            {
                at++;
            }
            if (at >= list.Length)
            {
                return -1;
            }
            var t = list[at];
            if (t.Kind == TokenKind.Punctuation)
            {
                return -1;
            }
            if (t.Text != words[k] && !IsWithArticle(t.Text, words[k]) && !IsWithArticle(words[k], t.Text) && (k < words.Length - 1 || Array.IndexOf(t.SuffixReadings, words[k]) < 0))
            {
                return -1;
            }
        }
        return at;
    }
}
