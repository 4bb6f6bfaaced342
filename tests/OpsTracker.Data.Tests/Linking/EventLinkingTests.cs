using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Linking;

/// <summary>
/// Event linking through the real importer: invented re-tellings of the seeds (Linking/Retellings) join the events the
/// seeds tell, a bulletin's operations stay apart, official tallies quoted twice are one, and analysts' merges, splits
/// and choices of figures survive re-extraction. On SQLite and PostgreSQL.
/// </summary>
public sealed class EventLinkingTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    public static string RetellingsPath => Path.Combine(AppContext.BaseDirectory, "Linking", "Retellings");

    public static string SeedsPath => SeedsFolder.Locate(null, AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("No seeds/ folder above " + AppContext.BaseDirectory);

    private static ReportImporter Importer(TestDatabase db, IReportExtractor? extractor = null) =>
        new(db.Factory, extractor ?? new ArabicReportExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);

    private static async Task SeedAsync(ReportImporter importer)
    {
        foreach (var path in ReportImporter.FindReports(SeedsPath))
        {
            await importer.ImportFileAsync(path);
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_re_telling_of_a_seed_leaves_the_number_of_events_unchanged_and_the_event_lists_both_reports(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        await SeedAsync(importer);
        var query = new OperationQuery(db.Factory);
        var before = await query.ListAsync(new OperationFilter());
        var tallies = new TallyQuery(db.Factory);
        var tallyRowsBefore = Figures((await tallies.GetAsync(new OperationFilter())).Rows);

        var outcome = await importer.ImportFileAsync(Path.Combine(RetellingsPath, "retelling-hamrin.txt"));
        Assert.Equal(ReportStatus.Extracted, outcome.Status);
        Assert.True(outcome.Operations >= 1);

        var after = await query.ListAsync(new OperationFilter());
        Assert.Equal(before.Total, after.Total);
        var hamrin = Assert.Single(after.Items, o => o.Place == "سلسلة جبال حمرين");
        Assert.Equal(2, hamrin.Reports);
        var detail = await query.GetAsync(hamrin.Id);
        Assert.Equal(
            ["000_669ca5633a1d0d0d.txt", "retelling-hamrin.txt"],
            detail!.Reports!.Select(r => r.FileName).Order(StringComparer.Ordinal));
        Assert.Single(detail.Reports!, r => r.Primary);
        Assert.False(detail.FiguresDisagree);

        // The 2024 tally the re-telling quotes again is one announcement with two sources.
        Assert.Equal(tallyRowsBefore, Figures((await tallies.GetAsync(new OperationFilter())).Rows));
        await using var context = await db.Factory.CreateDbContextAsync();
        var quoted = await context.ReportedTallies.Where(t => t.Killed == 70 && t.Arrested == 144)
            .Select(t => new { EventId = EF.Property<int?>(t, EventColumns.EventId), Secondary = EF.Property<bool>(t, EventColumns.Secondary) })
            .ToListAsync();
        Assert.Equal(2, quoted.Count);
        Assert.Single(quoted.Select(q => q.EventId).Distinct());
        Assert.NotNull(quoted[0].EventId);
        Assert.Single(quoted, q => q.Secondary);

        // Importing everything again changes nothing.
        await SeedAsync(importer);
        await importer.ImportFileAsync(Path.Combine(RetellingsPath, "retelling-hamrin.txt"));
        Assert.Equal(before.Total, (await query.ListAsync(new OperationFilter())).Total);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_bulletins_operations_each_join_their_own_event_and_never_each_other(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        await importer.ImportFileAsync(Path.Combine(RetellingsPath, "bulletin-kirkuk.txt"));
        await importer.ImportFileAsync(Path.Combine(RetellingsPath, "bulletin-kirkuk-retold.txt"));

        await using var context = await db.Factory.CreateDbContextAsync();
        var ops = await context.Operations.Select(o => new
        {
            o.Id, o.ReportId, o.Place, EventId = EF.Property<int?>(o, EventColumns.EventId), Reports = EF.Property<int>(o, EventColumns.Reports),
        }).ToListAsync();
        Assert.Equal(4, ops.Count);
        Assert.All(ops, o => Assert.NotNull(o.EventId));
        Assert.All(ops, o => Assert.Equal(2, o.Reports));
        foreach (var group in ops.GroupBy(o => o.EventId))
        {
            Assert.Equal(2, group.Count());
            Assert.Equal(2, group.Select(o => o.ReportId).Distinct().Count()); // never two of one report
            Assert.Single(group.Select(o => o.Place).Distinct());
        }
        Assert.Equal(2, (await new OperationQuery(db.Factory).ListAsync(new OperationFilter())).Total);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Replacing_a_report_dissolves_the_events_it_no_longer_tells(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = Importer(db, new FakeExtractor());
        folder.Write("replace-a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "الأولى"));
        var b = folder.Write("replace-b.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-02", 3, "الثانية"));
        await importer.ImportFileAsync(folder.File("replace-a.txt"));
        await importer.ImportFileAsync(b);
        Assert.Equal(1, (await new OperationQuery(db.Factory).ListAsync(new OperationFilter())).Total);

        folder.Write("replace-b.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-05-02", 3, "في الأنبار"));
        await importer.ImportFileAsync(b);

        var list = await new OperationQuery(db.Factory).ListAsync(new OperationFilter());
        Assert.Equal(2, list.Total);
        Assert.All(list.Items, o => Assert.Equal(1, o.Reports));
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.False(await context.Operations.AnyAsync(o => EF.Property<int?>(o, EventColumns.EventId) != null));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Sources_that_disagree_keep_their_figures_and_the_event_counts_the_most_frequent_then_the_analysts_choice(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        foreach (var (name, killed, published) in new[] { ("fig-a.txt", 3, "2024-05-02"), ("fig-b.txt", 4, "2024-05-03"), ("fig-c.txt", 3, "2024-05-04") })
        {
            folder.Write(name, FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", killed, "قتلت قواتنا إرهابيين في " + name));
            File.WriteAllText(folder.File(name[..^4] + ".json"), $$"""{"published": "{{published}}"}""");
            await importer.ImportFileAsync(folder.File(name));
        }
        var query = new OperationQuery(db.Factory);
        var item = Assert.Single((await query.ListAsync(new OperationFilter())).Items);
        Assert.Equal((3, 3), (item.Killed, item.Reports));
        var detail = await query.GetAsync(item.Id);
        Assert.True(detail!.FiguresDisagree);
        Assert.Equal([3, 3, 4], detail.Reports!.Select(r => r.Killed!.Value).Order());
        Assert.Equal("fig-c.txt", Assert.Single(detail.Reports!, r => r.Primary).FileName); // most frequent, then the latest report

        var events = new EventService(db.Factory, TimeProvider.System);
        var b = detail.Reports!.Single(r => r.FileName == "fig-b.txt").OperationId;
        Assert.Equal("reason", Assert.Single((await events.ChooseFiguresAsync(b, " ", "analyst@example.org")).Errors).Key);
        var chosen = await events.ChooseFiguresAsync(b, "The ministry's own statement says four", "analyst@example.org");
        Assert.Empty(chosen.Errors);
        Assert.True(Assert.Single(chosen.Event!.Sources, s => s.Primary).ChosenByAnalyst);
        item = Assert.Single((await query.ListAsync(new OperationFilter())).Items);
        Assert.Equal((b, 4), (item.Id, item.Killed));

        // The choice survives re-extraction of every report (a new extractor version).
        var upgraded = new ReportImporter(db.Factory, new FakeExtractor { Version = "fake-2" }, TimeProvider.System, NullLogger<ReportImporter>.Instance);
        foreach (var name in new[] { "fig-a.txt", "fig-b.txt", "fig-c.txt" })
        {
            await upgraded.ImportFileAsync(folder.File(name));
        }
        item = Assert.Single((await query.ListAsync(new OperationFilter())).Items);
        Assert.Equal(4, item.Killed);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal("event.figures", (await context.AuditEntries.SingleAsync(a => a.EntityKey!.StartsWith("fig-") && a.Action.StartsWith("event."))).Action);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_analysts_merge_and_split_are_audited_and_survive_re_extraction(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        // Ten days apart: the score keeps them apart, an analyst knows better.
        folder.Write("merge-a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "الأولى"));
        folder.Write("merge-b.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-11", 3, "الثانية"));
        // Same day, same place, same figures: linked by the score; an analyst splits them.
        folder.Write("merge-c.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-01", 2, "الثالثة"));
        folder.Write("merge-d.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-01", 2, "الرابعة"));
        foreach (var path in ReportImporter.FindReports(folder.Path))
        {
            await importer.ImportFileAsync(path);
        }
        var query = new OperationQuery(db.Factory);
        Assert.Equal(3, (await query.ListAsync(new OperationFilter())).Total);
        var ids = await IdsByEvidenceAsync(db);

        var events = new EventService(db.Factory, TimeProvider.System);
        Assert.Equal("with", Assert.Single((await events.MergeAsync(ids["الأولى"], null, "same raid", "analyst")).Errors).Key);
        Assert.True((await events.MergeAsync(999_999, ids["الأولى"], "same raid", "analyst")).NotFound);
        var merged = await events.MergeAsync(ids["الأولى"], ids["الثانية"], "The second outlet misdated the same raid", "analyst");
        Assert.Empty(merged.Errors);
        Assert.Equal(2, merged.Event!.Sources.Count);
        var split = await events.SplitAsync(ids["الرابعة"], "Two different raids on the same day", "analyst");
        Assert.Empty(split.Errors);
        Assert.Single(split.Event!.Sources);
        Assert.Equal("operation", Assert.Single((await events.SplitAsync(ids["الرابعة"], "again", "analyst")).Errors).Key);
        Assert.Equal(3, (await query.ListAsync(new OperationFilter())).Total);

        // Every report extracted again (a new extractor version): new ids, the same events.
        var upgraded = new ReportImporter(db.Factory, new FakeExtractor { Version = "fake-2" }, TimeProvider.System, NullLogger<ReportImporter>.Instance);
        foreach (var path in ReportImporter.FindReports(folder.Path))
        {
            await upgraded.ImportFileAsync(path);
        }
        var list = await query.ListAsync(new OperationFilter());
        Assert.Equal(3, list.Total);
        Assert.Equal(2, Assert.Single(list.Items, o => o.ProvinceName == null || o.Province == "IQ-NI").Reports);
        Assert.All(list.Items.Where(o => o.Province == "IQ-AN"), o => Assert.Equal(1, o.Reports));

        await using var context = await db.Factory.CreateDbContextAsync();
        var audit = await context.AuditEntries.Where(a => a.EntityKey!.StartsWith("merge-") && a.Action.StartsWith("event.")).OrderBy(a => a.Id).Select(a => new { a.Action, a.Reason, a.User }).ToListAsync();
        Assert.Equal(["event.merge", "event.split"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("analyst", a.User));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_merge_that_would_join_two_operations_of_one_report_is_refused(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        folder.Write("onereport-a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "الأولى") + "\n" + FakeExtractor.Line("IQ-NI", "raid", "2024-07-01", 1, "الثانية"));
        await importer.ImportFileAsync(folder.File("onereport-a.txt"));
        var ids = await IdsByEvidenceAsync(db);
        var result = await new EventService(db.Factory, TimeProvider.System).MergeAsync(ids["الأولى"], ids["الثانية"], "same", "analyst");
        Assert.Contains("one report", Assert.Single(result.Errors["with"]), StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Rejecting_the_counted_source_counts_the_event_by_another(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = new ReportImporter(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
        folder.Write("reject-a.txt", FakeExtractor.Line("IQ-SD", "raid", "2024-08-01", 2, "الأولى"));
        folder.Write("reject-b.txt", FakeExtractor.Line("IQ-SD", "raid", "2024-08-01", 5, "الثانية"));
        foreach (var path in ReportImporter.FindReports(folder.Path))
        {
            await importer.ImportFileAsync(path);
        }
        var query = new OperationQuery(db.Factory);
        var counted = Assert.Single((await query.ListAsync(new OperationFilter())).Items);
        Assert.Equal(5, counted.Killed); // the latest report's figures

        var review = await new OpsTracker.Data.Review.ReviewService(db.Factory, TimeProvider.System).ReviewAsync(counted.Id, "rejected", "Not this raid's figures", "analyst");
        Assert.Empty(review.Errors);
        var now = Assert.Single((await query.ListAsync(new OperationFilter())).Items);
        Assert.Equal(2, now.Killed);
    }

    private static async Task<Dictionary<string, int>> IdsByEvidenceAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return (await context.Operations.Select(o => new { o.Id, o.EvidenceText }).ToListAsync())
            .ToDictionary(o => o.EvidenceText.Split('|')[^1], o => o.Id);
    }

    /// <summary>The counted and official figures of each tallies row (the rows also carry the official tallies as lists).</summary>
    private static List<(int? Year, string? Province, int Operations, int Killed, int Arrested, int Wounded, int Hideouts, int? OfficialOperations, int? OfficialKilled, int? OfficialArrested)> Figures(IEnumerable<TallyRow> rows) =>
        [.. rows.Select(r => (r.Year, r.ProvinceCode, r.Operations, r.Killed, r.Arrested, r.Wounded, r.HideoutsDestroyed, r.OfficialOperations, r.OfficialKilled, r.OfficialArrested))];
}
