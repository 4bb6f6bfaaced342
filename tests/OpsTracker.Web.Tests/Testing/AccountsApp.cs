using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Web.Tests.Testing;

/// <summary>
/// The web app with accounts, on its own database (migrated by the app's startup), over seeds written by the test and
/// read by <see cref="FakeExtractor"/>: one report <c>a.txt</c> with one operation in Nineveh. The first admin comes
/// from configuration, as <c>OpsTracker__Admin__Email</c> and <c>OpsTracker__Admin__Password</c> would give it.
/// </summary>
public sealed class AccountsApp : IAsyncDisposable
{
    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "Admin-pass-1";
    public const string Password = "User-pass-1";

    private AccountsApp(TestDatabase database, ReportFolder seeds, OpsTrackerWebFactory factory)
    {
        Database = database;
        Seeds = seeds;
        Factory = factory;
    }

    public TestDatabase Database { get; }
    public ReportFolder Seeds { get; }
    public OpsTrackerWebFactory Factory { get; }

    public static async Task<AccountsApp> StartAsync(TestProvider provider, bool anonymousRead = true)
    {
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var seeds = new ReportFolder();
        seeds.Write("a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتلت قواتنا ثلاثة إرهابيين في بادوش"));
        var factory = new OpsTrackerWebFactory(
            new Dictionary<string, string?>
            {
                [database.ConfigurationEntry.Key] = database.ConfigurationEntry.Value,
                ["OpsTracker:SeedsPath"] = seeds.Path,
                ["OpsTracker:Admin:Email"] = AdminEmail,
                ["OpsTracker:Admin:Password"] = AdminPassword,
                ["OpsTracker:Auth:AnonymousRead"] = anonymousRead ? "true" : "false",
            },
            new FakeExtractor());
        await factory.WaitForSeedingAsync();
        return new AccountsApp(database, seeds, factory);
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Adds an account with <see cref="Password"/> and this role; returns its e-mail.</summary>
    public async Task<string> AddUserAsync(string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        await using var scope = Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(email, Password, role);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return email;
    }

    /// <summary>POST /api/auth/login; the bearer token, or null with the status when refused.</summary>
    public async Task<(string? Token, System.Net.HttpStatusCode Status)> LoginAsync(string email, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            return (null, response.StatusCode);
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("accessToken").GetString(), response.StatusCode);
    }

    /// <summary>A client sending this account's bearer token.</summary>
    public async Task<HttpClient> ClientAsAsync(string email, string password = Password)
    {
        var (token, status) = await LoginAsync(email, password);
        Assert.True(token is not null, $"login of {email} answered {status}");
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Factory.DisposeAsync();
        }
        catch (AggregateException e)
        {
            // Stopping the host on a loaded machine can time out a background service's stop; the app is gone either
            // way and the tests of this class have their results. Say so rather than fail the class cleanup.
            Console.Error.WriteLine($"AccountsApp ({Database.Provider}): the host stopped with {e.GetBaseException().GetType().Name}: {e.GetBaseException().Message}");
        }
        Seeds.Dispose();
        await Database.DisposeAsync();
    }
}

/// <summary>A class fixture: one <see cref="AccountsApp"/> per provider (reading open), started on first use.</summary>
public sealed class AccountsApps : IAsyncLifetime
{
    private readonly Dictionary<TestProvider, Task<AccountsApp>> _apps = [];
    private readonly Lock _gate = new();

    public Task<AccountsApp> GetAsync(TestProvider provider)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                app = AccountsApp.StartAsync(provider);
                _apps[provider] = app;
            }
            return app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            if (app.IsCompletedSuccessfully)
            {
                await app.Result.DisposeAsync();
            }
        }
    }
}
