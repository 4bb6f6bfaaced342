using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Operations;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>
/// What ReviewService and EventService refuse reaches the analyst beside the field it names, in the UI's language
/// (issue 13): the operation editor's fields and the merge form's, in Arabic with no English word, in English with the
/// API's own sentence. Nothing is written when a change is refused.
/// </summary>
public sealed partial class ServiceRefusalsUiTests
{
    [Theory]
    [InlineData("ar-IQ", "200 حرف على الأكثر.", "كل تغيير يحتاج إلى سبب.")]
    [InlineData("en", "At most 200 characters.", "Every change needs a reason.")]
    public async Task The_operation_editor_shows_a_refused_field_beside_it_in_the_UI_language(string culture, string placeTooLong, string reasonMissing)
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var (first, _) = await ImportAsync(db);
        await using var ctx = Context(db, culture);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, first));
        cut.WaitForAssertion(() => Assert.NotNull(Input(cut, "edit-place")));

        // A place longer than the service takes, with a reason: refused beside the place.
        Input(cut, "edit-place").Input(new string('م', 201));
        Input(cut, "edit-reason").Input("سبب التصحيح");
        cut.Find("[data-testid=edit-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal(placeTooLong, Refusal(cut, "edit-place")));
        Assert.DoesNotContain(reasonMissing, FieldText(cut, "edit-reason"), StringComparison.Ordinal);

        // A valid place and no reason: refused beside the reason, the place's refusal gone.
        Input(cut, "edit-place").Input("الموصل القديمة");
        Input(cut, "edit-reason").Input("");
        cut.Find("[data-testid=edit-save]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(reasonMissing, Refusal(cut, "edit-reason"));
            Assert.DoesNotContain(placeTooLong, FieldText(cut, "edit-place"), StringComparison.Ordinal);
        });
        if (culture == "ar-IQ")
        {
            Assert.DoesNotMatch(LatinLetter(), reasonMissing + placeTooLong);
        }

        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal("test place", (await check.Operations.SingleAsync(o => o.Id == first)).Place);
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Entity == "operation"));
    }

    [Theory]
    [InlineData("ar-IQ", "العملية في حدثها أصلًا، ولا تُدمج بنفسها.", "لا توجد عملية رقم 999999.")]
    [InlineData("en", "An operation is already in its own event.", "There is no operation 999999.")]
    public async Task A_refused_merge_is_shown_beside_the_other_operation_in_the_UI_language(string culture, string withItself, string noSuchOperation)
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var (first, _) = await ImportAsync(db);
        await using var ctx = Context(db, culture);
        var cut = ctx.RenderWithPopovers<OperationPage>(p => p.Add(c => c.Id, first));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=event-merge]")));
        cut.Find("[data-testid=event-merge]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(Input(cut, "event-merge-with")));

        Input(cut, "event-merge-with").Input($"/operations/{first}");
        Input(cut, "event-merge-reason").Input("رواية واحدة للعملية نفسها");
        cut.Find("[data-testid=event-merge-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal(withItself, Refusal(cut, "event-merge-with")));

        Input(cut, "event-merge-with").Input("999999");
        cut.Find("[data-testid=event-merge-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal(noSuchOperation, Refusal(cut, "event-merge-with")));
        if (culture == "ar-IQ")
        {
            Assert.DoesNotMatch(LatinLetter(), withItself + noSuchOperation);
        }
        Assert.Empty(cut.FindAll("[data-testid=event-source]"));

        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.False(await check.EventDecisions.AnyAsync());
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action.StartsWith("event.")));
    }

    private static async Task<(int First, int Second)> ImportAsync(TestDatabase db)
    {
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("first.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل")), ReportSidecar.None);
        await importer.ImportBytesAsync("second.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-KI", "arrest", "2023-01-02", 0, "اعتقال في كركوك")), ReportSidecar.None);
        await using var context = await db.Factory.CreateDbContextAsync();
        return ((await context.Operations.SingleAsync(o => o.Report!.FileName == "first.txt")).Id,
            (await context.Operations.SingleAsync(o => o.Report!.FileName == "second.txt")).Id);
    }

    private static BunitContext Context(TestDatabase db, string culture)
    {
        var ctx = BunitSetup.Create(culture);
        ctx.AddQueries(db.Factory);
        ctx.SignIn(Roles.Analyst);
        return ctx;
    }

    private static IElement Input<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($"[data-testid={testId}] input, input[data-testid={testId}]");

    /// <summary>The text of a field's control: its label, value and the refusal MudBlazor shows under it.</summary>
    private static string FieldText<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        Input(cut, testId).Closest(".mud-input-control")?.TextContent ?? "";

    /// <summary>The refusal MudBlazor shows under a field (its helper text in the error state).</summary>
    private static string Refusal<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        Input(cut, testId).Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
