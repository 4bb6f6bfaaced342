using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Review;

/// <summary>
/// The reports analysts reviewed whole, as labelled text: only reports whose every operation and tally has been
/// confirmed, corrected or rejected count, and their gold is what stands after the review.
/// </summary>
public sealed class ReviewedReportsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Analyst = "analyst@example.org";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_report_reviewed_whole_gives_its_corrected_operations_and_tallies_and_no_rejected_one(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var reviewedText = string.Join('\n',
            FakeExtractor.Line("IQ-KI", "raid", "2024-05-01", 3, "قتل ثلاثة في الرشاد"),
            FakeExtractor.Line("IQ-KI", "raid", "2024-05-02", 2, "قتل اثنين في الحويجة"),
            FakeExtractor.Line("IQ-KI", "raid", "2024-05-03", 9, "حصيلة مكررة"),
            FakeExtractor.Tally("IQ", 2023, 120, 95, "حصيلة العام"),
            "استشهد جندي بهجوم في الدبس");
        await importer.ImportBytesAsync("reviewed.txt", Encoding.UTF8.GetBytes(reviewedText), new ReportSidecar(null, null, new DateOnly(2024, 5, 4)));
        await importer.ImportBytesAsync("partial.txt", Encoding.UTF8.GetBytes(string.Join('\n',
            FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 1, "أ"), FakeExtractor.Line("IQ-NI", "raid", "2024-05-02", 1, "ب"))), ReportSidecar.None);
        await importer.ImportBytesAsync("waiting.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-AN", "raid", "2024-05-01", 4, "ج")), ReportSidecar.None);
        await importer.ImportBytesAsync("empty.txt", Encoding.UTF8.GetBytes("لا عملية في هذا الخبر"), ReportSidecar.None);

        var operations = new ReviewService(db.Factory, TimeProvider.System);
        var tallies = new TallyReviewService(db.Factory, TimeProvider.System);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var ops = await context.Operations.Include(o => o.Report).OrderBy(o => o.Report!.FileName).ThenBy(o => o.EvidenceStart)
                .Select(o => new { o.Id, o.Report!.FileName }).ToListAsync();
            var mine = ops.Where(o => o.FileName == "reviewed.txt").Select(o => o.Id).ToList();
            Assert.Empty((await operations.ReviewAsync(mine[0], "confirmed", "As told", Analyst)).Errors);
            Assert.Empty((await operations.CorrectAsync(mine[1], new JsonObject { ["province"] = "IQ-SD" }, "Al-Hawija is read wrong here", Analyst)).Errors);
            Assert.Empty((await operations.ReviewAsync(mine[2], "rejected", "The tally's figure", Analyst)).Errors);
            var tally = await context.ReportedTallies.Select(t => t.Id).SingleAsync();
            Assert.Empty((await tallies.ReviewAsync(tally, "confirmed", "As told", Analyst)).Errors);
            var report = await context.Reports.SingleAsync(r => r.FileName == "reviewed.txt");
            var soldier = report.Text.IndexOf("استشهد", StringComparison.Ordinal);
            var added = await operations.AddOperationAsync(report.Id, soldier, report.Text.Length, new JsonObject
            {
                ["kind"] = "isis-attack",
                ["province"] = "IQ-KI",
                ["casualties"] = new JsonArray(new JsonObject { ["count"] = 1, ["category"] = "killed", ["side"] = "security" }),
            }, "The extractor missed the attack", Analyst);
            Assert.Empty(added.Errors);

            // One of partial.txt's two operations is still unreviewed.
            Assert.Empty((await operations.ReviewAsync(ops.First(o => o.FileName == "partial.txt").Id, "confirmed", "As told", Analyst)).Errors);
            // waiting.txt is reviewed, but a review of it lost its operation at a re-extraction and waits for an analyst.
            Assert.Empty((await operations.ReviewAsync(ops.Single(o => o.FileName == "waiting.txt").Id, "confirmed", "As told", Analyst)).Errors);
            context.OperationReviews.Add(new OperationReview { ReportFileName = "waiting.txt", EvidenceStart = 40, EvidenceEnd = 50, NeedsReview = true, State = ReviewState.Confirmed, UpdatedBy = Analyst, UpdatedAtUtc = DateTime.UtcNow });
            await context.SaveChangesAsync();
        }

        var set = await new ReviewedReports(db.Factory).LoadAsync();

        Assert.Equal(4, set.ExtractedReports);
        var reviewed = Assert.Single(set.Reports);
        Assert.Equal(("reviewed.txt", new DateOnly(2024, 5, 4), reviewedText), (reviewed.FileName, reviewed.Published, reviewed.Text));
        Assert.Equal(new DateOnly(2024, 5, 4), reviewed.Gold.Published);
        Assert.Equal(
            ["IQ-KI killed=3 2024-05-01", "IQ-SD killed=2 2024-05-02", "IQ-KI security victims=1 "],
            reviewed.Gold.Operations.Select(o => o.Side is null ? $"{o.Province} killed={o.Killed} {o.Date}" : $"{o.Province} {o.Side} victims={o.Killed} {o.Date}"));
        var t = Assert.Single(reviewed.Gold.Tallies);
        Assert.Equal([("operations", 120), ("killed", 95)], t.Figures());
    }
}
