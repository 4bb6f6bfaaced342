using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Pages;

/// <summary>The tallies: counted beside official figures per year and province, the chart, the CSV download.</summary>
public sealed class TalliesPage(IPage page) : DashboardPage(page)
{
    public ILocator Rows => Page.GetByTestId("tally-row");

    public ILocator Row(string year, string province) => Page.Locator($"[data-testid=tally-row][data-year='{year}'][data-province='{province}']");

    public ILocator Chart => Page.GetByTestId("tallies-chart");

    public Task OpenAsync(string query = "") => GoAsync("/tallies" + query);

    /// <summary>Clicks the export button (whatever the UI language) and returns the downloaded file's path and suggested name.</summary>
    public async Task<(string Path, string FileName)> DownloadCsvAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export-tallies").ClickAsync());
        return (await download.PathAsync(), download.SuggestedFilename);
    }
}
