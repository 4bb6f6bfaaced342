using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data;
using OpsTracker.Data.Generation;

namespace OpsTracker.Cli;

/// <summary>
/// <c>generate --operations N [--seed S] [--until YYYY-MM-DD]</c>: adds N synthetic operations, with their reports,
/// casualties, hideouts and yearly official tallies, to the same database as the web app (after applying pending
/// migrations). One seed gives the same rows every time; running a seed again replaces its earlier rows. Synthetic
/// reports are named <c>synthetic/&lt;seed&gt;/&lt;n&gt;.txt</c> and have the extractor version <c>synthetic</c>.
/// </summary>
public static class GenerateCommand
{
    public static Command Create() => Create(() => new ConfigurationBuilder().AddEnvironmentVariables().Build(), TimeProvider.System);

    /// <summary>The command over a given configuration and clock (tests).</summary>
    public static Command Create(Func<IConfiguration> configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(time);
        var operations = new Option<int>("--operations")
        {
            Description = "How many operations to generate.",
            Required = true,
        };
        operations.Validators.Add(result =>
        {
            if (Integer(result) is { } n && (n < 1 || n > GenerationOptions.MaxOperations))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--operations must be from 1 to {GenerationOptions.MaxOperations:N0}."));
            }
        });
        var seed = new Option<int?>("--seed")
        {
            Description = "The random seed: the same seed gives the same rows. Default: a random seed, printed.",
        };
        seed.Validators.Add(result =>
        {
            if (Integer(result) is < 0)
            {
                result.AddError("--seed must be 0 or more.");
            }
        });
        var until = new Option<string?>("--until")
        {
            Description = "The last date operations may fall on, YYYY-MM-DD. Default: today (UTC).",
        };
        until.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } value)
            {
                return;
            }
            if (ParseDate(value) is not { } date)
            {
                result.AddError($"--until: '{value}' is not a date of the form YYYY-MM-DD.");
            }
            else if (date < GenerationOptions.EarliestUntil)
            {
                result.AddError($"--until must be on or after {GenerationOptions.EarliestUntil:yyyy-MM-dd}.");
            }
        });

        var command = new Command("generate", "Add synthetic operations (with reports, casualties, hideouts and official tallies) to the database.")
        {
            operations,
            seed,
            until,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var now = time.GetUtcNow();
            var options = new GenerationOptions(
                parse.GetValue(operations),
                parse.GetValue(seed) ?? Random.Shared.Next(0, int.MaxValue),
                parse.GetValue(until) is { } u ? ParseDate(u)!.Value : DateOnly.FromDateTime(now.UtcDateTime),
                now.UtcDateTime);
            return RunAsync(configuration(), options, parse.InvocationConfiguration.Output, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, GenerationOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var services = new ServiceCollection().AddLogging().AddOpsTrackerData(configuration);
        await using var provider = services.BuildServiceProvider();
        await output.WriteLineAsync($"Database: {provider.GetRequiredService<DatabaseSettings>().Describe()}");
        await provider.MigrateOpsTrackerDatabaseAsync(cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generating {options.Operations} operations with seed {options.Seed}, dated {SyntheticData.FirstDate:yyyy-MM-dd} to {options.Until:yyyy-MM-dd}"));

        var writer = new SyntheticDataWriter(provider.GetRequiredService<IDbContextFactory<OpsTrackerDbContext>>());
        var summary = await writer.WriteAsync(options, cancellationToken);
        if (summary.ReplacedReports > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"replaced {summary.ReplacedReports} report(s) an earlier run of seed {summary.Seed} had written"));
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wrote {summary.Operations} operations, {summary.Casualties} casualties, {summary.Hideouts} hideouts, " +
            $"{summary.Reports} reports, {summary.Tallies} tallies in {summary.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    /// <summary>The option's value when it is a whole number; otherwise null, and the parser reports the bad value itself.</summary>
    private static int? Integer(OptionResult result) =>
        result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
