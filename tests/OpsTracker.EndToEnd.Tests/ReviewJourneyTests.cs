using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.EndToEnd.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace OpsTracker.EndToEnd.Tests;

/// <summary>
/// The review journey of issue 9 in a real Chromium: an analyst signs in, uploads a report, opens the review queue,
/// rejects an operation and corrects a figure with reasons; the timeline and the tallies CSV show the corrected figure;
/// the app is restarted (a new host on the same PostgreSQL database) and the report extracted again: the correction and
/// the rejection are still there, the operation's address still works, and the history names the analyst for both.
/// The report's official tally is corrected in the review queue (its period and a figure) and the tallies CSV reads the
/// corrected tally, then rejected on the report page, marked there and left out of the CSV; selecting a sentence of
/// the report text pre-fills the form to add a missed operation with its offsets and what the extractor reads there.
/// Once every operation and the tally are reviewed and the analyst says on the report page that nothing is missing,
/// "Measure now" on the review page scores the extractor against the analyst's reading and names the figures it misses
/// and adds. A viewer and an anonymous visitor see no write controls,
/// and the write API answers them 401 and 403.
/// </summary>
public sealed class ReviewJourneyTests : IAsyncLifetime
{
    private const string AnalystPassword = "Analyst-pass-1";
    private const string ViewerPassword = "Viewer-pass-1";

    // Invented sentences: an air strike that kills three and an arrest of two, both in Kirkuk, and an official tally of
    // 120 dead in 2023 for all Iraq.
    private const string ArrestSentence = "ألقت القوات الأمنية القبض على إرهابيين اثنين في قضاء الحويجة بمحافظة كركوك";
    private const string ReportText =
        "بغداد - أعلنت خلية الإعلام الأمني، الأحد، مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك.\n"
        + "وفي سياق منفصل، " + ArrestSentence + ".\n"
        + "وأعلنت قيادة العمليات المشتركة مقتل 120 إرهابيا خلال عام 2023.\n";

    private TestDatabase? _database;
    private ReportFolder? _seeds;
    private ReportFolder? _uploads;
    private JourneyHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (DashboardServer.SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(TestProvider.Postgres, migrate: false);
        _seeds = new ReportFolder();
        _uploads = new ReportFolder();
        _host = await JourneyHost.StartAsync(_database, _seeds.Path);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = DashboardServer.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [BrowserFact]
    public async Task An_analyst_reviews_and_corrects_and_it_all_survives_a_restart_and_re_extraction()
    {
        var analyst = await _host!.AddUserAsync("analyst-journey@example.org", AnalystPassword, Roles.Analyst);
        var viewer = await _host.AddUserAsync("viewer-journey@example.org", ViewerPassword, Roles.Viewer);
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();

        // Signs in, uploads the report with its publication date.
        await SignIn.AsAsync(page, _host.BaseUrl, analyst, AnalystPassword, "/reports/add");
        await page.Locator("[data-testid=add-published] input, input[data-testid=add-published]").FillAsync("2024-03-04");
        await page.Locator("[data-testid=add-published] input, input[data-testid=add-published]").PressAsync("Tab");
        var file = _uploads!.Write("journey-kirkuk.txt", ReportText);
        await page.Locator("input[type=file]").First.SetInputFilesAsync(file);
        var opened = page.Locator("[data-testid=add-results] a[href^='/reports/']").First;
        await Expect(opened).ToBeVisibleAsync();
        var reportId = int.Parse((await opened.GetAttributeAsync("href"))!["/reports/".Length..], CultureInfo.InvariantCulture);
        var (strikeId, arrestId) = await OperationsAsync(_host.BaseUrl, reportId);

        // The review queue: the arrest is rejected with a reason.
        await page.GotoAsync(_host.BaseUrl + "/review");
        await Circuit.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=review-reason] input, input[data-testid=review-reason]").FillAsync("A second telling of the same arrest");
        var arrestRow = page.Locator("[data-testid=review-queue] tr").Filter(new LocatorFilterOptions { Has = page.Locator($"a[href='/operations/{arrestId}']") });
        await arrestRow.Locator("[data-testid=review-reject]").ClickAsync();
        await Expect(arrestRow.Locator("[data-testid=review-state]")).ToHaveTextAsync("rejected");

        // From the queue to the air strike: its dead corrected from 3 to 5, with a reason.
        await page.Locator("[data-testid=review-queue] tr").Filter(new LocatorFilterOptions { Has = page.Locator($"a[href='/operations/{strikeId}']") })
            .Locator($"a[href='/operations/{strikeId}']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/operations/{strikeId}$"));
        await Circuit.WaitInteractiveAsync(page);
        var count = page.Locator("[data-testid=casualty-count-0] input, input[data-testid=casualty-count-0]");
        await Expect(count).ToHaveValueAsync("3");
        await count.FillAsync("5");
        await page.Locator("[data-testid=edit-reason] input, input[data-testid=edit-reason]").FillAsync("The ministry's later statement gives five dead");
        await page.Locator("[data-testid=edit-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=editor-state]")).ToHaveTextAsync("corrected");
        await Expect(KilledCell(page)).ToHaveTextAsync("5");

        // The timeline shows the corrected figure and leaves the rejected arrest out; the tallies CSV counts 5 dead.
        await page.GotoAsync(_host.BaseUrl + "/?province=IQ-KI&from=2024-03-01&to=2024-03-31");
        await Circuit.WaitInteractiveAsync(page);
        var strikeCard = page.Locator($"[data-testid=operation-row][data-operation-id='{strikeId}']");
        await Expect(strikeCard.Locator("[data-testid=figures]")).ToContainTextAsync("5");
        await Expect(page.Locator($"[data-testid=operation-row][data-operation-id='{arrestId}']")).ToHaveCountAsync(0);
        Assert.Equal(("5", "0", "1"), await TallyCsvAsync(page, "/tallies?province=IQ-KI&from=2024-01-01&to=2024-12-31"));

        // The official tally corrected in the review queue: its period ends in June, and it gave 125 dead, not 120.
        await page.GotoAsync(_host.BaseUrl + "/review");
        await Circuit.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=tally-queue] [data-testid=tally-correct]").ClickAsync();
        var editor = page.Locator("[data-testid=tally-queue] [data-testid=tally-editor]");
        await Expect(TallyField(editor, "tally-edit-period-start")).ToHaveValueAsync("2023-01-01");
        await TallyField(editor, "tally-edit-period-end").FillAsync("2023-06-30");
        await TallyField(editor, "tally-edit-killed").FillAsync("125");
        await TallyField(editor, "tally-edit-reason").FillAsync("The command's half-year statement gives 125");
        await editor.Locator("[data-testid=tally-edit-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=tally-queue] [data-testid=tally-state]")).ToHaveTextAsync("corrected");
        var official = (await TallyCsvRowAsync(page, "/tallies?from=2023-01-01&to=2023-12-31", "2023", "IQ"))!;
        Assert.Equal(("125", "2023-01-01", "2023-06-30"), (official["official_killed"], official["official_period_start"], official["official_period_end"]));

        // Rejected on the report page: marked there, struck through, and gone from the tallies CSV.
        await page.GotoAsync($"{_host.BaseUrl}/reports/{reportId}");
        await Circuit.WaitInteractiveAsync(page);
        var tally = page.Locator("[data-testid=report-tally]");
        await Expect(tally).ToHaveAttributeAsync("data-state", "corrected");
        await tally.Locator("[data-testid=report-tally-review-toggle]").ClickAsync();
        await TallyField(tally, "tally-edit-reason").FillAsync("A half-year figure, not the year's tally");
        await tally.Locator("[data-testid=tally-edit-reject]").ClickAsync();
        await Expect(tally).ToHaveAttributeAsync("data-state", "rejected");
        await Expect(tally.Locator("[data-testid=report-tally-state]")).ToHaveTextAsync("rejected");
        await Expect(tally.Locator("s[data-testid=report-tally-text]")).ToContainTextAsync("125");
        Assert.Null(await TallyCsvRowAsync(page, "/tallies?from=2023-01-01&to=2023-12-31", "2023", "IQ", required: false));

        // Every operation and the tally reviewed, the analyst says on the report page that nothing it tells is missing.
        await page.GotoAsync($"{_host.BaseUrl}/reports/{reportId}");
        await Circuit.WaitInteractiveAsync(page);
        var completion = page.Locator("[data-testid=report-completion]");
        await Expect(completion).ToHaveAttributeAsync("data-complete", "false");
        await completion.Locator("[data-testid=report-completion-reason] input, input[data-testid=report-completion-reason]").FillAsync("Read it through: two operations and a tally");
        await completion.Locator("[data-testid=report-completion-mark]").ClickAsync();
        await Expect(completion).ToHaveAttributeAsync("data-complete", "true");
        await Expect(completion.Locator("[data-testid=report-completion-state]")).ToContainTextAsync(analyst);
        await completion.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "report-completion");

        // The review page scores the extractor against the analyst's reading.
        // It reads 3 dead where the analyst says 5, and the arrest and the tally the analyst rejected.
        await page.GotoAsync(_host.BaseUrl + "/review");
        await Circuit.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=review-accuracy-measure]").ClickAsync();
        var accuracy = page.Locator("[data-testid=review-accuracy]");
        await Expect(accuracy.Locator("[data-testid=review-accuracy-reports]")).ToContainTextAsync("1 of 1 extracted reports reviewed whole");
        await Expect(accuracy.Locator("[data-testid=review-accuracy-figures]")).ToContainTextAsync("(0 right of 2 read, 1 in your reviews)");
        await Expect(accuracy.Locator("[data-testid=review-accuracy-missed]")).ToHaveTextAsync("ISIS · killed 5 · IQ-KI");
        await Expect(accuracy.Locator("[data-testid=review-accuracy-extra]")).ToHaveTextAsync("ISIS · killed 3 · IQ-KI, ISIS · arrested 2 · IQ-KI, Tally · 120 killed");
        await accuracy.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "review-accuracy");

        // Adding a missed operation: the arrest sentence selected in the report text pre-fills the form.
        await page.GotoAsync($"{_host.BaseUrl}/reports/{reportId}");
        await Circuit.WaitInteractiveAsync(page);
        // The interactive page has read the report (its text and the form are shown) before the text is selected.
        await Expect(page.Locator(".report-text")).ToContainTextAsync(ArrestSentence);
        await Expect(page.Locator("[data-testid=add-take-selection]")).ToBeVisibleAsync();
        await page.EvaluateAsync(
            """
            sentence => {
                const text = document.querySelector('.report-text').firstChild;
                const start = text.data.indexOf(sentence);
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + sentence.length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
            }
            """, ArrestSentence);
        await page.Locator("[data-testid=add-take-selection]").ClickAsync();
        await Expect(page.Locator("[data-testid=add-prefill]")).ToContainTextAsync("Pre-filled");
        var arrestStart = ReportText.IndexOf(ArrestSentence, StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=add-start] input, input[data-testid=add-start]")).ToHaveValueAsync(arrestStart.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=add-end] input, input[data-testid=add-end]")).ToHaveValueAsync((arrestStart + ArrestSentence.Length).ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=add-arrested] input, input[data-testid=add-arrested]")).ToHaveValueAsync("2");
        await Expect(page.Locator("[data-testid=add-evidence]")).ToHaveTextAsync(ArrestSentence);

        // Restart: a new host on the same database; then the report is extracted again with another publication date.
        await _host.DisposeAsync();
        _host = await JourneyHost.StartAsync(_database!, _seeds!.Path);
        await page.GotoAsync($"{_host.BaseUrl}/reports/{reportId}");
        await Circuit.WaitInteractiveAsync(page);
        if (await page.Locator("[data-testid=publication-form]").CountAsync() == 0)
        {
            await SignIn.AsAsync(page, _host.BaseUrl, analyst, AnalystPassword, $"/reports/{reportId}");
        }
        var picker = page.Locator("[data-testid=published-picker] input, input[data-testid=published-picker]");
        await picker.FillAsync("2024-03-11");
        await picker.PressAsync("Tab");
        await page.Locator("[data-testid=published-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=published]")).ToContainTextAsync("2024");
        // Stored by the upload, then extracted again: two imports in the report's history, both by the analyst.
        await Expect(page.Locator("[data-testid=report-history] tr").Filter(new LocatorFilterOptions { HasText = "report.import" })).ToHaveCountAsync(2);

        // The same addresses still work; the correction and the rejections are still there, the tally's too.
        await Expect(page.Locator("[data-testid=report-tally]")).ToHaveAttributeAsync("data-state", "rejected");
        Assert.Equal((strikeId, arrestId), await OperationsAsync(_host.BaseUrl, reportId));
        await page.GotoAsync($"{_host.BaseUrl}/operations/{strikeId}");
        await Circuit.WaitInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=editor-state]")).ToHaveTextAsync("corrected");
        await Expect(page.Locator("[data-testid=casualty-count-0] input, input[data-testid=casualty-count-0]")).ToHaveValueAsync("5");
        await Expect(KilledCell(page)).ToHaveTextAsync("5");
        await Expect(page.Locator("[data-testid=operation-history]")).ToContainTextAsync(analyst);
        await Expect(page.Locator("[data-testid=operation-history]")).ToContainTextAsync("The ministry's later statement gives five dead");
        await page.GotoAsync($"{_host.BaseUrl}/operations/{arrestId}");
        await Circuit.WaitInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=editor-state]")).ToHaveTextAsync("rejected");
        await Expect(page.Locator("[data-testid=operation-history]")).ToContainTextAsync(analyst);
        await Expect(page.Locator("[data-testid=operation-history]")).ToContainTextAsync("A second telling of the same arrest");
        Assert.Equal(("5", "0", "1"), await TallyCsvAsync(page, "/tallies?province=IQ-KI&from=2024-01-01&to=2024-12-31"));

        // The report's history shows both changes with the analyst's name.
        await page.GotoAsync($"{_host.BaseUrl}/reports/{reportId}");
        await Circuit.WaitInteractiveAsync(page);
        var history = page.Locator("[data-testid=report-history]");
        await Expect(history.Locator("tr").Filter(new LocatorFilterOptions { HasText = "operation.correct" })).ToContainTextAsync(analyst);
        await Expect(history.Locator("tr").Filter(new LocatorFilterOptions { HasText = "operation.review" })).ToContainTextAsync(analyst);
        await context.CloseAsync();

        // A viewer and an anonymous visitor see no write controls.
        foreach (var who in new[] { viewer, null })
        {
            var other = await NewContextAsync();
            var otherPage = await other.NewPageAsync();
            if (who is not null)
            {
                await SignIn.AsAsync(otherPage, _host.BaseUrl, who, ViewerPassword, $"/operations/{strikeId}");
            }
            else
            {
                await otherPage.GotoAsync($"{_host.BaseUrl}/operations/{strikeId}");
                await Circuit.WaitInteractiveAsync(otherPage);
            }
            await Expect(otherPage.Locator("[data-testid=operation-fields]")).ToBeVisibleAsync();
            await Expect(otherPage.Locator("[data-testid=operation-editor]")).ToHaveCountAsync(0);
            await otherPage.GotoAsync($"{_host.BaseUrl}/reports/{reportId}");
            await Circuit.WaitInteractiveAsync(otherPage);
            await Expect(otherPage.Locator("[data-testid=report-fields]")).ToBeVisibleAsync();
            await Expect(otherPage.Locator("[data-testid=publication-form]")).ToHaveCountAsync(0);
            await Expect(otherPage.Locator("[data-testid=add-operation]")).ToHaveCountAsync(0);
            await other.CloseAsync();
        }

        // ... and the write API answers them 401 (anonymous) and 403 (viewer), tallies included.
        using var anonymous = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        using var viewerClient = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        var login = await viewerClient.PostAsJsonAsync("/api/auth/login", new { email = viewer, password = ViewerPassword });
        using (var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()))
        {
            viewerClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        }
        foreach (var (client, status) in new[] { (anonymous, HttpStatusCode.Unauthorized), (viewerClient, HttpStatusCode.Forbidden) })
        {
            Assert.Equal(status, (await client.PatchAsync($"/api/operations/{strikeId}", Json(new { kind = "raid", reason = "x" }))).StatusCode);
            Assert.Equal(status, (await client.PostAsync($"/api/operations/{strikeId}/review", Json(new { state = "confirmed", reason = "x" }))).StatusCode);
            Assert.Equal(status, (await client.PatchAsync("/api/tallies/1", Json(new { killed = 1, reason = "x" }))).StatusCode);
            Assert.Equal(status, (await client.PostAsync("/api/tallies/1/review", Json(new { state = "confirmed", reason = "x" }))).StatusCode);
            Assert.Equal(status, (await client.PostAsync("/api/reports", Json(new { fileName = "x.txt", text = "نص" }))).StatusCode);
            Assert.Equal(status, (await client.PostAsync($"/api/reports/{reportId}/operations", Json(new { evidenceStart = 0, evidenceEnd = 3, kind = "raid", reason = "x" }))).StatusCode);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _seeds?.Dispose();
        _uploads?.Dispose();
    }

    private static ILocator KilledCell(IPage page) =>
        page.Locator("[data-testid=operation-fields] tr").Filter(new LocatorFilterOptions { Has = page.Locator("th", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^Killed$") }) }).Locator("td");

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    /// <summary>The report's air strike and arrest, by the public API (reading is open).</summary>
    private static async Task<(int Strike, int Arrest)> OperationsAsync(string baseUrl, int reportId)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var report = JsonDocument.Parse(await client.GetStringAsync($"/api/reports/{reportId}"));
        var ops = report.RootElement.GetProperty("operations").EnumerateArray().ToList();
        return (ops.Single(o => o.GetProperty("kind").GetString() == "airstrike").GetProperty("id").GetInt32(),
            ops.Single(o => o.GetProperty("kind").GetString() == "arrest").GetProperty("id").GetInt32());
    }

    /// <summary>Downloads the tallies CSV from the tallies page; Kirkuk's 2024 row: killed, arrested, operations.</summary>
    private async Task<(string Killed, string Arrested, string Operations)> TallyCsvAsync(IPage page, string path)
    {
        var row = (await TallyCsvRowAsync(page, path, "2024", "IQ-KI"))!;
        return (row["killed"], row["arrested"], row["operations"]);
    }

    /// <summary>Downloads the tallies CSV from the tallies page: the row of a year and scope, by column (null when none and not required).</summary>
    private async Task<Dictionary<string, string>?> TallyCsvRowAsync(IPage page, string path, string year, string province, bool required = true)
    {
        await page.GotoAsync(_host!.BaseUrl + path);
        await Circuit.WaitInteractiveAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-tallies").ClickAsync());
        using var reader = new StreamReader(await download.PathAsync(), Encoding.UTF8);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
        {
            if (csv.GetField("year") == year && csv.GetField("province_code") == province)
            {
                return csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? "");
            }
        }
        return required ? throw new Xunit.Sdk.XunitException($"No {year} row for {province} in the tallies CSV.") : null;
    }

    /// <summary>An input of the tally editor inside <paramref name="scope"/>.</summary>
    private static ILocator TallyField(ILocator scope, string testId) =>
        scope.Locator($"[data-testid={testId}] input, input[data-testid={testId}]");

    /// <summary>The app on a real port, on the given database, with no seeds of its own; a second one is a restart.</summary>
    private sealed class JourneyHost : IAsyncDisposable
    {
        private readonly Factory _factory;

        private JourneyHost(Factory factory, string baseUrl)
        {
            _factory = factory;
            BaseUrl = baseUrl;
        }

        public string BaseUrl { get; }

        public static async Task<JourneyHost> StartAsync(TestDatabase database, string seeds)
        {
            var factory = new Factory(new Dictionary<string, string?>
            {
                [database.ConfigurationEntry.Key] = database.ConfigurationEntry.Value,
                [SeedsFolder.ConfigurationKey] = seeds,
                ["OpsTracker:Admin:Email"] = DashboardServer.AdminEmail,
                ["OpsTracker:Admin:Password"] = DashboardServer.AdminPassword,
            });
            factory.UseKestrel(0);
            factory.StartServer();
            var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
                .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            await factory.Services.GetRequiredService<SeedingStatus>().Completion.WaitAsync(TimeSpan.FromMinutes(2));
            return new JourneyHost(factory, baseUrl);
        }

        public async Task<string> AddUserAsync(string email, string password, string role)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(email, password, role);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            return email;
        }

        public ValueTask DisposeAsync() => _factory.DisposeAsync();

        private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                builder.UseEnvironment("Development");
                builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
                foreach (var (key, value) in settings)
                {
                    builder.UseSetting(key, value);
                }
            }
        }
    }
}
