using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Review;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>
/// Adding a missed operation from the text selected in the report view: the browser's offsets are mapped to the
/// report's, the form is pre-filled with what the extractor reads in the selection, and the operation is stored with
/// that span as its evidence; on both providers.
/// </summary>
public sealed class AddOperationFromEvidenceTests
{
    // Invented: an operation line the test extractor reads, then a sentence it ignores (the "missed" arrest) that the
    // real extractor reads as an arrest of four in Hawija, Kirkuk, on the Sunday before publication.
    private const string Missed = "ألقت القوات الأمنية، الأحد، القبض على أربعة إرهابيين في قضاء الحويجة بمحافظة كركوك.";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_selected_evidence_pre_fills_the_form_and_the_operation_is_added_with_that_span(TestProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var text = FakeExtractor.Line("IQ-KI", "raid", "2024-03-01", 2, "مداهمة في كركوك") + "\n" + Missed + "\n";
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var outcome = await importer.ImportBytesAsync("missed.txt", Encoding.UTF8.GetBytes(text), ReportSidecar.None);
        var start = text.IndexOf(Missed, StringComparison.Ordinal);

        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        // The browser's selection: the sentence and the line break after it, as a drag to the line's end takes it.
        var module = ctx.JSInterop.SetupModule("./js/evidence-selection.js");
        module.Setup<int[]?>("selectionOffsets", _ => true).SetResult([start, start + Missed.Length + 1, text.Length]);
        var cut = ctx.RenderWithPopovers<AddOperationFromEvidence>(p => p
            .Add(c => c.ReportId, outcome.ReportId).Add(c => c.Text, text).Add(c => c.TextSelector, ".report-text")
            .Add(c => c.Published, new DateOnly(2024, 3, 4)));

        cut.Find("[data-testid=add-take-selection]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Pre-filled", cut.Find("[data-testid=add-prefill]").TextContent, StringComparison.Ordinal);
            Assert.Equal(Missed, cut.Find("[data-testid=add-evidence]").TextContent.Trim());
            Assert.Equal((start.ToString(), (start + Missed.Length).ToString()), (Value(cut, "add-start"), Value(cut, "add-end")));
            Assert.Equal(("2024-03-03", "4", ""), (Value(cut, "add-date"), Value(cut, "add-arrested"), Value(cut, "add-killed")));
        });

        cut.Find("[data-testid=add-reason] input, input[data-testid=add-reason]").Input("The extractor missed the arrests in the second sentence");
        cut.Find("[data-testid=add-save]").Click();

        await using var check = await db.Factory.CreateDbContextAsync();
        await WaitForAsync(() => check.OperationReviews.AnyAsync(r => r.AddedByAnalyst));
        var op = await check.Operations.Include(o => o.Casualties).SingleAsync(o => o.EvidenceStart == start);
        Assert.Equal((start + Missed.Length, OperationKind.Arrest, "IQ-KI", new DateOnly(2024, 3, 3), DatePrecision.Day),
            (op.EvidenceEnd, op.Kind, op.ProvinceCode, op.Date, op.DatePrecision));
        var arrested = Assert.Single(op.Casualties);
        Assert.Equal((4, CasualtyCategory.Arrested, CasualtySide.Isis), (arrested.Count, arrested.Category, arrested.Side));
        var review = await check.OperationReviews.SingleAsync(r => r.AddedByAnalyst);
        Assert.Equal(("analyst@example.org", "The extractor missed the arrests in the second sentence"), (review.UpdatedBy, review.Reason));
    }

    [Fact]
    public async Task A_selection_the_extractor_reads_nothing_in_keeps_the_fields_for_the_analyst()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        const string Text = "نص تمهيدي لا يذكر عملية.\n" + Missed;
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var outcome = await importer.ImportBytesAsync("nothing.txt", Encoding.UTF8.GetBytes(Text), ReportSidecar.None);
        await using var ctx = BunitSetup.Create();
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        ctx.JSInterop.SetupModule("./js/evidence-selection.js").Setup<int[]?>("selectionOffsets", _ => true).SetResult([0, 24, Text.Length]);
        var cut = ctx.RenderWithPopovers<AddOperationFromEvidence>(p => p
            .Add(c => c.ReportId, outcome.ReportId).Add(c => c.Text, Text).Add(c => c.TextSelector, ".report-text"));

        cut.Find("[data-testid=add-take-selection]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Contains("reads no operation", cut.Find("[data-testid=add-prefill]").TextContent, StringComparison.Ordinal);
            Assert.Equal(("", "", ""), (Value(cut, "add-date"), Value(cut, "add-arrested"), Value(cut, "add-killed")));
        });
    }

    [Theory]
    [InlineData("abc def", 0, 7, 7, 0, 7)]
    [InlineData("abc def\n", 4, 8, 8, 4, 7)] // the line break a drag to the end takes is left out
    [InlineData("  abc", 0, 5, 5, 2, 5)]
    [InlineData("a\r\nb\r\ncd", 4, 6, 6, 6, 8)] // shown as "a\nb\ncd": "cd" at 4..6 is 6..8 in the text
    [InlineData("a\r\nb\rcd", 2, 3, 6, 3, 4)] // a lone CR is one character either way
    public void A_selection_in_the_page_maps_to_the_report_text(string text, int start, int end, int shownLength, int expectedStart, int expectedEnd) =>
        Assert.Equal((expectedStart, expectedEnd), SelectionSpan.ToReport(text, start, end, shownLength));

    [Theory]
    [InlineData("abc", 2, 2, 3)] // nothing selected
    [InlineData("abc", 0, 4, 3)] // beyond the text
    [InlineData("abc", 0, 2, 5)] // the page's text is not this report's
    [InlineData("a  b", 1, 3, 4)] // only white space
    public void A_selection_that_cannot_be_matched_gives_nothing(string text, int start, int end, int shownLength) =>
        Assert.Null(SelectionSpan.ToReport(text, start, end, shownLength));

    private static string Value(IRenderedComponent<AddOperationFromEvidence> cut, string testId) =>
        cut.Find($"[data-testid={testId}] input, input[data-testid={testId}]").GetAttribute("value") ?? "";

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(await condition());
    }
}
