using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Seeding;

/// <summary>
/// An operation the report announces without a day of its own is stored at the announcement day and marked so; the
/// timeline and the operation page say so; an analyst's date makes it stated.
/// </summary>
public sealed class DateBasisStorageTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    // Invented sentences: an airstrike announced with no day, an arrest told with its day ("أمس"), and a killing told
    // as done earlier ("في وقت سابق"), which keeps no day.
    private const string Text =
        "أعلنت خلية الإعلام الأمني تدمير وكرين لعصابات داعش بضربة جوية في وادي زغيتون جنوب غربي كركوك.\n"
        + "وفي سياق منفصل، ألقت القوات الأمنية أمس القبض على إرهابي في قضاء الحويجة بمحافظة كركوك.\n"
        + "وقتلت قوة من الجيش في وقت سابق إرهابيين اثنين في قضاء الدبس بمحافظة كركوك.\n";

    private static readonly DateOnly Published = new(2024, 3, 4);

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_announcement_day_is_stored_marked_and_an_analysts_date_makes_it_stated(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = new ReportImporter(db.Factory, new ArabicReportExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        var outcome = await importer.ImportBytesAsync("announced.txt", Encoding.UTF8.GetBytes(Text), new ReportSidecar(null, null, Published));

        int announcedId;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var stored = await context.Operations.Where(o => o.ReportId == outcome.ReportId).OrderBy(o => o.EvidenceStart).ToListAsync();
            Assert.Equal(3, stored.Count);
            Assert.Equal((Published, DateBasis.Announcement), (stored[0].Date!.Value, stored[0].DateBasis));
            Assert.Equal((Published.AddDays(-1), DateBasis.Stated), (stored[1].Date!.Value, stored[1].DateBasis));
            Assert.Null(stored[2].Date);
            announcedId = stored[0].Id;
        }

        var query = new OperationQuery(db.Factory);
        Assert.Equal("announcement", (await query.GetAsync(announcedId))!.Operation.DateBasis);
        var listed = await query.ListAsync(new OperationFilter());
        // No date, no basis.
        Assert.Equal(["announcement", "stated", null], listed.Items.OrderBy(i => i.Id).Select(i => i.DateBasis));

        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        var corrected = await reviews.CorrectAsync(announcedId, new JsonObject { ["date"] = "2024-03-02" }, "The ministry's own statement gives Saturday", "analyst@example.org");
        Assert.Empty(corrected.Errors);
        var after = (await query.GetAsync(announcedId))!.Operation;
        Assert.Equal((new DateOnly(2024, 3, 2), "stated"), (after.Date!.Value, after.DateBasis));
    }
}
