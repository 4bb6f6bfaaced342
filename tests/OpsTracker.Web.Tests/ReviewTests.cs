using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>Reviews and corrections of operations: applied to what readers see, kept across re-extraction, audited.</summary>
public sealed class ReviewTests(AccountsApps apps) : IClassFixture<AccountsApps>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_correction_and_a_rejection_reach_the_readers_survive_re_extraction_and_are_in_the_history(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        using var analyst = await app.ClientAsAsync(email);
        var (reportId, ids) = await AddReportAsync(analyst, "2019-03-0");
        var (corrected, rejected) = (ids[0], ids[1]);

        var patch = new StringContent("""{"kind": "airstrike", "province": "IQ-AN", "reason": "The report says an air strike in Anbar"}""",
            Encoding.UTF8, "application/merge-patch+json");
        var patched = await analyst.PatchAsync($"/api/operations/{corrected}", patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var review = await analyst.PostAsJsonAsync($"/api/operations/{rejected}/review", new { state = "rejected", reason = "Not an operation" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        // The API list reads the corrected values and leaves the rejected operation out.
        await AssertReadersAsync(analyst, corrected, rejected);

        // Extracted again (a new publication date): the operations keep their review.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsJsonAsync($"/api/reports/{reportId}/published", new { published = "2019-03-20" })).StatusCode);
        var after = await OperationIdsAsync(analyst, reportId);
        await AssertReadersAsync(analyst, after[0], after[1]);

        // The history shows both changes, with the analyst's name and reason, under the operation's current id.
        using var history = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations/{after[0]}/history"));
        var entry = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal((email, "operation.correct", "The report says an air strike in Anbar"),
            (entry.GetProperty("user").GetString(), entry.GetProperty("action").GetString(), entry.GetProperty("reason").GetString()));
        Assert.Contains("\"kind\":\"Raid\"", entry.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Airstrike\"", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
        using var rejectedHistory = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations/{after[1]}/history"));
        Assert.Equal("operation.review", Assert.Single(rejectedHistory.RootElement.EnumerateArray()).GetProperty("action").GetString());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_override_whose_evidence_no_longer_matches_is_kept_as_needing_review(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var (reportId, ids) = await AddReportAsync(analyst, "2018-04-0");
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/operations/{ids[0]}/review", new { state = "confirmed", reason = "Checked" })).StatusCode);
        string fileName;
        await using (var context = await app.Database.Factory.CreateDbContextAsync())
        {
            fileName = (await context.Reports.SingleAsync(r => r.Id == reportId)).FileName;
        }

        // The file changes: its first line is gone, so the confirmed operation's evidence is nowhere now.
        var importer = app.Factory.Services.GetRequiredService<ReportImporter>();
        var changed = FakeExtractor.Line("IQ-SD", "clash", "2018-04-09", 1, "اشتباك في تكريت " + Guid.NewGuid().ToString("N"));
        await importer.ImportBytesAsync(fileName, Encoding.UTF8.GetBytes(changed), ReportSidecar.None);

        await using var check = await app.Database.Factory.CreateDbContextAsync();
        var kept = await check.OperationReviews.SingleAsync(r => r.ReportFileName == fileName);
        Assert.True(kept.NeedsReview);
        Assert.Null(kept.OperationId);
        Assert.Equal(Data.Review.ReviewState.Confirmed, kept.State);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Every_change_needs_a_reason_a_known_state_and_editable_fields_and_viewers_cannot_review(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var (_, ids) = await AddReportAsync(analyst, "2017-05-0");
        var id = ids[0];
        await AssertFieldAsync(await analyst.PostAsJsonAsync($"/api/operations/{id}/review", new { state = "confirmed" }), "reason");
        await AssertFieldAsync(await analyst.PostAsJsonAsync($"/api/operations/{id}/review", new { state = "maybe", reason = "x" }), "state");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/operations/{id}", new { evidenceText = "x", reason = "x" }), "evidenceText");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/operations/{id}", new { province = "IQ-XX", reason = "x" }), "province");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/operations/{id}", new { date = "2017-13-01", reason = "x" }), "date");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/operations/{id}", new { kind = "raid" }), "reason");

        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/operations/{id}/review", new { state = "confirmed", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PatchAsJsonAsync($"/api/operations/{id}", new { kind = "raid", reason = "x" })).StatusCode);
        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/operations/{id}/review", new { state = "confirmed", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PatchAsJsonAsync($"/api/operations/{id}", new { kind = "raid", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/operations/{id}/history")).StatusCode);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_extractor_is_scored_against_reports_said_complete_and_reviewed_whole_for_analysts_only(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var (reportId, ids) = await AddReportAsync(analyst, "2016-02-0");

        async Task<JsonElement?> MineAsync()
        {
            using var accuracy = JsonDocument.Parse(await analyst.GetStringAsync("/api/review/accuracy"));
            var mine = accuracy.RootElement.GetProperty("disagreements").EnumerateArray().Where(d => d.GetProperty("reportId").GetInt32() == reportId).ToList();
            Assert.True(accuracy.RootElement.GetProperty("extractedReports").GetInt32() >= accuracy.RootElement.GetProperty("reviewedReports").GetInt32());
            Assert.False(string.IsNullOrEmpty(accuracy.RootElement.GetProperty("extractorVersion").GetString()));
            return mine.Count == 0 ? null : mine[0].Clone();
        }

        // Half reviewed: the report is not scored yet.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/operations/{ids[0]}/review", new { state = "confirmed", reason = "Checked" })).StatusCode);
        Assert.Null(await MineAsync());

        // Every operation reviewed, the second raid moved to Anbar; not scored until an analyst says nothing is missing.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PatchAsJsonAsync($"/api/operations/{ids[1]}", new { province = "IQ-AN", reason = "Tal Afar is a typo for Rawa" })).StatusCode);
        Assert.Null(await MineAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync($"/api/reports/{reportId}/complete", new { complete = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/reports/{reportId}/complete", new { complete = true, reason = "Read it through" })).StatusCode);
        using (var completion = JsonDocument.Parse(await analyst.GetStringAsync($"/api/reports/{reportId}/complete")))
        {
            Assert.True(completion.RootElement.GetProperty("complete").GetBoolean());
        }

        // The extractor's Nineveh reading of the moved raid is one figure missed, one added.
        var disagreement = await MineAsync();
        Assert.NotNull(disagreement);
        static string Figures(JsonElement e) => string.Join(", ", e.EnumerateArray().Select(f => $"{f.GetProperty("field").GetString()}={f.GetProperty("value").GetInt32()} {f.GetProperty("province").GetString()}"));
        Assert.Equal(("killed=5 IQ-AN", "killed=5 IQ-NI"), (Figures(disagreement.Value.GetProperty("missed")), Figures(disagreement.Value.GetProperty("extra"))));

        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/review/accuracy")).StatusCode);
        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/review/accuracy")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/reports/{reportId}/complete", new { complete = false, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/reports/{reportId}/complete", new { complete = false, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/reports/{reportId}/complete")).StatusCode);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_review_filter_and_the_review_state_column_show_rejected_operations_only_when_asked(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var (reportId, ids) = await AddReportAsync(analyst, "2016-06-0");
        var (confirmed, rejected) = (ids[0], ids[1]);
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/operations/{confirmed}/review", new { state = "confirmed", reason = "Checked" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/operations/{rejected}/review", new { state = "rejected", reason = "Duplicate" })).StatusCode);
        var from = "&from=2016-06-01&to=2016-06-30";

        async Task<List<int>> ListAsync(string review)
        {
            using var list = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations?pageSize=500{review}{from}"));
            return [.. list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
        }
        var all = await ListAsync("");
        Assert.Contains(confirmed, all);
        Assert.DoesNotContain(rejected, all);
        Assert.Equal([rejected], (await ListAsync("&review=rejected")).Where(ids.Contains));
        Assert.Equal([confirmed], (await ListAsync("&review=Confirmed")).Where(ids.Contains));
        Assert.DoesNotContain(confirmed, await ListAsync("&review=unreviewed"));

        // The CSV: a review_state column; the rejected row only when asked for.
        var csv = await ReadCsvAsync(analyst, "/export/operations.csv?province=IQ-NI" + from);
        Assert.Equal("confirmed", Assert.Single(csv, r => r["id"] == confirmed.ToString(System.Globalization.CultureInfo.InvariantCulture))["review_state"]);
        Assert.DoesNotContain(csv, r => r["id"] == rejected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rejectedCsv = await ReadCsvAsync(analyst, "/export/operations.csv?review=rejected" + from);
        Assert.Equal("rejected", Assert.Single(rejectedCsv, r => r["id"] == rejected.ToString(System.Globalization.CultureInfo.InvariantCulture))["review_state"]);

        // A state that does not exist is refused by name, by the API and the export alike.
        await AssertFieldAsync(await analyst.GetAsync("/api/operations?review=maybe"), "review");
        await AssertFieldAsync(await analyst.GetAsync("/export/operations.csv?review=maybe"), "review");
        Assert.True(reportId > 0);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_audit_export_is_for_admins_and_neutralises_formulas(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        using var analyst = await app.ClientAsAsync(email);
        var (_, ids) = await AddReportAsync(analyst, "2015-07-0");
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/operations/{ids[0]}/review", new { state = "confirmed", reason = "=HYPERLINK(\"http://x\")" })).StatusCode);

        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/export/audit.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/export/audit.csv")).StatusCode);
        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/export/audit.csv")).StatusCode);

        using var admin = await app.ClientAsAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        var response = await admin.GetAsync("/export/audit.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes[3..]));
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        Assert.Equal(Data.Exports.AuditCsvExport.Header, csv.HeaderRecord);
        var found = false;
        while (await csv.ReadAsync())
        {
            if (csv.GetField("action") == "operation.review" && csv.GetField("entity_id") == ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                Assert.Equal(email, csv.GetField("user"));
                Assert.Equal("'=HYPERLINK(\"http://x\")", csv.GetField("reason"));
                found = true;
            }
        }
        Assert.True(found);
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        Assert.Contains("review_state", header);
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        }
        return rows;
    }

    /// <summary>A report of two raids in Nineveh (days 1 and 2 of the month given); its id and its operations' ids in text order.</summary>
    private static async Task<(int ReportId, int[] Operations)> AddReportAsync(HttpClient analyst, string monthPrefix)
    {
        var unique = Guid.NewGuid().ToString("N");
        var text = FakeExtractor.Line("IQ-NI", "raid", monthPrefix + "1", 2, "مداهمة في الموصل " + unique) + "\n"
            + FakeExtractor.Line("IQ-NI", "raid", monthPrefix + "2", 5, "مداهمة في تلعفر " + unique);
        var response = await analyst.PostAsJsonAsync("/api/reports", new { fileName = $"review-{unique}.txt", text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("report").GetProperty("id").GetInt32();
        return (id, await OperationIdsAsync(analyst, id));
    }

    private static async Task<int[]> OperationIdsAsync(HttpClient client, int reportId)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync($"/api/reports/{reportId}"));
        var ids = new List<(int Id, string Date)>();
        foreach (var op in body.RootElement.GetProperty("operations").EnumerateArray())
        {
            using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/operations/{op.GetProperty("id").GetInt32()}"));
            ids.Add((op.GetProperty("id").GetInt32(), detail.RootElement.GetProperty("evidenceStart").GetInt32().ToString("D6", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return [.. ids.OrderBy(i => i.Date, StringComparer.Ordinal).Select(i => i.Id)];
    }

    private static async Task AssertReadersAsync(HttpClient client, int corrected, int rejected)
    {
        using var review = JsonDocument.Parse(await client.GetStringAsync($"/api/operations/{corrected}/review"));
        Assert.Equal("corrected", review.RootElement.GetProperty("state").GetString());
        using var rejectedReview = JsonDocument.Parse(await client.GetStringAsync($"/api/operations/{rejected}/review"));
        Assert.Equal("rejected", rejectedReview.RootElement.GetProperty("state").GetString());

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/operations?pageSize=500"));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(items, i => i.GetProperty("id").GetInt32() == corrected);
        Assert.Equal(("airstrike", "IQ-AN"), (item.GetProperty("kind").GetString(), item.GetProperty("province").GetString()));
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetInt32() == rejected);
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem.RootElement}");
    }
}
