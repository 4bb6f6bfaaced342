using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Seeding;

/// <summary>Two app instances starting at once against one PostgreSQL database.</summary>
public sealed class ConcurrentSeedingTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [PostgresFact]
    public async Task Two_instances_seeding_at_once_load_each_report_once()
    {
        var db = fixture.Database;
        using var folder = new ReportFolder();
        for (var round = 0; round < 3; round++)
        {
            // Round 0 adds every file; later rounds change some, so both instances race to replace them too.
            for (var i = 0; i < 8; i++)
            {
                var killed = i % 2 == 0 ? round : 0;
                folder.Write($"r{i:00}.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", killed, $"تقرير {i}") + "\n" + FakeExtractor.Line("IQ-AN", "search", "2024-05-02", 1, "تفتيش"));
            }
            folder.WriteBytes("bad-empty.txt", []);

            var instances = Enumerable.Range(0, 2).Select(_ =>
            {
                // Each instance has its own factory, connection pool and status, as two processes would.
                var factory = OpsTrackerDbContextFactory.Create(db.Settings);
                var status = new SeedingStatus();
                var importer = new ReportImporter(factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
                return (Service: new SeedingService(new SeedingOptions(folder.Path), importer, status, NullLogger<SeedingService>.Instance), Status: status);
            }).ToList();

            await Task.WhenAll(instances.Select(i => i.Service.StartAsync(CancellationToken.None)));
            await Task.WhenAll(instances.Select(i => i.Status.Completion)).WaitAsync(TimeSpan.FromMinutes(2));
            foreach (var (service, status) in instances)
            {
                await service.StopAsync(CancellationToken.None);
                service.Dispose();
                Assert.Equal((9, 8, 1), (status.Total, status.Loaded, status.Failed));
            }

            await using var context = await db.Factory.CreateDbContextAsync();
            Assert.Equal(9, await context.Reports.CountAsync());
            Assert.Equal(16, await context.Operations.CountAsync());
            Assert.Equal(1, await context.Reports.CountAsync(r => r.Status == ReportStatus.Failed));
            var killed0 = await context.Casualties.Where(c => c.Operation!.Report!.FileName == "r00.txt" && c.Operation.Kind == OperationKind.Raid).Select(c => c.Count).SingleAsync();
            Assert.Equal(round, killed0);
        }
    }
}
