namespace OpsTracker.Core.Domain;

/// <summary>An Iraqi governorate, keyed by its ISO 3166-2 code (IQ-KI).</summary>
public sealed class Province
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameAr { get; set; }
    /// <summary>Other spellings the press uses (صلاح الدين / Salahuddin / Saladin), joined by '|'.</summary>
    public string Variants { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}
