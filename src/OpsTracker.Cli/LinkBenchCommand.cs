using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Data;
using OpsTracker.Data.Linking;

namespace OpsTracker.Cli;

/// <summary>
/// <c>link-bench [--samples N] [--seed S] [--explain]</c>: how long linking one new report takes against what the configured
/// database holds (docs/benchmarks.md, "Event linking"). It picks N stored reports with operations at random (the seed
/// makes the pick repeatable) and, for each, runs the linker as the importer does after storing a report
/// (<see cref="EventLinker.LinkReportAsync"/>: candidate queries, scoring, events written), in a transaction it then
/// rolls back, so the database is left as it was. Prints the median, 95th percentile, maximum and mean, and the mean
/// time per report of each stage (<see cref="LinkingStage"/>) with the candidate rows read. With <c>--explain</c>, prints
/// the plan of the first picked report's candidate statements instead (<see cref="LinkingCandidates.ExplainAsync"/>).
/// </summary>
internal static class LinkBenchCommand
{
    public static Command Create()
    {
        var samples = new Option<int>("--samples") { Description = "How many reports to link (default 200).", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "The seed of the random pick (default 1).", DefaultValueFactory = _ => 1 };
        var explain = new Option<bool>("--explain") { Description = "Instead of timing, print the database's plan of the candidate statements of the first picked report." };
        var command = new Command("link-bench", "Time linking one report against the stored operations (rolled back; nothing is changed).") { samples, seed, explain };
        command.SetAction((parse, ct) => RunAsync(
            new ConfigurationBuilder().AddEnvironmentVariables().Build(), parse.GetValue(samples), parse.GetValue(seed), Console.Out, Console.Error, ct,
            parse.GetValue(explain)));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, int samples, int seed, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        bool explain = false)
    {
        if (samples < 1)
        {
            await error.WriteLineAsync("--samples must be at least 1.");
            return 2;
        }
        var services = new ServiceCollection().AddLogging().AddOpsTrackerData(configuration);
        await using var provider = services.BuildServiceProvider();
        await output.WriteLineAsync($"Database: {provider.GetRequiredService<DatabaseSettings>().Describe()}");
        await provider.MigrateOpsTrackerDatabaseAsync(cancellationToken);
        var factory = provider.GetRequiredService<IDbContextFactory<OpsTrackerDbContext>>();

        int operations;
        List<int> reportIds;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            operations = await db.Operations.CountAsync(cancellationToken);
            var maxId = await db.Reports.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
            var random = new Random(seed);
            reportIds = [];
            for (var tries = 0; reportIds.Count < samples && tries < samples * 50; tries++)
            {
                var id = random.Next(1, maxId + 1);
                if (!reportIds.Contains(id) && await db.Operations.AnyAsync(o => o.ReportId == id, cancellationToken))
                {
                    reportIds.Add(id);
                }
            }
        }
        if (reportIds.Count == 0)
        {
            await error.WriteLineAsync("No stored report has operations: load or generate some first.");
            return 1;
        }

        if (explain)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await output.WriteLineAsync($"Report {reportIds[0]}:");
            foreach (var plan in await LinkingCandidates.ExplainAsync(db, reportIds[0], cancellationToken))
            {
                await output.WriteLineAsync(plan);
            }
            return 0;
        }

        var measured = new List<(int ReportId, double Milliseconds, LinkingStageTimes Stages)>();
        foreach (var (reportId, i) in reportIds.Select((r, i) => (r, i)))
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var watch = new Stopwatch();
            var stages = new LinkingStageTimes();
            // PostgreSQL's retrying strategy wants a user transaction inside it, as the importer's is.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                watch.Restart();
                await EventLinker.LinkReportAsync(db, reportId, FormerEvents.None, DateTime.UtcNow, ct, stages);
                watch.Stop();
                await tx.RollbackAsync(ct);
            }, cancellationToken);
            if (i >= Math.Min(5, reportIds.Count - 1))
            {
                // The first few warm up the connection pool and EF's query cache.
                measured.Add((reportId, watch.Elapsed.TotalMilliseconds, stages));
            }
        }
        var times = measured.Select(m => m.Milliseconds).Order().ToList();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{operations:N0} operations stored; {times.Count} reports linked (after {reportIds.Count - times.Count} warm-up): median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms, mean {times.Average():0.0} ms"));
        // Where the mean goes: each stage's time per linked report (the stopwatch laps inside EventLinker).
        await output.WriteLineAsync("per report: " + Describe(measured.Select(m => m.Stages).ToList()));
        // What the slow tail is: the reports at or above the p95, each with its operations, candidate rows and stages.
        var p95 = times[(int)(times.Count * 0.95)];
        var tail = measured.Where(m => m.Milliseconds >= p95).OrderByDescending(m => m.Milliseconds).ToList();
        await output.WriteLineAsync($"the p95 tail ({tail.Count} reports), per report: " + Describe([.. tail.Select(m => m.Stages)]));
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            foreach (var (reportId, milliseconds, reportStages) in tail)
            {
                var ops = await db.Operations.CountAsync(o => o.ReportId == reportId, cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  report {reportId}: {milliseconds:0.0} ms, {ops} operations; {Describe([reportStages])}"));
            }
        }
        return 0;
    }

    /// <summary>Each stage's mean time over these reports, and their mean candidate rows and statements.</summary>
    private static string Describe(IReadOnlyList<LinkingStageTimes> stages) => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join(", ", Enum.GetValues<LinkingStage>().Select(s => $"{s.ToString().ToLowerInvariant()} {stages.Sum(t => t[s]) / stages.Count:0.0} ms"))}; {(double)stages.Sum(t => t.CandidateRows) / stages.Count:0} candidate rows in {(double)stages.Sum(t => t.CandidateStatements) / stages.Count:0.0} statements");
}
