using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Linking;

/// <summary>
/// What the operation page's new parts read through the app, on SQLite and PostgreSQL over the seeds: an air strike's
/// own evidence span in <c>GET /api/operations/{id}</c> (#13), and the merge candidates an analyst is offered,
/// <c>GET /api/operations/{id}/event/candidates</c> (#10): analysts only, 404 for an unknown operation, every candidate
/// another report's operation of the same province that the merge then accepts.
/// </summary>
public sealed class EventDecisionApiTests
{
    private const string Password = "User-pass-1";

    // Invented: two arrests in Hawija, Kirkuk, "today".
    private const string NearMiss = "كركوك - ألقت مفارز الاستخبارات العسكرية، اليوم، القبض على إرهابيين اثنين في قضاء الحويجة غربي محافظة كركوك.\n";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Strikes_carry_their_span_and_analysts_get_merge_candidates_they_can_merge_with(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var factory = new OpsTrackerWebFactory(new Dictionary<string, string?>
        {
            [database.ConfigurationEntry.Key] = database.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = SeededDatabases.SeedsPath,
        });
        await factory.WaitForSeedingAsync();
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var viewer = await ClientAsAsync(factory, Roles.Viewer);
        using var analyst = await ClientAsAsync(factory, Roles.Analyst);

        // An invented arrest in Kirkuk the day after the seed's search in the Hamrin mountains: another place, another
        // kind, so not linked, but in the window the linker reads: a near miss.
        var added = await analyst.PostAsJsonAsync("/api/reports", new
        {
            fileName = "near-miss-hawija.txt",
            text = NearMiss,
            outlet = "Invented Agency",
            published = "2025-01-07",
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        using var list = JsonDocument.Parse(await anonymous.GetStringAsync("/api/operations?pageSize=500"));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();

        // Strikes: the span in the detail is the words of the report text that give the count.
        var airstrikes = items.Where(o => o.GetProperty("strikes").ValueKind == JsonValueKind.Number).Select(o => o.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(airstrikes);
        foreach (var id in airstrikes)
        {
            using var detail = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/operations/{id}"));
            var span = detail.RootElement.GetProperty("strikesEvidence");
            var (start, end) = (span.GetProperty("evidenceStart").GetInt32(), span.GetProperty("evidenceEnd").GetInt32());
            var text = detail.RootElement.GetProperty("report").GetProperty("text").GetString()!;
            Assert.True(end > start);
            Assert.Equal(text[start..end], span.GetProperty("evidence").GetString());
        }
        var noStrikes = items.First(o => o.GetProperty("strikes").ValueKind == JsonValueKind.Null).GetProperty("id").GetInt32();
        using (var detail = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/operations/{noStrikes}")))
        {
            Assert.Equal(JsonValueKind.Null, detail.RootElement.GetProperty("strikesEvidence").ValueKind);
        }

        // Candidates: analysts only; an unknown operation is 404.
        var first = items[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/operations/{first}/event/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/operations/{first}/event/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/operations/999999/event/candidates")).StatusCode);

        // Every operation's candidates are other reports' operations of its province, at most five.
        (int Id, int Candidate)? mergeable = null;
        foreach (var op in items)
        {
            var id = op.GetProperty("id").GetInt32();
            var response = await analyst.GetAsync($"/api/operations/{id}/event/candidates");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var candidates = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var found = candidates.RootElement.EnumerateArray().ToList();
            Assert.True(found.Count <= Data.Linking.MergeCandidatesQuery.Limit);
            foreach (var c in found)
            {
                Assert.NotEqual(op.GetProperty("reportId").GetInt32(), c.GetProperty("reportId").GetInt32());
                using var other = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/operations/{c.GetProperty("operationId").GetInt32()}"));
                Assert.Equal(op.GetProperty("province").GetString(), other.RootElement.GetProperty("operation").GetProperty("province").GetString());
            }
            if (found.Count > 0)
            {
                mergeable ??= (id, found[0].GetProperty("operationId").GetInt32());
            }
        }

        // The near miss is offered; the first candidate is merged through the API with a reason and then leaves the list.
        Assert.NotNull(mergeable);
        var (mine, candidate) = mergeable.Value;
        var merged = await analyst.PostAsJsonAsync($"/api/operations/{mine}/event/merge", new { with = candidate, reason = "The same operation told twice" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        using var after = JsonDocument.Parse(await analyst.GetStringAsync($"/api/operations/{mine}/event/candidates"));
        Assert.DoesNotContain(after.RootElement.EnumerateArray(), c => c.GetProperty("operationId").GetInt32() == candidate);
    }

    private static async Task<HttpClient> ClientAsAsync(OpsTrackerWebFactory factory, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(email, Password, role);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
