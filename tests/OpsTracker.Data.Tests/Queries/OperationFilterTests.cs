using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Tests.Queries;

public sealed class OperationFilterTests
{
    [Fact]
    public void Defaults_when_nothing_is_given()
    {
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, null, null);
        Assert.Empty(errors);
        Assert.Equal((1, 50), (filter.Page, filter.PageSize));
        Assert.Empty(filter.Provinces);
    }

    [Fact]
    public void Reads_every_filter()
    {
        var (filter, errors) = OperationFilter.Parse(["iq-ni", "IQ-AN", "IQ-NI"], "2024-01-01", "2024-12-31", "isis-attack", "3", "500");
        Assert.Empty(errors);
        Assert.Equal(["IQ-NI", "IQ-AN"], filter.Provinces);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (filter.From!.Value, filter.To!.Value));
        Assert.Equal(OperationKind.IsisAttack, filter.Kind);
        Assert.Equal((3, 500), (filter.Page, filter.PageSize));
        Assert.Equal(OperationKind.Airstrike, OperationFilter.ParseKind("Airstrike"));
    }

    [Theory]
    [InlineData("province", "IQ-XX", null, null, null, null, null)]
    [InlineData("from", null, "2024-13-01", null, null, null, null)]
    [InlineData("from", null, "2024-06-01", "2024-05-01", null, null, null)]
    [InlineData("to", null, null, "yesterday", null, null, null)]
    [InlineData("kind", null, null, null, "bombing", null, null)]
    [InlineData("page", null, null, null, null, "0", null)]
    [InlineData("pageSize", null, null, null, null, null, "501")]
    [InlineData("pageSize", null, null, null, null, null, "ten")]
    public void Names_the_parameter_that_is_wrong(string parameter, string? province, string? from, string? to, string? kind, string? page, string? pageSize)
    {
        var (_, errors) = OperationFilter.Parse(province is null ? null : [province], from, to, kind, page, pageSize);
        var error = Assert.Single(errors);
        Assert.Equal(parameter, error.Key);
    }
}
