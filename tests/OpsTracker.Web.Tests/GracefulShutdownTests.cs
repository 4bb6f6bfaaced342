using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>
/// Stopping the app (what SIGTERM does) while a report is in hand: seeding stops within the shutdown time-out, the
/// report is stored whole or not at all, and the next start loads every file exactly once.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Stopping_during_seeding_keeps_whole_reports_and_the_next_start_loads_the_rest(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        using var seeds = new ReportFolder();
        for (var i = 0; i < 5; i++)
        {
            seeds.Write($"r{i}.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", i, $"قتل {i} إرهابيين")
                + "\n" + FakeExtractor.Line("IQ-KI", "arrest", "2024-05-02", 0, "القبض على إرهابي")
                + (i == 2 ? "\n" + GatedExtractor.GateMark : ""));
        }
        var settings = new Dictionary<string, string?>
        {
            [database.ConfigurationEntry.Key] = database.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = seeds.Path,
        };

        var extractor = new GatedExtractor();
        var first = new OpsTrackerWebFactory(settings, extractor);
        _ = first.Server;
        await extractor.Reached.WaitAsync(TimeSpan.FromMinutes(1));
        var clock = Stopwatch.StartNew();
        var seeding = first.Seeding;
        var stopping = first.DisposeAsync().AsTask(); // the host stops as on SIGTERM: seeding's token is cancelled
        // Released only once seeding's token is cancelled: released earlier, seeding could run through the files left
        // before the host got to cancelling it (it did, on a slow CI run).
        await seeding.Stopping.WaitAsync(TimeSpan.FromSeconds(30));
        extractor.Release(); // the report in hand finishes extracting; its store is cancelled or completes whole
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        var stopped = clock.Elapsed;
        Assert.True(seeding.IsCompleted);
        Assert.True(stopped < TimeSpan.FromSeconds(15), $"stopping took {stopped}"); // the app's bound is 10 s

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var reports = await db.Reports.Include(r => r.Operations).ToListAsync();
            Assert.InRange(reports.Count, 2, 3); // r0 and r1, and r2 only if its transaction committed before the stop
            Assert.All(reports, r => Assert.Equal(2, r.Operations.Count)); // whole reports only
        }

        await using var second = new OpsTrackerWebFactory(settings, new FakeExtractor());
        await second.WaitForSeedingAsync();
        Assert.Equal((5, 5, 0), (second.Seeding.Total, second.Seeding.Loaded, second.Seeding.Failed));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            Assert.Equal(5, await db.Reports.CountAsync(r => r.Status == ReportStatus.Extracted));
            Assert.Equal(10, await db.Operations.CountAsync());
        }
    }
}
