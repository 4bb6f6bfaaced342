namespace OpsTracker.Data.Linking;

/// <summary>
/// One event told by two or more reports: its operations point to it (the shadow column
/// <see cref="EventColumns.EventId"/>); an operation no other report tells has no event row (null), so the millions of
/// single-source operations cost nothing. One member is its primary (counted); the others are flagged
/// <see cref="EventColumns.Secondary"/>.
/// </summary>
public sealed class OperationEvent
{
    public int Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One official announcement quoted by two or more reports (the same pattern as <see cref="OperationEvent"/>).</summary>
public sealed class TallyEvent
{
    public int Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

public enum EventDecisionKind
{
    /// <summary>The two operations are one event, whatever the score says.</summary>
    Merge,
    /// <summary>The two operations are different events, whatever the score says.</summary>
    Split,
    /// <summary>The event takes its figures from this operation.</summary>
    Figures,
}

/// <summary>
/// An analyst's decision about events, kept apart from the operations so it survives re-extraction: keyed by the
/// operations' review keys (report file name, evidence span, extracted kind: <see cref="OperationKeys"/>) and applied by
/// the linker every time one of those reports is stored again.
/// </summary>
public sealed class EventDecision
{
    public int Id { get; set; }
    public EventDecisionKind Kind { get; set; }
    public string OperationKey { get; set; } = "";
    /// <summary>The other operation of a merge or split; null for <see cref="EventDecisionKind.Figures"/>.</summary>
    public string? OtherOperationKey { get; set; }
    public string Reason { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
}
