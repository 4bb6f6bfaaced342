using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// <see cref="ExtractionJson"/> names enum values from a per-enum array filled once: every name must be the contract's
/// lower-case name, the same string each time, and a value outside the enum is still named.
/// </summary>
public class ExtractionJsonNameTests
{
    [Fact]
    public void Enum_values_are_named_as_the_contract_names_them_every_time()
    {
        foreach (var kind in Enum.GetValues<OperationKind>())
        {
            var expected = kind == OperationKind.IsisAttack ? "isis-attack" : kind.ToString().ToLowerInvariant();
            Assert.Equal(expected, ExtractionJson.Name(kind));
            Assert.Same(ExtractionJson.Name(kind), ExtractionJson.Name(kind));
        }
        Assert.Equal("guest-house", ExtractionJson.Name(HideoutKind.GuestHouse));
        Assert.Equal("cave", ExtractionJson.Name(HideoutKind.Cave));
        Assert.Equal("security", ExtractionJson.Name(CasualtySide.Security));
        Assert.Equal("wounded", ExtractionJson.Name(CasualtyCategory.Wounded));
        Assert.Equal("found", ExtractionJson.Name(HideoutOutcome.Found));
        Assert.Equal("targeted", ExtractionJson.Name(HideoutOutcome.Targeted));
        Assert.Equal("day", ExtractionJson.Name(DatePrecision.Day));
        Assert.Equal("inferred", ExtractionJson.Name(PublicationDateSource.Inferred));
        Assert.Equal("99", ExtractionJson.Name((OperationKind)99));
        Assert.Equal("-1", ExtractionJson.Name((CasualtySide)(-1)));
    }
}
