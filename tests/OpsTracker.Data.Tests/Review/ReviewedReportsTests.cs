using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Review;

/// <summary>
/// The reports analysts reviewed whole, as labelled text: only reports an analyst has said nothing is missing from, whose
/// every operation and tally has been confirmed, corrected or rejected, count, and their gold is what stands after the
/// review; the word lapses when the text changes, and is audited.
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
        await importer.ImportBytesAsync("unsaid.txt", Encoding.UTF8.GetBytes(FakeExtractor.Line("IQ-DI", "raid", "2024-05-01", 1, "د")), ReportSidecar.None);

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
            // unsaid.txt is reviewed, but nobody has said nothing is missing from it.
            Assert.Empty((await operations.ReviewAsync(ops.Single(o => o.FileName == "unsaid.txt").Id, "confirmed", "As told", Analyst)).Errors);

            // An analyst says nothing is missing from every report but unsaid.txt; empty.txt so holds no operation.
            var completions = new ReportCompletionService(db.Factory, TimeProvider.System);
            foreach (var r in await context.Reports.Where(r => r.FileName != "unsaid.txt").Select(r => r.Id).ToListAsync())
            {
                Assert.Empty((await completions.SetAsync(r, true, "Read it through", Analyst)).Errors);
            }
        }

        var set = await new ReviewedReports(db.Factory).LoadAsync();

        Assert.Equal(5, set.ExtractedReports);
        Assert.Equal(["empty.txt", "reviewed.txt"], set.Reports.Select(r => r.FileName));
        Assert.Empty(set.Reports[0].Gold.Operations);
        Assert.Empty(set.Reports[0].Gold.Tallies);
        var reviewed = set.Reports[1];
        Assert.Equal(("reviewed.txt", new DateOnly(2024, 5, 4), reviewedText), (reviewed.FileName, reviewed.Published, reviewed.Text));
        Assert.Equal(new DateOnly(2024, 5, 4), reviewed.Gold.Published);
        Assert.Equal(
            ["IQ-KI killed=3 2024-05-01", "IQ-SD killed=2 2024-05-02", "IQ-KI security victims=1 "],
            reviewed.Gold.Operations.Select(o => o.Side is null ? $"{o.Province} killed={o.Killed} {o.Date}" : $"{o.Province} {o.Side} victims={o.Killed} {o.Date}"));
        var t = Assert.Single(reviewed.Gold.Tallies);
        Assert.Equal([("operations", 120), ("killed", 95)], t.Figures());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_word_that_nothing_is_missing_needs_a_reason_is_audited_and_lapses_when_the_text_changes(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        await importer.ImportBytesAsync("said.txt", Encoding.UTF8.GetBytes("لا عملية في هذا الخبر"), ReportSidecar.None);
        int id;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            id = await context.Reports.Select(r => r.Id).SingleAsync();
        }
        var completions = new ReportCompletionService(db.Factory, TimeProvider.System);

        Assert.Equal("reason", Assert.Single((await completions.SetAsync(id, true, "  ", Analyst)).Refusals).Field);
        Assert.True((await completions.SetAsync(id + 1000, true, "Read", Analyst)).NotFound);
        Assert.False((await completions.GetAsync(id))!.Complete);

        var done = await completions.SetAsync(id, true, "Read it through", Analyst);
        Assert.Equal((true, Analyst, "Read it through"), (done.Review!.Complete, done.Review.UpdatedBy, done.Review.Reason));
        Assert.True((await completions.GetAsync(id))!.Complete);
        Assert.Single((await new ReviewedReports(db.Factory).LoadAsync()).Reports);

        // Taken back, then said again; the trail has all three.
        Assert.Empty((await completions.SetAsync(id, false, "An arrest is missing", Analyst)).Errors);
        Assert.Empty((await new ReviewedReports(db.Factory).LoadAsync()).Reports);
        Assert.Empty((await completions.SetAsync(id, true, "Added it", Analyst)).Errors);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            Assert.Equal(["report.complete", "report.incomplete", "report.complete"],
                await context.AuditEntries.Where(a => a.Entity == "report" && a.Action.StartsWith("report.") && a.Action != "report.import").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
            // The text changes (a new copy of the report): the word was said of another text.
            var report = await context.Reports.SingleAsync();
            report.ContentHash = new string('f', 64);
            await context.SaveChangesAsync();
        }
        var lapsed = (await completions.GetAsync(id))!;
        Assert.Equal((false, true), (lapsed.Complete, lapsed.Lapsed));
        Assert.Empty((await new ReviewedReports(db.Factory).LoadAsync()).Reports);
    }
}
