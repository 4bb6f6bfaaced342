using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data;
using OpsTracker.Data.Accounts;

namespace OpsTracker.Cli;

/// <summary>
/// <c>user add EMAIL --role viewer|analyst|admin</c>: creates an account in the same database as the web app (pending
/// migrations applied first), its password read from the first line of standard input so it stays out of the shell's
/// history and the process list: <c>echo "$PASSWORD" | opstracker user add a@example.org --role analyst</c>.
/// </summary>
public static class UserCommand
{
    public static Command Create() => Create(() => new ConfigurationBuilder().AddEnvironmentVariables().Build(), () => Console.In);

    /// <summary>The command over a given configuration and standard input (tests).</summary>
    public static Command Create(Func<IConfiguration> configuration, Func<TextReader> input)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(input);
        var email = new Argument<string>("email") { Description = "The account's e-mail address, also its user name." };
        var role = new Option<string>("--role")
        {
            Description = $"One of {string.Join(", ", Roles.All)}.",
            Required = true,
        };
        var add = new Command("add", "Add an account; its password is read from standard input.") { email, role };
        add.SetAction((parse, cancellationToken) => AddAsync(
            configuration(),
            parse.GetValue(email)!,
            parse.GetValue(role)!,
            input(),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return new Command("user", "Manage the accounts that sign in to the dashboard and the API.") { add };
    }

    public static async Task<int> AddAsync(
        IConfiguration configuration, string email, string role, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Roles.Parse(role) is null)
        {
            await error.WriteLineAsync($"Unknown role '{role}': use one of {string.Join(", ", Roles.All)}.");
            return 2;
        }
        var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password on standard input: pipe it in, e.g. echo \"$PASSWORD\" | ... user add EMAIL --role ROLE");
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddOpsTrackerData(configuration).AddOpsTrackerAccounts();
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateOpsTrackerDatabaseAsync(cancellationToken);
        await using var scope = provider.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(email, password, role);
        if (!result.Succeeded)
        {
            foreach (var reason in result.Errors)
            {
                await error.WriteLineAsync($"{email}: {reason}");
            }
            return 1;
        }
        await output.WriteLineAsync($"Added {email.Trim()} as {Roles.Parse(role)}.");
        return 0;
    }
}
