namespace OpsTracker.Core.Domain;

/// <summary>
/// An official aggregate announced by an authority ("in 2024: 344 operations, 70 killed").
/// Kept apart from operations and never summed into them.
/// </summary>
public sealed class ReportedTally
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }

    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    /// <summary>"IQ" for all Iraq, else a province code.</summary>
    public string Scope { get; set; } = "IQ";
    public string? ReportedBy { get; set; }
    public DateOnly? AnnouncedOn { get; set; }

    public int? Operations { get; set; }
    public int? Killed { get; set; }
    public int? Arrested { get; set; }
    public int? HideoutsDestroyed { get; set; }
    public int? IsisAttacks { get; set; }
    public bool Approximate { get; set; }

    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public string EvidenceText { get; set; } = "";
    public string Rule { get; set; } = "";
}
