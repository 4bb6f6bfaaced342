using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// What the date scanner and the place matcher of one extractor ask of every word of a report (the date tables a
/// clitic form of it starts a phrase of, <see cref="WordForms.DateTablesStarted"/>; whether a stem of it starts a place
/// name, <see cref="WordForms.StartsAPlaceName"/>), answered by the tokenizer from the word's memo entry
/// (<see cref="WordMemo"/>) it already reads and carried on the token (<see cref="Token.Answers"/>).
/// </summary>
/// <remarks>
/// Why: the tokenizer, the date scanner and the place matcher each walked the report's words, and each word's first
/// touch by a walk was a cache miss (the memo's entry, then the shared forms, then their answer objects): the entry
/// now keeps both answers in one word, stamped with the <see cref="Stamp"/> of the answers they are, so a word costs
/// one miss a report. An answer is a pure function of the word, the date index's version and the gazetteer; one
/// instance stands for one index at one version and one place matcher (an extractor makes one, <see cref="Of"/>; a
/// newer version of its index gets answers of its own, <see cref="Current"/>). Stamps are numbered from one; when they
/// run out (16,383 extractors in one process), or when a date lexicon has more tables than a kept answer holds, or for
/// a newer version, a set gets stamp 0 and nothing is kept on the entries: its words are answered through their forms,
/// as before.
/// </remarks>
internal sealed class WordAnswers
{
    /// <summary>Date tables a kept answer holds: bits 0-47.</summary>
    internal const int DateTableBits = 48;

    /// <summary>The place-name answer's bit.</summary>
    internal const ulong PlaceNameBit = 1UL << DateTableBits;

    /// <summary>Where an entry's kept answer holds its stamp: bits 49-62.</summary>
    internal const int StampShift = DateTableBits + 1;

    private const int MaxStamp = (1 << (63 - StampShift)) - 1;

    /// <summary>Set on every answer a token carries (so that 0 means "not answered", as for a mark or a number).</summary>
    internal const ulong Known = 1UL << 63;

    internal const ulong AnswerBits = (1UL << StampShift) - 1;

    private static int _lastStamp;

    private WordAnswers(PhraseTableIndex dateTables, int dateVersion, PlaceMatcher places, bool stamped)
    {
        DateTables = dateTables;
        DateVersion = dateVersion;
        Places = places;
        DatesFit = dateTables.Count <= DateTableBits;
        var stamp = stamped ? Interlocked.Increment(ref _lastStamp) : 0;
        Stamp = stamp <= MaxStamp && DatesFit ? (ulong)stamp : 0;
    }

    /// <summary>Whether every table of <see cref="DateTables"/> has a bit in an answer (else tokens carry the place answer only).</summary>
    private bool DatesFit { get; }

    internal PhraseTableIndex DateTables { get; }

    /// <summary>The version of <see cref="DateTables"/> the answers hold for.</summary>
    internal int DateVersion { get; }

    internal PlaceMatcher Places { get; }

    /// <summary>This set's number on the memo's entries (0: kept on none).</summary>
    internal ulong Stamp { get; }

    /// <summary>The answers of these date tables (at their current version) and this place matcher, with a stamp of their own.</summary>
    internal static WordAnswers Of(PhraseTableIndex dateTables, PlaceMatcher places) => new(dateTables, dateTables.Version, places, stamped: true);

    /// <summary>
    /// These answers while their date tables are at the version they were made for; else answers of the current
    /// version without a stamp (kept on no entry: a lexicon that gains a word after its extractor is built, which the
    /// product never does, costs the forms' look-ups as before, and uses up no stamp).
    /// </summary>
    internal WordAnswers Current()
    {
        var version = DateTables.Version;
        return version == DateVersion ? this : new WordAnswers(DateTables, version, Places, stamped: false);
    }

    /// <summary>Whether a token's answers (<see cref="Token.Answers"/>, made with <paramref name="answers"/>) hold for these date tables now.</summary>
    internal static bool HoldForDates(WordAnswers? answers, PhraseTableIndex dateTables) =>
        answers is not null && answers.DatesFit && ReferenceEquals(answers.DateTables, dateTables) && answers.DateVersion == dateTables.Version;

    /// <summary>The word's answers (<see cref="Known"/> set), computed through its shared forms.</summary>
    internal ulong Compute(WordForms forms)
    {
        var tables = DatesFit ? forms.DateTablesStarted(DateTables) : 0;
        return Known | tables | (forms.StartsAPlaceName(Places) ? PlaceNameBit : 0);
    }
}
