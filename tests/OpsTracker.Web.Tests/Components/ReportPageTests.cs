using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Reports;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>On a report's page an analyst sets its unknown publication date; the report is extracted again with it.</summary>
public sealed class ReportPageTests
{
    [Fact]
    public async Task Setting_the_publication_date_extracts_the_report_again_and_dates_its_operations()
    {
        await using var db = await SeededDatabases.CreateAsync(TestProvider.Sqlite);
        int id;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            id = await context.Reports.Where(r => r.FileName == "003_9d1aa88e7d28a158.txt").Select(r => r.Id).SingleAsync();
        }

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<ReportPage>(p => p.Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("unknown", cut.Find("[data-testid=published]").TextContent.Trim()));
        Assert.Contains("date unknown: 'يوم الاثنين الماضي'", cut.Find("[data-testid=report-operations]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=published-save]").HasAttribute("disabled"));

        cut.Find("[data-testid=published-picker] input, input[data-testid=published-picker]").Change("2024-05-15");
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=published-save]").HasAttribute("disabled")));
        cut.Find("[data-testid=published-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("15 May 2024 (known)", cut.Find("[data-testid=published]").TextContent.Trim()));
        var operations = cut.Find("[data-testid=report-operations]").TextContent;
        Assert.Contains("13 May 2024", operations, StringComparison.Ordinal); // "last Monday" before Wednesday 15 May
        // The relative day resolved; only the arrests told as "recently" (مؤخرا) keep no day, and no words to show.
        Assert.DoesNotContain("date unknown: 'يوم الاثنين الماضي'", operations, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Viewer)]
    public async Task Anonymous_visitors_and_viewers_get_no_publication_form(string? role)
    {
        await using var db = await SeededDatabases.CreateAsync(TestProvider.Sqlite);
        int id;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            id = await context.Reports.Where(r => r.FileName == "003_9d1aa88e7d28a158.txt").Select(r => r.Id).SingleAsync();
        }
        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        if (role is not null)
        {
            ctx.SignIn(role);
        }
        var cut = ctx.RenderWithPopovers<ReportPage>(p => p.Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("unknown", cut.Find("[data-testid=published]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=publication-form]"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("ftp://example.org/a", false)]
    [InlineData("/relative/path", false)]
    [InlineData("https://example.org/a?b=1", true)]
    [InlineData("http://example.org/", true)]
    public void Only_http_and_https_addresses_become_links(string url, bool link) =>
        Assert.Equal(link, OpsTracker.Web.Components.Shared.SafeLink.Href(url) is not null);
}
