using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Operations;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>The operation page's editor (analysts only) and what a removed operation's address answers.</summary>
public sealed class OperationEditorTests
{
    [Fact]
    public async Task An_analyst_corrects_a_figure_with_a_reason_and_a_visitor_sees_no_editor()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("editor.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل")), ReportSidecar.None);
        int id;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            id = (await context.Operations.SingleAsync()).Id;
        }

        await using (var visitor = BunitSetup.Create())
        {
            visitor.AddQueries(db.Factory);
            var page = visitor.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, id));
            page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=operation-fields]")));
            Assert.Empty(page.FindAll("[data-testid=operation-editor]"));
        }

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=editor-state]").TextContent.Trim()));
        cut.Find("[data-testid=casualty-count-0] input, input[data-testid=casualty-count-0]").Change("5");

        // Without a reason nothing is written.
        cut.Find("[data-testid=edit-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=editor-state]").TextContent.Trim()));

        cut.Find("[data-testid=edit-reason] input, input[data-testid=edit-reason]").Input("The ministry says five");
        cut.Find("[data-testid=edit-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal("corrected", cut.Find("[data-testid=editor-state]").TextContent.Trim()));

        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(5, (await check.Casualties.SingleAsync(c => c.OperationId == id)).Count);
        var audit = await check.AuditEntries.SingleAsync(a => a.Entity == "operation");
        Assert.Equal(("analyst@example.org", "operation.correct", "The ministry says five"), (audit.User, audit.Action, audit.Reason));
    }

    [Fact]
    public async Task A_removed_operation_says_what_became_of_it_and_links_to_its_report()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var first = FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل");
        var outcome = await importer.ImportBytesAsync("removed.txt", Encoding.UTF8.GetBytes(first + "\n" + FakeExtractor.Line("IQ-NI", "raid", "2024-05-02", 1, "مداهمة في تلعفر")), ReportSidecar.None);
        int removed;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            removed = (await context.Operations.OrderBy(o => o.EvidenceStart).LastAsync()).Id;
        }
        await importer.ImportBytesAsync("removed.txt", Encoding.UTF8.GetBytes(first + "\nلا شيء آخر"), ReportSidecar.None, "cli:tester");

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, removed));
        cut.WaitForAssertion(() => Assert.Contains("cli:tester", cut.Find("[data-testid=operation-removed]").TextContent, StringComparison.Ordinal));
        Assert.Equal($"/reports/{outcome.ReportId}", cut.Find("[data-testid=removed-report-link]").GetAttribute("href"));

        // An id that never existed still says so.
        var none = ctx.Render<OperationPage>(p => p.Add(c => c.Id, 999_999));
        none.WaitForAssertion(() => Assert.Contains("999999", none.Markup, StringComparison.Ordinal));
        Assert.Empty(none.FindAll("[data-testid=operation-removed]"));
    }
}
