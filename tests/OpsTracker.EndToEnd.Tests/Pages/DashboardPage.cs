using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Pages;

/// <summary>What every page shares: the shell's app bar and navigation, and the wait for the interactive circuit.</summary>
public abstract class DashboardPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The html element: its dir and lang say how the UI is laid out.</summary>
    public ILocator Html => Page.Locator("html");

    /// <summary>Blazor renders a marker once the circuit is interactive; clicks before that do nothing.</summary>
    public Task WaitUntilInteractiveAsync() => Testing.Circuit.WaitInteractiveAsync(Page);

    protected async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Switches the UI language with the app bar's button (English ⇄ العربية); the page reloads.</summary>
    public async Task SwitchLanguageAsync(string to)
    {
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = to }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await WaitUntilInteractiveAsync();
    }

    public Task NavigateAsync(string linkName) =>
        Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = linkName, Exact = true }).First.ClickAsync();
}
