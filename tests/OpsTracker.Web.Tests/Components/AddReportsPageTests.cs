using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Reports;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>An analyst pastes a report's text; the same text again is refused with a link to the one loaded.</summary>
public sealed class AddReportsPageTests
{
    [Fact]
    public async Task Pasted_text_is_added_through_the_importer_and_a_second_paste_links_to_it()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.Services.AddSingleton(new ReportSubmissions(db.Factory, SeededDatabases.Importer(db.Factory), TimeProvider.System));
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<AddReports>();

        const string Text = "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك.";
        cut.Find("[data-testid=add-file-name] input, input[data-testid=add-file-name]").Input("pasted.txt");
        cut.Find("[data-testid=add-text] textarea, textarea[data-testid=add-text]").Input(Text);
        cut.Find("[data-testid=add-submit]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Added:", cut.Find("[data-testid=add-results]").TextContent, StringComparison.Ordinal));

        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var report = await context.Reports.SingleAsync();
            Assert.Equal(("pasted.txt", Core.Domain.ReportStatus.Extracted), (report.FileName, report.Status));
            Assert.Contains($"/reports/{report.Id}", cut.Markup, StringComparison.Ordinal);
        }

        cut.Find("[data-testid=add-file-name] input, input[data-testid=add-file-name]").Input("again.txt");
        cut.Find("[data-testid=add-text] textarea, textarea[data-testid=add-text]").Input(Text);
        cut.Find("[data-testid=add-submit]").Click();
        cut.WaitForAssertion(() => Assert.Contains("already loaded as pasted.txt", cut.Find("[data-testid=add-results]").TextContent, StringComparison.Ordinal));
        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.Reports.CountAsync());
    }
}
