using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// The clitic readings of one written word (<see cref="Clitics"/>), computed once per word rather than once per
/// token: news text repeats its words, and the readings were the largest cost of a report's extraction (every word
/// list is matched at every token). Instances are shared between tokens, reports and threads; each reading is a pure
/// function of the word, so a race computes the same array twice and keeps either.
/// </summary>
public sealed class WordForms : IEquatable<WordForms>
{
    /// <summary>
    /// Distinct words kept before the memo starts over. A report has a few thousand distinct words and the news
    /// vocabulary some tens of thousands, so this keeps the common words of a long batch at a few tens of MB at most.
    /// </summary>
    public const int MemoCapacity = 200_000;

    private string[]? _readings;
    private string[]? _readingsKeepingArticle;
    private string[]? _suffixReadings;
    private string[]? _stems;

    /// <summary>
    /// <see cref="MayStartAPhraseOf"/>'s answer as last computed, with the <see cref="PhraseFirstWords.Version"/> it holds
    /// for; replaced whole, so a thread reads a whole answer.
    /// </summary>
    private PhraseStartSet? _phraseStarts;

    /// <summary><see cref="DateTablesStarted"/>'s answer for one date lexicon's tables, at the version it holds for.</summary>
    private DateTableStarts? _dateTables;

    private (string Form, int Offset)[]? _dateCliticForms;

    /// <summary>Made by <see cref="WordMemo"/> only, once per word.</summary>
    internal WordForms(string word) => Word = word;

    public string Word { get; }

    /// <summary>The shared forms of <paramref name="word"/> (<see cref="WordMemo"/>).</summary>
    public static WordForms Of(string word) => WordMemo.Find(word, word).Forms!;

    /// <summary>
    /// The shared forms of the word <paramref name="word"/> spells; a word seen before costs no string (its
    /// <see cref="Word"/> is the one the memo keeps).
    /// </summary>
    public static WordForms Of(ReadOnlySpan<char> word) => WordMemo.Find(word).Forms!;

    /// <summary>The word and its readings without a proclitic (<see cref="Clitics.Readings"/>).</summary>
    public string[] Readings => _readings ??= [.. Clitics.Readings(Word)];

    /// <summary>The word and its readings without a conjunction or preposition, keeping the article.</summary>
    public string[] ReadingsKeepingArticle => _readingsKeepingArticle ??= [.. Clitics.ReadingsWithoutArticleRemoval(Word)];

    /// <summary>
    /// The word and what a leading conjunction and preposition may hide, as the date scanner reads them
    /// (<see cref="DateScanner.CliticForms"/>): a pure function of the word, so found once per word rather than once per
    /// token of every report (a list and a substring per form each time).
    /// </summary>
    internal (string Form, int Offset)[] DateCliticForms => _dateCliticForms ??= [.. DateScanner.CliticForms(Word)];

    /// <summary>The word's readings without an attached pronoun or accusative ending (<see cref="Clitics.SuffixReadings"/>).</summary>
    public string[] SuffixReadings => _suffixReadings ??= [.. Clitics.SuffixReadings(Word)];

    /// <summary>The readings and, after them, the readings without an attached pronoun or accusative ending.</summary>
    public string[] Stems => _stems ??= [.. Readings.Concat(SuffixReadings).Distinct()];

    /// <summary>
    /// False when no reading of the word starts a phrase of the word list numbered <paramref name="matcher"/>
    /// (<see cref="PhraseFirstWords"/>); true when one may. The matchers the word's readings start are found once per
    /// word, and again after a word list gains a first word.
    /// </summary>
    public bool MayStartAPhraseOf(int matcher)
    {
        var kept = PhraseStarts();
        // The first sixty-four word lists (every list of the default lexicons) are answered from the kept answer itself.
        return matcher < 64 ? (kept.FirstMatchers & (1UL << matcher)) != 0 : PhraseFirstWords.Has(kept.Matchers, matcher);
    }

    /// <summary>The matchers the word's readings start, as of the current <see cref="PhraseFirstWords.Version"/>.</summary>
    /// <remarks>
    /// Inlined where it is asked (every word token the tokenizer makes): once a word's answer is kept, which it is for
    /// nearly every word of a batch, it is two loads and a compare, and the call was 1.5 % of a batch.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PhraseStartSet PhraseStarts()
    {
        var version = PhraseFirstWords.Version;
        var kept = Volatile.Read(ref _phraseStarts);
        return kept is not null && kept.Version == version ? kept : KeepPhraseStarts(version);
    }

    /// <summary><see cref="PhraseStarts"/> for a word not yet asked, or asked before a word list gained a word.</summary>
    private PhraseStartSet KeepPhraseStarts(int version)
    {
        // The version read before the look-up: a word list that gains a word during it makes the next call ask again.
        var matchers = PhraseFirstWords.MatchersStartedBy(this);
        var kept = matchers.Length == 0
            ? NoPhraseStarts(version)
            : new PhraseStartSet(version, matchers.Length > 0 ? matchers[0] : 0, matchers.Length > 1 ? matchers[1] : 0, matchers.Length > 2 ? matchers[2] : 0, matchers.Length > 3 ? matchers[3] : 0, matchers);
        Volatile.Write(ref _phraseStarts, kept);
        return kept;
    }

    /// <summary>The empty set of the last version asked, shared by every word that starts no phrase.</summary>
    private static PhraseStartSet? _noPhraseStarts;

    /// <summary>
    /// One empty <see cref="PhraseStartSet"/> per version for all the words that start no phrase (most words of a
    /// report): each token reads its word's set, and a set of its own per word was one more cache miss per token.
    /// An empty set has no list slots, so sharing it shares nothing a list writes.
    /// </summary>
    private static PhraseStartSet NoPhraseStarts(int version)
    {
        var shared = Volatile.Read(ref _noPhraseStarts);
        if (shared is null || shared.Version != version)
        {
            shared = new PhraseStartSet(version, 0, 0, 0, 0, []);
            Volatile.Write(ref _noPhraseStarts, shared);
        }
        return shared;
    }

    /// <summary>
    /// The matchers a word starts, as of <paramref name="Version"/>; the first four 64s also as one word each (a token
    /// keeps the set and reads them, and the array is one more object away per token of every report).
    /// </summary>
    internal sealed record PhraseStartSet(int Version, ulong FirstMatchers, ulong SecondMatchers, ulong ThirdMatchers, ulong FourthMatchers, ulong[] Matchers)
    {
        /// <summary>
        /// Per word list the word may start a phrase of, two slots (its readings with and without the article's
        /// removal) where the list keeps what its table holds for them (<see cref="PhraseMatcher{T}"/>): a word is
        /// matched against the same list at many tokens of many reports, and its readings' look-ups give the same
        /// answer each time while the list is unchanged. Slots only for the lists whose bit is set: a few a word.
        /// </summary>
        internal object?[] ListSlots { get; } = Matchers.Sum(m => System.Numerics.BitOperations.PopCount(m)) is var n and > 0 ? new object?[2 * n] : [];

        /// <summary>The first of the two <see cref="ListSlots"/> of word list <paramref name="matcher"/>, or -1 when its bit is clear.</summary>
        internal int ListSlot(int matcher)
        {
            var word = matcher >> 6;
            if ((uint)word >= (uint)Matchers.Length || (Matchers[word] & (1UL << (matcher & 63))) == 0)
            {
                return -1;
            }
            var rank = System.Numerics.BitOperations.PopCount(Matchers[word] & ((1UL << (matcher & 63)) - 1));
            for (var k = 0; k < word; k++)
            {
                rank += System.Numerics.BitOperations.PopCount(Matchers[k]);
            }
            return 2 * rank;
        }
    }

    /// <summary>
    /// The date tables some clitic form of the word starts a phrase of (<see cref="PhraseTableIndex.TablesStartedByFormsOf"/>),
    /// found once per word and date lexicon: the date scanner asks it of every word of every report, and nearly all
    /// start none.
    /// </summary>
    internal ulong DateTablesStarted(PhraseTableIndex index)
    {
        var version = index.Version;
        var kept = Volatile.Read(ref _dateTables);
        if (kept is null || !ReferenceEquals(kept.Index, index) || kept.Version != version)
        {
            var tables = index.TablesStartedByFormsOf(Word);
            kept = tables == 0 ? NoDateTables(index, version) : new DateTableStarts(index, version, tables);
            Volatile.Write(ref _dateTables, kept);
        }
        return kept.Tables;
    }

    private sealed record DateTableStarts(PhraseTableIndex Index, int Version, ulong Tables);

    /// <summary>The answer "no table" of the last index and version asked, shared by the words it holds for.</summary>
    private static DateTableStarts? _noDateTables;

    /// <summary>
    /// One "no table" answer for all the words that start no date phrase (nearly all): the date scanner reads each
    /// word's answer, and an answer object of its own per word was one more cache miss per word of every report.
    /// </summary>
    private static DateTableStarts NoDateTables(PhraseTableIndex index, int version)
    {
        var shared = Volatile.Read(ref _noDateTables);
        if (shared is null || !ReferenceEquals(shared.Index, index) || shared.Version != version)
        {
            shared = new DateTableStarts(index, version, 0);
            Volatile.Write(ref _noDateTables, shared);
        }
        return shared;
    }

    /// <summary><see cref="StartsAPlaceName"/>'s answer for one place matcher (a gazetteer is never changed once built).</summary>
    private PlaceNameStarts? _placeNameStarts;

    /// <summary>
    /// Whether a stem of the word starts a name of the place matcher's gazetteer (<see cref="PlaceMatcher.AnyStemStartsAName"/>),
    /// found once per word and gazetteer.
    /// </summary>
    internal bool StartsAPlaceName(PlaceMatcher matcher)
    {
        var kept = Volatile.Read(ref _placeNameStarts);
        if (kept is null || !ReferenceEquals(kept.Matcher, matcher))
        {
            kept = SharedPlaceNameStarts(matcher, matcher.AnyStemStartsAName(Word));
            Volatile.Write(ref _placeNameStarts, kept);
        }
        return kept.Starts;
    }

    private sealed record PlaceNameStarts(PlaceMatcher Matcher, bool Starts);

    /// <summary>The two answers of the last place matcher asked (index 0: false, 1: true), shared by the words they hold for.</summary>
    private static readonly PlaceNameStarts?[] SharedPlaceNameAnswers = new PlaceNameStarts?[2];

    /// <summary>
    /// One answer object per matcher and answer, shared by all words: the place matcher reads each word's answer, and
    /// an object of its own per word was one more cache miss per word of every report.
    /// </summary>
    private static PlaceNameStarts SharedPlaceNameStarts(PlaceMatcher matcher, bool starts)
    {
        var slot = starts ? 1 : 0;
        var shared = Volatile.Read(ref SharedPlaceNameAnswers[slot]);
        if (shared is null || !ReferenceEquals(shared.Matcher, matcher))
        {
            shared = new PlaceNameStarts(matcher, starts);
            Volatile.Write(ref SharedPlaceNameAnswers[slot], shared);
        }
        return shared;
    }

    public bool Equals(WordForms? other) => other is not null && string.Equals(Word, other.Word, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as WordForms);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Word);
}
