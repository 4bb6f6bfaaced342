using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>The app on PostgreSQL, seeded from the project's seeds/ by the real extractor, as an analyst runs it.</summary>
public sealed class SeededAppFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public OpsTrackerWebFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(TestProvider.Postgres, migrate: false);
        Factory = new OpsTrackerWebFactory(new Dictionary<string, string?>
        {
            [_database.ConfigurationEntry.Key] = _database.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = SeededDatabases.SeedsPath,
        });
        await Factory.WaitForSeedingAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class DashboardAppTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private HttpClient Client => fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });

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

    private async Task<(HttpResponseMessage Response, byte[] Body, List<string[]> Rows)> GetCsvAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response, body, ReadCsv(body));
    }

    [PostgresFact]
    public async Task The_tallies_csv_starts_with_a_bom_and_carries_the_official_2024_figures()
    {
        var (response, body, rows) = await GetCsvAsync("/export/tallies.csv");
        Assert.Equal(Bom, body[..3]);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("year,province_code,province_en,province_ar,operations,killed,arrested,wounded,hideouts_destroyed,official_operations,official_killed,official_arrested,official_hideouts_destroyed,"
            + "operations_gap,killed_gap,arrested_gap,hideouts_destroyed_gap,official_reported_by,official_announced_on,official_period_start,official_period_end,official_evidence,official_report,official_competing",
            string.Join(',', rows[0]));
        var iraq2024 = Assert.Single(rows, r => r[0] == "2024" && r[1] == "IQ");
        Assert.Equal(["344", "70", "144", "310"], iraq2024[9..13]);
        Assert.Equal(["1", "9"], iraq2024[4..6]); // the October 2024 operation
        // The gap columns are official − counted, and the official figures name their source.
        Assert.Equal(["343", "61"], iraq2024[13..15]);
        Assert.Equal((int.Parse(iraq2024[11], CultureInfo.InvariantCulture) - int.Parse(iraq2024[6], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), iraq2024[15]);
        Assert.False(string.IsNullOrEmpty(iraq2024[17]), "the official tally's authority");
        Assert.Equal(("2024-01-01", "2024-12-31"), (iraq2024[19], iraq2024[20]));
        Assert.Contains("344", iraq2024[21], StringComparison.Ordinal); // its evidence sentence
        Assert.EndsWith(".txt", iraq2024[22], StringComparison.Ordinal);
        var withoutOfficial = Assert.Single(rows, r => r[0] == "2025" && r[1] == "IQ-KI");
        Assert.Equal(["", "", "", "", "", "", "", "", "", "", ""], withoutOfficial[13..24]);
        var iraq2020 = Assert.Single(rows, r => r[0] == "2020" && r[1] == "IQ");
        Assert.Equal(["253", "206", "292", ""], iraq2020[9..13]);
        var kirkuk2025 = Assert.Single(rows, r => r[0] == "2025" && r[1] == "IQ-KI");
        Assert.Equal(["Kirkuk", "كركوك", "1"], kirkuk2025[2..5]);
        Assert.Contains(rows, r => r[0] == "" && r[1] == "IQ"); // undated operations are a line of their own
        Assert.Contains("opstracker-tallies_all_", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_tallies_csv_for_Kirkuk_has_only_Kirkuk_rows_and_a_file_name_saying_so()
    {
        var (response, _, rows) = await GetCsvAsync("/export/tallies.csv?province=IQ-KI&from=2020&to=2025");
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(("IQ-KI", "Kirkuk"), (r[1], r[2])));
        Assert.Contains(rows, r => r[0] == "2025");
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"opstracker-tallies_IQ-KI_2020-01-01_to_2025-12-31_{today}.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [PostgresFact]
    public async Task The_operations_csv_has_one_row_per_operation_with_the_timeline_filters()
    {
        using var all = JsonDocument.Parse(await Client.GetStringAsync("/api/operations"));
        var (_, body, rows) = await GetCsvAsync("/export/operations.csv");
        Assert.Equal(Bom, body[..3]);
        Assert.Equal(OperationCsvExport.Header, rows[0]);
        Assert.Equal(all.RootElement.GetProperty("total").GetInt32(), rows.Count - 1);

        var (response, _, kirkuk) = await GetCsvAsync("/export/operations.csv?province=IQ-KI");
        Assert.All(kirkuk.Skip(1), r => Assert.Equal("IQ-KI", r[4]));
        var hamrin = Assert.Single(kirkuk, r => r[7] == "سلسلة جبال حمرين");
        Assert.Equal(["2025-01-06", "day"], hamrin[1..3]);
        Assert.Equal(("search", "Counter-Terrorism Service; Iraqi Air Force", "1"), (hamrin[9], hamrin[10], hamrin[14]));
        Assert.Contains("سلسلة جبال حمرين", hamrin[21], StringComparison.Ordinal);
        Assert.StartsWith("opstracker-operations_IQ-KI_", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_reports_csv_lists_every_report()
    {
        var (_, body, rows) = await GetCsvAsync("/export/reports.csv");
        Assert.Equal(Bom, body[..3]);
        Assert.Equal(6, rows.Count);
        Assert.All(rows.Skip(1), r => Assert.Equal("extracted", r[2]));
    }

    [PostgresTheory]
    [InlineData("/api/tallies?province=IQ-XX", "province")]
    [InlineData("/api/tallies?from=2025&to=2020", "from")]
    [InlineData("/api/operations?pageSize=501", "pageSize")]
    [InlineData("/api/operations?kind=parade", "kind")]
    [InlineData("/api/operations?from=yesterday", "from")]
    [InlineData("/export/tallies.csv?province=Kirkuk", "province")]
    [InlineData("/export/operations.csv?from=2024-06-01&to=2024-05-01", "from")]
    [InlineData("/export/operations.csv?kind=bombing", "kind")]
    public async Task Bad_filters_answer_400_naming_the_parameter_and_why(string url, string parameter)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var why = problem.GetProperty("errors").GetProperty(parameter)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(why));
    }

    [PostgresFact]
    public async Task The_operation_api_gives_the_evidence_and_its_report()
    {
        using var list = JsonDocument.Parse(await Client.GetStringAsync("/api/operations?q=Hamrin"));
        var id = list.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();
        using var detail = JsonDocument.Parse(await Client.GetStringAsync($"/api/operations/{id}"));
        var root = detail.RootElement;
        var text = root.GetProperty("report").GetProperty("text").GetString()!;
        var (start, end) = (root.GetProperty("evidenceStart").GetInt32(), root.GetProperty("evidenceEnd").GetInt32());
        Assert.Equal(root.GetProperty("operation").GetProperty("evidence").GetString(), text[start..end]);
        Assert.Equal("Hamrin Mountains", root.GetProperty("operation").GetProperty("placeEn").GetString());

        var missing = await Client.GetAsync("/api/operations/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [PostgresFact]
    public async Task The_tallies_and_reports_apis_answer_json()
    {
        using var tallies = JsonDocument.Parse(await Client.GetStringAsync("/api/tallies?province=IQ-KI"));
        Assert.All(tallies.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("IQ-KI", r.GetProperty("provinceCode").GetString()));
        using var all = JsonDocument.Parse(await Client.GetStringAsync("/api/tallies"));
        var iraq2024 = all.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("provinceCode").GetString() == "IQ" && r.GetProperty("year").ValueKind == JsonValueKind.Number && r.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(344, iraq2024.GetProperty("officialOperations").GetInt32());
        Assert.Equal(343, iraq2024.GetProperty("operationsGap").GetInt32());
        Assert.Contains(all.RootElement.GetProperty("unassigned").EnumerateArray(), t => t.GetProperty("isisAttacks").ValueKind == JsonValueKind.Number && t.GetProperty("isisAttacks").GetInt32() == 50);

        using var reports = JsonDocument.Parse(await Client.GetStringAsync("/api/reports"));
        var items = reports.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, r => Assert.Equal("extracted", r.GetProperty("status").GetString()));
        Assert.Contains(items, r => r.GetProperty("publishedSource").GetString() == "unknown");
        var first = items[0].GetProperty("id").GetInt32();
        using var report = JsonDocument.Parse(await Client.GetStringAsync($"/api/reports/{first}"));
        Assert.False(string.IsNullOrEmpty(report.RootElement.GetProperty("text").GetString()));
    }

    [PostgresFact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/operations", "/api/operations/{id}", "/api/tallies", "/api/reports", "/api/reports/{id}", "/export/tallies.csv", "/export/operations.csv", "/export/audit.csv" })
        {
            Assert.Contains(path, paths);
        }
        var parameters = doc.RootElement.GetProperty("paths").GetProperty("/api/operations").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        // The paged parameters inherit the filters (FilterParameters), so reflection lists the paging ones first; the
        // document's order carries no meaning, each parameter is listed once.
        Assert.Equal(["actor", "after", "from", "kind", "page", "pageSize", "province", "q", "review", "to"], parameters.Order(StringComparer.Ordinal));
    }

    [PostgresFact]
    public async Task The_culture_switch_sets_the_cookie_and_the_page_turns_arabic_right_to_left()
    {
        var response = await Client.GetAsync("/culture?culture=ar&redirectUri=%2Ftimeline%3Fprovince%3DIQ-KI");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline?province=IQ-KI", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dar-IQ%7Cuic%3Dar-IQ", cookie, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline?province=IQ-KI");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar-IQ\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("الخط الزمني", html, StringComparison.Ordinal);
        Assert.Contains("6 كانون الثاني 2025", html, StringComparison.Ordinal);

        var english = await Client.GetStringAsync("/timeline");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_reconnect_dialog_is_in_the_interface_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dar-IQ%7Cuic%3Dar-IQ");
        var arabic = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        var dialog = arabic[arabic.IndexOf("<dialog id=\"components-reconnect-modal\"", StringComparison.Ordinal)..];
        dialog = dialog[..(dialog.IndexOf("</dialog>", StringComparison.Ordinal) + "</dialog>".Length)];
        Assert.Contains("جارٍ إعادة الاتصال بالخادم", dialog, StringComparison.Ordinal);
        Assert.Contains("أعد المحاولة", dialog, StringComparison.Ordinal);
        Assert.Contains("id=\"components-seconds-to-next-attempt\"", dialog, StringComparison.Ordinal);
        Assert.DoesNotMatch("Rejoin|Retry|Resume|paused|reload", dialog);

        var english = await Client.GetStringAsync("/timeline");
        Assert.Contains("Rejoining the server...", english, StringComparison.Ordinal);
    }

    [PostgresTheory]
    [InlineData("//evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/reports", "/reports")]
    public async Task The_culture_switch_only_goes_back_to_this_site(string redirect, string expected)
    {
        var response = await Client.GetAsync("/culture?culture=en&redirectUri=" + Uri.EscapeDataString(redirect));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/culture?culture=fr")).StatusCode);
    }

    [PostgresFact]
    public async Task The_pages_render_the_seeded_data()
    {
        var timeline = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?province=IQ-KI"));
        Assert.Contains("سلسلة جبال حمرين", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("data-province=\"IQ-SD\"", timeline, StringComparison.Ordinal);
        Assert.Contains("6 Jan 2025", timeline, StringComparison.Ordinal);
        Assert.Contains("date unknown: '", timeline, StringComparison.Ordinal);

        var tallies = WebUtility.HtmlDecode(await Client.GetStringAsync("/tallies"));
        Assert.Contains("data-year=\"2024\" data-province=\"IQ\"", tallies, StringComparison.Ordinal);
        Assert.Contains("+343", tallies, StringComparison.Ordinal);

        var reports = await Client.GetStringAsync("/reports");
        Assert.Equal(5, reports.Split("data-testid=\"report-row\"").Length - 1);
        Assert.Contains("unknown", reports, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_reports_page_and_api_are_paged_filtered_and_sorted_on_the_server()
    {
        var paged = await Client.GetAsync("/api/reports?pageSize=2&sort=-file");
        Assert.Equal(HttpStatusCode.OK, paged.StatusCode);
        Assert.Equal("5", Assert.Single(paged.Headers.GetValues("X-Total-Count")));
        using var items = JsonDocument.Parse(await paged.Content.ReadAsStringAsync());
        var names = items.RootElement.EnumerateArray().Select(r => r.GetProperty("fileName").GetString()!).ToList();
        Assert.Equal(2, names.Count);
        Assert.True(string.CompareOrdinal(names[0], names[1]) > 0, string.Join(", ", names));

        var bad = await Client.GetAsync("/api/reports?status=deleted&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("status", out _));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("pageSize", out _));

        var failed = await Client.GetStringAsync("/reports?status=failed");
        Assert.Equal(0, failed.Split("data-testid=\"report-row\"").Length - 1);
        var one = await Client.GetStringAsync($"/reports?q={Uri.EscapeDataString(names[0])}");
        Assert.Equal(1, one.Split("data-testid=\"report-row\"").Length - 1);
        Assert.Contains("report-filter-errors", await Client.GetStringAsync("/reports?from=yesterday"), StringComparison.Ordinal);
    }
}
