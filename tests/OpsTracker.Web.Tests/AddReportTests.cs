using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>POST /api/reports: through the importer, duplicates refused with a link, bad fields named; on both providers.</summary>
public sealed class AddReportTests(AccountsApps apps) : IClassFixture<AccountsApps>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_analyst_adds_a_report_and_gets_201_with_its_extraction_then_409_for_the_same_content(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var unique = Guid.NewGuid().ToString("N")[..8];
        var text = FakeExtractor.Line("IQ-KI", "airstrike", "2024-07-01", 4, $"ضربة جوية في وادي الشاي {unique}");
        var response = await analyst.PostAsJsonAsync("/api/reports", new
        {
            fileName = $"added-{unique}.txt",
            text,
            outlet = "Test outlet",
            url = "https://example.org/report",
            published = "2024-07-02",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var report = body.RootElement.GetProperty("report");
        var id = report.GetProperty("id").GetInt32();
        Assert.Equal($"/api/reports/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("extracted", report.GetProperty("status").GetString());
        Assert.Equal("2024-07-02", report.GetProperty("published").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("operations").GetArrayLength());

        // Stored like any import: the report and its operation are in the database.
        await using (var context = await app.Database.Factory.CreateDbContextAsync())
        {
            var stored = await context.Reports.Include(r => r.Operations).SingleAsync(r => r.Id == id);
            Assert.Equal(("Test outlet", "https://example.org/report", 1), (stored.Outlet, stored.Url, stored.Operations.Count));
        }

        // The same text again, under another name: refused with a link to the one already loaded.
        var again = await analyst.PostAsJsonAsync("/api/reports", new { fileName = $"again-{unique}.txt", text });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var problem = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(id, problem.RootElement.GetProperty("reportId").GetInt32());
        Assert.Equal($"/reports/{id}", problem.RootElement.GetProperty("page").GetString());

        // Another text under a name already used: refused too, not silently replaced.
        var renamed = await analyst.PostAsJsonAsync("/api/reports", new { fileName = $"added-{unique}.txt", text = text + " مختلف" });
        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Bad_fields_answer_400_naming_the_field(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var cases = new (object Body, string Field)[]
        {
            (new { fileName = "x.txt", text = "نص", url = "javascript:alert(1)" }, "url"),
            (new { fileName = "x.txt", text = "نص", url = "ftp://example.org/a" }, "url"),
            (new { fileName = "x.txt", text = "نص", published = "2030-01-01" }, "published"),
            (new { fileName = "x.txt", text = "نص", published = "2002-12-31" }, "published"),
            (new { fileName = "x.txt", text = "نص", published = "yesterday" }, "published"),
            (new { fileName = "../x.txt", text = "نص" }, "fileName"),
            (new { fileName = "x.pdf", text = "نص" }, "fileName"),
            (new { fileName = "x.txt", text = "   " }, "text"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await analyst.PostAsJsonAsync("/api/reports", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem.RootElement}");
        }
        await using var context = await app.Database.Factory.CreateDbContextAsync();
        Assert.False(await context.Reports.AnyAsync(r => r.FileName == "x.txt"));
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task Viewers_and_anonymous_visitors_cannot_add_reports(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var body = new { fileName = "nope.txt", text = "نص" };
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/reports", body)).StatusCode);
        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/reports", body)).StatusCode);
    }
}
