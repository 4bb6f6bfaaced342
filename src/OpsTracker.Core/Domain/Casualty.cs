namespace OpsTracker.Core.Domain;

/// <summary>A count of people killed, arrested or wounded in one operation, on one side.</summary>
public sealed class Casualty
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public Operation? Operation { get; set; }
    public CasualtyCategory Category { get; set; }
    public CasualtySide Side { get; set; }
    public int Count { get; set; }
    /// <summary>The text hedges the count (نحو، أكثر من، قرابة).</summary>
    public bool Approximate { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public string EvidenceText { get; set; } = "";
}
