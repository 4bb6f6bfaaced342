using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Timeline;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>Filters live in the URL: the page reads them on first render and writes them back on every change.</summary>
public sealed class TimelineFilterTests(SeededDatabases databases) : IClassFixture<SeededDatabases>
{
    [Fact]
    public void A_filter_round_trips_through_its_query_string()
    {
        var (filter, errors) = OperationFilter.Parse(["IQ-KI", "iq-sd"], "2024-01-01", "2025", "airstrike", "2", null, "Iraqi Air Force", "جبال حمرين");
        Assert.Empty(errors);
        var query = filter.ToQueryString();
        Assert.Equal("?province=IQ-KI&province=IQ-SD&from=2024-01-01&to=2025-12-31&kind=airstrike&actor=Iraqi%20Air%20Force"
            + "&q=" + Uri.EscapeDataString("جبال حمرين") + "&page=2", query);

        var values = System.Web.HttpUtility.ParseQueryString(query);
        var (back, backErrors) = OperationFilter.Parse(values.GetValues("province"), values["from"], values["to"], values["kind"], values["page"], values["pageSize"], values["actor"], values["q"]);
        Assert.Empty(backErrors);
        Assert.Equal(filter, back);
        Assert.Equal("", new OperationFilter().ToQueryString());
    }

    [Fact]
    public async Task The_page_renders_the_filters_of_its_address()
    {
        var db = await databases.GetAsync(TestProvider.Sqlite);
        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/timeline?province=IQ-KI&province=IQ-SD&kind=search&q=" + Uri.EscapeDataString("حمرين"));

        var cut = ctx.RenderWithPopovers<Timeline>();
        cut.WaitForAssertion(() => Assert.Equal("1 operation matches", cut.Find("[data-testid=match-count]").TextContent.Trim()));

        var row = Assert.Single(cut.FindAll("[data-testid=operation-row]"));
        Assert.Equal("IQ-KI", row.GetAttribute("data-province"));
        Assert.Contains("سلسلة جبال حمرين", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kirkuk, Salah al-Din", cut.Find("[data-testid=filter-bar]").InnerHtml, StringComparison.Ordinal);
        Assert.Equal("حمرين", cut.Find("[data-testid=filter-text] input, input[data-testid=filter-text]").GetAttribute("value"));
        Assert.Equal("/export/operations.csv?province=IQ-KI&province=IQ-SD&kind=search&q=" + Uri.EscapeDataString("حمرين"),
            cut.Find("[data-testid=export-operations]").GetAttribute("href"));
    }

    [Fact]
    public async Task Changing_a_filter_writes_it_to_the_address()
    {
        var db = await databases.GetAsync(TestProvider.Sqlite);
        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/timeline?province=IQ-KI&page=2");

        var cut = ctx.RenderWithPopovers<Timeline>();
        // Page 2 of Kirkuk's operations is empty; a new filter starts again at page 1.
        cut.WaitForAssertion(() => Assert.Contains("operations match", cut.Find("[data-testid=match-count]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=operation-row]"));
        cut.Find("[data-testid=filter-text] input, input[data-testid=filter-text]").Change("Hamrin");

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/timeline?province=IQ-KI&q=Hamrin", navigation.Uri));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=operation-row]")));
    }

    [Fact]
    public async Task Bad_filters_in_the_address_are_named_and_the_rest_still_apply()
    {
        var db = await databases.GetAsync(TestProvider.Sqlite);
        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/timeline?province=IQ-KI&kind=parade");

        var cut = ctx.RenderWithPopovers<Timeline>();
        cut.WaitForAssertion(() => Assert.Contains("kind", cut.Find("[data-testid=filter-errors]").TextContent, StringComparison.Ordinal));
        Assert.All(cut.FindAll("[data-testid=operation-row]"), r => Assert.Equal("IQ-KI", r.GetAttribute("data-province")));
    }
}
