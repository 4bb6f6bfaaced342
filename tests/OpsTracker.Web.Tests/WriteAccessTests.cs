using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Hosting;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>Who may write, the server's own checks on what is written, and the security headers; on both providers.</summary>
public sealed class WriteAccessTests(AccountsApps apps) : IClassFixture<AccountsApps>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Anonymous_visitors_get_401_and_viewers_403_on_writes(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await ReportIdAsync(app);
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/reports/{id}/published", new { published = "2024-05-02" })).StatusCode);

        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/reports/{id}/published", new { published = "2024-05-02" })).StatusCode);
        // Reading stays open to both.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/operations")).StatusCode);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_configured_admins_bearer_token_is_accepted_by_the_write_api(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await ReportIdAsync(app);
        using var admin = await app.ClientAsAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        var response = await admin.PutAsJsonAsync($"/api/reports/{id}/published", new { published = "2024-05-02" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsJsonAsync($"/api/reports/{id}/published", new { published = "2024-05-03" })).StatusCode);
        await using var context = await app.Database.Factory.CreateDbContextAsync();
        Assert.Equal(new DateOnly(2024, 5, 3), (await context.Reports.SingleAsync(r => r.Id == id)).Published);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_publication_date_before_2003_after_today_or_malformed_is_refused_by_the_server(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await ReportIdAsync(app);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var bad in new[] { "0001-01-01", "2002-12-31", "2030-01-01", tomorrow, "15/05/2024", "" })
        {
            var response = await analyst.PutAsJsonAsync($"/api/reports/{id}/published", new { published = bad });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("published", out _), bad);
        }
        await using var context = await app.Database.Factory.CreateDbContextAsync();
        var published = (await context.Reports.SingleAsync(r => r.Id == id)).Published;
        Assert.True(published is null || published >= new DateOnly(2003, 1, 1));
        // The importer refuses it too, whoever calls it.
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SeededDatabases.Importer(app.Database.Factory).ReextractAsync(id, new DateOnly(2030, 1, 1)));
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task Pages_the_api_and_exports_send_the_security_headers(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Client();
        foreach (var path in new[] { "/timeline", "/api/operations", "/export/operations.csv", "/api/reports/999999", "/account/login" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task Signing_out_needs_the_antiforgery_token(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Client();
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<int> ReportIdAsync(AccountsApp app)
    {
        await using var context = await app.Database.Factory.CreateDbContextAsync();
        return await context.Reports.Where(r => r.FileName == "a.txt").Select(r => r.Id).SingleAsync();
    }
}
