using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsTracker.EndToEnd.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests;

/// <summary>
/// Issue 13's last English words: in the Arabic UI, an operation edit and a merge that the services refuse are told
/// in Arabic beside the field they name, with no Latin letter but the numbers. Nothing is written (both are refused),
/// so the shared dashboard needs no putting back.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed partial class ArabicRefusalsJourneyTests(DashboardServer server)
{
    private const string PlaceTooLong = "200 حرف على الأكثر.";
    private const string MergeWithItself = "العملية في حدثها أصلًا، ولا تُدمج بنفسها.";

    [BrowserFact]
    public async Task In_Arabic_a_refused_operation_edit_and_a_refused_merge_are_told_in_Arabic_beside_their_field()
    {
        var page = await server.NewPageAsync(arabic: true);
        try
        {
            await Screenshots.OnFailureKeepAsync(page, "arabic-refusals", async () =>
            {
                var id = await SomeOperationAsync(page);
                await SignIn.AsAsync(page, "", DashboardServer.AdminEmail, DashboardServer.AdminPassword, $"/operations/{id}");

                // The editor: a place longer than the service takes (its fields are checked before the reason).
                await Field(page, "edit-place").FillAsync(new string('م', 201));
                await Field(page, "edit-reason").FillAsync("المكان كما ورد في البيان");
                await page.GetByTestId("edit-save").ClickAsync();
                var placeRefusal = Refusal(page, "edit-place");
                await Expect(placeRefusal).ToHaveTextAsync(PlaceTooLong);
                Assert.DoesNotMatch(LatinLetter(), await placeRefusal.InnerTextAsync());
                await placeRefusal.ScrollIntoViewIfNeededAsync();
                await Screenshots.SaveAsync(page, "operation-refusal-ar");

                // The merge form: the operation itself as the other one.
                await page.GetByTestId("event-merge").ClickAsync();
                await Expect(page.GetByTestId("event-merge-form")).ToBeVisibleAsync();
                await Field(page, "event-merge-with").FillAsync($"/operations/{id}");
                await Field(page, "event-merge-reason").FillAsync("روايتان للعملية نفسها");
                await page.GetByTestId("event-merge-confirm").ClickAsync();
                var mergeRefusal = Refusal(page, "event-merge-with");
                await Expect(mergeRefusal).ToHaveTextAsync(MergeWithItself);
                Assert.DoesNotMatch(LatinLetter(), await mergeRefusal.InnerTextAsync());
                await Expect(page.GetByTestId("event-decision-error")).ToHaveCountAsync(0);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Adding a report: a name taken by a loaded report is refused under the file name, and a weak password under the
    /// add-user form, both in Arabic; no Latin letter but the file name (isolated by U+2068/U+2069). Nothing is written.
    /// </summary>
    [BrowserFact]
    public async Task In_Arabic_a_refused_report_and_a_refused_account_are_told_in_Arabic()
    {
        var page = await server.NewPageAsync(arabic: true);
        try
        {
            await Screenshots.OnFailureKeepAsync(page, "arabic-refusals-add", async () =>
            {
                var taken = await SomeReportNameAsync(page);
                await SignIn.AsAsync(page, "", DashboardServer.AdminEmail, DashboardServer.AdminPassword, "/reports/add");

                await Field(page, "add-file-name").FillAsync(taken);
                await page.Locator("[data-testid=add-text] textarea, textarea[data-testid=add-text]").First
                    .FillAsync("أعلنت قيادة العمليات المشتركة تدمير مضافة في صحراء الأنبار دون أي خسائر.");
                await page.GetByTestId("add-submit").ClickAsync();
                var nameRefusal = Refusal(page, "add-file-name");
                await Expect(nameRefusal).ToHaveTextAsync($"يوجد تقرير محمَّل باسم \u2068{taken}\u2069 أصلًا؛ اختر اسمًا آخر.");
                Assert.DoesNotMatch(LatinLetter(), WithoutIsolates(await nameRefusal.InnerTextAsync()));
                await Expect(page.GetByTestId("add-results")).ToContainTextAsync("اختر اسمًا آخر");

                await page.GotoAsync("/admin/users");
                await Circuit.WaitInteractiveAsync(page);
                await Field(page, "new-user-email").FillAsync("new.viewer@example.org");
                await page.Locator("[data-testid=new-user-password] input, input[data-testid=new-user-password]").First.FillAsync("abc");
                await page.GetByTestId("new-user-add").ClickAsync();
                var errors = page.GetByTestId("new-user-error");
                await Expect(errors.First).ToHaveTextAsync("يجب ألا يقل طول كلمة المرور عن 8.");
                foreach (var text in await errors.AllInnerTextsAsync())
                {
                    Assert.Matches(ArabicLetter(), text);
                    Assert.DoesNotMatch(LatinLetter(), text);
                }
                await Expect(page.GetByTestId("user-email").Filter(new() { HasText = "new.viewer@example.org" })).ToHaveCountAsync(0);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The file name of a loaded report.</summary>
    private static async Task<string> SomeReportNameAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/reports?status=extracted&pageSize=1");
        using var doc = JsonDocument.Parse(await response.BodyAsync());
        return doc.RootElement.EnumerateArray().First().GetProperty("fileName").GetString()!;
    }

    /// <summary>The text with what stands between U+2068 and U+2069 (file names, isolated) taken out.</summary>
    private static string WithoutIsolates(string text) => Isolated().Replace(text, "");

    [GeneratedRegex("\u2068[^\u2069]*\u2069")]
    private static partial Regex Isolated();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First;

    /// <summary>The refusal MudBlazor shows under a field: the helper text of the field's control.</summary>
    private static ILocator Refusal(IPage page, string testId) =>
        page.Locator($".mud-input-control:has(input[data-testid={testId}]) .mud-input-helper-text").First;

    /// <summary>The last operation the API lists (the other journeys' merges use earlier ones; nothing is written here anyway).</summary>
    private static async Task<int> SomeOperationAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/operations?pageSize=500");
        using var doc = JsonDocument.Parse(await response.BodyAsync());
        return doc.RootElement.GetProperty("items").EnumerateArray().Last().GetProperty("id").GetInt32();
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();
}
