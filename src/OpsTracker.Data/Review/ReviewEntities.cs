using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Review;

/// <summary>Where an analyst's review left an operation (stored by name on the operation and on its override).</summary>
public enum ReviewState
{
    Unreviewed,
    Confirmed,
    Corrected,
    Rejected,
}

/// <summary>What every analyst's review holds beside its key: where it left the item, and who changed it, when and why.</summary>
public interface IAnalystReview
{
    ReviewState State { get; }
    string Reason { get; set; }
    bool NeedsReview { get; set; }
    string UpdatedBy { get; set; }
    DateTime UpdatedAtUtc { get; set; }
}

/// <summary>
/// An analyst's review of one extracted operation, kept apart from the extracted row so it survives re-extraction:
/// keyed by what identifies the operation across runs (the report's file name, the evidence span and the kind the
/// extractor gave), and applied again to the matching operation after every import or re-extraction. When nothing
/// matches any more, it is kept and marked <see cref="NeedsReview"/>, never dropped.
/// </summary>
public sealed class OperationReview : IAnalystReview
{
    public int Id { get; set; }
    public string ReportFileName { get; set; } = "";
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    /// <summary>The kind as extracted (part of the key; a corrected kind is in <see cref="Corrections"/>).</summary>
    public OperationKind Kind { get; set; }
    /// <summary>The operation it applies to now; null while <see cref="NeedsReview"/>.</summary>
    public int? OperationId { get; set; }
    public ReviewState State { get; set; }
    /// <summary>
    /// The corrected fields as a JSON object (see <see cref="OperationCorrections.Fields"/>); null when none. For an
    /// operation an analyst added (<see cref="AddedByAnalyst"/>) it holds every field of that operation.
    /// </summary>
    public string? Corrections { get; set; }
    /// <summary>
    /// An operation the extractor missed that an analyst added from its evidence: rebuilt from this override after every
    /// re-extraction (it is no extractor output), with <see cref="Kind"/> the kind the analyst gave.
    /// </summary>
    public bool AddedByAnalyst { get; set; }
    public string Reason { get; set; } = "";
    public bool NeedsReview { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>
/// An analyst's review of one official tally, kept apart from the extracted row like <see cref="OperationReview"/>:
/// keyed by the report's file name and the tally's evidence span, applied again after every import or re-extraction,
/// kept as <see cref="NeedsReview"/> when nothing matches any more.
/// </summary>
public sealed class TallyReview : IAnalystReview
{
    public int Id { get; set; }
    public string ReportFileName { get; set; } = "";
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    /// <summary>The scope as extracted (part of the key; a corrected scope is in <see cref="Corrections"/>).</summary>
    public string Scope { get; set; } = "";
    /// <summary>The tally it applies to now; null while <see cref="NeedsReview"/>.</summary>
    public int? TallyId { get; set; }
    public ReviewState State { get; set; }
    /// <summary>The corrected fields as a JSON object (see <see cref="TallyCorrections.Fields"/>); null when none.</summary>
    public string? Corrections { get; set; }
    public string Reason { get; set; } = "";
    public bool NeedsReview { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>One write, for the audit trail: who, when, what, before, after (JSON) and why.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string User { get; set; } = "";
    /// <summary>What was done: operation.review, operation.correct, report.add, report.published, ...</summary>
    public string Action { get; set; } = "";
    /// <summary>operation, tally, report or user.</summary>
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>For operations, the key that outlives re-extraction (file name, evidence span, extracted kind).</summary>
    public string? EntityKey { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// An analyst's word that a report's operations and tallies are all listed: nothing the report tells is missing. With
/// every item reviewed, it makes the report labelled text (<see cref="ReviewedReports"/>): without it, confirming what
/// the extractor read says nothing of what it missed. Keyed by the report's file name, so it outlives re-extraction, and
/// holding the hash of the text it was said of, so it lapses when the text changes.
/// </summary>
public sealed class ReportCompletion
{
    public int Id { get; set; }
    public string ReportFileName { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public string Reason { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}
