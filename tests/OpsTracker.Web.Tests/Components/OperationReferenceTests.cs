using OpsTracker.Web.Components.Shared;

namespace OpsTracker.Web.Tests.Components;

/// <summary>Which operation an analyst means when merging: a number, or an operation page's path or address.</summary>
public sealed class OperationReferenceTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData(" #42 ", 42)]
    [InlineData("٤٢", 42)]
    [InlineData("۴۲", 42)]
    [InlineData("/operations/42", 42)]
    [InlineData("operations/42/", 42)]
    [InlineData("https://opstracker.example.org/operations/42?from=timeline#evidence", 42)]
    [InlineData("http://localhost:5000/app/operations/7", 7)]
    public void An_id_a_path_or_an_address_names_the_operation(string input, int expected)
    {
        Assert.True(OperationReference.TryParse(input, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("forty-two")]
    [InlineData("/reports/42")]
    [InlineData("/fooperations/42")]
    [InlineData("https://example.org/operations/")]
    [InlineData("9999999999")]
    [InlineData("42 43")]
    public void Anything_else_names_none(string? input)
    {
        Assert.False(OperationReference.TryParse(input, out _));
    }
}
