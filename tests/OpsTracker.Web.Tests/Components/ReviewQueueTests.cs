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
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<ReviewQueue>();
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=review-state]").TextContent.Trim()));

        cut.Find("[data-testid=review-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=review-state]").TextContent.Trim()));

        cut.Find("[data-testid=review-reason] input, input[data-testid=review-reason]").Input("Matches the ministry's statement");
        cut.Find("[data-testid=review-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal("confirmed", cut.Find("[data-testid=review-state]").TextContent.Trim()));

        await using var context = await db.Factory.CreateDbContextAsync();
        var audit = await context.AuditEntries.SingleAsync();
        Assert.Equal(("analyst@example.org", "operation.review", "Matches the ministry's statement"), (audit.User, audit.Action, audit.Reason));
    }
}
