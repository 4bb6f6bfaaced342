using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsTracker.EndToEnd.Tests.Pages;
using OpsTracker.EndToEnd.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests;

/// <summary>
/// The map (a governorate click filters the timeline), each figure marked in its report, the tallies at 1400 px,
/// finding one's place (back keeps the scroll, out-of-range pages, Enter in a date, long searches), in a real browser.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardEvidenceMapTallyTests(DashboardServer server)
{
    [BrowserFact]
    public async Task A_click_on_a_governorate_opens_the_timeline_filtered_to_it_and_the_geojson_follows_the_same_filter()
    {
        var page = await server.NewPageAsync();
        await Screenshots.OnFailureKeepAsync(page, "map", async () =>
        {
            var map = new MapPage(page);
            await map.OpenAsync();
            await Expect(page.GetByTestId("map-province")).ToHaveCountAsync(19);
            await Expect(page.Locator("[data-testid=map-province][data-province=IQ-KI] td").First).Not.ToHaveTextAsync("0");
            await Screenshots.SaveAsync(page, "map");

            await map.Area("IQ-KI").ClickAsync(new LocatorClickOptions { Force = true });
            await Expect(page).ToHaveURLAsync(new Regex("/timeline\\?province=IQ-KI$"));
            var timeline = new TimelinePage(page);
            await Expect(timeline.Operations.First).ToBeVisibleAsync();
            Assert.Equal(await timeline.Operations.CountAsync(), await timeline.OperationsIn("IQ-KI").CountAsync());

            var geo = await page.APIRequest.GetAsync("/export/operations.geojson?province=IQ-KI");
            Assert.Equal(200, geo.Status);
            Assert.StartsWith("application/geo+json", geo.Headers["content-type"], StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(await geo.BodyAsync());
            var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
            Assert.Equal(await timeline.Operations.CountAsync(), features.Count);
            Assert.All(features, f => Assert.Equal("IQ-KI", f.GetProperty("properties").GetProperty("province_code").GetString()));
            Assert.Contains(features, f => f.GetProperty("properties").GetProperty("location").GetString() == "place");
            Assert.Equal(400, (await page.APIRequest.GetAsync("/export/operations.geojson?province=XX-YY")).Status);
        });
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Each_figure_shows_its_sentence_and_pointing_at_it_lights_its_mark_in_the_report()
    {
        var page = await server.NewPageAsync();
        await Screenshots.OnFailureKeepAsync(page, "figures", async () =>
        {
            var id = await FirstOperationWithAsync(page, "killed");
            await page.GotoAsync($"/operations/{id}");
            var operation = new OperationPage(page);
            await operation.WaitUntilInteractiveAsync();
            var figures = page.GetByTestId("figure");
            await Expect(figures.First).ToBeVisibleAsync();
            var first = figures.First;
            var number = await first.GetAttributeAsync("data-figure-ref");
            var mark = page.Locator($"[data-testid=figure-mark][data-figure='{number}']").First;
            await Expect(mark).ToBeAttachedAsync();
            // The sentence shown under the figure contains the marked words.
            var marked = await mark.TextContentAsync();
            await Expect(first.Locator(".figure-sentence")).ToContainTextAsync(marked!.Trim());

            await first.HoverAsync();
            await Expect(mark).ToHaveClassAsync(new Regex("\\blinked\\b"));
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }).HoverAsync();
            await Expect(mark).Not.ToHaveClassAsync(new Regex("\\blinked\\b"));
            await mark.HoverAsync(new LocatorHoverOptions { Force = true });
            await Expect(first).ToHaveClassAsync(new Regex("\\blinked\\b"));
            await first.FocusAsync();
            await Expect(mark).ToHaveClassAsync(new Regex("\\blinked\\b"));

            // Internal fields stay behind the details toggle until asked for.
            var details = page.GetByTestId("extraction-details");
            await Expect(details.Locator("code").First).Not.ToBeVisibleAsync();
            await details.Locator("summary").ClickAsync();
            await Expect(details.Locator("code").First).ToBeVisibleAsync();
            await details.Locator("summary").ClickAsync();

            // Strikes too (listed last): their own words are marked, inside the sentence shown, linked both ways.
            // The operation with the most figures, strikes among them, is also the README's picture of the page.
            var airstrike = await OperationWithMostFiguresAsync(page, "strikes");
            await page.GotoAsync($"/operations/{airstrike}");
            await operation.WaitUntilInteractiveAsync();
            var strikes = page.GetByTestId("figure").Last;
            await Expect(strikes).ToBeVisibleAsync();
            await Expect(strikes.Locator(".figure-note")).ToHaveCountAsync(0);
            var strikesNumber = await strikes.GetAttributeAsync("data-figure-ref");
            var strikesMark = page.Locator($"[data-testid=figure-mark][data-figure='{strikesNumber}']").First;
            await Expect(strikesMark).ToBeAttachedAsync();
            await Expect(strikes.Locator(".figure-sentence")).ToContainTextAsync((await strikesMark.TextContentAsync())!.Trim());
            await strikes.HoverAsync();
            await Expect(strikesMark).ToHaveClassAsync(new Regex("\\blinked\\b"));
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }).HoverAsync();
            await Expect(strikesMark).Not.ToHaveClassAsync(new Regex("\\blinked\\b"));
            await strikesMark.HoverAsync(new LocatorHoverOptions { Force = true });
            await Expect(strikes).ToHaveClassAsync(new Regex("\\blinked\\b"));
            Assert.True(await figures.CountAsync() >= 2, "the pictured operation has several figures");
            await page.Locator(".report-text-scroll").FocusAsync();
            await Screenshots.SaveAsync(page, "operation-evidence");
        });
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_tallies_at_1400_px_show_the_gap_keep_year_and_province_in_view_and_chart_every_year()
    {
        var page = await server.NewPageAsync(width: 1400);
        await Screenshots.OnFailureKeepAsync(page, "tallies-1400", async () =>
        {
            var tallies = new TalliesPage(page);
            await tallies.OpenAsync();
            var gap = page.GetByTestId("gap-header");
            await Expect(gap).ToBeVisibleAsync();
            var box = (await gap.BoundingBoxAsync())!;
            var table = (await page.Locator(".tallies-table").BoundingBoxAsync())!;
            Assert.True(box.X + box.Width <= table.X + table.Width + 1, $"the gap column ends at {box.X + box.Width}, the table's box at {table.X + table.Width}");
            Assert.True(box.X + box.Width <= 1400, "the gap column is inside a 1400 px window");
            await Expect(tallies.Row("2024", "IQ").GetByTestId("gap-cell")).ToHaveTextAsync("+343");

            // Sticky: scrolled sideways, the year and province stay where they were.
            var year = tallies.Row("2024", "IQ").Locator(".sticky-year");
            var before = (await year.BoundingBoxAsync())!.X;
            await page.Locator(".tallies-table").EvaluateAsync("el => { el.style.maxWidth = '600px'; el.scrollLeft = 400; }");
            Assert.Equal(before, (await year.BoundingBoxAsync())!.X, 1);
            await page.Locator(".tallies-table").EvaluateAsync("el => { el.style.maxWidth = ''; el.scrollLeft = 0; }");

            // The chart: one panel per figure, every year from the first to the last, counted beside official.
            var years = await page.Locator("[data-testid=chart-panel][data-figure=operations] [data-testid=chart-year]")
                .EvaluateAllAsync<int[]>("els => els.map(e => Number(e.getAttribute('data-year')))");
            Assert.True(years.Length >= 2);
            Assert.Equal(Enumerable.Range(years[0], years.Length), years);
            var counted2024 = page.Locator("[data-testid=chart-panel][data-figure=operations] [data-year='2024'] [data-testid=bar-counted]");
            Assert.True((await counted2024.BoundingBoxAsync())!.Height >= 2, "a small counted figure is still drawn beside a large official one");

            // Competing official tallies of one year and scope are listed, the one used named.
            var competing = page.GetByTestId("competing-tallies");
            if (await competing.CountAsync() > 0)
            {
                await Expect(competing.First.Locator("[data-testid=competing-tally][data-used=true]").First).ToBeVisibleAsync();
                Assert.True(await competing.First.GetByTestId("competing-tally").CountAsync() >= 2);
            }
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await Screenshots.SaveAsync(page, "tallies");
        });
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Back_keeps_the_scroll_an_out_of_range_page_offers_the_last_Enter_applies_a_date_and_a_long_search_is_cut()
    {
        var page = await server.NewPageAsync();
        await Screenshots.OnFailureKeepAsync(page, "finding-place", async () =>
        {
            var timeline = new TimelinePage(page);
            await timeline.OpenAsync();
            var last = timeline.Operations.Last;
            await last.ScrollIntoViewIfNeededAsync();
            await page.EvaluateAsync("window.scrollBy(0, 200)");
            // The position is stored 100 ms after scrolling stops: wait until it is, however slow the machine.
            await DashboardArabicAccessibilityTests.WaitUntilAsync(page,
                "() => window.sessionStorage.getItem('opstracker-scroll:/timeline') === String(Math.round(window.scrollY))");
            var scrolled = await page.EvaluateAsync<double>("window.scrollY");
            Assert.True(scrolled > 100, $"the timeline scrolls ({scrolled})");
            await last.GetByTestId("operation-link").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/operations/\\d+$"));
            await page.GoBackAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/timeline$"));
            await Expect(timeline.Operations.First).ToBeVisibleAsync();
            await DashboardArabicAccessibilityTests.WaitUntilAsync(page, $"() => Math.abs(window.scrollY - {scrolled.ToString(System.Globalization.CultureInfo.InvariantCulture)}) < 40");

            // Past the last page: said, with the way back.
            await timeline.OpenAsync("?page=999");
            await Expect(page.GetByTestId("page-out-of-range")).ToBeVisibleAsync();
            await page.GetByTestId("go-to-last-page").ClickAsync();
            await Expect(timeline.Operations.First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("page-out-of-range")).ToHaveCountAsync(0);

            // Enter in a date field applies it.
            var from = page.Locator("[data-testid=filter-from] input, input[data-testid=filter-from]").First;
            await from.ClickAsync();
            await from.FillAsync("2024-01-01");
            await from.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("[?&]from=2024-01-01"));

            // A 2,400-character search never makes an address the server refuses.
            await timeline.OpenAsync();
            var search = page.Locator("[data-testid=filter-text] input, input[data-testid=filter-text]").First;
            await search.FillAsync(string.Concat(Enumerable.Repeat("حمرين ", 400)));
            await search.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("[?&]q="));
            var q = Uri.UnescapeDataString(new Uri(page.Url).Query.Split("q=")[1].Split('&')[0]);
            Assert.True(q.Length <= 200, $"the search in the address has {q.Length} characters");
            var reload = await page.ReloadAsync();
            Assert.Equal(200, reload!.Status);
            await Expect(page.GetByTestId("filter-errors")).ToHaveCountAsync(0);
        });
        await page.Context.CloseAsync();
    }

    /// <summary>The id of the operation with the most figures (first in the API's order on a tie) among those that have the figure.</summary>
    internal static async Task<int> OperationWithMostFiguresAsync(IPage page, string figure)
    {
        string[] figures = ["killed", "arrested", "wounded", "victims", "hideoutsDestroyed", "strikes"];
        var response = await page.APIRequest.GetAsync("/api/operations?pageSize=500");
        using var doc = JsonDocument.Parse(await response.BodyAsync());
        var root = doc.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("items");
        static bool Has(JsonElement o, string f) => o.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.Number;
        return items.EnumerateArray().Where(o => Has(o, figure))
            .OrderByDescending(o => figures.Count(f => Has(o, f)))
            .First().GetProperty("id").GetInt32();
    }

    /// <summary>The id of the first operation (API, newest first) that has the figure.</summary>
    internal static async Task<int> FirstOperationWithAsync(IPage page, string figure)
    {
        var response = await page.APIRequest.GetAsync("/api/operations?pageSize=500");
        using var doc = JsonDocument.Parse(await response.BodyAsync());
        var root = doc.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("items");
        return items.EnumerateArray().First(o => o.TryGetProperty(figure, out var v) && v.ValueKind == JsonValueKind.Number).GetProperty("id").GetInt32();
    }
}
