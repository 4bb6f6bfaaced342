using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Seeding;

public sealed class ReportImporterTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static ReportImporter Importer(TestDatabase db, IReportExtractor extractor) =>
        new(db.Factory, extractor, TimeProvider.System, NullLogger<ReportImporter>.Instance);

    private static async Task<IReadOnlyList<ImportOutcome>> ImportFolderAsync(ReportImporter importer, string folder)
    {
        var outcomes = new List<ImportOutcome>();
        foreach (var file in ReportImporter.FindReports(folder))
        {
            outcomes.Add(await importer.ImportFileAsync(file));
        }
        return outcomes;
    }

    private static async Task<(int Reports, int Operations, int Casualties, int[] Ids)> CountAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return (await context.Reports.CountAsync(), await context.Operations.CountAsync(), await context.Casualties.CountAsync(),
            await context.Operations.OrderBy(o => o.Id).Select(o => o.Id).ToArrayAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Importing_twice_adds_no_rows(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        folder.Write("a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتل ثلاثة إرهابيين"));
        folder.Write("b.txt", FakeExtractor.Line("IQ-AN", "airstrike", "2024-05-02", 5, "ضربة جوية") + "\n" + FakeExtractor.Line("IQ-KI", "arrest", "", 0, "القبض"));
        folder.Write("c.txt", "نص بلا عمليات");
        var extractor = new FakeExtractor();
        var importer = Importer(db, extractor);

        var first = await ImportFolderAsync(importer, folder.Path);
        Assert.All(first, o => Assert.Equal(ImportChange.Added, o.Change));
        Assert.Equal([1, 2, 0], first.Select(o => o.Operations));
        var before = await CountAsync(db);
        Assert.Equal((3, 3, 3), (before.Reports, before.Operations, before.Casualties));

        var second = await ImportFolderAsync(importer, folder.Path);
        Assert.All(second, o => Assert.Equal(ImportChange.Unchanged, o.Change));
        Assert.Equal(first.Select(o => o.ReportId), second.Select(o => o.ReportId));
        var after = await CountAsync(db);
        Assert.Equal(before.Ids, after.Ids);
        Assert.Equal((before.Reports, before.Operations, before.Casualties), (after.Reports, after.Operations, after.Casualties));
        Assert.Equal(3, extractor.Calls); // unchanged files are not extracted again
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_changed_file_replaces_its_earlier_extraction(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var path = folder.Write("a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "الأولى"));
        folder.Write("b.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-05-01", 1, "أخرى"));
        var importer = Importer(db, new FakeExtractor());
        await ImportFolderAsync(importer, folder.Path);

        folder.Write("a.txt", FakeExtractor.Line("IQ-SD", "clash", "2024-06-01", 7, "الثانية") + "\n" + FakeExtractor.Line("IQ-SD", "search", "2024-06-02", 0, "الثالثة"));
        var outcome = await importer.ImportFileAsync(path);

        Assert.Equal(ImportChange.Replaced, outcome.Change);
        Assert.Equal(2, outcome.Operations);
        await using var context = await db.Factory.CreateDbContextAsync();
        var report = await context.Reports.Include(r => r.Operations).ThenInclude(o => o.Casualties).SingleAsync(r => r.FileName == "a.txt");
        Assert.Equal(["الثانية", "الثالثة"], report.Operations.OrderBy(o => o.Id).Select(o => o.EvidenceText.Split('|')[^1]));
        Assert.All(report.Operations, o => Assert.Equal("IQ-SD", o.ProvinceCode));
        Assert.Equal(3, await context.Operations.CountAsync()); // two new + the other file's one; the old one is gone
        Assert.Equal(2, await context.Reports.CountAsync());
        Assert.DoesNotContain(await context.Operations.Select(o => o.EvidenceText).ToListAsync(), e => e == "الأولى");
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_changed_sidecar_or_extractor_version_re_extracts(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var path = folder.Write("a.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "نص"));
        var extractor = new FakeExtractor();
        var importer = Importer(db, extractor);
        Assert.Equal(ImportChange.Added, (await importer.ImportFileAsync(path)).Change);

        folder.WriteSidecar("a.txt", """{"outlet": "Al-Sumaria", "url": "https://example.org/1", "published": "2024-05-03"}""");
        Assert.Equal(ImportChange.Replaced, (await importer.ImportFileAsync(path)).Change);
        Assert.Equal(ImportChange.Unchanged, (await importer.ImportFileAsync(path)).Change);

        extractor.Version = "fake-2";
        Assert.Equal(ImportChange.Replaced, (await importer.ImportFileAsync(path)).Change);
        Assert.Equal(ImportChange.Unchanged, (await importer.ImportFileAsync(path)).Change);

        await using var context = await db.Factory.CreateDbContextAsync();
        var report = await context.Reports.SingleAsync();
        Assert.Equal(("Al-Sumaria", "https://example.org/1", new DateOnly(2024, 5, 3), PublicationDateSource.Known, "fake-2"),
            (report.Outlet, report.Url, report.Published, report.PublishedSource, report.ExtractorVersion));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Unreadable_seeds_are_recorded_as_failed_and_the_rest_load(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        folder.WriteBadFiles();
        folder.Write("good-1.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتل ثلاثة"));
        folder.Write("good-2.txt", FakeExtractor.Line("IQ-BG", "arrest", "2024-05-02", 0, "اعتقال"));
        var status = new SeedingStatus();
        long auditedBefore;
        await using (var before = await db.Factory.CreateDbContextAsync())
        {
            auditedBefore = await before.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
        }

        for (var run = 0; run < 2; run++)
        {
            status = new SeedingStatus();
            using var service = new SeedingService(new SeedingOptions(folder.Path), Importer(db, new FakeExtractor()), status, NullLogger<SeedingService>.Instance);
            await service.StartAsync(CancellationToken.None);
            await status.Completion.WaitAsync(TimeSpan.FromMinutes(2));
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal((6, 2, 4, 0), (status.Total, status.Loaded, status.Failed, status.Pending));
        await using var context = await db.Factory.CreateDbContextAsync();
        var reports = await context.Reports.OrderBy(r => r.FileName).ToDictionaryAsync(r => r.FileName);
        Assert.Equal(6, reports.Count);
        Assert.Equal(ReportStatus.Extracted, reports["good-1.txt"].Status);
        Assert.Equal(ReportStatus.Extracted, reports["good-2.txt"].Status);
        Assert.Equal(2, await context.Operations.CountAsync());
        AssertFailed(reports["bad-empty.txt"], "empty");
        AssertFailed(reports["bad-binary.txt"], "binary");
        AssertFailed(reports["bad-big-1256.txt"], "5 MB");
        AssertFailed(reports["bad-utf8.txt"], "neither UTF-8");
        Assert.Equal(64, reports["bad-big-1256.txt"].ContentHash.Length);

        // Each report stored once (the second run found them unchanged), audited as done by the seeding.
        var imports = await context.AuditEntries.Where(a => a.Id > auditedBefore && a.Action == "report.import").ToListAsync();
        Assert.Equal(6, imports.Count);
        Assert.All(imports, a => Assert.Equal(OpsTracker.Data.Review.ExtractionOverrides.SeedingUser, a.User));

        static void AssertFailed(Report report, string reason)
        {
            Assert.Equal(ReportStatus.Failed, report.Status);
            Assert.Contains(reason, report.FailureReason, StringComparison.Ordinal);
            Assert.Empty(report.Text);
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_same_bytes_under_a_second_name_are_not_counted_twice(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var text = FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتل ثلاثة");
        folder.Write("original.txt", text);
        folder.Write("zz-copy.txt", text);
        var outcomes = await ImportFolderAsync(Importer(db, new FakeExtractor()), folder.Path);

        Assert.Equal(ReportStatus.Extracted, outcomes[0].Status);
        Assert.Equal(ReportStatus.Failed, outcomes[1].Status);
        Assert.Contains("same content as original.txt", outcomes[1].FailureReason, StringComparison.Ordinal);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal(1, await context.Operations.CountAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_unknown_province_code_from_the_extractor_is_dropped_not_fatal(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var path = folder.Write("a.txt", FakeExtractor.Line("IQ-ZZ", "raid", "2024-05-01", 3, "نص"));
        var outcome = await Importer(db, new FakeExtractor()).ImportFileAsync(path);

        Assert.Equal(ReportStatus.Extracted, outcome.Status);
        await using var context = await db.Factory.CreateDbContextAsync();
        var op = await context.Operations.SingleAsync();
        Assert.Null(op.ProvinceCode);
        Assert.Equal("test place", op.Place);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_project_seeds_load_with_the_real_extractor(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var seeds = SeedsFolder.Locate(null, AppContext.BaseDirectory);
        Assert.NotNull(seeds);
        var extractor = new ArabicReportExtractor();

        var outcomes = await ImportFolderAsync(Importer(db, extractor), seeds);
        var again = await ImportFolderAsync(Importer(db, extractor), seeds);

        Assert.Equal(5, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(ReportStatus.Extracted, o.Status));
        Assert.All(again, o => Assert.Equal(ImportChange.Unchanged, o.Change));
        await using var context = await db.Factory.CreateDbContextAsync();
        var reports = await context.Reports.ToDictionaryAsync(r => r.FileName);
        Assert.Equal(5, reports.Count);
        Assert.All(reports.Values, r => Assert.Equal(extractor.Version, r.ExtractorVersion));
        Assert.All(reports.Values, r => Assert.Contains("داعش", r.Text, StringComparison.Ordinal));
        var marjie = reports["004_370109dc803e71f9.txt"];
        Assert.Equal(new DateOnly(2021, 4, 12), marjie.Published);
        Assert.Equal(PublicationDateSource.Known, marjie.PublishedSource);
        Assert.StartsWith("Al-Marjie", marjie.Outlet, StringComparison.Ordinal);
        Assert.Null(reports["001_04a8f5b4517e6854.txt"].Outlet); // no sidecar
        // Whatever the extractor finds is stored as found: the database holds exactly its operations.
        Assert.Equal(outcomes.Sum(o => o.Operations), await context.Operations.CountAsync());
        Assert.Equal(outcomes.Sum(o => o.Tallies), await context.ReportedTallies.CountAsync());
    }
}
