using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Linking;

/// <summary>
/// Events a later operation shows to be one are merged by the linker (issue 10): so the events do not depend on the
/// order the reports were loaded in; an analyst's split is never undone, and one report's operations never end up in one
/// event through a bridge. On SQLite and PostgreSQL.
/// </summary>
public sealed class EventBridgingTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static string LabelledPath => Path.Combine(AppContext.BaseDirectory, "Linking", "Labelled");

    private static ReportImporter Importer(TestDatabase db, IReportExtractor extractor) =>
        new(db.Factory, extractor, TimeProvider.System, NullLogger<ReportImporter>.Instance);

    /// <summary>
    /// Seed 000 and its three labelled re-tellings (wire copy l01, weekly l02, agency b05) are one event whatever order
    /// they are loaded in: name order put b05 before l01 in the blind part's first run (branch helper/linking4).
    /// </summary>
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Seed_000_and_its_labelled_re_tellings_are_one_event_in_every_loading_order(TestProvider provider)
    {
        var seed = Path.Combine(EventLinkingTests.SeedsPath, "000_669ca5633a1d0d0d.txt");
        string Labelled(string name) => Path.Combine(LabelledPath, name + ".txt");
        string[] good = [seed, Labelled("l01-hamrin-wire"), Labelled("l02-hamrin-weekly"), Labelled("b05-hamrin-agency")];
        string[] byName = [seed, Labelled("b05-hamrin-agency"), Labelled("l01-hamrin-wire"), Labelled("l02-hamrin-weekly")];
        string[] reversed = [.. good.Reverse()];

        var db = await databases.GetCleanAsync(provider);
        var goodEvents = await LoadAsync(db, good);
        // The four tell one event (labelled-groups.json: seed 000's search in the Hamrin mountains).
        Assert.Contains(goodEvents, e => e.SetEquals(["000_669ca5633a1d0d0d", "b05-hamrin-agency", "l01-hamrin-wire", "l02-hamrin-weekly"]));
        db = await databases.GetCleanAsync(provider);
        Assert.Equal(Describe(goodEvents), Describe(await LoadAsync(db, byName)));
        db = await databases.GetCleanAsync(provider);
        Assert.Equal(Describe(goodEvents), Describe(await LoadAsync(db, reversed)));
    }

    /// <summary>
    /// The blind part's failing order, as it was: a re-telling that lost the province with its lead paragraph is loaded
    /// before the wire copy of it. It cannot link to the original (a province known on one side only needs a copied
    /// sentence), so it stands alone; the wire copy links to both (to the original by its facts, to the re-telling by the
    /// copied sentence) and, before, joined the re-telling only. Now it merges the two: the same events as the good order.
    /// </summary>
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_province_less_re_telling_loaded_first_gives_the_same_events_as_the_good_order(TestProvider provider)
    {
        using var folder = new ReportFolder();
        var original = folder.Write("order-original.txt", FakeExtractor.Line("IQ-KI", "search", "2025-01-06", 3, "نفذت قطعات الجيش عملية تفتيش في المنطقة"));
        const string copied = "ذكرت مصادر محلية أن القوات الأمنية دمرت مضافة للعصابات الإرهابية وقتلت ثلاثة عناصر خلال عملية التفتيش";
        var retold = folder.Write("order-retold.txt", FakeExtractor.Line("", "search", "2025-01-06", 3, copied));
        var wire = folder.Write("order-wire.txt", FakeExtractor.Line("IQ-KI", "search", "2025-01-06", 3, copied + " في ساعات الصباح"));

        var db = await databases.GetCleanAsync(provider);
        var goodEvents = await LoadAsync(db, [original, wire, retold], new FakeExtractor());
        Assert.Equal(["order-original + order-retold + order-wire"], Describe(goodEvents));
        var lastAudit = await LastAuditIdAsync(db);

        db = await databases.GetCleanAsync(provider);
        Assert.Equal(Describe(goodEvents), Describe(await LoadAsync(db, [original, retold, wire], new FakeExtractor())));
        await using var context = await db.Factory.CreateDbContextAsync();
        var merge = Assert.Single(await context.AuditEntries.Where(a => a.Id > lastAudit && a.Action == EventLinker.LinkerMergeAction).ToListAsync());
        Assert.Equal(EventLinker.LinkerUser, merge.User);
        Assert.StartsWith("order-wire.txt#", merge.EntityKey, StringComparison.Ordinal);
        Assert.Contains("score", merge.Reason, StringComparison.Ordinal);
        var list = await new OperationQuery(db.Factory).ListAsync(new OperationFilter());
        Assert.Equal(3, Assert.Single(list.Items).Reports);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_operation_that_links_two_events_merges_them_into_the_older_keeping_the_analysts_figures(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = Importer(db, new FakeExtractor());
        // Two events four days apart (the scorer never links day dates more than three days apart) ...
        foreach (var (name, line) in new[]
        {
            ("bridge-a1.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-01", 3, "الأولى")),
            ("bridge-a2.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-01", 3, "الثانية")),
            ("bridge-b1.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-05", 3, "الثالثة")),
            ("bridge-b2.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-05", 4, "الرابعة")),
        })
        {
            await importer.ImportFileAsync(folder.Write(name, line));
        }
        var ids = await IdsByEvidenceAsync(db);
        var events = await EventsAsync(db);
        var older = events[ids["الأولى"]]!.Value;
        var newer = events[ids["الثالثة"]]!.Value;
        Assert.True(older < newer);
        Assert.Equal(newer, events[ids["الرابعة"]]);
        // ... the second with the figures an analyst chose (four killed, not the three most sources give).
        var choice = await new EventService(db.Factory, TimeProvider.System).ChooseFiguresAsync(ids["الرابعة"], "The later statement corrected the count", "analyst");
        Assert.Empty(choice.Errors);
        var query = new OperationQuery(db.Factory);
        Assert.Equal(2, (await query.ListAsync(new OperationFilter())).Total);

        // ... and a report of the day between, which links to both.
        await importer.ImportFileAsync(folder.Write("bridge-c.txt", FakeExtractor.Line("IQ-AN", "raid", "2024-06-03", 3, "الخامسة")));

        ids = await IdsByEvidenceAsync(db);
        events = await EventsAsync(db);
        Assert.All(ids.Values, id => Assert.Equal(older, events[id]));
        var counted = Assert.Single((await query.ListAsync(new OperationFilter())).Items);
        Assert.Equal(5, counted.Reports);
        Assert.Equal(4, counted.Killed); // the analyst's choice came with its event
        Assert.Equal(ids["الرابعة"], counted.Id);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.False(await context.OperationEvents.AnyAsync(e => e.Id == newer));
        var merge = Assert.Single(await context.AuditEntries.Where(a => a.Action == EventLinker.LinkerMergeAction && a.EntityKey!.StartsWith("bridge-")).ToListAsync());
        Assert.Equal(older.ToString(System.Globalization.CultureInfo.InvariantCulture), merge.EntityId);
        Assert.StartsWith("bridge-c.txt#", merge.EntityKey, StringComparison.Ordinal);
        using var before = JsonDocument.Parse(merge.Before!);
        Assert.Equal([older, newer], before.RootElement.EnumerateArray().Select(e => e.GetProperty("eventId").GetInt32()).Order());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_analysts_split_survives_an_operation_that_links_to_both_sides(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = Importer(db, new FakeExtractor());
        // Three reports of one raid by the score; an analyst takes the third out of the event.
        await importer.ImportFileAsync(folder.Write("apart-a.txt", FakeExtractor.Line("IQ-SD", "raid", "2024-07-01", 2, "الأولى")));
        await importer.ImportFileAsync(folder.Write("apart-b.txt", FakeExtractor.Line("IQ-SD", "raid", "2024-07-01", 2, "الثانية")));
        await importer.ImportFileAsync(folder.Write("apart-c.txt", FakeExtractor.Line("IQ-SD", "raid", "2024-07-01", 2, "الثالثة")));
        var ids = await IdsByEvidenceAsync(db);
        Assert.Single((await EventsAsync(db)).Values.Distinct());
        var split = await new EventService(db.Factory, TimeProvider.System).SplitAsync(ids["الثالثة"], "Two raids on the same day", "analyst");
        Assert.Empty(split.Errors);

        // A fourth report links to the event and to the operation split out of it.
        await importer.ImportFileAsync(folder.Write("apart-d.txt", FakeExtractor.Line("IQ-SD", "raid", "2024-07-01", 2, "الرابعة")));

        ids = await IdsByEvidenceAsync(db);
        var events = await EventsAsync(db);
        Assert.NotNull(events[ids["الأولى"]]);
        Assert.Equal(events[ids["الأولى"]], events[ids["الثانية"]]);
        Assert.NotEqual(events[ids["الأولى"]], events[ids["الثالثة"]]);
        // The fourth joined one side (the best-scoring), never both.
        Assert.True(events[ids["الرابعة"]] is { } joined && (joined == events[ids["الأولى"]] || joined == events[ids["الثالثة"]]));
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.False(await context.AuditEntries.AnyAsync(a => a.Action == EventLinker.LinkerMergeAction && a.EntityKey!.StartsWith("apart-")));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_bridge_never_puts_two_operations_of_one_bulletin_in_one_event(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var importer = Importer(db, new FakeExtractor());
        // A bulletin of two raids a day apart (one place, one count), and a re-telling of its second raid.
        await importer.ImportFileAsync(folder.Write("veto-bulletin.txt",
            FakeExtractor.Line("IQ-NI", "raid", "2024-09-01", 3, "الأولى") + "\n" + FakeExtractor.Line("IQ-NI", "raid", "2024-09-02", 3, "الثانية")));
        await importer.ImportFileAsync(folder.Write("veto-second.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-09-02", 3, "الثالثة")));
        var ids = await IdsByEvidenceAsync(db);
        var events = await EventsAsync(db);
        Assert.NotNull(events[ids["الثانية"]]);
        Assert.Equal(events[ids["الثانية"]], events[ids["الثالثة"]]);
        Assert.Null(events[ids["الأولى"]]);

        // A re-telling of the first raid links to it and (a day apart, same place and count) to the second raid's event.
        await importer.ImportFileAsync(folder.Write("veto-first.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-09-01", 3, "الرابعة")));

        ids = await IdsByEvidenceAsync(db);
        events = await EventsAsync(db);
        Assert.NotNull(events[ids["الأولى"]]);
        Assert.Equal(events[ids["الأولى"]], events[ids["الرابعة"]]);
        Assert.Equal(events[ids["الثانية"]], events[ids["الثالثة"]]);
        Assert.NotEqual(events[ids["الأولى"]], events[ids["الثانية"]]);
        await using var context = await db.Factory.CreateDbContextAsync();
        var reportsPerEvent = await context.Operations.Where(o => EF.Property<int?>(o, EventColumns.EventId) != null)
            .GroupBy(o => EF.Property<int?>(o, EventColumns.EventId))
            .Select(g => new { Operations = g.Count(), Reports = g.Select(o => o.ReportId).Distinct().Count() })
            .ToListAsync();
        Assert.All(reportsPerEvent, e => Assert.Equal(e.Operations, e.Reports));
    }

    /// <summary>Imports the files in this order and returns the events: each a set of report names (file name without .txt).</summary>
    private static async Task<List<HashSet<string>>> LoadAsync(TestDatabase db, IEnumerable<string> files, IReportExtractor? extractor = null)
    {
        var importer = Importer(db, extractor ?? new ArabicReportExtractor());
        foreach (var file in files)
        {
            await importer.ImportFileAsync(file);
        }
        await using var context = await db.Factory.CreateDbContextAsync();
        var rows = await context.Operations.Where(o => EF.Property<int?>(o, EventColumns.EventId) != null)
            .Select(o => new { EventId = EF.Property<int?>(o, EventColumns.EventId), o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd })
            .ToListAsync();
        return [.. rows.GroupBy(r => r.EventId).Select(g => g.Select(r => Path.GetFileNameWithoutExtension(r.FileName)).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>The events in one comparable form (ids differ from one load to the next).</summary>
    private static List<string> Describe(IEnumerable<HashSet<string>> events) =>
        [.. events.Select(e => string.Join(" + ", e.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    private static async Task<long> LastAuditIdAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return await context.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private static async Task<Dictionary<string, int>> IdsByEvidenceAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return (await context.Operations.Select(o => new { o.Id, o.EvidenceText }).ToListAsync())
            .ToDictionary(o => o.EvidenceText.Split('|')[^1], o => o.Id);
    }

    private static async Task<Dictionary<int, int?>> EventsAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return await context.Operations.Select(o => new { o.Id, EventId = EF.Property<int?>(o, EventColumns.EventId) })
            .ToDictionaryAsync(o => o.Id, o => o.EventId);
    }
}
