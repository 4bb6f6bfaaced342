using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Seeding;

/// <summary>The strikes' evidence span is stored with the operation, shown in its detail, and kept by a strike correction (#13); cleared strikes show none.</summary>
public sealed class StrikesEvidenceStorageTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    // Invented sentences: two air strikes and their dead, then an arrest without strikes.
    private const string Text =
        "بغداد - أعلنت خلية الإعلام الأمني أن طيران الجيش العراقي نفذ ضربتين جويتين على أوكار في وادي الشاي بمحافظة كركوك، أسفرتا عن مقتل خمسة إرهابيين.\n"
        + "وفي سياق منفصل، ألقت القوات الأمنية القبض على إرهابي في قضاء الحويجة بمحافظة كركوك.\n";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_importer_stores_the_strikes_span_and_a_strike_correction_keeps_it(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new ArabicReportExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var outcome = await importer.ImportBytesAsync("strikes.txt", Encoding.UTF8.GetBytes(Text), new ReportSidecar(null, null, new DateOnly(2024, 3, 4)));
        var expected = new ArabicReportExtractor().Extract(Text, new DateOnly(2024, 3, 4)).Operations.Single(o => o.Strikes is not null);

        int id;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var stored = await context.Operations.Where(o => o.ReportId == outcome.ReportId).OrderBy(o => o.EvidenceStart).ToListAsync();
            var airstrike = Assert.Single(stored, o => o.Strikes is not null);
            id = airstrike.Id;
            Assert.Equal(2, airstrike.Strikes);
            Assert.Equal(expected.StrikesEvidence!.Start, airstrike.StrikesEvidenceStart);
            Assert.Equal(expected.StrikesEvidence.End, airstrike.StrikesEvidenceEnd);
            Assert.Equal(Text[airstrike.StrikesEvidenceStart!.Value..airstrike.StrikesEvidenceEnd!.Value], airstrike.StrikesEvidenceText);
            Assert.Contains("ضربتين", airstrike.StrikesEvidenceText, StringComparison.Ordinal);
            // An operation without strikes has no span.
            Assert.All(stored.Where(o => o.Strikes is null), o => Assert.True(o.StrikesEvidenceStart is null && o.StrikesEvidenceEnd is null && o.StrikesEvidenceText is null));
        }

        var query = new OperationQuery(db.Factory);
        var detail = (await query.GetAsync(id))!;
        Assert.Equal(new StrikesDetail(expected.StrikesEvidence.Start, expected.StrikesEvidence.End, expected.StrikesEvidence.Text), detail.StrikesEvidence);

        // The analyst's count replaces the extractor's; the words it was read from stay its evidence.
        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        var corrected = await reviews.CorrectAsync(id, new JsonObject { ["strikes"] = 3 }, "The statement counts three sorties", "analyst@example.org");
        Assert.Empty(corrected.Errors);
        var after = (await query.GetAsync(id))!;
        Assert.Equal(3, after.Operation.Strikes);
        Assert.Equal(detail.StrikesEvidence, after.StrikesEvidence);

        // Cleared strikes show no evidence (the row keeps the span the extractor read).
        var cleared = await reviews.CorrectAsync(id, new JsonObject { ["strikes"] = null }, "No strike in this operation", "analyst@example.org");
        Assert.Empty(cleared.Errors);
        var none = (await query.GetAsync(id))!;
        Assert.Null(none.Operation.Strikes);
        Assert.Null(none.StrikesEvidence);
        await using var check = await db.Factory.CreateDbContextAsync();
        Assert.Equal(detail.StrikesEvidence!.EvidenceStart, (await check.Operations.SingleAsync(o => o.Id == id)).StrikesEvidenceStart);
    }
}
