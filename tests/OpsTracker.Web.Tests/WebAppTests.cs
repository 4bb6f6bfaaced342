using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>The app on PostgreSQL with seeds written by the test and a controlled extractor.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string NinevehEvidence = "قتلت قواتنا ثلاثة إرهابيين في بادوش";

    private TestDatabase? _database;
    private ReportFolder? _seeds;

    public OpsTrackerWebFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }
        // Not migrated here: the app's startup migrates it.
        _database = await TestDatabase.CreateAsync(TestProvider.Postgres, migrate: false);
        _seeds = new ReportFolder();
        _seeds.Write("a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, NinevehEvidence));
        _seeds.Write("b.txt", FakeExtractor.Line("IQ-AN", "airstrike", "2024-06-01", 5, "ضربة جوية في وادي حوران") + "\n"
            + FakeExtractor.Line("IQ-KI", "arrest", "2023-01-15", 0, "القبض على إرهابي في الحويجة"));
        _seeds.WriteSidecar("a.txt", """{"outlet": "Test outlet", "url": null, "published": "2024-05-02"}""");
        _seeds.WriteBytes("broken.txt", []);
        Factory = new OpsTrackerWebFactory(
            new Dictionary<string, string?>
            {
                [_database.ConfigurationEntry.Key] = _database.ConfigurationEntry.Value,
                ["OpsTracker:SeedsPath"] = _seeds.Path,
            },
            new FakeExtractor());
        await Factory.WaitForSeedingAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }
        await Factory.DisposeAsync();
        _seeds?.Dispose();
        await _database.DisposeAsync();
    }
}

public sealed class WebAppTests(WebAppFixture fixture) : IClassFixture<WebAppFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    [PostgresFact]
    public async Task Health_answers_200()
    {
        var response = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [PostgresFact]
    public async Task Ready_answers_200_once_migrated()
    {
        var response = await Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [PostgresFact]
    public void Seeding_reports_its_progress()
    {
        var status = fixture.Factory.Seeding;
        Assert.True(status.IsCompleted);
        Assert.Equal((3, 2, 1, 0), (status.Total, status.Loaded, status.Failed, status.Pending));
    }

    [PostgresFact]
    public async Task Operations_api_lists_the_seeded_operations_newest_first()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/operations"));
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["IQ-AN", "IQ-NI", "IQ-KI"], items.Select(i => i.GetProperty("province").GetString()));

        var nineveh = items[1];
        Assert.Equal("2024-05-01", nineveh.GetProperty("date").GetString());
        Assert.Equal("day", nineveh.GetProperty("datePrecision").GetString());
        Assert.Equal("Nineveh", nineveh.GetProperty("provinceName").GetString());
        Assert.Equal("raid", nineveh.GetProperty("kind").GetString());
        Assert.Equal(3, nineveh.GetProperty("killed").GetInt32());
        Assert.Equal(JsonValueKind.Null, nineveh.GetProperty("arrested").ValueKind);
        Assert.Equal(["Iraqi Army"], nineveh.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Array, nineveh.GetProperty("victims").ValueKind);
        Assert.EndsWith(WebAppFixture.NinevehEvidence, nineveh.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.True(nineveh.GetProperty("reportId").GetInt32() > 0);
        foreach (var name in new[] { "id", "relativeDate", "place", "wounded", "hideoutsDestroyed", "strikes" })
        {
            Assert.True(nineveh.TryGetProperty(name, out _), name);
        }
    }

    [PostgresFact]
    public async Task Operations_api_filters_by_province_dates_kind_and_pages()
    {
        async Task<string[]> Provinces(string query)
        {
            using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/operations" + query));
            return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("province").GetString() ?? "")];
        }

        Assert.Equal(["IQ-NI"], await Provinces("?province=IQ-NI"));
        Assert.Equal(["IQ-AN", "IQ-NI"], await Provinces("?province=IQ-NI&province=iq-an"));
        Assert.Equal(["IQ-AN", "IQ-NI"], await Provinces("?from=2024-01-01&to=2024-12-31"));
        Assert.Equal(["IQ-KI"], await Provinces("?kind=arrest"));
        Assert.Equal(["IQ-NI"], await Provinces("?page=2&pageSize=1"));
    }

    [PostgresTheory]
    [InlineData("?province=IQ-XX", "province")]
    [InlineData("?from=2024-06-01&to=2024-05-01", "from")]
    [InlineData("?pageSize=501", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?to=31/12/2024", "to")]
    [InlineData("?kind=parade", "kind")]
    public async Task Operations_api_answers_400_naming_the_bad_parameter(string query, string parameter)
    {
        var response = await Client.GetAsync("/api/operations" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors names {parameter}");
    }

    [PostgresTheory]
    [InlineData("/")]
    [InlineData("/timeline")]
    public async Task The_timeline_shows_the_operations_with_arabic_unescaped(string path)
    {
        var html = await Client.GetStringAsync(path);
        Assert.Contains(WebAppFixture.NinevehEvidence, html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x62", html, StringComparison.OrdinalIgnoreCase); // Arabic letters are U+06xx
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("2 reports loaded, 0 still loading, 1 could not be read", html, StringComparison.Ordinal);
        Assert.Contains("Nineveh", html, StringComparison.Ordinal);
        Assert.Contains("OpsTracker", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("data-testid=\"operation-row\"").Length - 1);
    }

    [PostgresFact]
    public async Task The_reports_page_shows_a_failed_report_with_its_reason()
    {
        var html = await Client.GetStringAsync("/reports");
        Assert.Contains("broken.txt", html, StringComparison.Ordinal);
        Assert.Contains("Failed: file is empty", html, StringComparison.Ordinal);
        Assert.Contains("Test outlet", html, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_tallies_page_renders()
    {
        var response = await Client.GetAsync("/tallies");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
