using Microsoft.Playwright;
using OpsTracker.EndToEnd.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests;

/// <summary>
/// On a phone (390 x 844) in both languages, no page scrolls sideways and the app bar's title and buttons fit the bar
/// side by side. At that width an 8 px overflow of the operation and report pages' grid let Arabic pages wobble
/// sideways, a report's file name and address widened its page, and the Arabic app bar cut "English" to "NGLISH".
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPhoneTests(DashboardServer server)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    /// <summary>The title and the buttons of the app bar that overlap or stick out of the window ("" when none).</summary>
    private const string AppBarProblems = """
        () => {
            const bar = document.querySelector('.mud-appbar .mud-toolbar');
            const items = [...bar.children].filter(e => e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== 'hidden'
                && !e.classList.contains('flex-grow-1'));
            const boxes = items.map(e => ({ name: (e.getAttribute('aria-label') || e.textContent || e.tagName).trim(), r: e.getBoundingClientRect() }));
            const problems = [];
            for (const b of boxes) {
                if (b.r.left < -0.5 || b.r.right > window.innerWidth + 0.5) problems.push(`${b.name} sticks out [${Math.round(b.r.left)}, ${Math.round(b.r.right)}]`);
                if (b.r.height > bar.getBoundingClientRect().height + 0.5) problems.push(`${b.name} wraps (${Math.round(b.r.height)} px high)`);
            }
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i].r, c = boxes[j].r;
                    if (a.left < c.right - 0.5 && c.left < a.right - 0.5) problems.push(`${boxes[i].name} overlaps ${boxes[j].name}`);
                }
            return problems.join('; ');
        }
        """;

    [BrowserFact]
    public async Task On_a_phone_no_page_scrolls_sideways_and_the_app_bar_fits_in_both_languages()
    {
        var probe = await server.NewPageAsync();
        // The README's phone picture: the operation with the most figures, as on the desktop one.
        var pictured = $"/operations/{await DashboardEvidenceMapTallyTests.OperationWithMostFiguresAsync(probe, "strikes")}";
        await probe.Context.CloseAsync();
        var paths = (await DashboardArabicAccessibilityTests.PagesAsync(server)).Append(pictured).Append("/account/login").Distinct().ToArray();
        var problems = new List<string>();
        foreach (var arabic in new[] { false, true })
        {
            var page = await server.NewPageAsync(arabic, dark: false, width: PhoneWidth, height: PhoneHeight);
            await Screenshots.OnFailureKeepAsync(page, $"phone-{(arabic ? "ar" : "en")}", async () =>
            {
                foreach (var path in paths)
                {
                    await DashboardArabicAccessibilityTests.OpenAsync(page, path, dark: false);
                    var where = $"{(arabic ? "ar" : "en")} {path}";
                    // Polled, so a late web font or a last render can settle; a real overflow stays and is reported.
                    var overflow = await PollAsync(page, """
                        () => {
                            const de = document.documentElement;
                            if (de.scrollWidth <= de.clientWidth) return '';
                            const wide = [...document.body.querySelectorAll('*')].filter(e => {
                                const r = e.getBoundingClientRect();
                                return r.width > 0 && (r.right > de.clientWidth + 0.5 || r.left < -0.5) && !e.closest('.mud-popover');
                            }).slice(-3).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''));
                            return `the page is ${de.scrollWidth} px wide in a ${de.clientWidth} px window (${wide.join(', ')})`;
                        }
                        """);
                    if (overflow.Length > 0)
                    {
                        problems.Add($"{where}: {overflow}");
                    }
                    var bar = await PollAsync(page, AppBarProblems);
                    if (bar.Length > 0)
                    {
                        problems.Add($"{where}: app bar: {bar}");
                    }
                    // Each app-bar button still has its name when its words are hidden.
                    await Expect(page.GetByTestId("language-switch")).ToHaveAttributeAsync("aria-label", arabic ? "English" : "العربية");
                    if (arabic && path == pictured)
                    {
                        await Screenshots.SaveAsync(page, "operation-phone-ar");
                    }
                }
            });
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task The_map_attribution_keeps_its_latin_licence_in_order_inside_the_arabic_sentence()
    {
        var page = await server.NewPageAsync(arabic: true);
        await Screenshots.OnFailureKeepAsync(page, "map-attribution-ar", async () =>
        {
            await DashboardArabicAccessibilityTests.OpenAsync(page, "/map", dark: false);
            var licence = page.GetByTestId("map-attribution").Locator("bdi[dir=ltr]");
            await Expect(licence).ToHaveTextAsync("COD-AB 2019, CC BY-IGO");
            await Expect(page.GetByTestId("map-attribution")).ToContainTextAsync("(COD-AB 2019, CC BY-IGO)");
        });
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Evaluates a check that returns "" when all is well, until it does or 10 s pass; returns its last answer. The
    /// app's CSP forbids the eval that Playwright's WaitForFunction needs, so the polling is here.
    /// </summary>
    private static async Task<string> PollAsync(IPage page, string check)
    {
        var answer = "";
        for (var i = 0; i < 100; i++)
        {
            answer = await page.EvaluateAsync<string>(check);
            if (answer.Length == 0)
            {
                return answer;
            }
            await Task.Delay(100);
        }
        return answer;
    }
}
