using System.Text.RegularExpressions;
using AngleSharp.Dom;
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
public sealed partial class AddReportsPageTests
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

    /// <summary>
    /// Issue 13: what ReportSubmissions refuses is shown under the field it names, in the UI's language: a file name that
    /// is not .txt and an address that is not http(s) together, then a name already used and the same content again.
    /// </summary>
    [Theory]
    [InlineData("ar-IQ", "اسم ملف بسيط ينتهي بـ \u2068.txt\u2069، من 200 حرف على الأكثر، دون مجلد.", "عنوان كامل يبدأ بـ http:// أو https://.",
        "يوجد تقرير محمَّل باسم \u2068first.txt\u2069 أصلًا؛ اختر اسمًا آخر.", "المحتوى نفسه محمَّل أصلًا باسم \u2068first.txt\u2069.")]
    [InlineData("en", "A plain file name ending in .txt, at most 200 characters, with no folder.", "An absolute http:// or https:// address.",
        "A report named first.txt is already loaded; choose another name.", "The same content is already loaded as first.txt.")]
    public async Task Refusals_are_shown_under_their_field_in_the_UI_language(string culture, string badName, string badUrl, string nameTaken, string sameContent)
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await using var ctx = BunitSetup.Create(culture);
        ctx.AddQueries(db.Factory);
        ctx.Services.AddSingleton(new ReportSubmissions(db.Factory, SeededDatabases.Importer(db.Factory), TimeProvider.System));
        ctx.SignIn(Roles.Analyst);
        var cut = ctx.RenderWithPopovers<AddReports>();
        const string Text = "أعلنت خلية الإعلام الأمني مقتل إرهابيين اثنين في جزيرة الحضر.";

        Input(cut, "add-file-name").Input("تقرير.pdf");
        Input(cut, "add-url").Input("ftp://example.org/a");
        Area(cut).Input(Text);
        cut.Find("[data-testid=add-submit]").Click();
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(badName, Refusal(Input(cut, "add-file-name")));
            Assert.Equal(badUrl, Refusal(Input(cut, "add-url")));
        });
        Assert.Contains(badName, cut.Find("[data-testid=add-results]").TextContent, StringComparison.Ordinal);

        // A good address and name: added, and the refusals are gone.
        Input(cut, "add-url").Input("");
        Input(cut, "add-file-name").Input("first.txt");
        cut.Find("[data-testid=add-submit]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=add-results] a[href^='/reports/']")));
        Assert.Equal("", Refusal(Input(cut, "add-file-name")));
        Assert.Equal("", Refusal(Input(cut, "add-url")));

        // Another text under the same name: refused under the file name.
        Input(cut, "add-file-name").Input("first.txt");
        Area(cut).Input(Text + " نص آخر");
        cut.Find("[data-testid=add-submit]").Click();
        cut.WaitForAssertion(() => Assert.Equal(nameTaken, Refusal(Input(cut, "add-file-name"))));

        // The same text under another name: refused under the text, with a link to the report loaded.
        Input(cut, "add-file-name").Input("second.txt");
        Area(cut).Input(Text);
        cut.Find("[data-testid=add-submit]").Click();
        cut.WaitForAssertion(() => Assert.Equal(sameContent, Refusal(Area(cut))));
        Assert.Equal("", Refusal(Input(cut, "add-file-name")));
        if (culture == "ar-IQ")
        {
            // No Latin letter but the file names and the address schemes the Arabic sentences quote.
            Assert.All(new[] { badName, nameTaken, sameContent }, t => Assert.DoesNotMatch(LatinLetter(), Regex.Replace(t, @"\u2068[^\u2069]*\u2069", "")));
        }
        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(["first.txt"], await check.Reports.Select(r => r.FileName).ToListAsync());
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, ReportSubmissions.Messages.TextWhiteSpace)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01 }, ReportSubmissions.Messages.TextBinary)]
    [InlineData(new byte[] { 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0xC3, 0x28 }, ReportSubmissions.Messages.TextEncoding)] // not UTF-8, and too few Arabic letters for Windows-1256
    [InlineData(new byte[0], ReportSubmissions.Messages.TextEmpty)]
    public async Task Each_text_the_decoder_refuses_has_its_own_template(byte[] bytes, string template)
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var submissions = new ReportSubmissions(db.Factory, SeededDatabases.Importer(db.Factory), TimeProvider.System);
        var result = await submissions.SubmitAsync(new ReportSubmission("bad.txt", bytes, null, null, null));
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal(("text", template), (refusal.Field, refusal.Template));
        Assert.Equal([refusal.Message], result.Errors["text"]);
    }

    private static IElement Input(IRenderedComponent<AddReports> cut, string testId) =>
        cut.Find($"[data-testid={testId}] input, input[data-testid={testId}]");

    private static IElement Area(IRenderedComponent<AddReports> cut) =>
        cut.Find("[data-testid=add-text] textarea, textarea[data-testid=add-text]");

    /// <summary>The refusal MudBlazor shows under a field (its helper text in the error state); empty when none.</summary>
    private static string Refusal(IElement field) =>
        field.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
