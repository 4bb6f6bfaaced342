using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Review;

/// <summary>The extractor's confidence is stored with each operation and figure, shown in the detail, and orders the review queue.</summary>
public sealed class ConfidenceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_importer_stores_the_confidence_and_the_detail_shows_it(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var text = FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "مداهمة في الموصل", 0.0) + "\n"
            + FakeExtractor.Line("IQ-NI", "raid", "2024-05-02", 2, "مداهمة في تلعفر", 0.78);
        await importer.ImportBytesAsync("confidence.txt", Encoding.UTF8.GetBytes(text), ReportSidecar.None);

        await using var context = await db.Factory.CreateDbContextAsync();
        var stored = await context.Operations.OrderBy(o => o.EvidenceStart)
            .Select(o => new { o.Id, Confidence = EF.Property<double>(o, "Confidence") }).ToListAsync();
        Assert.Equal([0.0, 0.78], stored.Select(s => s.Confidence));
        var casualties = await context.Casualties.OrderBy(c => c.EvidenceStart).Select(c => EF.Property<double>(c, "Confidence")).ToListAsync();
        Assert.Equal([0.0, 0.78], casualties);

        var detail = await new OperationQuery(db.Factory).GetAsync(stored[1].Id);
        Assert.NotNull(detail);
        Assert.Equal(0.78, detail.Confidence);
        Assert.Equal(0.78, Assert.Single(detail.Casualties).Confidence);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Every_figure_and_tally_keeps_its_own_confidence(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var evidence = new Core.Extraction.Evidence(0, 4, "نص.");
        var result = new Core.Extraction.ExtractionResult();
        var op = new Core.Extraction.ExtractedOperation { Evidence = evidence, Kind = Core.Domain.OperationKind.Raid, Confidence = 0.5 };
        op.Casualties.Add(new(Core.Domain.CasualtySide.Isis, Core.Domain.CasualtyCategory.Killed, 2, false, evidence, "r", 0.25));
        op.Hideouts.Add(new(Core.Domain.HideoutKind.Den, 1, Core.Domain.HideoutOutcome.Destroyed, evidence, "r", false, 0.125));
        result.Operations.Add(op);
        result.Tallies.Add(new Core.Extraction.ExtractedTally { Evidence = evidence, Killed = 9, Confidence = 0.375 });
        var report = new Core.Domain.Report { FileName = "mapped.txt", ContentHash = new string('m', 64), IngestedAtUtc = DateTime.UtcNow, Status = Core.Domain.ReportStatus.Extracted };
        ExtractionMapper.Fill(report, result, Core.Extraction.Places.ProvinceCatalog.Default, new List<string>());
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            context.Reports.Add(report);
            ExtractionMapper.SetConfidence(context, report, result);
            await context.SaveChangesAsync();
        }

        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(0.5, await check.Operations.Select(o => EF.Property<double>(o, "Confidence")).SingleAsync());
        Assert.Equal(0.25, await check.Casualties.Select(c => EF.Property<double>(c, "Confidence")).SingleAsync());
        Assert.Equal(0.125, await check.Hideouts.Select(h => EF.Property<double>(h, "Confidence")).SingleAsync());
        Assert.Equal(0.375, await check.ReportedTallies.Select(t => EF.Property<double>(t, "Confidence")).SingleAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_queue_lists_unreviewed_first_then_the_lowest_confidence_then_the_newest(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var text = string.Join('\n',
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 1, "a", 0.9),
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-02", 1, "b", 0.9),
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-03", 1, "c", 0.4),
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-04", 1, "d", 0.1),
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-05", 1, "e"));
        await importer.ImportBytesAsync("queue.txt", Encoding.UTF8.GetBytes(text), ReportSidecar.None);
        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        var byEvidence = (await reviews.QueueAsync()).ToDictionary(q => Name(q), q => q.Id, StringComparer.Ordinal);
        // d is the least trusted, but an analyst has confirmed it: it goes after every unreviewed one.
        var confirmed = await reviews.ReviewAsync(byEvidence["d"], "confirmed", "Checked", "analyst@example.org");
        Assert.Empty(confirmed.Errors);

        var queue = await reviews.QueueAsync();
        Assert.Equal(["c", "b", "a", "e", "d"], queue.Select(Name));
        Assert.Equal([0.4, 0.9, 0.9, 1.0, 0.1], queue.Select(q => q.Confidence));
        Assert.Equal(ReviewState.Confirmed, queue[^1].State);
    }

    /// <summary>The operation's letter, a to e, by its day in May.</summary>
    private static string Name(QueueItem item) => ((char)('a' + item.Date!.Value.Day - 1)).ToString();
}
