using System.Net;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>The app on each provider with two fake-extracted reports, for requests with bad or extreme values.</summary>
public sealed class BadRequestFixture : IAsyncLifetime
{
    private readonly Dictionary<TestProvider, (TestDatabase Database, OpsTrackerWebFactory Factory)> _apps = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<TestProvider, Task<OpsTrackerWebFactory>> _starting = [];
    private ReportFolder? _seeds;

    public Task<OpsTrackerWebFactory> GetAsync(TestProvider provider)
    {
        lock (_gate)
        {
            if (!_starting.TryGetValue(provider, out var app))
            {
                app = StartAsync(provider);
                _starting[provider] = app;
            }
            return app;
        }
    }

    private async Task<OpsTrackerWebFactory> StartAsync(TestProvider provider)
    {
        ReportFolder seeds;
        lock (_gate)
        {
            _seeds ??= new ReportFolder();
            seeds = _seeds;
            if (!File.Exists(seeds.File("a.txt")))
            {
                seeds.Write("a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتلت قواتنا ثلاثة إرهابيين في بادوش 😀"));
                // Not 9999-12-31: Npgsql stores DateOnly.MaxValue as 'infinity', whose year PostgreSQL cannot give.
                seeds.Write("b.txt", FakeExtractor.Line("IQ-KI", "arrest", "9999-12-30", 0, "القبض على إرهابي في الحويجة"));
            }
        }
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var factory = new OpsTrackerWebFactory(
            new Dictionary<string, string?>
            {
                [database.ConfigurationEntry.Key] = database.ConfigurationEntry.Value,
                ["OpsTracker:SeedsPath"] = seeds.Path,
            },
            new FakeExtractor());
        await factory.WaitForSeedingAsync();
        lock (_gate)
        {
            _apps[provider] = (database, factory);
        }
        return factory;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (database, factory) in _apps.Values)
        {
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
        _seeds?.Dispose();
    }
}

/// <summary>
/// Each request that once answered 500 (issue 12) answers 400 naming the parameter, or a correct page; on both providers.
/// </summary>
public sealed class BadRequestTests(BadRequestFixture fixture) : IClassFixture<BadRequestFixture>
{
    private async Task<HttpResponseMessage> GetAsync(TestProvider provider, string url)
    {
        var app = await fixture.GetAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string parameter)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", body, StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_page_whose_offset_overflows_is_a_400(TestProvider provider)
    {
        await AssertBadRequestAsync(await GetAsync(provider, "/api/operations?page=2147483647"), "page");
        await AssertBadRequestAsync(await GetAsync(provider, "/api/operations?page=4294968&pageSize=500"), "page");
        var page = await GetAsync(provider, "/timeline?page=2147483647");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the page shows the error under the filters
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_page_past_the_last_is_empty(TestProvider provider)
    {
        var response = await GetAsync(provider, "/api/operations?page=42949672&pageSize=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"items\":[]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_last_month_of_the_calendar_is_read_to_its_last_day(TestProvider provider)
    {
        var response = await GetAsync(provider, "/api/operations?to=9999-12&from=9999-12");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"total\":1", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/api/tallies?to=9999-12")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/export/tallies.csv?to=9999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/tallies?to=9999-12")).StatusCode);
        await AssertBadRequestAsync(await GetAsync(provider, "/api/operations?to=10000-01"), "to");
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_nul_in_the_search_is_a_400(TestProvider provider)
    {
        await AssertBadRequestAsync(await GetAsync(provider, "/api/operations?q=%D8%AD%D9%85%D8%B1%D9%8A%D9%86%00"), "q");
        await AssertBadRequestAsync(await GetAsync(provider, "/api/tallies?q=%00"), "q");
        await AssertBadRequestAsync(await GetAsync(provider, "/export/operations.csv?q=a%00b"), "q");
        await AssertBadRequestAsync(await GetAsync(provider, "/api/operations?actor=Army%00"), "actor");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/timeline?q=%00")).StatusCode);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_emoji_in_the_search_is_searched_whole(TestProvider provider)
    {
        var response = await GetAsync(provider, "/api/operations?q=%F0%9F%98%80");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"total\":1", body, StringComparison.Ordinal);
        var mixed = await GetAsync(provider, "/api/operations?q=" + Uri.EscapeDataString("بادوش 😀"));
        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/export/operations.csv?q=%F0%9F%87%AE%F0%9F%87%B6")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/timeline?q=%F0%9F%98%80")).StatusCode);
    }

    [Theory]
    [InlineData("/timeline%09x")]
    [InlineData("/%09/evil.example")]
    [InlineData("/timeline%0D%0ASet-Cookie:x=1")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_culture_redirect_that_is_not_a_plain_local_path_goes_home(string redirectUri)
    {
        var response = await GetAsync(TestProvider.Sqlite, "/culture?culture=ar&redirectUri=" + redirectUri);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_culture_redirect_to_a_local_path_is_kept()
    {
        var response = await GetAsync(TestProvider.Sqlite, "/culture?culture=ar&redirectUri=" + Uri.EscapeDataString("/timeline?q=حمرين"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/timeline?q=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

/// <summary>Keyset paging through the API (<c>after</c>), on both providers.</summary>
public sealed class KeysetApiTests(BadRequestFixture fixture) : IClassFixture<BadRequestFixture>
{
    private async Task<HttpResponseMessage> GetAsync(TestProvider provider, string url)
    {
        var app = await fixture.GetAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    private static async Task AssertBadRequestOnAfterAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("after", out _), body);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_next_cursor_walks_the_operations_one_page_at_a_time(TestProvider provider)
    {
        var seen = new List<int>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var response = await GetAsync(provider, "/api/operations?pageSize=1" + (after is null ? "" : "&after=" + after));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            using var json = System.Text.Json.JsonDocument.Parse(body);
            Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32()); // the count is the filter's, not what is left
            seen.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            var next = json.RootElement.GetProperty("next");
            if (next.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                break;
            }
            after = Uri.EscapeDataString(next.GetString()!);
        }
        using var all = System.Text.Json.JsonDocument.Parse(await (await GetAsync(provider, "/api/operations")).Content.ReadAsStringAsync());
        Assert.Equal(all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()), seen);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, all.RootElement.GetProperty("next").ValueKind);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_bad_cursor_is_a_400_naming_after(TestProvider provider)
    {
        await AssertBadRequestOnAfterAsync(await GetAsync(provider, "/api/operations?after=not-a-cursor"));
        await AssertBadRequestOnAfterAsync(await GetAsync(provider, "/api/operations?after=%00"));
        await AssertBadRequestOnAfterAsync(await GetAsync(provider, "/api/operations?after=" + new string('A', 5000)));
        var valid = new Data.Queries.TimelineCursor(new DateOnly(2024, 5, 1), 1).Encode();
        await AssertBadRequestOnAfterAsync(await GetAsync(provider, "/api/operations?page=2&after=" + valid));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(provider, "/api/operations?after=" + valid)).StatusCode);
    }
}
