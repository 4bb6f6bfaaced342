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
        var kept = PhraseStartSet.Of(version, PhraseFirstWords.MatchersStartedBy(this));
        Volatile.Write(ref _phraseStarts, kept);
        return kept;
    }

    /// <summary>
    /// The matchers a word starts, as of <paramref name="Version"/>; the first four 64s also as one word each (a token
    /// keeps the set and reads them, and the array is one more object away per token of every report).
    /// </summary>
    /// <remarks>
    /// One set per version and set of bits, shared by every word that starts the same lists (<see cref="Of"/>): a
    /// report's words start a few hundred sets of lists between them, where a set per word was a cache miss per
    /// distinct word of every report, taken by whichever reader asked first (the sentences' bits, a list's match:
    /// speed30c, speed30d). What a list keeps per word lives on the word's forms (<see cref="ListSlots"/>).
    /// </remarks>
    internal sealed record PhraseStartSet(int Version, ulong FirstMatchers, ulong SecondMatchers, ulong ThirdMatchers, ulong FourthMatchers, ulong[] Matchers)
    {
        /// <summary>How many lists the set holds: the word's forms keep two slots for each (<see cref="ListSlots"/>).</summary>
        internal int Count { get; } = Matchers.Sum(m => System.Numerics.BitOperations.PopCount(m));

        /// <summary>
        /// The first of the two slots of word list <paramref name="matcher"/> in <see cref="ListSlots"/> (slot 0 holds the
        /// set the slots are for), or -1 when its bit is clear.
        /// </summary>
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
            return 1 + (2 * rank);
        }

        /// <summary>The sets of the last version asked, by their four words (a set of more words is not shared).</summary>
        private static Dictionary<(ulong, ulong, ulong, ulong), PhraseStartSet> _shared = [];

        private static int _sharedVersion = -1;

        private static readonly Lock Gate = new();

        /// <summary>The set of <paramref name="matchers"/> at <paramref name="version"/>, the one already made when there is one.</summary>
        internal static PhraseStartSet Of(int version, ulong[] matchers)
        {
            if (matchers.Length > 4)
            {
                return new PhraseStartSet(version, matchers[0], matchers[1], matchers[2], matchers[3], matchers);
            }
            var key = (At(matchers, 0), At(matchers, 1), At(matchers, 2), At(matchers, 3));
            lock (Gate)
            {
                if (version != _sharedVersion)
                {
                    // A list gained a first word: the sets of the older version are asked no more.
                    _shared = [];
                    _sharedVersion = version;
                }
                if (!_shared.TryGetValue(key, out var set))
                {
                    set = new PhraseStartSet(version, key.Item1, key.Item2, key.Item3, key.Item4, matchers);
                    _shared[key] = set;
                }
                return set;
            }
        }

        private static ulong At(ulong[] matchers, int k) => k < matchers.Length ? matchers[k] : 0;
    }

    /// <summary>
    /// Per word list the word may start a phrase of, two slots (its readings with and without the article's removal)
    /// where the list keeps what its table holds for them (<see cref="PhraseMatcher{T}"/>), after slot 0, which holds
    /// the <see cref="PhraseStartSet"/> they are numbered by (<see cref="PhraseStartSet.ListSlot"/>); null until asked.
    /// </summary>
    /// <remarks>
    /// A word is matched against the same list at many tokens of many reports, and its readings' look-ups give the same
    /// answer each time while the list is unchanged. Replaced whole when its set is another (a list gained a first word),
    /// so a reader numbers the slots by the set it finds in them; a race keeps either of two arrays.
    /// </remarks>
    private object?[]? _listSlots;

    /// <summary>The word's list slots numbered by <paramref name="starts"/>, the word's current set (<see cref="_listSlots"/>).</summary>
    internal object?[] ListSlots(PhraseStartSet starts)
    {
        var slots = Volatile.Read(ref _listSlots);
        if (slots is null || !ReferenceEquals(slots[0], starts))
        {
            slots = new object?[1 + (2 * starts.Count)];
            slots[0] = starts;
            Volatile.Write(ref _listSlots, slots);
        }
        return slots;
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
