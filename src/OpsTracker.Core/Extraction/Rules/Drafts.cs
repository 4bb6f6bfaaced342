using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>An operation being assembled from the figures of one clause, before merging.</summary>
internal sealed class OperationDraft
{
    public required Sentence Clause { get; init; }
    public List<Figure> Figures { get; } = [];
    public string? Province { get; set; }
    /// <summary>The province was named in the operation's own clause, not inherited from context.</summary>
    public bool ProvinceOwn { get; set; }
    /// <summary>
    /// An operation without figures placed only by the province its clause names, no town (FigurelessOperations'
    /// ProvinceOfAnEvent): a counted operation of its kind told just after it in that province tells the same event.
    /// </summary>
    public bool ByProvinceOnly { get; set; }
    /// <summary>
    /// The own province was read only from a compass bearing off its capital ("جنوبي مدينة كركوك"): a direction from
    /// the city, which a place of the same event named elsewhere in the text overrules (<see cref="Passes.DraftRelations"/>).
    /// </summary>
    public bool ProvinceByBearing { get; set; }
    /// <summary>The place as the text names it (shown to the analyst, so in the outlet's own hand).</summary>
    public string? Place
    {
        get;
        set
        {
            field = value;
            _placeKey = null;
        }
    }

    /// <summary>
    /// The place normalised: "بـادوش" and "بادوش", "الموصِل" and "الموصل" are one place however an outlet writes it
    /// (tatweel, short vowels, hamza forms), so drafts compare places by this key, never by <see cref="Place"/>.
    /// Normalised when first compared: most drafts' places never are.
    /// </summary>
    public string? PlaceKey => Place is null ? null : _placeKey ??= ArabicNormalizer.NormalizeTerm(Place);

    private string? _placeKey;

    public DateMention? Date { get; set; }
    public bool DateOwn { get; set; }
    /// <summary>
    /// The day of a past crime the counted people took part in, told in the count's clause
    /// (<see cref="Passes.PastCrimeDaySplit"/>): the operation came after it, so no day on or before it is its own.
    /// </summary>
    public DateOnly? AfterCrimeOf { get; set; }
    /// <summary>The date is the announcement's, the text naming no day of the operation (<see cref="Passes.AnnouncementDayDating"/>).</summary>
    public bool DateFromAnnouncement { get; set; }
    public OperationKind Kind { get; set; }
    public List<string> Actors { get; } = [];
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    /// <summary>
    /// Merged away by the pass that is running (its figures were told elsewhere or joined another draft): the pass's
    /// later steps skip it and the list the pass returns leaves it out (see <see cref="Passes.IDraftPass"/>).
    /// </summary>
    public bool Dropped { get; set; }
    public string Rule { get; set; } = "";
    /// <summary>The last sentence told about this operation, after continuations joined it.</summary>
    public int LastSentence { get; set; }

    /// <summary>Both name the same place, or neither names one.</summary>
    public bool SamePlace(OperationDraft other) => string.Equals(PlaceKey, other.PlaceKey, StringComparison.Ordinal);

    /// <summary>
    /// A later draft that tells more of this operation (a continuation, more of its dead): its live figures join this
    /// draft, whose evidence and sentences now reach to the later one's end, and the later draft is dropped.
    /// </summary>
    public void Absorb(OperationDraft later)
    {
        Figures.AddRange(later.Live);
        EvidenceEnd = Math.Max(EvidenceEnd, later.EvidenceEnd);
        LastSentence = later.LastSentence;
        later.Dropped = true;
    }

    public int ContextScore => (ProvinceOwn ? 2 : 0) + (Place is null ? 0 : 1) + (DateOwn ? 1 : 0);

    /// <summary>
    /// The figures that are no breakdown of another. Every caller reads it at once (LINQ that ends in a value or a
    /// list); when no figure is a breakdown (most drafts) it is the list itself, not a new iterator: the passes ask it
    /// of every pair of drafts.
    /// </summary>
    public IEnumerable<Figure> Live => HasBreakdown() ? Figures.Where(f => !f.Breakdown) : Figures;

    private bool HasBreakdown()
    {
        foreach (var f in Figures)
        {
            if (f.Breakdown)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>An official tally being assembled from one or more sentences.</summary>
internal sealed class TallyDraft
{
    public required Sentence Sentence { get; init; }
    /// <summary>The last sentence the statement was told in, after its continuations joined it.</summary>
    public int LastSentence { get; set; }
    /// <summary>
    /// The first item of the unbroken list the sentence is an item of (the sentence itself when it is no item): how
    /// far a statement's list reaches is counted from where the list starts, not item by item.
    /// </summary>
    public required int ListStart { get; init; }
    public List<Figure> Figures { get; } = [];
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public bool HasOwnPeriod { get; set; }
    public List<string> Scope { get; } = [];
    public string? ReportedBy { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
}
