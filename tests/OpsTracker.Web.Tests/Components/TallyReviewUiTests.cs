using System.Text;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Reports;
using OpsTracker.Web.Components.Pages.Review;
using OpsTracker.Web.Components.Pages.Tallies;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>
/// Official tallies reviewed in the UI: every field corrected from the review queue with a reason, refusals shown beside
/// the field in the UI language, review states marked on the report page (rejected ones struck through and left out of
/// the tallies page), and confirming, correcting or rejecting from the report page; on both providers.
/// </summary>
public sealed class TallyReviewUiTests
{
    private const string Analyst = "analyst@example.org";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_analyst_corrects_every_field_of_a_tally_from_the_queue_with_a_reason(TestProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (_, ids) = await ImportAsync(db, FakeExtractor.Tally("IQ", 2022, 400, 300, "حصيلة العراق"));
        await using var ctx = Context(db, Roles.Analyst);
        var cut = ctx.RenderWithPopovers<ReviewQueue>();
        cut.WaitForAssertion(() => Assert.Equal("unreviewed", cut.Find("[data-testid=tally-state]").TextContent.Trim()));

        cut.Find("[data-testid=tally-correct]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=tally-editor]")));
        Input(cut, "tally-edit-period-start").Input("2022-02-01");
        Input(cut, "tally-edit-period-end").Input("2022-06-30");
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("IQ-NI"));
        Input(cut, "tally-edit-reported-by").Input("Ministry of Defence");
        Input(cut, "tally-edit-operations").Change("410");
        Input(cut, "tally-edit-killed").Change("310");
        Input(cut, "tally-edit-arrested").Change("12");
        Input(cut, "tally-edit-hideoutsDestroyed").Change("5");
        Input(cut, "tally-edit-isisAttacks").Change("3");
        Input(cut, "tally-edit-reason").Input("The ministry's statement of July");
        cut.Find("[data-testid=tally-edit-save]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("corrected", cut.Find("[data-testid=tally-state]").TextContent.Trim());
            // The queue line reads the corrected tally.
            Assert.Contains("Nineveh", cut.Find("[data-testid=tally-scope]").TextContent, StringComparison.Ordinal);
        });

        await using var check = await db.Factory.CreateDbContextAsync();
        var tally = await check.ReportedTallies.SingleAsync(t => t.Id == ids[0]);
        Assert.Equal(
            (new DateOnly(2022, 2, 1), new DateOnly(2022, 6, 30), "IQ-NI", "Ministry of Defence", 410, 300 + 10, 12, 5, 3),
            (tally.PeriodStart, tally.PeriodEnd, tally.Scope, tally.ReportedBy, tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed, tally.IsisAttacks));
        var review = await check.TallyReviews.SingleAsync(r => r.TallyId == ids[0]);
        Assert.Equal(ReviewState.Corrected, review.State);
        Assert.All(TallyCorrections.Fields, f => Assert.Contains($"\"{f}\"", review.Corrections, StringComparison.Ordinal));
        var audit = await check.AuditEntries.SingleAsync(a => a.Entity == "tally");
        Assert.Equal((Analyst, "tally.correct", "The ministry's statement of July"), (audit.User, audit.Action, audit.Reason));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public Task Refusals_are_shown_beside_their_field_and_nothing_is_written(TestProvider provider) =>
        AssertRefusalsAsync(provider, "en", "The period ends before it starts.", "Every change needs a reason.");

    [Fact]
    public Task Refusals_are_shown_in_Arabic_in_the_Arabic_UI() =>
        AssertRefusalsAsync(TestProvider.Sqlite, "ar-IQ", "تنتهي المدة قبل أن تبدأ.", "كل تغيير يحتاج إلى سبب.");

    private static async Task AssertRefusalsAsync(TestProvider provider, string culture, string periodOrder, string reasonMissing)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (_, ids) = await ImportAsync(db, FakeExtractor.Tally("IQ", 2022, 400, 300, "حصيلة العراق"));
        await using var ctx = Context(db, Roles.Analyst, culture);
        var cut = ctx.RenderWithPopovers<ReviewQueue>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=tally-correct]")));
        cut.Find("[data-testid=tally-correct]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(Input(cut, "tally-edit-killed")));

        // No reason: refused beside the reason.
        Input(cut, "tally-edit-killed").Change("310");
        cut.Find("[data-testid=tally-edit-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains(reasonMissing, FieldText(cut, "tally-edit-reason"), StringComparison.Ordinal));

        // A period that ends before it starts: refused beside the period's end, the reason's refusal gone.
        Input(cut, "tally-edit-period-end").Input("2021-12-31");
        Input(cut, "tally-edit-reason").Input("Checked against the statement");
        cut.Find("[data-testid=tally-edit-save]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Contains(periodOrder, FieldText(cut, "tally-edit-period-end"), StringComparison.Ordinal);
            Assert.DoesNotContain(reasonMissing, FieldText(cut, "tally-edit-reason"), StringComparison.Ordinal);
        });

        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(300, (await check.ReportedTallies.SingleAsync(t => t.Id == ids[0])).Killed);
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Entity == "tally"));
        Assert.False(await check.TallyReviews.AnyAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_report_page_marks_corrected_and_rejected_tallies_and_an_analyst_rejects_one_there(TestProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (reportId, ids) = await ImportAsync(db,
            FakeExtractor.Tally("IQ", 2022, 400, 300, "حصيلة العراق") + "\n" + FakeExtractor.Tally("IQ-KI", 2022, 40, 30, "حصيلة كركوك") + "\n"
            + FakeExtractor.Tally("IQ-NI", 2022, 50, 20, "حصيلة نينوى"));
        var reviews = new TallyReviewService(db.Factory, TimeProvider.System);
        Assert.Empty((await reviews.CorrectAsync(ids[0], new() { ["killed"] = 310 }, "The statement says 310", Analyst)).Errors);
        Assert.Empty((await reviews.ReviewAsync(ids[1], "rejected", "A forecast, not a tally", Analyst)).Errors);

        await using (var viewer = Context(db, Roles.Viewer))
        {
            var page = viewer.RenderWithPopovers<ReportPage>(p => p.Add(c => c.Id, reportId));
            page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=report-tally]").Count));
            Assert.Empty(page.FindAll("[data-testid=report-tally-review-toggle]"));
            Assert.Empty(page.FindAll("[data-testid=tally-editor]"));
        }

        await using var ctx = Context(db, Roles.Analyst);
        var cut = ctx.RenderWithPopovers<ReportPage>(p => p.Add(c => c.Id, reportId));
        // Asserted as the page renders (its history panel goes on loading after the tallies show).
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(3, cut.FindAll("[data-testid=report-tally]").Count);
            var corrected = Tally(cut, ids[0]);
            Assert.Equal("corrected", corrected.GetAttribute("data-state"));
            Assert.Equal("corrected", corrected.QuerySelector("[data-testid=report-tally-state]")?.TextContent.Trim());
            Assert.Contains("310 killed", corrected.QuerySelector("[data-testid=report-tally-text]")?.TextContent, StringComparison.Ordinal);
            Assert.Contains("killed", corrected.QuerySelector("[data-testid=report-tally-note]")?.TextContent, StringComparison.Ordinal);
            Assert.Contains("The statement says 310", corrected.QuerySelector("[data-testid=report-tally-review]")?.TextContent, StringComparison.Ordinal);
            var rejected = Tally(cut, ids[1]);
            Assert.Equal("rejected", rejected.GetAttribute("data-state"));
            Assert.Contains("tally-rejected", rejected.ClassList);
            Assert.Equal("S", rejected.QuerySelector("[data-testid=report-tally-text]")?.TagName);
            Assert.Contains("left out of the tallies page", rejected.QuerySelector("[data-testid=report-tally-note]")?.TextContent, StringComparison.Ordinal);
            Assert.Empty(Tally(cut, ids[2]).QuerySelectorAll("[data-testid=report-tally-state]"));
        });

        // The unreviewed Nineveh tally rejected from the report page with a reason.
        Tally(cut, ids[2]).QuerySelector("[data-testid=report-tally-review-toggle]")!.Click();
        cut.WaitForAssertion(() => Assert.NotNull(Tally(cut, ids[2]).QuerySelector("[data-testid=tally-editor]")));
        Input(cut, "tally-edit-reason").Input("Counted twice in the statement");
        cut.Find("[data-testid=tally-edit-reject]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("rejected", Tally(cut, ids[2]).GetAttribute("data-state"));
            Assert.Contains("Counted twice in the statement", Tally(cut, ids[2]).QuerySelector("[data-testid=report-tally-review]")?.TextContent, StringComparison.Ordinal);
        });

        // The tallies page lists neither rejected tally among the official tallies, and takes 310 for all Iraq in 2022.
        var tallies = ctx.Render<Tallies>();
        tallies.WaitForAssertion(() => Assert.Contains("310 killed", Assert.Single(tallies.FindAll("[data-testid=official-tally]")).TextContent, StringComparison.Ordinal));
        var table = await ctx.Services.GetRequiredService<Data.Queries.TallyQuery>().GetAsync(new Data.Queries.OperationFilter());
        var row = Assert.Single(table.Rows, r => r.Year == 2022 && r.IsAllIraq);
        Assert.Equal(310, row.OfficialKilled);
        Assert.DoesNotContain(table.Rows, r => r.ProvinceCode is "IQ-KI" or "IQ-NI");
        Assert.Empty(table.Unassigned);
    }

    private static BunitContext Context(TestDatabase db, string role, string culture = "en")
    {
        var ctx = BunitSetup.Create(culture);
        ctx.AddQueries(db.Factory);
        ctx.SignIn(role);
        return ctx;
    }

    private static async Task<(int ReportId, int[] Tallies)> ImportAsync(TestDatabase db, string text)
    {
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var outcome = await importer.ImportBytesAsync($"tallies-{Guid.NewGuid():N}.txt", Encoding.UTF8.GetBytes(text), ReportSidecar.None);
        await using var context = await db.Factory.CreateDbContextAsync();
        return (outcome.ReportId, await context.ReportedTallies.Where(t => t.ReportId == outcome.ReportId).OrderBy(t => t.EvidenceStart).Select(t => t.Id).ToArrayAsync());
    }

    private static IElement Input<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($"[data-testid={testId}] input, input[data-testid={testId}]");

    /// <summary>The text of a field's control: its label, value and the refusal MudBlazor shows under it.</summary>
    private static string FieldText<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        Input(cut, testId).Closest(".mud-input-control")?.TextContent ?? "";

    private static IElement Tally<T>(IRenderedComponent<T> cut, int id) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($"[data-testid=report-tally][data-tally-id='{id}']");
}
