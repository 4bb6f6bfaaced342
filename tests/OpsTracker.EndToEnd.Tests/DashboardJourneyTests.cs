using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.Playwright;
using OpsTracker.EndToEnd.Tests.Pages;
using OpsTracker.EndToEnd.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests;

/// <summary>An analyst's journey through the dashboard in a real browser, over the seeds as the real extractor read them.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardJourneyTests(DashboardServer server)
{
    private const string Hamrin = "سلسلة جبال حمرين";

    [BrowserFact]
    public async Task An_analyst_filters_opens_the_evidence_switches_to_arabic_and_downloads_the_tallies()
    {
        var page = await server.NewPageAsync();
        await Screenshots.OnFailureKeepAsync(page, "journey", () => JourneyAsync(page));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_admin_signs_in_confirms_an_operation_with_a_reason_and_signs_out()
    {
        var page = await server.NewPageAsync();
        await Screenshots.OnFailureKeepAsync(page, "sign-in", async () =>
        {
            // Anonymous: no write controls; the review queue sends to the sign-in page.
            await page.GotoAsync("/review");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2Freview$"));
            await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
            await Expect(page.Locator("[data-testid=sign-in]")).ToBeVisibleAsync();

            await page.Locator("[data-testid=signin-email] input, input[data-testid=signin-email]").FillAsync(DashboardServer.AdminEmail);
            await page.Locator("[data-testid=signin-password] input, input[data-testid=signin-password]").FillAsync("wrong-password");
            await page.Locator("[data-testid=signin-submit]").ClickAsync();
            await Expect(page.Locator("[data-testid=signin-error]")).ToBeVisibleAsync();

            await page.Locator("[data-testid=signin-password] input, input[data-testid=signin-password]").FillAsync(DashboardServer.AdminPassword);
            await page.Locator("[data-testid=signin-submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/review$"));
            await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
            await Expect(page.Locator("[data-testid=signed-in-as]")).ToContainTextAsync(DashboardServer.AdminEmail + " · admin");

            // A review needs a reason; with one, the first operation is confirmed.
            await page.Locator("[data-testid=review-reason] input, input[data-testid=review-reason]").FillAsync("Checked against the ministry's statement");
            await page.Locator("[data-testid=review-confirm]").First.ClickAsync();
            await Expect(page.Locator("[data-testid=review-state]").Filter(new LocatorFilterOptions { HasText = "confirmed" })).ToHaveCountAsync(1);

            await page.Locator("[data-testid=sign-out]").ClickAsync();
            await Expect(page.Locator("[data-testid=sign-in]")).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }

    private static async Task JourneyAsync(IPage page)
    {
        // The timeline, filtered by Kirkuk: the Hamrin operation, none from Salah al-Din.
        var timeline = new TimelinePage(page);
        await timeline.OpenAsync();
        await Expect(timeline.OperationsIn("IQ-SD").First).ToBeVisibleAsync();
        await timeline.FilterByProvinceAsync("Kirkuk");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/timeline\\?province=IQ-KI$"));
        await Expect(timeline.OperationLink(Hamrin)).ToBeVisibleAsync();
        await Expect(timeline.OperationsIn("IQ-SD")).ToHaveCountAsync(0);
        Assert.Equal(await timeline.Operations.CountAsync(), await timeline.OperationsIn("IQ-KI").CountAsync());
        await Expect(timeline.MatchCount).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\s*\\d+ operations match\\s*$"));
        await Screenshots.SaveAsync(page, "timeline");

        // The operation: its report's Arabic text, right to left, with the evidence marked and in view.
        await timeline.OperationLink(Hamrin).ClickAsync();
        var operation = new OperationPage(page);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/operations/\\d+$"));
        await operation.WaitUntilInteractiveAsync();
        await Expect(operation.Evidence).ToContainTextAsync(Hamrin);
        await Expect(operation.ReportText).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("MARK", await operation.Evidence.EvaluateAsync<string>("el => el.tagName"));
        Assert.True(await operation.EvidenceIsInViewAsync(), "the evidence is scrolled into view");

        // The tallies, in English, then in Arabic: the whole page right to left.
        var tallies = new TalliesPage(page);
        await tallies.OpenAsync();
        await Expect(tallies.Row("2024", "IQ")).ToContainTextAsync("344");
        await Expect(tallies.Chart).ToBeVisibleAsync();
        await Expect(tallies.Html).ToHaveAttributeAsync("dir", "ltr");

        await tallies.SwitchLanguageAsync("العربية");
        await Expect(tallies.Html).ToHaveAttributeAsync("dir", "rtl");
        await Expect(tallies.Html).ToHaveAttributeAsync("lang", "ar-IQ");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "الحصائل", Exact = true })).ToBeVisibleAsync();
        await Expect(tallies.Row("2024", "IQ")).ToContainTextAsync("كل العراق");
        await Screenshots.SaveAsync(page, "tallies-ar");

        // The tallies CSV, downloaded and read back.
        var (path, fileName) = await tallies.DownloadCsvAsync();
        Assert.StartsWith("opstracker-tallies_all_", fileName, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }
        Assert.Equal("year", rows[0][0]);
        var iraq2024 = Assert.Single(rows, r => r[0] == "2024" && r[1] == "IQ");
        Assert.Equal(["344", "70", "144", "310"], iraq2024[9..13]);

        // Back to English.
        await tallies.SwitchLanguageAsync("English");
        await Expect(tallies.Html).ToHaveAttributeAsync("dir", "ltr");
    }

    [BrowserFact]
    public async Task A_bookmarked_view_renders_its_filters_and_arabic_search_folds_hamza()
    {
        var page = await server.NewPageAsync();
        await Screenshots.OnFailureKeepAsync(page, "bookmark", async () =>
        {
            var timeline = new TimelinePage(page);
            // 'الارهابي' without hamza finds evidence written 'الإرهابي'.
            await timeline.OpenAsync("?province=IQ-KI&q=" + Uri.EscapeDataString("الارهابي"));
            await Expect(timeline.ProvinceFilter).ToHaveValueAsync("Kirkuk");
            await Expect(page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Search (Arabic, or an English province or place name)" }))
                .ToHaveValueAsync("الارهابي");
            await Expect(timeline.OperationLink(Hamrin)).ToBeVisibleAsync();
        });
        await page.Context.CloseAsync();
    }
}
