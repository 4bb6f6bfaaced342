using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Web.Tests.Queries;

/// <summary>100,000 operations: the timeline's first page, a text search, the tallies and a streamed export stay quick.</summary>
public sealed class LargeTimelineTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Count = 100_000;

    [PostgresFact]
    public async Task One_hundred_thousand_operations_stay_responsive()
    {
        var factory = fixture.Database.Factory;
        await using (var db = await factory.CreateDbContextAsync())
        {
            // Set-based fill: one report, 100,000 operations over ten years and four provinces, a casualty for each.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Reports" ("FileName", "Outlet", "Url", "Published", "PublishedSource", "Text", "ContentHash", "IngestedAtUtc", "ExtractorVersion", "Status", "FailureReason")
                VALUES ('large.txt', NULL, NULL, NULL, 'Unknown', 'نص', repeat('a', 64), now(), 'test', 'Extracted', NULL);
                INSERT INTO "Operations" ("ReportId", "Date", "DatePrecision", "RelativeDate", "ProvinceCode", "Place", "Kind", "Actors", "Strikes", "Approximate", "EvidenceStart", "EvidenceEnd", "EvidenceText", "Rule")
                SELECT (SELECT "Id" FROM "Reports" WHERE "FileName" = 'large.txt'),
                       DATE '2015-01-01' + (i % 3650), 'Day', NULL,
                       (ARRAY['IQ-KI','IQ-SD','IQ-NI','IQ-AN'])[1 + i % 4],
                       CASE WHEN i % 1000 = 0 THEN 'سلسلة جبال حمرين' ELSE 'قضاء الحويجة' END,
                       'Airstrike', '["Iraqi Air Force"]', NULL, false, 0, 10,
                       'أعلنت قيادة العمليات المشتركة مقتل ثلاثة إرهابيين في غارة جوية نفذتها طائرات القوة الجوية العراقية على مضافة للتنظيم رقم ' || i, 'test'
                FROM generate_series(1, 100000) AS i;
                INSERT INTO "Casualties" ("OperationId", "Category", "Side", "Count", "Approximate", "EvidenceStart", "EvidenceEnd", "EvidenceText")
                SELECT "Id", 'Killed', 'Isis', 3, false, 0, 10, 'مقتل ثلاثة' FROM "Operations";
                ANALYZE;
                """);
        }
        // Rows written by SQL, past the app, get their search fold as rows older than the column do: at startup.
        Assert.Equal(Count, await OperationSearchText.BackfillAsync(factory));
        var query = new OperationQuery(factory);
        await query.ListAsync(new OperationFilter()); // warm up

        var watch = Stopwatch.StartNew();
        var first = await query.ListAsync(new OperationFilter());
        var firstPage = watch.Elapsed;
        Assert.Equal(Count, first.Total);
        Assert.Equal(50, first.Items.Count);

        watch.Restart();
        var searched = await query.ListAsync(new OperationFilter { Text = "Hamrin", Provinces = ["IQ-KI", "IQ-SD"] });
        var search = watch.Elapsed;
        Assert.Equal(100, searched.Total);

        watch.Restart();
        var tallies = await new TallyQuery(factory).GetAsync(new OperationFilter());
        var tally = watch.Elapsed;
        Assert.Equal(Count, tallies.Rows.Where(r => r.IsAllIraq).Sum(r => r.Operations));

        watch.Restart();
        var lines = 0;
        await using (var writer = new CountingWriter(() => lines++))
        {
            await new OperationCsvExport(factory).WriteAsync(new OperationFilter(), writer);
        }
        var export = watch.Elapsed;
        Assert.Equal(Count + 1, lines);

        // Generous bounds for a shared 2-core machine; typical times are printed for the record.
        Console.WriteLine($"100k operations: first page {firstPage.TotalMilliseconds:F0} ms, search {search.TotalMilliseconds:F0} ms, tallies {tally.TotalMilliseconds:F0} ms, CSV {export.TotalMilliseconds:F0} ms");
        Assert.True(firstPage < TimeSpan.FromSeconds(3), $"first page took {firstPage}");
        Assert.True(search < TimeSpan.FromSeconds(5), $"search took {search}");
        Assert.True(tally < TimeSpan.FromSeconds(5), $"tallies took {tally}");
        Assert.True(export < TimeSpan.FromSeconds(30), $"export took {export}");
    }

    /// <summary>A text writer that counts line ends and keeps nothing (the export must not need memory for its rows).</summary>
    private sealed class CountingWriter(Action onLine) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                onLine();
            }
        }
    }
}
