using System.Globalization;
using Microsoft.Playwright;
using OpsTracker.EndToEnd.Tests.Pages;
using OpsTracker.EndToEnd.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests;

/// <summary>
/// The date picker mirrored for Arabic (#13): right to left, the previous-month arrow points right and the next-month
/// arrow left, each moves the month the way it points; left to right the other way round. Which way an arrow points is
/// read from what is drawn (the filled pixels of its icon, hit-tested in the page), so a CSS flip on top of a swapped
/// icon is caught as well as a missing swap.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DatePickerMirroringTests(DashboardServer server)
{
    /// <summary>
    /// "left" or "right": where the tip of the chevron drawn in the button is. The icon's box is probed on a grid;
    /// the column of filled points whose points sit closest to the middle row is the tip (a chevron's open side has
    /// its points at the top and the bottom).
    /// </summary>
    private const string PointsScript = """
        button => {
          const svg = button.querySelector('svg');
          const shapes = [svg, ...svg.querySelectorAll('*')];
          const before = shapes.map(e => e.style.pointerEvents);
          shapes.forEach(e => e.style.pointerEvents = 'visiblePainted');
          const r = svg.getBoundingClientRect();
          const n = 32, hits = [];
          for (let i = 0; i <= n; i++) {
            for (let j = 0; j <= n; j++) {
              const x = r.left + r.width * i / n, y = r.top + r.height * j / n;
              const el = document.elementFromPoint(x, y);
              if (el && el !== svg && svg.contains(el)) hits.push([i, j]);
            }
          }
          shapes.forEach((e, k) => e.style.pointerEvents = before[k]);
          if (hits.length < 4) return 'none';
          const is = hits.map(h => h[0]), js = hits.map(h => h[1]);
          const minI = Math.min(...is), maxI = Math.max(...is);
          const mid = (Math.min(...js) + Math.max(...js)) / 2;
          const spread = i => { const d = hits.filter(h => Math.abs(h[0] - i) <= 1).map(h => Math.abs(h[1] - mid)); return d.reduce((a, b) => a + b, 0) / d.length; };
          return spread(maxI) < spread(minI) ? 'right' : 'left';
        }
        """;

    [BrowserFact]
    public async Task The_month_arrows_point_the_way_they_move_in_Arabic_and_in_English()
    {
        foreach (var arabic in new[] { true, false })
        {
            var page = await server.NewPageAsync(arabic);
            await Screenshots.OnFailureKeepAsync(page, $"date-picker-{(arabic ? "ar" : "en")}", async () =>
            {
                var timeline = new TimelinePage(page);
                await timeline.OpenAsync("?from=2024-05-15");
                await timeline.WaitUntilInteractiveAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", arabic ? "rtl" : "ltr");
                var input = page.Locator("[data-testid=filter-from] input, input[data-testid=filter-from]").First;
                await Expect(input).ToHaveValueAsync("2024-05-15");
                var picker = page.Locator(".mud-picker").Filter(new LocatorFilterOptions { Has = input }).First;
                await picker.Locator(".mud-input-adornment button").First.ClickAsync();
                var previous = page.Locator(".mud-picker-nav-button-prev").First;
                var next = page.Locator(".mud-picker-nav-button-next").First;
                await Expect(previous).ToBeVisibleAsync();
                var header = page.Locator(".mud-picker-calendar-header-transition").First;
                var culture = CultureInfo.GetCultureInfo(arabic ? "ar-IQ" : "en-GB");
                string Month(int month) => culture.DateTimeFormat.GetMonthName(month) + " 2024";
                await Expect(header).ToContainTextAsync(Month(5));

                // Right to left, "previous" is to the right of "next" and points right; left to right, the reverse.
                var (back, forward) = arabic ? ("right", "left") : ("left", "right");
                Assert.Equal(back, await previous.EvaluateAsync<string>(PointsScript));
                Assert.Equal(forward, await next.EvaluateAsync<string>(PointsScript));
                // And a screen reader names them in the interface's language (MudBlazor's words, DashboardMudLocalizer).
                await Expect(previous).ToHaveAttributeAsync("aria-label", arabic ? "الشهر السابق" : "Previous month");
                await Expect(next).ToHaveAttributeAsync("aria-label", arabic ? "الشهر التالي" : "Next month");
                var previousBox = (await previous.BoundingBoxAsync())!;
                var nextBox = (await next.BoundingBoxAsync())!;
                Assert.True(arabic ? previousBox.X > nextBox.X : previousBox.X < nextBox.X,
                    $"previous at x={previousBox.X}, next at x={nextBox.X}");

                // Each moves the month the way it points.
                await previous.ClickAsync();
                await Expect(header).ToContainTextAsync(Month(4));
                await next.ClickAsync();
                await Expect(header).ToContainTextAsync(Month(5));
                await next.ClickAsync();
                await Expect(header).ToContainTextAsync(Month(6));
            });
            await page.Context.CloseAsync();
        }
    }
}
