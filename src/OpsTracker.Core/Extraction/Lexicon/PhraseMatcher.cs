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

    private readonly Dictionary<string, List<Candidate>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="_byFirstWord"/> frozen for look-ups, built at the first match after the last <see cref="Add"/>: every
    /// reading of every token is looked up in some thirty word lists and nearly all miss, which a frozen dictionary
    /// answers from the word's length and a few of its characters instead of hashing all of it. A race builds the
    /// same table twice and keeps either; phrases are added while the lexicon loads, before any match.
    /// </summary>
    private FrozenDictionary<string, Candidate[]>? _frozen;

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
        list.Add(new Candidate(words, value, string.Join(' ', words)));
        var sign = Sign(words[0]);
        _firstWordSigns[sign >> 6] |= 1UL << (sign & 63);
        PhraseFirstWords.Add(words[0], _number);
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
        _frozen = null;
    }

    private FrozenDictionary<string, Candidate[]> Frozen =>
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
        var kept = FirstWordCandidates(token, allowArticleOnFirst);
        if (kept.StartsAOneWordPhrase)
        {
            return true;
        }
        var second = new SecondToken(tokens, i);
        foreach (var candidates in kept.PerReading)
        {
            foreach (var candidate in candidates)
            {
                if (second.MayBe(candidate) && Rest(tokens, i, candidate.Words) >= 0)
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
        var second = new SecondToken(tokens, i);
        foreach (var candidates in FirstWordCandidates(token, allowArticleOnFirst).PerReading)
        {
            foreach (var candidate in candidates)
            {
                if (best is not null && candidate.Length <= bestWords)
                {
                    break;
                }
                if (!second.MayBe(candidate))
                {
                    continue;
                }
                // A one-word phrase fits where its word stands: nothing after it to walk.
                var last = candidate.Length == 1 ? i : Rest(tokens, i, candidate.Words);
                if (last >= 0)
                {
                    best = new PhraseMatch<T>(i, last, candidate.Value, candidate.Phrase);
                    bestWords = candidate.Length;
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
    private KeptCandidates FirstWordCandidates(Token token, bool allowArticleOnFirst)
    {
        var byFirstWord = Frozen;
        var starts = token.Forms.PhraseStarts();
        var slot = starts.ListSlot(_number);
        if (slot >= 0)
        {
            slot += allowArticleOnFirst ? 0 : 1;
            if (Volatile.Read(ref starts.ListSlots[slot]) is KeptCandidates kept && ReferenceEquals(kept.Table, byFirstWord))
            {
                return kept;
            }
        }
        var readings = allowArticleOnFirst ? token.Stems : token.ReadingsKeepingArticle;
        List<Candidate[]>? found = null;
        foreach (var first in readings)
        {
            var sign = Sign(first);
            if ((_firstWordSigns[sign >> 6] & (1UL << (sign & 63))) == 0 || !byFirstWord.TryGetValue(first, out var candidates))
            {
                continue;
            }
            (found ??= []).Add(candidates);
        }
        var answer = new KeptCandidates(byFirstWord, found is null ? [] : found.ToArray());
        if (slot >= 0)
        {
            Volatile.Write(ref starts.ListSlots[slot], answer);
        }
        return answer;
    }

    /// <summary>What <see cref="FirstWordCandidates"/> found for a word, and the table it found it in.</summary>
    private sealed record KeptCandidates(FrozenDictionary<string, Candidate[]> Table, Candidate[][] PerReading)
    {
        /// <summary>
        /// Whether a reading starts a one-word phrase, which fits whatever follows: <see cref="StartsFrom"/> answers
        /// true without walking the longer ones (which phrase fits first matters only to <see cref="MatchFrom"/>).
        /// </summary>
        public bool StartsAOneWordPhrase { get; } = Array.Exists(PerReading, candidates => Array.Exists(candidates, c => c.Length == 1));
    }

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
        text.Length == word.Length + 2 && text.StartsWith("ال", StringComparison.Ordinal) && text.AsSpan(2).SequenceEqual(word);

    /// <summary>
    /// Whether the token is a mark a phrase may hold between its words. "F-16": a hyphen inside a name joins its words.
    /// The press quotes or brackets a name inside a phrase ("تنظيم «داعش»", "عناصر (داعش)", "قيادة «عمليات نينوى»"):
    /// the marks are not words of it. Only a mark spells one, so a word or a number is not compared with the four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarkInAPhrase(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text is "-" or "\"" or "(" or ")";

    /// <summary>
    /// One bit of 64 for a word, from its length and three of its letters, and one for it without the article: two
    /// words <see cref="Rest"/> takes for the same (equal, or one the other with "ال") share a bit, so a phrase whose
    /// second word shares none with the token after its first is told it cannot fit without reading either word.
    /// </summary>
    private static ulong WordBits(string word) =>
        Bit(word) | (word.StartsWith("ال", StringComparison.Ordinal) ? Bit(word.AsSpan(2)) : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 1 : 1UL << (int)(((((uint)word[0] * 31 + word[word.Length / 2]) * 31 + word[^1]) * 31 + (uint)word.Length) * 0x9E3779B9u >> 26);

    /// <summary>
    /// A phrase of the list, with what <see cref="SecondToken"/> asks of it kept beside it: its length and the bits of
    /// its second word, so a phrase that cannot fit is passed over without loading its words.
    /// </summary>
    private readonly struct Candidate(string[] words, T value, string phrase)
    {
        public string[] Words { get; } = words;

        public T Value { get; } = value;

        public string Phrase { get; } = phrase;

        public int Length { get; } = words.Length;

        /// <summary>The second word's <see cref="WordBits"/>; none for a one-word phrase.</summary>
        public ulong Second { get; } = words.Length > 1 ? WordBits(words[1]) : 0;
    }

    /// <summary>
    /// The token after a phrase's first word (past the marks a phrase may hold) as bits a fitting phrase's second word
    /// must share: most phrases a first word starts do not fit where it stands (on the dev set one walk in four
    /// fitted), and the test turns most of them away before <see cref="Rest"/>. It never turns away one that fits:
    /// <see cref="Rest"/> compares its second word with this token or stops at a mark before it, and a word it takes
    /// for the second word shares a bit with it (<see cref="WordBits"/>; for a two-word phrase, also a reading of the
    /// token without its suffix, read only when a phrase asks).
    /// </summary>
    private struct SecondToken
    {
        private readonly Token? _token;

        private readonly ulong _written;

        private ulong _suffixes;

        private bool _suffixesRead;

        public SecondToken(TokenList tokens, int i)
        {
            var list = tokens.AsSpan();
            var at = i + 1;
            while (at < list.Length && IsMarkInAPhrase(list[at]))
            {
                at++;
            }
            if (at < list.Length && list[at].Kind != TokenKind.Punctuation)
            {
                _token = list[at];
                _written = WordBits(_token.Text);
            }
        }

        /// <summary>False when <paramref name="candidate"/> cannot fit; true when it may.</summary>
        public bool MayBe(in Candidate candidate) =>
            candidate.Length == 1 || (candidate.Second & _written) != 0 || (candidate.Length == 2 && (candidate.Second & Suffixes()) != 0);

        private ulong Suffixes()
        {
            if (!_suffixesRead && _token is not null)
            {
                foreach (var reading in _token.SuffixReadings)
                {
                    _suffixes |= Bit(reading);
                }
            }
            _suffixesRead = true;
            return _suffixes;
        }
    }

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
            while (at < list.Length && IsMarkInAPhrase(list[at]) && at - i < words.Length + MarksInAPhrase)
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
