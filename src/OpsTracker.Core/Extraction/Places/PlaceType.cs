namespace OpsTracker.Core.Extraction.Places;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceType
{
    Province,
    City,
    District,
    SubDistrict,
    Town,
    Village,
    Mountain,
    Desert,
    Valley,
    Lake,
    River,
    Area,
    Region,
}
