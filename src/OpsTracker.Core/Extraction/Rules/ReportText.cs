using System.Runtime.InteropServices;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>A report as the rules see it: normalised text, tokens, sentences, date and place mentions.</summary>
/// <remarks>
/// What the rules read of its layout, its places and its dates is asked of the readers it makes once, on first ask
/// (<see cref="Layout"/>, <see cref="PlaceReadings"/>, <see cref="PlaceDirections"/>, <see cref="PlaceRoles"/>,
/// <see cref="DateReadings"/>); each keeps its memos for this report only.
/// </remarks>
internal sealed class ReportText
{
    private readonly ExtractionLexicon _lexicon;

    /// <summary>The word lists this report is read with, for a reader that is given only the report.</summary>
    public ExtractionLexicon Lexicon => _lexicon;

    /// <param name="firstToken">Where the report's sentences start: below the page's time stamp, if it opens with one
    /// (<see cref="TimeStampLines"/>).</param>
    public ReportText(NormalizedText text, TokenList tokens, ExtractionLexicon lexicon, int firstToken = 0)
    {
        Text = text;
        Tokens = tokens;
        _lexicon = lexicon;
        Sentences = Sentence.Split(tokens, i => lexicon.StatementOpeners.StartsAt(tokens, i, allowArticleOnFirst: false), firstToken);
        CountsSomething = new bool[Sentences.Count];
    }

    /// <summary>
    /// Per sentence (by index), the province OperationPlaces finds among its places from its first token, once known
    /// (a later sentence's placeless operations inherit it): kept here, in the call, since OperationPlaces is shared by every call.
    /// </summary>
    internal (bool Known, string? Province)[]? SentenceProvinces { get; set; }

    /// <summary>
    /// Whether a sentence of the report tells that a phase or a battle has ended, once BattleTotals has looked (it looks
    /// only for a count of a battle's size): kept here, in the call, so that the report is read for it once.
    /// </summary>
    internal bool? TellsACampaignsEnd { get; set; }

    /// <summary>
    /// Per sentence (by index), whether it announces the enemy's losses as a whole to be listed, once TallyLossesList
    /// has looked (0 not yet, 1 no, 2 yes): kept here, in the call, since each sentence is asked again for the four after it.
    /// Rented from the shared pool and given back by <see cref="Release"/>.
    /// </summary>
    internal byte[] LossesAnnounced => _lossesAnnounced ??= RentCleared<byte>(Sentences.Count);

    private byte[]? _lossesAnnounced;

    /// <summary>An array of at least <paramref name="count"/> entries, the first <paramref name="count"/> cleared, from the shared pool.</summary>
    private static T[] RentCleared<T>(int count)
    {
        var array = System.Buffers.ArrayPool<T>.Shared.Rent(Math.Max(count, 1));
        Array.Clear(array, 0, count);
        return array;
    }

    /// <summary>Whether the figure finder read any figure in each sentence (filled as the sentences are read).</summary>
    public bool[] CountsSomething { get; }

    /// <summary>
    /// Victims left out because the sentence blames unknown gunmen or old ordnance and names no ISIS (filled as the
    /// sentences are read): the same victims counted again elsewhere are not an ISIS attack either.
    /// </summary>
    public List<Figure> UnattributedVictims { get; } = [];

    /// <summary>
    /// Arrests left out because their sentence tells them as crime or abroad (filled as the sentences are read): the
    /// same arrests told again elsewhere are not ISIS's arrests in Iraq either (Passes.NotOursArrestRepetitionRemoval).
    /// </summary>
    public List<Figure> ArrestsNotOurs { get; } = [];

    /// <summary>
    /// Empties what reading the sentences fills (<see cref="UnattributedVictims"/>, <see cref="ArrestsNotOurs"/>), so
    /// that the sentences can be read again (SentenceReader, when a head count turns out to be a bulletin's lead).
    /// </summary>
    internal void ForgetSentenceReading()
    {
        UnattributedVictims.Clear();
        ArrestsNotOurs.Clear();
    }

    public NormalizedText Text { get; }
    public TokenList Tokens { get; }
    public List<Sentence> Sentences { get; }
    /// <summary>Date mentions in text order (DateReader gives them sorted by Start).</summary>
    public IReadOnlyList<DateMention> Dates { get; set; } = [];

    /// <summary>Place mentions in text order (the gazetteer gives them sorted by Start).</summary>
    public IReadOnlyList<PlaceMention> Places { get; set; } = [];
    public DateOnly? Published { get; set; }

    /// <summary>Tokens inside a date mention: their numbers are days and years, never counts.</summary>
    private bool[]? _dateTokens;
    /// <summary>Per word list, per token: 0 not yet tried, 1 a phrase of the list starts there, -1 none does.</summary>
    /// <remarks>
    /// Indexed by the list's <see cref="PhraseMatcher{T}.Number"/>: an array index, not a dictionary probe per call. As
    /// long as there are lists: with 128 slots and some 145 lists, every report grew it to 256 (3 KB a report).
    /// </remarks>
    /// <remarks>
    /// The array and each list's memo are rented from the shared pools and given back by <see cref="Release"/> when the
    /// report is read (3 MB a batch of a thousand reports, each a new array zeroed for one report's reading).
    /// </remarks>
    private sbyte[]?[] _startsAt = RentListSlots(PhraseFirstWords.Count);

    /// <summary>A cleared array of at least <paramref name="count"/> list slots, from the shared pool.</summary>
    private static sbyte[]?[] RentListSlots(int count)
    {
        var slots = System.Buffers.ArrayPool<sbyte[]?>.Shared.Rent(Math.Max(count, 1));
        Array.Clear(slots);
        return slots;
    }

    /// <summary>
    /// Gives the per-list memos of <see cref="Has"/> back to the shared pools once the report is read (nothing of the
    /// result refers to them). <see cref="Has"/> must not be asked after.
    /// </summary>
    internal void Release()
    {
        var slots = _startsAt;
        _startsAt = [];
        foreach (var starts in slots)
        {
            if (starts is not null)
            {
                System.Buffers.ArrayPool<sbyte>.Shared.Return(starts);
            }
        }
        if (slots.Length > 0)
        {
            System.Buffers.ArrayPool<sbyte[]?>.Shared.Return(slots, clearArray: true);
        }
        if (_lossesAnnounced is { } announced)
        {
            _lossesAnnounced = null;
            System.Buffers.ArrayPool<byte>.Shared.Return(announced);
        }
    }

    /// <summary>Each whole sentence's clauses, split once per report (the sentence reader and both tally readers ask).</summary>
    private Sentence[]?[]? _clauses;

    /// <summary>
    /// The clauses of <paramref name="sentence"/> (<see cref="Sentence.Clauses"/>), split once for a whole sentence of
    /// this report; a part of a sentence is split each time it is asked.
    /// </summary>
    public IReadOnlyList<Sentence> ClausesOf(Sentence sentence)
    {
        if (sentence.Index < 0 || sentence.Index >= Sentences.Count || Sentences[sentence.Index] != sentence)
        {
            return sentence.Clauses(Tokens, _lexicon);
        }
        _clauses ??= new Sentence[]?[Sentences.Count];
        // Most sentences hold no word that may start a connector of the lexicon's segmentConnectors, which the
        // sentence's bits tell: they are cut at semicolons only, without asking the connectors at each token.
        return _clauses[sentence.Index] ??= sentence.Clauses(Tokens, _lexicon, MayHold(_lexicon.SegmentConnectors, sentence));
    }

    public bool[] DateTokens() => _dateTokens ??= ComputeDateTokens();

    private bool[] ComputeDateTokens()
    {
        // The tokens and the dates read in place, not through the properties and the list interface at every token.
        var tokens = Tokens.AsSpan();
        ReadOnlySpan<DateMention> dates = Dates switch
        {
            List<DateMention> list => CollectionsMarshal.AsSpan(list),
            DateMention[] array => array,
            var other => [.. other],
        };
        var blocked = new bool[tokens.Length];
        var m = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            while (m < dates.Length && dates[m].End <= token.Start)
            {
                m++;
            }
            blocked[i] = m < dates.Length && dates[m].Start <= token.Start && token.End <= dates[m].End + 1;
        }
        return blocked;
    }

    /// <summary>The headline and head, dateline, related news, list items and clauses of this report.</summary>
    public ReportLayout Layout => _layout ??= new ReportLayout(this);

    private ReportLayout? _layout;

    /// <summary>Which of this report's place mentions locate, and the provinces they and the report lie in.</summary>
    public PlaceReadings PlaceReadings => _placeReadings ??= new PlaceReadings(this);

    private PlaceReadings? _placeReadings;

    /// <summary>Which of this report's place mentions are named only to point: directions, bearings, landmarks.</summary>
    public PlaceDirections PlaceDirections => _placeDirections ??= new PlaceDirections(this);

    private PlaceDirections? _placeDirections;

    /// <summary>What the words before this report's place mentions name them as: commands, sources' seats, titles.</summary>
    public PlaceRoles PlaceRoles => _placeRoles ??= new PlaceRoles(this);

    private PlaceRoles? _placeRoles;

    /// <summary>This report's date mentions per sentence and what the words around each tell of it.</summary>
    public DateReadings DateReadings => _dateReadings ??= new DateReadings(this);

    private DateReadings? _dateReadings;

    public int Start(Sentence s) => Tokens[s.First].Start;

    public int End(Sentence s) => Tokens[s.Last].End;

    /// <summary>
    /// The sentences from index <paramref name="from"/> to <paramref name="to"/> (both included, clipped to the
    /// report), in order: a look at the few sentences around one without filtering all of them each time.
    /// </summary>
    public IEnumerable<Sentence> SentencesBetween(int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < Sentences.Count; i++)
        {
            yield return Sentences[i];
        }
    }

    /// <summary>
    /// The index of the first mention of a list in text order that starts at or after <paramref name="start"/> (binary
    /// search): for <see cref="Dates"/> and <see cref="Places"/>, which the date and place readers walk from it.
    /// </summary>
    internal static int FirstFrom<T>(IReadOnlyList<T> mentions, int start) where T : ITextMention
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>
    /// The means named by the first phrase of a kind of operation (lexicon kinds) that starts within
    /// <paramref name="reach"/> tokens after <paramref name="after"/> and before <paramref name="before"/> ("10 منهم
    /// بضربات جوية"), as its words: two such phrases in other words are two means.
    /// </summary>
    public string? MeansNamedAfter(int after, int before, int reach)
    {
        for (var i = after + 1; i < before && i <= after + reach && i < Tokens.Count; i++)
        {
            if (Tokens[i].IsSentenceBreak)
            {
                return null;
            }
            if (_lexicon.Kinds.MatchAt(Tokens, i) is { } m)
            {
                return string.Join(' ', Tokens.Skip(i).Take(m.Last - i + 1).Select(t => t.Text));
            }
        }
        return null;
    }

    /// <summary>
    /// A figure that counts others, more of the same ("ثلاث جثث أخرى"، "وجرح ثلاثة آخرين"): counted by the rule of
    /// others or followed by a word of the lexicon's others.
    /// </summary>
    public bool CountsOthers(Figure f) =>
        f.Rule == "count-others" || (f.Last + 1 < Tokens.Count && _lexicon.Others.MatchAt(Tokens, f.Last + 1) is not null);

    /// <summary>
    /// Whether a phrase of <paramref name="matcher"/> starts in the sentence or clause. Each token is tried once per
    /// word list and report, however many sentences and clauses around it are asked about.
    /// </summary>
    public bool Has<T>(PhraseMatcher<T> matcher, Sentence s)
    {
        var number = matcher.Number;
        if (number < SentenceListBitCount && !SentenceMayHold(number, s))
        {
            // No word of the sentence may start a phrase of the list: nor of this clause of it.
            return false;
        }
        if (number >= _startsAt.Length)
        {
            var larger = RentListSlots(Math.Max(number + 1, _startsAt.Length * 2));
            _startsAt.CopyTo(larger, 0);
            if (_startsAt.Length > 0)
            {
                System.Buffers.ArrayPool<sbyte[]?>.Shared.Return(_startsAt, clearArray: true);
            }
            _startsAt = larger;
        }
        var starts = _startsAt[number] ??= RentStarts(Tokens.Count);
        for (var i = s.First; i <= s.Last; i++)
        {
            if (starts[i] == 0)
            {
                starts[i] = matcher.StartsAt(Tokens, i) ? (sbyte)1 : (sbyte)-1;
            }
            if (starts[i] > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A list's memo for <see cref="Has"/>: <paramref name="count"/> entries "not yet tried" (0), from the shared pool.</summary>
    private static sbyte[] RentStarts(int count)
    {
        var starts = System.Buffers.ArrayPool<sbyte>.Shared.Rent(Math.Max(count, 1));
        Array.Clear(starts, 0, count);
        return starts;
    }

    /// <summary>How many word lists a sentence keeps a bit for (<see cref="SentenceListBits"/>): four words.</summary>
    private const int SentenceListBitCount = 256;

    /// <summary>The 64-bit words of <see cref="SentenceListBitCount"/>, a sentence's stride in <see cref="_sentenceListBits"/>.</summary>
    private const int SentenceListWords = SentenceListBitCount / 64;

    /// <summary>
    /// Per sentence, the bits of the word lists numbered 0-255 that some word of it may start a phrase of (four words a
    /// sentence, <see cref="Token.PhraseStartBits"/> and <see cref="Token.LaterPhraseStartBits"/>), found once per
    /// report. Most lists asked of a sentence or clause have no phrase in it: one bit test answers them instead of a
    /// walk over its tokens. A clear bit never lies (a list's phrase starts only at a word whose bit is set). The
    /// lexicon holds some 145 lists, and the count nouns a statistic opens with (137), asked at every token of every
    /// sentence, had no sentence bit.
    /// </summary>
    private ulong[]? _sentenceListBits;

    /// <summary>
    /// False when no word of the sentence <paramref name="s"/> lies in (a sentence, or a clause inside one) may start a
    /// phrase of the list numbered <paramref name="number"/>; true when one may or the span is no part of one sentence.
    /// </summary>
    private bool SentenceMayHold(int number, Sentence s)
    {
        var index = s.Index;
        if ((uint)index >= (uint)Sentences.Count)
        {
            return true;
        }
        var sentence = Sentences[index];
        if (s.First < sentence.First || s.Last > sentence.Last)
        {
            return true;
        }
        var bits = _sentenceListBits ??= SentenceListBits();
        return (bits[(SentenceListWords * index) + (number >> 6)] & (1UL << (number & 63))) != 0;
    }

    private ulong[] SentenceListBits()
    {
        var bits = new ulong[SentenceListWords * Sentences.Count];
        foreach (var sentence in Sentences)
        {
            ulong first = 0;
            ulong second = 0;
            ulong third = 0;
            ulong fourth = 0;
            for (var i = sentence.First; i <= sentence.Last; i++)
            {
                // A mark starts no phrase (PhraseMatcher.MatchAt turns it away before its bits).
                if (Tokens[i].Kind != TokenKind.Punctuation)
                {
                    var (f, g) = Tokens[i].PhraseStartBits();
                    first |= f;
                    second |= g;
                    var (h, k) = Tokens[i].LaterPhraseStartBits();
                    third |= h;
                    fourth |= k;
                }
            }
            var at = SentenceListWords * sentence.Index;
            bits[at] = first;
            bits[at + 1] = second;
            bits[at + 2] = third;
            bits[at + 3] = fourth;
        }
        return bits;
    }

    public IEnumerable<T> Values<T>(PhraseMatcher<T> matcher, Sentence s)
    {
        for (var i = s.First; i <= s.Last; i++)
        {
            if (matcher.MatchAt(Tokens, i) is { } m)
            {
                yield return m.Value;
                i = m.Last;
            }
        }
    }

    public T? FirstValue<T>(PhraseMatcher<T> matcher, Sentence s)
        where T : class
    {
        for (var i = s.First; i <= s.Last; i++)
        {
            if (matcher.MatchAt(Tokens, i) is { } m)
            {
                return m.Value;
            }
        }
        return null;
    }

    /// <summary>True when the word just before a character offset reads <paramref name="word"/> (normalised).</summary>
    public bool PrecededBy(int offset, string word)
    {
        var t = TokenAt(offset);
        return t >= 1 && Tokens[t - 1].IsWord && Tokens[t - 1].ReadingsKeepingArticle.Contains(word);
    }

    /// <summary>The index of the sentence holding token <paramref name="token"/>, or -1 (a search over the sentences' bounds).</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (token < Sentences[mid].First)
            {
                hi = mid - 1;
            }
            else if (token > Sentences[mid].Last)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>The token index at a character offset of the normalised text.</summary>
    /// <remarks>
    /// Searches an array of the tokens' ends, made once per report: the search over the tokens themselves loaded a
    /// token object at each step, and the places' tests (dateline, outlet, direction) ask it dozens of times a report.
    /// </remarks>
    public int TokenAt(int offset)
    {
        var ends = _tokenEnds ??= TokenEnds();
        var lo = 0;
        var hi = ends.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private int[]? _tokenEnds;

    private int[] TokenEnds()
    {
        var ends = new int[Tokens.Count];
        for (var i = 0; i < ends.Length; i++)
        {
            ends[i] = Tokens[i].End;
        }
        return ends;
    }

    /// <summary>
    /// False when no word of the sentence <paramref name="s"/> lies in may start a phrase of <paramref name="matcher"/>
    /// (the sentence's bits, <see cref="SentenceMayHold"/>): then <c>matcher.MatchAt</c> finds nothing at any token of
    /// <paramref name="s"/>, and a loop asking it there can be skipped. True when one may.
    /// </summary>
    public bool MayHold<T>(PhraseMatcher<T> matcher, Sentence s) => MayHoldList(matcher.Number, s);

    /// <summary>
    /// <see cref="MayHold"/> for a list known only by its number in <see cref="PhraseFirstWords"/>
    /// (<see cref="ExtractionLexicon.LossesNounsList"/>, for the nouns of losses of <see cref="TallyLossesList"/>): false
    /// when no word of the sentence may start one of its phrases; true when one may, or the number names no list with a
    /// sentence bit (-1 among them).
    /// </summary>
    public bool MayHoldList(int number, Sentence s) => (uint)number >= SentenceListBitCount || SentenceMayHold(number, s);
}
