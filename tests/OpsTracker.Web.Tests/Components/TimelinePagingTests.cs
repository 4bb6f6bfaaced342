using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Timeline;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>More than a page of operations: a pager above and below the list; a page past the last says so.</summary>
public sealed class TimelinePagingTests
{
    [Fact]
    public async Task A_long_timeline_has_a_pager_at_top_and_bottom_and_a_page_past_the_last_offers_the_last()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            // 60 invented operations in one report: two pages of 50.
            var report = new Report
            {
                FileName = "paging.txt", Text = "نص تجريبي", ContentHash = new string('b', 64), ExtractorVersion = "test",
                Status = ReportStatus.Extracted, PublishedSource = PublicationDateSource.Unknown, IngestedAtUtc = DateTime.UtcNow,
            };
            for (var i = 0; i < 60; i++)
            {
                report.Operations.Add(new Operation
                {
                    Date = new DateOnly(2024, 1, 1).AddDays(i), DatePrecision = DatePrecision.Day, Kind = OperationKind.Raid,
                    ProvinceCode = "IQ-KI", EvidenceText = "دهمت القوات وكرا", Rule = "test",
                });
            }
            context.Reports.Add(report);
            await context.SaveChangesAsync();
        }

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var cut = ctx.RenderWithPopovers<Timeline>();
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid=operation-row]").Count));
        Assert.Single(cut.FindAll("[data-testid=pager-top]"));
        Assert.Single(cut.FindAll("[data-testid=pager-bottom]"));
        Assert.Equal("60 operations match", cut.Find("[data-testid=match-count]").TextContent.Trim());

        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/timeline?page=9");
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=page-out-of-range]")));
        Assert.Contains("Page 9 is past the last page: these filters give 2 pages.", cut.Find("[data-testid=page-out-of-range]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=go-to-last-page]").Click();
        Assert.EndsWith("/timeline?page=2", ctx.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[data-testid=operation-row]").Count));
    }
}
