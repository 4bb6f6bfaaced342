using Microsoft.Playwright;

namespace OpsTracker.EndToEnd.Tests.Testing;

/// <summary>The page's Blazor circuit: the layout renders a marker once it is interactive; clicks before that do nothing.</summary>
public static class Circuit
{
    public static Task WaitInteractiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }
}
