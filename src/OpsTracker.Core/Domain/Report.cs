namespace OpsTracker.Core.Domain;

/// <summary>A source document: one Arabic news report and what was extracted from it.</summary>
public sealed class Report
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly? Published { get; set; }
    public PublicationDateSource PublishedSource { get; set; }
    public string Text { get; set; } = "";
    /// <summary>SHA-256 of the file's bytes, lower-case hex: decides whether a report is new.</summary>
    public required string ContentHash { get; set; }
    public DateTime IngestedAtUtc { get; set; }
    public string ExtractorVersion { get; set; } = "";
    public ReportStatus Status { get; set; }
    public string? FailureReason { get; set; }

    public List<Operation> Operations { get; set; } = [];
    public List<ReportedTally> Tallies { get; set; } = [];
}
