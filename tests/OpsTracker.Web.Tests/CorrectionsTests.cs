using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>
/// Corrections beyond kind, date and place (figures, strikes, actors, hideouts), reviews of official tallies, operations
/// analysts add, stable ids across re-extraction and what a removed operation's id answers; all on both providers.
/// </summary>
public sealed class CorrectionsTests(AccountsApps apps) : IClassFixture<AccountsApps>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Figures_strikes_actors_and_hideouts_are_corrected_kept_across_re_extraction_and_audited(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        using var analyst = await app.ClientAsAsync(email);
        var (reportId, ids, _) = await AddReportAsync(analyst, 2019, tally: false);
        var id = ids[0];
        using (var before = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations/{id}")))
        {
            Assert.Equal(2, before.RootElement.GetProperty("operation").GetProperty("killed").GetInt32());
        }

        var patch = """
            {"casualties": [{"count": 7, "category": "killed", "side": "isis", "evidenceStart": 0, "evidenceEnd": 10},
                            {"count": 2, "category": "wounded", "side": "security"}],
             "hideouts": [{"count": 3, "kind": "tunnel", "outcome": "destroyed"}],
             "strikes": 4, "actors": ["Counter-Terrorism Service", "Iraqi Army"],
             "reason": "The ministry's statement gives seven dead"}
            """;
        var response = await analyst.PatchAsync($"/api/operations/{id}", new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertCorrectedFiguresAsync(analyst, id);

        // Extracted again with another publication date: same id, same corrected figures.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsJsonAsync($"/api/reports/{reportId}/published", new { published = "2019-03-20" })).StatusCode);
        Assert.Equal(ids, await OperationIdsAsync(analyst, reportId));
        await AssertCorrectedFiguresAsync(analyst, id);

        // The tallies table counts the corrected dead (7, not 2) for the province and year.
        using var tallies = JsonDocument.Parse(await GetAsync(analyst, "/api/tallies?province=IQ-KI&from=2019-01-01&to=2019-12-31"));
        var row = Assert.Single(tallies.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(7 + 5, row.GetProperty("killed").GetInt32());

        using var history = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations/{id}/history"));
        var entry = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal((email, "operation.correct"), (entry.GetProperty("user").GetString(), entry.GetProperty("action").GetString()));
        Assert.Contains("\"count\":2,\"category\":\"killed\"", entry.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"count\":7,\"category\":\"killed\"", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Bad_figures_are_refused_by_name(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var (_, ids, _) = await AddReportAsync(analyst, 2018, tally: false);
        var url = $"/api/operations/{ids[0]}";
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { casualties = new[] { new { count = 0, category = "killed", side = "isis" } }, reason = "x" }), "casualties");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { casualties = new[] { new { count = 3, category = "eaten", side = "isis" } }, reason = "x" }), "casualties");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { casualties = new[] { new { count = 3, category = "killed", side = "isis", evidenceStart = 5, evidenceEnd = 100_000 } }, reason = "x" }), "casualties");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { casualties = "seven", reason = "x" }), "casualties");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { hideouts = new[] { new { count = 1, kind = "castle", outcome = "destroyed" } }, reason = "x" }), "hideouts");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { strikes = -1, reason = "x" }), "strikes");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { strikes = 2.5, reason = "x" }), "strikes");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync(url, new { actors = new[] { "" }, reason = "x" }), "actors");
        // Nothing was written by the refused patches.
        using var history = JsonDocument.Parse(await analyst.GetStringAsync($"{url}/history"));
        Assert.Empty(history.RootElement.EnumerateArray());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_tally_is_corrected_and_rejected_with_reasons_the_tallies_read_it_and_re_extraction_keeps_it(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        using var analyst = await app.ClientAsAsync(email);
        var (reportId, _, tallyIds) = await AddReportAsync(analyst, 2017, tally: true);
        var (corrected, rejected) = (tallyIds[0], tallyIds[1]);

        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/tallies/{corrected}", new { killed = 70 }), "reason");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/tallies/{corrected}", new { scope = "IQ-XX", reason = "x" }), "scope");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/tallies/{corrected}", new { periodEnd = "2016-01-01", reason = "x" }), "periodEnd");
        await AssertFieldAsync(await analyst.PatchAsJsonAsync($"/api/tallies/{corrected}", new { evidenceText = "x", reason = "x" }), "evidenceText");
        await AssertFieldAsync(await analyst.PostAsJsonAsync($"/api/tallies/{corrected}/review", new { state = "maybe", reason = "x" }), "state");
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync("/api/tallies/99999999/review", new { state = "confirmed", reason = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await analyst.PatchAsJsonAsync($"/api/tallies/{corrected}", new { killed = 70, reason = "The command's statement says 70" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/tallies/{rejected}/review", new { state = "rejected", reason = "A forecast, not a tally" })).StatusCode);
        await AssertTalliesAsync(analyst, corrected, rejected);

        Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsJsonAsync($"/api/reports/{reportId}/published", new { published = "2017-12-30" })).StatusCode);
        await AssertTalliesAsync(analyst, corrected, rejected);

        using var history = JsonDocument.Parse(await analyst.GetStringAsync($"/api/tallies/{corrected}/history"));
        var entry = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal((email, "tally.correct", "The command's statement says 70"),
            (entry.GetProperty("user").GetString(), entry.GetProperty("action").GetString(), entry.GetProperty("reason").GetString()));

        // The review queue lists tallies too.
        var queue = await app.Factory.Services.GetRequiredService<TallyReviewService>().QueueAsync(500);
        Assert.Contains(queue, t => t.Id == corrected && t.State == ReviewState.Corrected && t.Killed == 70);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_analyst_adds_a_missed_operation_from_its_evidence_and_it_survives_re_extraction(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        using var analyst = await app.ClientAsAsync(email);
        var (reportId, ids, _) = await AddReportAsync(analyst, 2016, tally: false);
        using var report = JsonDocument.Parse(await analyst.GetStringAsync($"/api/reports/{reportId}"));
        var text = report.RootElement.GetProperty("text").GetString()!;
        var start = text.IndexOf(MissedSentence, StringComparison.Ordinal);
        Assert.True(start > 0);
        var end = start + MissedSentence.Length;
        var url = $"/api/reports/{reportId}/operations";

        await AssertFieldAsync(await analyst.PostAsJsonAsync(url, new { evidenceStart = start, evidenceEnd = end, reason = "x" }), "kind");
        await AssertFieldAsync(await analyst.PostAsJsonAsync(url, new { evidenceStart = start, evidenceEnd = text.Length + 5, kind = "raid", reason = "x" }), "evidenceStart");
        await AssertFieldAsync(await analyst.PostAsJsonAsync(url, new { evidenceEnd = end, kind = "raid", reason = "x" }), "evidenceStart");
        await AssertFieldAsync(await analyst.PostAsJsonAsync(url, new { evidenceStart = start, evidenceEnd = end, kind = "raid" }), "reason");
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync("/api/reports/99999999/operations", new { evidenceStart = 0, evidenceEnd = 3, kind = "raid", reason = "x" })).StatusCode);

        var added = await analyst.PostAsJsonAsync(url, new
        {
            evidenceStart = start, evidenceEnd = end, kind = "arrest", date = "2016-03-05", datePrecision = "day", province = "IQ-KI", place = "الحويجة",
            casualties = new[] { new { count = 4, category = "arrested", side = "isis" } },
            reason = "The extractor missed the arrests in the last sentence",
        });
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("operationId").GetInt32();
        Assert.Equal($"/api/operations/{id}", added.Headers.Location?.OriginalString);
        await AssertAddedAsync(analyst, id, start, end);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync(url, new { evidenceStart = start, evidenceEnd = end, kind = "arrest", reason = "again" })).StatusCode);

        // Extracted again: the added operation is rebuilt with its id; the extracted ones keep theirs.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsJsonAsync($"/api/reports/{reportId}/published", new { published = "2016-03-20" })).StatusCode);
        await AssertAddedAsync(analyst, id, start, end);
        Assert.Equal([.. ids, id], (await OperationIdsAsync(analyst, reportId)).Order());

        using var history = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations/{id}/history"));
        var entry = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal((email, "operation.add"), (entry.GetProperty("user").GetString(), entry.GetProperty("action").GetString()));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Ids_stay_when_a_changed_file_is_stored_again_and_a_removed_operation_says_what_became_of_it(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        using var analyst = await app.ClientAsAsync(await app.AddUserAsync(Roles.Analyst));
        var (reportId, ids, tallies) = await AddReportAsync(analyst, 2015, tally: true);
        string fileName, text;
        await using (var context = await app.Database.Factory.CreateDbContextAsync())
        {
            var report = await context.Reports.SingleAsync(r => r.Id == reportId);
            (fileName, text) = (report.FileName, report.Text);
        }

        // The file changes after its first line (its evidence keeps its span): the first operation stays, the second
        // and the tallies are gone.
        var firstLine = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        var importer = app.Factory.Services.GetRequiredService<ReportImporter>();
        var outcome = await importer.ImportBytesAsync(fileName, Encoding.UTF8.GetBytes(firstLine + "\nلا شيء آخر " + Guid.NewGuid().ToString("N")), ReportSidecar.None, "cli:tester");
        Assert.Equal((ImportChange.Replaced, reportId), (outcome.Change, outcome.ReportId));
        Assert.Equal([ids[0]], await OperationIdsAsync(analyst, reportId));

        var reviews = app.Factory.Services.GetRequiredService<ReviewService>();
        var removed = await reviews.RemovedAsync("operation", ids[1]);
        Assert.NotNull(removed);
        Assert.Equal((reportId, fileName, "cli:tester"), (removed.ReportId, removed.FileName, removed.User));
        Assert.Null(await reviews.RemovedAsync("operation", ids[0]));
        Assert.NotNull(await reviews.RemovedAsync("tally", tallies[0]));

        // The API says the same: the removed operation is gone (410, with its report), one never stored is not found.
        var gone = await analyst.GetAsync($"/api/operations/{ids[1]}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        using (var problem = JsonDocument.Parse(await gone.Content.ReadAsStringAsync()))
        {
            Assert.Equal(reportId, problem.RootElement.GetProperty("reportId").GetInt32());
            Assert.Equal(fileName, problem.RootElement.GetProperty("fileName").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/operations/999999")).StatusCode);

        // The report's history names who imported it and what was removed.
        var history = await reviews.ReportHistoryAsync(reportId);
        Assert.NotNull(history);
        Assert.Contains(history, h => h.Action == "report.import" && h.User == "cli:tester");
        Assert.Contains(history, h => h.Action == "operation.removed" && h.EntityId == ids[1].ToString(CultureInfo.InvariantCulture));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Viewers_and_visitors_cannot_write_tallies_or_add_operations_and_a_demoted_analyst_is_refused_at_once(TestProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.AddUserAsync(Roles.Analyst);
        using var analyst = await app.ClientAsAsync(email);
        var (reportId, ids, tallies) = await AddReportAsync(analyst, 2014, tally: true);
        using var anonymous = app.Client();
        using var viewer = await app.ClientAsAsync(await app.AddUserAsync(Roles.Viewer));
        foreach (var (client, status) in new[] { (anonymous, HttpStatusCode.Unauthorized), (viewer, HttpStatusCode.Forbidden) })
        {
            Assert.Equal(status, (await client.PatchAsJsonAsync($"/api/tallies/{tallies[0]}", new { killed = 1, reason = "x" })).StatusCode);
            Assert.Equal(status, (await client.PostAsJsonAsync($"/api/tallies/{tallies[0]}/review", new { state = "confirmed", reason = "x" })).StatusCode);
            Assert.Equal(status, (await client.PostAsJsonAsync($"/api/reports/{reportId}/operations", new { evidenceStart = 0, evidenceEnd = 3, kind = "raid", reason = "x" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/tallies/{tallies[0]}/history")).StatusCode);

        // An admin makes the analyst a viewer: the analyst's token, still valid, can no longer write.
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/operations/{ids[0]}/review", new { state = "confirmed", reason = "Checked" })).StatusCode);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var user = (await accounts.ListAsync()).Single(u => u.Email == email);
            Assert.True((await accounts.SetRoleAsync(user.Id, Roles.Viewer)).Succeeded);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/operations/{ids[0]}/review", new { state = "rejected", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PatchAsJsonAsync($"/api/tallies/{tallies[0]}", new { killed = 1, reason = "x" })).StatusCode);
    }

    private const string MissedSentence = "واعتقلت القوات أربعة مطلوبين في الحويجة";

    /// <summary>
    /// A report in Kirkuk of the given year: two raids (2 and 5 dead), an invented sentence no rule reads and, when asked,
    /// two official tallies; the report's id, its operations' and its tallies' ids in text order.
    /// </summary>
    private static async Task<(int ReportId, int[] Operations, int[] Tallies)> AddReportAsync(HttpClient analyst, int year, bool tally)
    {
        var unique = Guid.NewGuid().ToString("N");
        var y = year.ToString(CultureInfo.InvariantCulture);
        var text = FakeExtractor.Line("IQ-KI", "raid", $"{y}-03-01", 2, "مداهمة في كركوك " + unique) + "\n"
            + FakeExtractor.Line("IQ-KI", "raid", $"{y}-03-02", 5, "مداهمة في الدبس " + unique) + "\n"
            + MissedSentence + "\n"
            + (tally ? FakeExtractor.Tally("IQ-KI", year, 40, 30, "حصيلة العام " + unique) + "\n" + FakeExtractor.Tally("IQ", year, 400, 300, "حصيلة العراق " + unique) : "");
        var response = await analyst.PostAsJsonAsync("/api/reports", new { fileName = $"corrections-{unique}.txt", text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("report").GetProperty("id").GetInt32();
        int[] tallies = [.. body.RootElement.GetProperty("tallies").EnumerateArray().Select(t => t.GetProperty("id").GetInt32())];
        return (id, await OperationIdsAsync(analyst, id), tallies);
    }

    private static async Task<int[]> OperationIdsAsync(HttpClient client, int reportId)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync($"/api/reports/{reportId}"));
        return [.. body.RootElement.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("id").GetInt32())];
    }

    private static async Task AssertCorrectedFiguresAsync(HttpClient client, int id)
    {
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/operations/{id}"));
        var op = detail.RootElement.GetProperty("operation");
        Assert.Equal(7, op.GetProperty("killed").GetInt32());
        Assert.Equal(4, op.GetProperty("strikes").GetInt32());
        Assert.Equal(3, op.GetProperty("hideoutsDestroyed").GetInt32());
        Assert.Equal(["Counter-Terrorism Service", "Iraqi Army"], op.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        var casualties = detail.RootElement.GetProperty("casualties").EnumerateArray().ToList();
        Assert.Equal(2, casualties.Count);
        var killed = Assert.Single(casualties, c => c.GetProperty("category").GetString() == "killed");
        Assert.Equal((0, 10), (killed.GetProperty("evidenceStart").GetInt32(), killed.GetProperty("evidenceEnd").GetInt32()));
        Assert.Equal(10, killed.GetProperty("evidence").GetString()!.Length);
        using var review = JsonDocument.Parse(await client.GetStringAsync($"/api/operations/{id}/review"));
        Assert.Equal("corrected", review.RootElement.GetProperty("state").GetString());
    }

    private static async Task AssertTalliesAsync(HttpClient client, int corrected, int rejected)
    {
        using var corrections = JsonDocument.Parse(await client.GetStringAsync($"/api/tallies/{corrected}/review"));
        Assert.Equal("corrected", corrections.RootElement.GetProperty("state").GetString());
        using var rejection = JsonDocument.Parse(await client.GetStringAsync($"/api/tallies/{rejected}/review"));
        Assert.Equal("rejected", rejection.RootElement.GetProperty("state").GetString());
        using var table = JsonDocument.Parse(await GetAsync(client, "/api/tallies?province=IQ-KI&from=2017-01-01&to=2017-12-31"));
        var row = Assert.Single(table.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(70, row.GetProperty("officialKilled").GetInt32());
        // The rejected all-Iraq tally is in no row and not unassigned either.
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/tallies?from=2017-01-01&to=2017-12-31"));
        var iraq = all.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("provinceCode").GetString() == "IQ" && r.GetProperty("year").GetInt32() == 2017).ToList();
        Assert.All(iraq, r => Assert.NotEqual(300, r.GetProperty("officialKilled").ValueKind == JsonValueKind.Number ? r.GetProperty("officialKilled").GetInt32() : 0));
        Assert.DoesNotContain(all.RootElement.GetProperty("unassigned").EnumerateArray(), t => t.GetProperty("id").GetInt32() == rejected);
    }

    private static async Task AssertAddedAsync(HttpClient client, int id, int start, int end)
    {
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/operations/{id}"));
        var op = detail.RootElement.GetProperty("operation");
        Assert.Equal(("arrest", "IQ-KI", "2016-03-05", 4), (op.GetProperty("kind").GetString(), op.GetProperty("province").GetString(), op.GetProperty("date").GetString(), op.GetProperty("arrested").GetInt32()));
        Assert.Equal((start, end, OperationCorrectionsRule), (detail.RootElement.GetProperty("evidenceStart").GetInt32(), detail.RootElement.GetProperty("evidenceEnd").GetInt32(), detail.RootElement.GetProperty("rule").GetString()));
        Assert.Equal(MissedSentence, op.GetProperty("evidence").GetString());
    }

    private const string OperationCorrectionsRule = OperationCorrections.AnalystRule;

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem.RootElement}");
    }
}
