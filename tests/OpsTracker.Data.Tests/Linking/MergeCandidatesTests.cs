using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Linking;

/// <summary>
/// The short list an analyst is offered to merge an operation's event with (#10): the other reports' operations the
/// linker read for it (its province, its date window) and did not link; never its own reports', never another
/// province's or a far date's, never one already in its event. On SQLite and PostgreSQL.
/// </summary>
public sealed class MergeCandidatesTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_candidates_are_the_linkers_near_misses_and_a_merged_one_leaves_the_list(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        folder.Write("near-a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "الأولى"));
        // The next day, an arrest: within the window, not linked (another kind, no figure in common).
        folder.Write("near-b.txt", FakeExtractor.Line("IQ-NI", "arrest", "2024-05-02", 0, "الثانية"));
        folder.Write("far-date.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-08-20", 3, "البعيدة"));
        folder.Write("other-province.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-05-01", 3, "الأنبار"));
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        foreach (var path in ReportImporter.FindReports(folder.Path))
        {
            await importer.ImportFileAsync(path);
        }
        var ids = await IdsByEvidenceAsync(db);
        var events = new EventService(db.Factory, TimeProvider.System);

        var candidates = (await events.MergeCandidatesAsync(ids["الأولى"]))!;
        var near = Assert.Single(candidates);
        Assert.Equal(ids["الثانية"], near.OperationId);
        Assert.Equal("near-b.txt", near.FileName);
        Assert.Equal("arrest", near.Kind);
        Assert.Equal(new DateOnly(2024, 5, 2), near.Date);
        // Either scored below the threshold or kept apart by a named rule: never both, never neither.
        Assert.True(near.Score is not null ^ near.Veto is not null);
        Assert.True(near.Score is null or < Core.Linking.LinkingThresholds.LinkThreshold);
        Assert.True((await events.MergeCandidatesAsync(ids["البعيدة"]))!.Count == 0);
        Assert.Null(await events.MergeCandidatesAsync(999_999));

        var merged = await events.MergeAsync(ids["الأولى"], near.OperationId, "The arrest was made in the same raid", "analyst");
        Assert.Empty(merged.Errors);
        Assert.Empty((await events.MergeCandidatesAsync(ids["الأولى"]))!);
        Assert.Empty((await events.MergeCandidatesAsync(ids["الثانية"]))!);
    }

    private static async Task<Dictionary<string, int>> IdsByEvidenceAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return (await context.Operations.Select(o => new { o.Id, o.EvidenceText }).ToListAsync())
            .ToDictionary(o => o.EvidenceText.Split('|')[^1], o => o.Id);
    }
}
