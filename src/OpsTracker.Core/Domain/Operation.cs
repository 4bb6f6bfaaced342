namespace OpsTracker.Core.Domain;

/// <summary>One operation (or ISIS attack) at one place and date, as a report tells it.</summary>
public sealed class Operation
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }

    public DateOnly? Date { get; set; }
    public DatePrecision DatePrecision { get; set; }
    /// <summary>The Arabic expression when the date could not be resolved ("الاثنين الماضي").</summary>
    public string? RelativeDate { get; set; }
    /// <summary>
    /// Whether the text states the date or the report's announcement day stands for it (<see cref="Domain.DateBasis"/>).
    /// An analyst's correction of the date makes it stated.
    /// </summary>
    public DateBasis DateBasis { get; set; }

    public string? ProvinceCode { get; set; }
    public Province? Province { get; set; }
    public string? Place { get; set; }
    public OperationKind Kind { get; set; }
    /// <summary>English names of the forces that carried it out.</summary>
    public List<string> Actors { get; set; } = [];
    /// <summary>Air strikes the report counts for this operation.</summary>
    public int? Strikes { get; set; }
    /// <summary>
    /// Where the extractor read the strikes (from the first strike figure to the last); null when it read none. An
    /// analyst's correction of the count keeps the span: it still shows the words the corrected figure was read from
    /// (strikes an analyst cleared show none).
    /// </summary>
    public int? StrikesEvidenceStart { get; set; }
    public int? StrikesEvidenceEnd { get; set; }
    public string? StrikesEvidenceText { get; set; }
    public bool Approximate { get; set; }

    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public string EvidenceText { get; set; } = "";
    /// <summary>The extraction rule that produced this operation.</summary>
    public string Rule { get; set; } = "";

    public List<Casualty> Casualties { get; set; } = [];
    public List<Hideout> Hideouts { get; set; } = [];

    public int? CountOf(CasualtyCategory category, CasualtySide side = CasualtySide.Isis)
    {
        int? total = null;
        foreach (var c in Casualties)
        {
            if (c.Category == category && c.Side == side)
            {
                total = (total ?? 0) + c.Count;
            }
        }
        return total;
    }

    public int? HideoutsDestroyed
    {
        get
        {
            int? total = null;
            foreach (var h in Hideouts)
            {
                if (h.Outcome == HideoutOutcome.Destroyed)
                {
                    total = (total ?? 0) + h.Count;
                }
            }
            return total;
        }
    }
}
