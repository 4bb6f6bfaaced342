using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Review;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>The review queue: an analyst confirms an operation with a reason; without one nothing changes.</summary>
public sealed class ReviewQueueTests
{
    [Fact]
    public async Task An_analyst_confirms_with_a_reason_and_the_audit_names_them()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("queue.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل")), ReportSidecar.None);

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.Services.AddSingleton(new ReviewService(db.Factory, TimeProvider.System));
        ctx.Services.AddSingleton(new TallyReviewService(db.Factory, TimeProvider.System));
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<ReviewQueue>();
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=review-state]").TextContent.Trim()));

        cut.Find("[data-testid=review-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=review-state]").TextContent.Trim()));

        cut.Find("[data-testid=review-reason] input, input[data-testid=review-reason]").Input("Matches the ministry's statement");
        cut.Find("[data-testid=review-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal("confirmed", cut.Find("[data-testid=review-state]").TextContent.Trim()));

        await using var context = await db.Factory.CreateDbContextAsync();
        // The import is audited too (as "system"); the review is the one entry of the operation.
        var audit = await context.AuditEntries.SingleAsync(a => a.Entity == "operation");
        Assert.Equal(("analyst@example.org", "operation.review", "Matches the ministry's statement"), (audit.User, audit.Action, audit.Reason));
    }

    [Fact]
    public async Task Measure_now_scores_the_extractor_against_the_reports_reviewed_whole_and_lists_where_it_differs()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var extractor = new FakeExtractor();
        var importer = new ReportImporter(db.Factory, extractor, TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("measured.txt", Encoding.UTF8.GetBytes(string.Join('\n',
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل"),
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-02", 2, "مداهمة في تلعفر"),
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-04", 7, "مداهمة في الحضر"),
            FakeExtractor.Tally("IQ", 2023, 120, 95, "حصيلة العام"))), ReportSidecar.None);
        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var ids = await context.Operations.OrderBy(o => o.EvidenceStart).Select(o => o.Id).ToListAsync();
            Assert.Empty((await reviews.ReviewAsync(ids[0], "confirmed", "Checked", "analyst@example.org")).Errors);
            Assert.Empty((await reviews.CorrectAsync(ids[1], new System.Text.Json.Nodes.JsonObject { ["province"] = "IQ-KI" }, "Another town of that name", "analyst@example.org")).Errors);
            Assert.Empty((await reviews.CorrectAsync(ids[2], new System.Text.Json.Nodes.JsonObject { ["date"] = "2024-05-03" }, "The day before the statement", "analyst@example.org")).Errors);
            var tally = await context.ReportedTallies.Select(t => t.Id).SingleAsync();
            Assert.Empty((await new TallyReviewService(db.Factory, TimeProvider.System).ReviewAsync(tally, "rejected", "A research centre's count", "analyst@example.org")).Errors);
            Assert.Empty((await new ReportCompletionService(db.Factory, TimeProvider.System).SetAsync(await context.Reports.Select(r => r.Id).SingleAsync(), true, "Read it through", "analyst@example.org")).Errors);
        }

        await using var ctx = BunitSetup.Create();
        ctx.Services.AddSingleton<Core.Extraction.IReportExtractor>(extractor);
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<ReviewQueue>();
        Assert.Empty(cut.FindAll("[data-testid=review-accuracy-figures]"));

        cut.Find("[data-testid=review-accuracy-measure]").Click();

        cut.WaitForAssertion(() => Assert.Contains("1 of 1 extracted reports reviewed whole", cut.Find("[data-testid=review-accuracy-reports]").TextContent, StringComparison.Ordinal));
        Assert.Contains("F1 0.67 · precision 0.67 · recall 0.67 (2 right of 3 read, 3 in your reviews)", cut.Find("[data-testid=review-accuracy-figures]").TextContent, StringComparison.Ordinal);
        Assert.Contains("(0 right of 2 read, 0 in your reviews)", cut.Find("[data-testid=review-accuracy-tallies]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 / 2", cut.Find("[data-testid=review-accuracy-dates]").TextContent, StringComparison.Ordinal);
        Assert.Equal("ISIS · killed 2 · IQ-KI", cut.Find("[data-testid=review-accuracy-missed]").TextContent.Trim());
        Assert.Equal("ISIS · killed 2 · IQ-NI, Tally · 120 operations, Tally · 95 killed", cut.Find("[data-testid=review-accuracy-extra]").TextContent.Trim());
        Assert.Equal("ISIS · killed 7 · IQ-NI: 2024-05-03 → 2024-05-04", cut.Find("[data-testid=review-accuracy-dated]").TextContent.Trim());
    }

    [Fact]
    public async Task The_operation_page_shows_the_confidence_and_the_history_with_who_when_what_and_why()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("history.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل", 0.78)), ReportSidecar.None);
        int id;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            id = (await context.Operations.SingleAsync()).Id;
        }

        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        Assert.Empty((await reviews.ReviewAsync(id, "rejected", "Duplicate of the ministry's report", "analyst@example.org")).Errors);

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var again = ctx.RenderWithPopovers<Web.Components.Pages.Operations.OperationPage>(p => p.Add(c => c.Id, id));
        again.WaitForAssertion(() => Assert.Equal("0.78", again.Find("[data-testid=operation-confidence]").TextContent.Trim()));
        again.WaitForAssertion(() => Assert.Single(again.FindAll("[data-testid=operation-history] tbody tr")));
        var row = again.Find("[data-testid=operation-history] tbody tr").TextContent;
        Assert.Contains("analyst@example.org", row, StringComparison.Ordinal);
        Assert.Contains("operation.review", row, StringComparison.Ordinal);
        Assert.Contains("Duplicate of the ministry's report", row, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
    }
}
