using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Operations;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>
/// The operation page's event decisions (#10) and strikes' own marks (#13): an analyst merges the event with a
/// candidate and splits it again, each with a reason, through the same service as the API; visitors see no control.
/// </summary>
public sealed class EventDecisionsTests(SeededDatabases databases) : IClassFixture<SeededDatabases>
{
    [Fact]
    public async Task An_analyst_merges_with_a_near_miss_and_splits_it_out_again_with_reasons_and_a_visitor_sees_neither()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("first.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل")), ReportSidecar.None);
        await importer.ImportBytesAsync("second.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-NI", "arrest", "2024-05-02", 0, "اعتقال في الموصل")), ReportSidecar.None);
        int first, second;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            first = (await context.Operations.SingleAsync(o => o.Report!.FileName == "first.txt")).Id;
            second = (await context.Operations.SingleAsync(o => o.Report!.FileName == "second.txt")).Id;
        }

        await using (var visitor = BunitSetup.Create())
        {
            visitor.AddQueries(db.Factory);
            var page = visitor.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, first));
            page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=operation-fields]")));
            Assert.Empty(page.FindAll("[data-testid=event-merge]"));
        }
        await using (var viewer = BunitSetup.Create())
        {
            viewer.AddQueries(db.Factory);
            viewer.SignIn(Roles.Viewer);
            var page = viewer.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, first));
            page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=operation-fields]")));
            Assert.Empty(page.FindAll("[data-testid=event-merge]"));
        }

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, first));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=event-merge]")));
        Assert.Empty(cut.FindAll("[data-testid=event-source]"));

        // The near miss is offered; picking it fills the field; without a reason nothing is written.
        cut.Find("[data-testid=event-merge]").Click();
        cut.WaitForAssertion(() => Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cut.Find("[data-testid=event-merge-candidate]").GetAttribute("data-operation-id")));
        cut.Find("[data-testid=event-merge-candidate] input").Click();
        cut.WaitForAssertion(() => Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cut.Find("[data-testid=event-merge-with] input, input[data-testid=event-merge-with]").GetAttribute("value")));
        cut.Find("[data-testid=event-merge-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Contains("reason", cut.Find("[data-testid=event-decision-error]").TextContent, StringComparison.Ordinal));
        // Something that names no operation is refused before the service is asked.
        cut.Find("[data-testid=event-merge-with] input, input[data-testid=event-merge-with]").Input("/reports/3");
        cut.Find("[data-testid=event-merge-reason] input, input[data-testid=event-merge-reason]").Input("The arrests were made in that raid");
        cut.Find("[data-testid=event-merge-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Contains("/operations/42", cut.Find("[data-testid=event-decision-error]").TextContent, StringComparison.Ordinal));
        cut.Find("[data-testid=event-merge-with] input, input[data-testid=event-merge-with]").Input($"/operations/{second}");
        cut.Find("[data-testid=event-merge-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=event-source]").Count));

        var query = new OperationQuery(db.Factory);
        Assert.Equal(1, (await query.ListAsync(new OperationFilter())).Total);

        // Split the other report out again.
        cut.Find($"[data-testid=event-source][data-operation-id='{second}'] [data-testid=event-split]").Click();
        cut.Find("[data-testid=event-split-reason] input, input[data-testid=event-split-reason]").Input("Two different days after all");
        cut.Find("[data-testid=event-split-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=event-source]")));
        Assert.Equal(2, (await query.ListAsync(new OperationFilter())).Total);

        await using var check = await db.Factory.CreateDbContextAsync();
        var audit = await check.AuditEntries.Where(a => a.Action.StartsWith("event.")).OrderBy(a => a.Id).Select(a => new { a.Action, a.User, a.Reason, a.EntityId }).ToListAsync();
        Assert.Equal(["event.merge", "event.split"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("analyst@example.org", a.User));
        Assert.Equal(["The arrests were made in that raid", "Two different days after all"], audit.Select(a => a.Reason));
        Assert.Equal([first.ToString(System.Globalization.CultureInfo.InvariantCulture), second.ToString(System.Globalization.CultureInfo.InvariantCulture)], audit.Select(a => a.EntityId));
        // The page's history shows both, with the analyst's name and reason.
        cut.WaitForAssertion(() => Assert.Contains("The arrests were made in that raid", cut.Find("[data-testid=operation-history]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_strike_figure_is_marked_in_the_report_by_its_own_words()
    {
        var db = await databases.GetAsync(TestProvider.Sqlite);
        var query = new OperationQuery(db.Factory);
        var airstrike = (await query.ListAsync(new OperationFilter { PageSize = 500 })).Items.First(o => o.Strikes is not null);
        var detail = (await query.GetAsync(airstrike.Id))!;
        var span = Assert.IsType<StrikesDetail>(detail.StrikesEvidence);

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, airstrike.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=figure]")));

        // Strikes come last; their number's mark is the strike words, and their sentence holds them.
        var strikes = cut.FindAll("[data-testid=figure]")[^1];
        var number = strikes.GetAttribute("data-figure-ref");
        Assert.Empty(strikes.QuerySelectorAll(".figure-note"));
        var marks = cut.FindAll($"[data-testid=figure-mark][data-figure='{number}']");
        Assert.Equal(span.Evidence, string.Concat(marks.Select(m => m.TextContent)));
        Assert.Contains(span.Evidence, strikes.QuerySelector(".figure-sentence")!.TextContent, StringComparison.Ordinal);
    }
}
