using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Linking;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Linking;

/// <summary>
/// Issue 10's journey through the app, on SQLite and PostgreSQL: the seeds are loaded, an analyst adds a re-telling of
/// a seed (first paragraph gone, one sentence reworded, its own outlet and date); the timeline and /api/operations
/// count the same number of events, the event lists both reports (API reports[], the operation page, the CSV's
/// sources), and analysts' splits and merges go through the API with a reason.
/// </summary>
public sealed class EventLinkingJourneyTests
{
    private const string Password = "User-pass-1";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_re_telling_of_a_seed_leaves_the_event_count_unchanged_and_lists_both_reports(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var factory = new OpsTrackerWebFactory(new Dictionary<string, string?>
        {
            [database.ConfigurationEntry.Key] = database.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = SeededDatabases.SeedsPath,
        });
        await factory.WaitForSeedingAsync();
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var analyst = await AnalystAsync(factory);

        var totalBefore = await TotalAsync(anonymous);
        var rowsBefore = Rows(await anonymous.GetStringAsync("/timeline"));
        Assert.True(totalBefore > 0);
        Assert.Equal(Math.Min(totalBefore, 50), rowsBefore);

        var text = await File.ReadAllTextAsync(Path.Combine(EventLinkingTests.RetellingsPath, "retelling-hamrin.txt"));
        var added = await analyst.PostAsJsonAsync("/api/reports", new
        {
            fileName = "retelling-hamrin.txt",
            text,
            outlet = "Invented Agency",
            published = "2025-01-12",
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        // The number of events is unchanged on the timeline and in the API.
        Assert.Equal(totalBefore, await TotalAsync(anonymous));
        var timeline = await anonymous.GetStringAsync("/timeline");
        Assert.Equal(rowsBefore, Rows(timeline));
        Assert.Contains("data-testid=\"event-reports\"", timeline, StringComparison.Ordinal);

        // The event lists both reports: the API detail's reports[], the operation page, the CSV's sources column.
        var id = await HamrinIdAsync(anonymous);
        using (var detail = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/operations/{id}")))
        {
            var files = detail.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("fileName").GetString()).Order(StringComparer.Ordinal);
            Assert.Equal(["000_669ca5633a1d0d0d.txt", "retelling-hamrin.txt"], files);
        }
        var page = await anonymous.GetStringAsync($"/operations/{id}");
        Assert.Equal(2, page.Split("data-testid=\"event-source\"").Length - 1);
        var csv = ReadCsv(await anonymous.GetByteArrayAsync("/export/operations.csv"));
        var sources = csv[0].IndexOf("sources");
        var row = Assert.Single(csv.Skip(1), r => r[0] == id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("000_669ca5633a1d0d0d.txt; retelling-hamrin.txt", row[sources]);
        Assert.Equal(totalBefore, csv.Count - 1);

        // Analysts decide: anonymous and reason-less writes are refused; a split makes two entries, a merge one again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/operations/{id}/event/split", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync($"/api/operations/{id}/event/split", new { reason = "" })).StatusCode);
        var split = await analyst.PostAsJsonAsync($"/api/operations/{id}/event/split", new { reason = "Two different searches" });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        Assert.Equal(totalBefore + 1, await TotalAsync(anonymous));
        var other = (await HamrinIdsAsync(anonymous)).Single(o => o != id);
        var merge = await analyst.PostAsJsonAsync($"/api/operations/{id}/event/merge", new { with = other, reason = "The same search after all" });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        Assert.Equal(totalBefore, await TotalAsync(anonymous));
        using var history = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/operations/{id}/history"));
        Assert.Equal(["event.split", "event.merge"], history.RootElement.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    private static async Task<int> HamrinIdAsync(HttpClient client) => Assert.Single(await HamrinIdsAsync(client));

    /// <summary>The entries of the timeline at the Hamrin mountains (the seed's search and, once split, the re-telling's).</summary>
    private static async Task<List<int>> HamrinIdsAsync(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/operations?pageSize=500"));
        return [.. list.RootElement.GetProperty("items").EnumerateArray()
            .Where(o => o.GetProperty("place").GetString() == "سلسلة جبال حمرين").Select(o => o.GetProperty("id").GetInt32())];
    }

    private static async Task<int> TotalAsync(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/operations?pageSize=500"));
        return list.RootElement.GetProperty("total").GetInt32();
    }

    private static int Rows(string html) => html.Split("data-testid=\"operation-row\"").Length - 1;

    private static async Task<HttpClient> AnalystAsync(OpsTrackerWebFactory factory)
    {
        var email = $"analyst-{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(email, Password, Roles.Analyst);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static List<string[]> ReadCsv(byte[] body)
    {
        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return rows;
    }
}
