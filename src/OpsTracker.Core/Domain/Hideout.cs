namespace OpsTracker.Core.Domain;

/// <summary>Hideouts (مضافة، وكر، مخبأ، نفق، كهف) destroyed or found in one operation.</summary>
public sealed class Hideout
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public Operation? Operation { get; set; }
    public HideoutKind Kind { get; set; }
    public int Count { get; set; }
    public HideoutOutcome Outcome { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public string EvidenceText { get; set; } = "";
}
