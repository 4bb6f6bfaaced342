using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests.Testing;

/// <summary>Signing in through the sign-in page, as a user does, and waiting for the circuit that follows.</summary>
public static class SignIn
{
    /// <summary>Signs in on <paramref name="baseUrl"/> ("" for the context's base address) and lands on <paramref name="returnUrl"/>.</summary>
    public static async Task AsAsync(IPage page, string baseUrl, string email, string password, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"{baseUrl}/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await Circuit.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=signin-email] input, input[data-testid=signin-email]").FillAsync(email);
        await page.Locator("[data-testid=signin-password] input, input[data-testid=signin-password]").FillAsync(password);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        await Circuit.WaitInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=signed-in-as]")).ToContainTextAsync(email);
    }
}
