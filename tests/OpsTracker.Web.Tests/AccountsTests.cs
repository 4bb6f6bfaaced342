using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Hosting;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>Accounts, roles, the first admin, bearer tokens, the sign-in cookie and lock-out, on both providers.</summary>
public sealed class AccountsTests(AccountsApps apps) : IClassFixture<AccountsApps>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_configured_admin_is_created_at_startup_and_gets_a_bearer_token(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (token, status) = await app.LoginAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty(token));

        using var client = await app.ClientAsAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        using var info = JsonDocument.Parse(await client.GetStringAsync("/api/auth/manage/info"));
        Assert.Equal(AccountsApp.AdminEmail, info.RootElement.GetProperty("email").GetString());

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync();
        Assert.Equal(Roles.Admin, Assert.Single(users, u => u.Email == AccountsApp.AdminEmail).Role);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Nobody_registers_themselves_and_a_wrong_password_gets_no_token(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Client();
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email = "me@example.org", password = "Whatever-1" });
        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
        Assert.Equal((null, HttpStatusCode.Unauthorized), await app.LoginAsync(AccountsApp.AdminEmail, "wrong"));
        Assert.Equal((null, HttpStatusCode.Unauthorized), await app.LoginAsync("me@example.org", "Whatever-1"));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Five_failed_sign_ins_lock_the_account_and_an_admin_unlocks_it(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        for (var i = 0; i < AccountSetup.MaxFailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync(email, "wrong-password")).Status);
        }
        // Locked: even the right password is refused now.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.LoginAsync(email, AccountsApp.Password)).Status);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var locked = Assert.Single(await accounts.ListAsync(), u => u.Email == email);
        Assert.NotNull(locked.LockedOutUntil);
        Assert.True((await accounts.UnlockAsync(locked.Id)).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await app.LoginAsync(email, AccountsApp.Password)).Status);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_sign_in_ticket_sets_the_cookie_that_opens_the_users_page_to_an_admin_only(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.Client();
        var page = await anonymous.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var admin = await SignInWithCookieAsync(app, AccountsApp.AdminEmail);
        var users = await admin.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(AccountsApp.AdminEmail, await users.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var analyst = await SignInWithCookieAsync(app, await app.AddUserAsync(Roles.Analyst));
        var denied = await analyst.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // The keys that sign the cookie and the ticket are kept in the database.
        await using var context = await app.Database.Factory.CreateDbContextAsync();
        Assert.True(await context.DataProtectionKeys.AnyAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task A_forged_or_foreign_ticket_and_return_address_are_refused(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Client();
        var forged = await client.GetAsync("/account/complete?ticket=not-a-ticket&returnUrl=/");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        Assert.Equal("/", Accounts.SafeReturnUrl("https://evil.example/"));
        Assert.Equal("/", Accounts.SafeReturnUrl("//evil.example/"));
        Assert.Equal("/", Accounts.SafeReturnUrl("/\\evil.example/"));
        Assert.Equal("/timeline?q=x", Accounts.SafeReturnUrl("/timeline?q=x"));
    }

    [Fact]
    public async Task With_anonymous_reading_off_reading_needs_an_account_but_health_and_sign_in_stay_open()
    {
        await using var app = await AccountsApp.StartAsync(TestProvider.Sqlite, anonymousRead: false);
        using var anonymous = app.Client();
        var api = await anonymous.GetAsync("/api/operations");
        Assert.True(api.StatusCode == HttpStatusCode.Unauthorized, $"{api.StatusCode} {api.Headers.Location}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/export/operations.csv")).StatusCode);
        var timeline = await anonymous.GetAsync("/timeline");
        Assert.Equal(HttpStatusCode.Redirect, timeline.StatusCode);
        Assert.StartsWith("/account/login", timeline.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/account/login")).StatusCode);

        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/operations")).StatusCode);
    }

    /// <summary>What the sign-in page does once the password is checked: a ticket, redeemed by /account/complete for the cookie.</summary>
    private static async Task<HttpClient> SignInWithCookieAsync(AccountsApp app, string email)
    {
        string userId;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            userId = Assert.Single(await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(), u => u.Email == email).Id;
        }
        var ticket = app.Factory.Services.GetRequiredService<SignInTickets>().Issue(userId);
        var client = app.Client();
        var response = await client.GetAsync($"/account/complete?ticket={Uri.EscapeDataString(ticket)}&returnUrl=%2Ftimeline");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline", response.Headers.Location!.OriginalString);
        return client;
    }
}
