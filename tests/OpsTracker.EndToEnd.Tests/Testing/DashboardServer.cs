using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.EndToEnd.Tests.Testing;

/// <summary>
/// The dashboard on a real port (Kestrel), on a PostgreSQL test database seeded from the project's seeds/ by the real
/// extractor, and a headless Chromium (/usr/bin/chromium; never a downloaded browser) driven by Playwright.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "Admin-pass-1";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private TestDatabase? _database;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services, for a test to put back what it changed if it fails half way.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The dashboard is not running.");

    /// <summary>Why browser tests are skipped (no PostgreSQL, no Chromium); null when they run. Never skipped under CI=true.</summary>
    public static string? SkipReason =>
        PostgresServer.SkipReason ?? (File.Exists(ChromiumPath) || PostgresServer.IsCi
            ? null
            : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium); .ci/run installs it.");

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        _database = await TestDatabase.CreateAsync(TestProvider.Postgres, migrate: false);
        _factory = new Factory(new Dictionary<string, string?>
        {
            [_database.ConfigurationEntry.Key] = _database.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = SeedsFolder.Locate(null, AppContext.BaseDirectory),
            ["OpsTracker:Admin:Email"] = AdminEmail,
            ["OpsTracker:Admin:Password"] = AdminPassword,
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        await _factory.Services.GetRequiredService<SeedingStatus>().Completion.WaitAsync(TimeSpan.FromMinutes(2));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies and storage) with a desktop viewport, and a page in it; in Arabic (the
    /// culture cookie the language switch sets) and in dark mode (the browser's stored choice) when asked.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool arabic = false, bool dark = false, int width = 1400, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(20_000);
        if (arabic)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=ar-IQ|uic=ar-IQ", Url = BaseUrl }]);
        }
        if (dark)
        {
            await context.AddInitScriptAsync("window.localStorage.setItem('opstracker-dark', '1');");
        }
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

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

/// <summary>The browser test classes share one dashboard (one database, one seeding, one Chromium).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "Dashboard";
}

/// <summary>A browser journey: needs PostgreSQL and Chromium; skipped with the reason without them (never under CI=true).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = DashboardServer.SkipReason;
    }
}

/// <summary>
/// The README's screenshots. Every run takes them into TestResults/screenshots/; they are written to docs/screenshots/
/// when that folder lacks them or when OPSTRACKER_UPDATE_SCREENSHOTS=1, so test runs do not leave the working tree dirty
/// with images that differ only by a subpixel.
/// </summary>
public static class Screenshots
{
    public const string UpdateVariable = "OPSTRACKER_UPDATE_SCREENSHOTS";

    /// <summary>The repository the tests run from (the folder of OpsTracker.sln).</summary>
    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpsTracker.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("No OpsTracker.sln above " + AppContext.BaseDirectory);
        }
    }

    public static string ReadmeFolder => Path.Combine(Repository, "docs", "screenshots");

    public static string RunFolder => Path.Combine(Repository, "TestResults", "screenshots");

    /// <summary>Saves the viewport as NAME.png (no animation, caret or hover effect).</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        // The pointer rests on the app bar's title, which has no hover effect.
        await page.GetByText("OpsTracker", new PageGetByTextOptions { Exact = true }).HoverAsync();
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
        Directory.CreateDirectory(RunFolder);
        await File.WriteAllBytesAsync(Path.Combine(RunFolder, name + ".png"), bytes);
        var readme = Path.Combine(ReadmeFolder, name + ".png");
        if (!File.Exists(readme) || Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(ReadmeFolder);
            await File.WriteAllBytesAsync(readme, bytes);
        }
    }

    /// <summary>
    /// Runs a journey; when it fails, keeps a screenshot and the page's HTML in TestResults/ (beside the TRX files) to
    /// see what the browser saw, and fails with the original error.
    /// </summary>
    public static async Task OnFailureKeepAsync(IPage page, string name, Func<Task> journey)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(journey);
        try
        {
            await journey();
        }
        catch (Exception)
        {
            var folder = Path.Combine(Repository, "TestResults");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-failure.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, name + "-failure.html"), await page.ContentAsync());
            throw;
        }
    }
}
