using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Pages;

/// <summary>The timeline: filters, the count of matches, the operations grouped by month.</summary>
public sealed class TimelinePage(IPage page) : DashboardPage(page)
{
    public ILocator Operations => Page.GetByTestId("operation-row");

    public ILocator MatchCount => Page.GetByTestId("match-count");

    public ILocator ProvinceFilter => Page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Province" });

    public Task OpenAsync(string query = "") => GoAsync("/timeline" + query);

    /// <summary>Chooses a province in the province filter (several may be chosen) and closes the list.</summary>
    public async Task FilterByProvinceAsync(string name)
    {
        await ProvinceFilter.ClickAsync();
        var option = Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = name, Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        // Blazor changes the address with history.pushState: poll it rather than wait for a page load.
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("[?&]province="));
        await Page.Keyboard.PressAsync("Escape");
    }

    /// <summary>An operation's heading link, by its place as the report writes it.</summary>
    public ILocator OperationLink(string place) => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = place });

    public ILocator OperationsIn(string provinceCode) => Page.Locator($"[data-testid=operation-row][data-province={provinceCode}]");
}
