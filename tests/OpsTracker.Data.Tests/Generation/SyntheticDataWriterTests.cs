using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Generation;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Generation;

public sealed class SyntheticDataWriterTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Writes_the_asked_operations_and_reads_back_exactly_what_was_generated(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        // Small batches, so that several COPY rounds (and key reservations) or SaveChanges rounds run.
        var writer = new SyntheticDataWriter(db.Factory) { CopyBatchReports = 100, SaveChangesBatchReports = 100 };

        var summary = await writer.WriteAsync(GeneratedRows.Options(1_500, seed: 11));

        var expected = GeneratedRows.Generate(1_500, seed: 11);
        Assert.Equal(1_500, summary.Operations);
        Assert.Equal(expected.Count, summary.Reports);
        Assert.Equal(expected.Sum(r => r.Tallies.Count), summary.Tallies);
        Assert.Equal(0, summary.ReplacedReports);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal(1_500, await context.Operations.CountAsync());
        Assert.Equal(summary.Casualties, await context.Casualties.CountAsync());
        Assert.Equal(summary.Hideouts, await context.Hideouts.CountAsync());
        Assert.Equal(summary.Reports, await context.Reports.CountAsync());
        Assert.Equal(summary.Tallies, await context.ReportedTallies.CountAsync());
        // Generated rows carry the default confidence, whether COPY (column default) or SaveChanges wrote them.
        Assert.Equal([1.0], await context.Operations.Select(o => EF.Property<double>(o, "Confidence")).Distinct().ToListAsync());
        Assert.Equal([1.0], await context.Casualties.Select(c => EF.Property<double>(c, "Confidence")).Distinct().ToListAsync());
        Assert.Equal([1.0], await context.ReportedTallies.Select(t => EF.Property<double>(t, "Confidence")).Distinct().ToListAsync());

        var stored = await GeneratedRows.ReadAsync(db.Factory, seed: 11);
        Assert.Equal(GeneratedRows.Lines(expected), GeneratedRows.Lines(stored));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Running_a_seed_again_replaces_its_rows_and_leaves_other_reports_alone(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            context.Reports.Add(new Report
            {
                FileName = "real.txt",
                ContentHash = new string('a', 64),
                IngestedAtUtc = DateTime.UtcNow,
                Status = ReportStatus.Extracted,
                ExtractorVersion = "1.0.0",
                Operations = [new Operation { ProvinceCode = "IQ-KI", Kind = OperationKind.Raid, EvidenceText = "real" }],
            });
            await context.SaveChangesAsync();
        }
        var writer = new SyntheticDataWriter(db.Factory);

        var first = await writer.WriteAsync(GeneratedRows.Options(300, seed: 5));
        var firstRows = GeneratedRows.Lines(await GeneratedRows.ReadAsync(db.Factory, seed: 5));
        var again = await writer.WriteAsync(GeneratedRows.Options(300, seed: 5));
        var againRows = GeneratedRows.Lines(await GeneratedRows.ReadAsync(db.Factory, seed: 5));
        var other = await writer.WriteAsync(GeneratedRows.Options(200, seed: 6));

        Assert.Equal(first.Reports, again.ReplacedReports);
        Assert.Equal(firstRows, againRows);
        Assert.Equal(0, other.ReplacedReports);
        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(1 + 300 + 200, await check.Operations.CountAsync());
        Assert.Equal(1 + first.Reports + other.Reports, await check.Reports.CountAsync());
        Assert.True(await check.Reports.AnyAsync(r => r.FileName == "real.txt"));
    }
}
