using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Hosting;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database, as the compose profile <c>scale</c> runs them behind nginx
/// (deploy/nginx.conf): the data-protection keys live in the database, so a bearer token, a sign-in ticket and the
/// cookie issued by one instance are read by the other; and the seeds are loaded once between them.
/// </summary>
public sealed class TwoInstancesTests
{
    [PostgresFact]
    public async Task Each_instance_reads_the_tokens_tickets_and_cookies_of_the_other_and_the_seeds_load_once()
    {
        await using var first = await AccountsApp.StartAsync(TestProvider.Postgres);
        await using var second = new OpsTrackerWebFactory(
            new Dictionary<string, string?>
            {
                [first.Database.ConfigurationEntry.Key] = first.Database.ConfigurationEntry.Value,
                ["OpsTracker:SeedsPath"] = first.Seeds.Path,
            },
            new FakeExtractor());
        await second.WaitForSeedingAsync();

        // A bearer token from the first opens an admin-only export on the second.
        var (token, status) = await first.LoginAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        Assert.True(token is not null, $"login answered {status}");
        using (var bearer = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
        {
            bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/export/audit.csv")).StatusCode);
        }

        // A sign-in ticket issued by the first is redeemed by the second, whose cookie opens the users page on the first.
        string adminId;
        await using (var scope = first.Factory.Services.CreateAsyncScope())
        {
            adminId = Assert.Single(await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(), u => u.Email == AccountsApp.AdminEmail).Id;
        }
        var ticket = first.Factory.Services.GetRequiredService<SignInTickets>().Issue(adminId);
        var noCookies = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        using var onSecond = second.CreateClient(noCookies);
        var complete = await onSecond.GetAsync($"/account/complete?ticket={Uri.EscapeDataString(ticket)}&returnUrl=%2Ftimeline");
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        var cookies = complete.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.NotEmpty(cookies);
        using var onFirst = first.Factory.CreateClient(noCookies);
        onFirst.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        var users = await onFirst.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(AccountsApp.AdminEmail, await users.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Both seeded the same folder: its one report is stored once, its operation counted once.
        await using var context = await first.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await context.Reports.CountAsync());
        Assert.Equal(1, await context.Operations.CountAsync());
        Assert.True(await context.DataProtectionKeys.AnyAsync());
    }
}
