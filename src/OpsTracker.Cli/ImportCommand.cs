using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Core.Domain;
using OpsTracker.Data;
using OpsTracker.Data.Seeding;
using Spectre.Console;

namespace OpsTracker.Cli;

/// <summary>
/// <c>import FILE|FOLDER</c>: stores reports and their extraction in the same database as the web app
/// (PostgreSQL when <c>ConnectionStrings__Postgres</c> is set, else the embedded SQLite), after applying pending
/// migrations. A file that cannot be read is named on stderr and stored as failed; the rest are imported; the exit
/// code is 1 when any failed.
/// </summary>
public static class ImportCommand
{
    public static Command Create() => Create(() => new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>The command over a given configuration (tests).</summary>
    public static Command Create(Func<IConfiguration> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = new Argument<string>("path") { Description = "A report file, or a folder whose *.txt reports (with optional <name>.json sidecars) are imported." };
        var command = new Command("import", "Store reports and what the extractor finds in them in the database.") { path };
        command.SetAction((parse, cancellationToken) => RunAsync(
            configuration(),
            parse.GetValue(path)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        IReadOnlyList<string> files;
        if (File.Exists(path))
        {
            files = [Path.GetFullPath(path)];
        }
        else if (Directory.Exists(path))
        {
            files = ReportImporter.FindReports(path);
        }
        else
        {
            await error.WriteLineAsync($"{path}: no such file or folder");
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddOpsTrackerData(configuration);
        await using var provider = services.BuildServiceProvider();
        await output.WriteLineAsync($"Database: {provider.GetRequiredService<DatabaseSettings>().Describe()}");
        await provider.MigrateOpsTrackerDatabaseAsync(cancellationToken);
        var importer = provider.GetRequiredService<ReportImporter>();

        var outcomes = new List<ImportOutcome>();
        var errors = new List<(string File, string Reason)>();
        async Task ImportOneAsync(string file)
        {
            try
            {
                outcomes.Add(await importer.ImportFileAsync(file, OpsTracker.Data.Review.ExtractionOverrides.Cli(Environment.UserName), cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add((Path.GetFileName(file), e.Message));
            }
        }

        if (files.Count > 1)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    await ImportOneAsync(file);
                    task.Increment(1);
                }
                task.Description = "Imported";
            });
        }
        else
        {
            foreach (var file in files)
            {
                await ImportOneAsync(file);
            }
        }

        foreach (var failed in outcomes.Where(o => o.Status == ReportStatus.Failed))
        {
            await error.WriteLineAsync($"{failed.FileName}: {failed.FailureReason}");
        }
        foreach (var (file, reason) in errors)
        {
            await error.WriteLineAsync($"{file}: not stored: {reason}");
        }
        var failedCount = outcomes.Count(o => o.Status == ReportStatus.Failed) + errors.Count;
        await output.WriteLineAsync(
            $"{files.Count} file(s): {outcomes.Count(o => o.Change == ImportChange.Added)} added, " +
            $"{outcomes.Count(o => o.Change == ImportChange.Replaced)} replaced, " +
            $"{outcomes.Count(o => o.Change == ImportChange.Unchanged)} unchanged, {failedCount} failed; " +
            $"{outcomes.Where(o => o.Status != ReportStatus.Failed).Sum(o => o.Operations)} operation(s), " +
            $"{outcomes.Where(o => o.Status != ReportStatus.Failed).Sum(o => o.Tallies)} tally(ies)");
        return failedCount > 0 ? 1 : 0;
    }
}
