using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data;
using OpsTracker.Data.Accounts;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Cli.Tests;

public sealed class UserCommandTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task User_add_reads_the_password_from_standard_input_and_gives_the_role(TestProvider provider)
    {
        var db = await databases.GetAsync(provider);
        var email = $"analyst-{Guid.NewGuid():N}@example.org";

        var (exit, output, error) = await RunAsync(db, "Correct-horse-1\n", "user", "add", email, "--role", "analyst");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains($"Added {email} as analyst.", output, StringComparison.Ordinal);
        await using var services = Services(db);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, "Correct-horse-1"));
        Assert.Equal(["analyst"], await users.GetRolesAsync(user));

        // The same address again is refused, and nothing changes.
        var (again, _, error2) = await RunAsync(db, "Another-pass-2\n", "user", "add", email, "--role", "admin");
        Assert.Equal(1, again);
        Assert.Contains("already an account", error2, StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task An_unknown_role_a_missing_password_or_a_weak_one_is_refused(TestProvider provider)
    {
        var db = await databases.GetAsync(provider);
        var (exit, _, error) = await RunAsync(db, "Correct-horse-1\n", "user", "add", "x@example.org", "--role", "owner");
        Assert.Equal((2, true), (exit, error.Contains("Unknown role 'owner'", StringComparison.Ordinal)));

        (exit, _, error) = await RunAsync(db, "", "user", "add", "x@example.org", "--role", "viewer");
        Assert.Equal((2, true), (exit, error.Contains("No password", StringComparison.Ordinal)));

        (exit, _, error) = await RunAsync(db, "short\n", "user", "add", "x@example.org", "--role", "viewer");
        Assert.Equal(1, exit);
        Assert.Contains("x@example.org: Passwords must be at least 8 characters", error, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(TestDatabase db) =>
        new ServiceCollection().AddLogging()
            .AddOpsTrackerData(new ConfigurationBuilder().AddInMemoryCollection([db.ConfigurationEntry]).Build())
            .AddOpsTrackerAccounts()
            .BuildServiceProvider();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase db, string stdin, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([db.ConfigurationEntry]).Build();
        var root = new RootCommand { UserCommand.Create(() => configuration, () => new StringReader(stdin)) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
