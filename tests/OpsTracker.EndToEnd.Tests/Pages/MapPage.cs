using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Pages;

/// <summary>The map: governorates drawn by Leaflet once the page is interactive, and the table of the same figures.</summary>
public sealed class MapPage(IPage page) : DashboardPage(page)
{
    public ILocator Map => Page.GetByTestId("map");

    public ILocator Area(string province) => Page.Locator($"path.map-area-{province}");

    public async Task OpenAsync(string query = "")
    {
        await GoAsync("/map" + query);
        await Assertions.Expect(Page.Locator("[data-testid=map][data-drawn=true]")).ToBeAttachedAsync();
    }
}
