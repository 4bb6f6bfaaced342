using System.Text;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Queries;

/// <summary>
/// The reports CSV is written as the reports are read, a batch at a time: whatever the batch size, it holds the same
/// rows in the same order as the list read whole, with the byte order mark and neutralised formulas, on both providers.
/// </summary>
public sealed class ReportCsvStreamingTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static Report Report(string file, string? outlet, DateOnly? published, ReportStatus status, int operations) => new()
    {
        FileName = file,
        Outlet = outlet,
        Published = published,
        ContentHash = file.PadRight(64, 'h')[..64],
        IngestedAtUtc = new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc),
        Status = status,
        FailureReason = status == ReportStatus.Failed ? "unreadable" : null,
        Operations = [.. Enumerable.Range(0, operations).Select(i => new Operation
        {
            EvidenceText = "e",
            EvidenceStart = i * 10,
            EvidenceEnd = i * 10 + 1,
            Casualties = [new Casualty { Side = CasualtySide.Isis, Category = CasualtyCategory.Killed, Count = i + 1, EvidenceText = "c" }],
        })],
    };

    private async Task<TestDatabase> SeedAsync(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        context.Reports.AddRange(
            Report("e-salahuddin.txt", "=HYPERLINK(\"http://x\")", new(2022, 2, 2), ReportStatus.Extracted, 1),
            Report("a-mosul.txt", "Alsumaria", new(2024, 1, 5), ReportStatus.Extracted, 2),
            Report("d-anbar.txt", null, new(2023, 7, 9), ReportStatus.Extracted, 5),
            Report("c_100%.txt", "@outlet", null, ReportStatus.Failed, 0),
            Report("b-Kirkuk.txt", "شفق نيوز", new(2024, 3, 1), ReportStatus.Extracted, 0),
            Report("B-upper.txt", "-minus", new(2021, 3, 1), ReportStatus.Extracted, 1),
            Report("f-diyala.txt", "+plus", new(2020, 3, 1), ReportStatus.Extracted, 3));
        await context.SaveChangesAsync();
        return db;
    }

    private static async Task<byte[]> CsvAsync(TestDatabase db, int batchSize)
    {
        using var stream = new MemoryStream();
        await new ReportCsvExport(db.Factory) { BatchSize = batchSize }.WriteAsync(stream);
        return stream.ToArray();
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Reading_in_batches_gives_the_list_read_whole(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var query = new ReportQuery(db.Factory);
        var whole = await query.ListAsync();
        Assert.Equal(7, whole.Count);
        foreach (var batchSize in new[] { 1, 2, 3, 7, 8, ReportQuery.StreamBatchSize })
        {
            var streamed = new List<ReportItem>();
            await foreach (var item in query.StreamAsync(batchSize))
            {
                streamed.Add(item);
            }
            Assert.Equal(whole, streamed);
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_csv_is_the_same_whatever_the_batch(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var whole = await CsvAsync(db, batchSize: 1_000);
        Assert.Equal(whole, await CsvAsync(db, batchSize: 1));
        Assert.Equal(whole, await CsvAsync(db, batchSize: 3));

        Assert.Equal(Encoding.UTF8.GetPreamble(), whole[..3]);
        var lines = Encoding.UTF8.GetString(whole[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ReportCsvExport.Header), lines[0]);
        Assert.Equal(8, lines.Length);
        var rows = lines.Skip(1).ToDictionary(l => l.Split(',')[1]);
        // Same rows as the list read whole, in its order (by file name as the database orders them).
        var files = (await new ReportQuery(db.Factory).ListAsync()).Select(r => r.FileName).ToList();
        Assert.Equal(files, lines.Skip(1).Select(l => l.Split(',')[1]));
        Assert.Contains(",'@outlet,", rows["c_100%.txt"]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", rows["e-salahuddin.txt"]);
        Assert.Contains(",'-minus,", rows["B-upper.txt"]);
        Assert.Contains(",'+plus,", rows["f-diyala.txt"]);
        Assert.Contains(",شفق نيوز,", rows["b-Kirkuk.txt"]);
        // operations, tallies, casualty and hideout counts, then the extractor version and the ingestion time.
        Assert.Contains(",5,0,5,0,", rows["d-anbar.txt"]);
        Assert.EndsWith(",2026-12-01T08:30:00Z", rows["d-anbar.txt"]);
    }
}
