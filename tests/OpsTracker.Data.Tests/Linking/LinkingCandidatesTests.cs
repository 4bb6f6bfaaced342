using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Linking;

/// <summary>
/// The candidate parts <see cref="LinkingCandidates"/> added, through the real importer and linker on SQLite and
/// PostgreSQL: each pair below was never compared before (an undated re-telling of a dated original, a re-telling that
/// lost its province, two undated operations of reports without a date), in either order of loading; and a
/// bulletin's operations at two places, told again without a date, still join only their own place's event.
/// The evidence sentences are invented.
/// </summary>
public sealed class LinkingCandidatesTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Strike = "أعلنت قيادة العمليات المشتركة مقتل ثلاثة إرهابيين بضربة جوية دقيقة استهدفت وكرا لهم قرب وادي الثرثار";

    private static ReportImporter Importer(TestDatabase db) =>
        new(db.Factory, new FakeExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);

    /// <summary>Imports a report of these lines, headed by its file name (two reports of one text would be one report).</summary>
    private static Task<ImportOutcome> ImportAsync(ReportImporter importer, string fileName, DateOnly? published, params string[] lines) =>
        importer.ImportBytesAsync(fileName, Encoding.UTF8.GetBytes(string.Join('\n', [fileName, .. lines])), new ReportSidecar("invented outlet", null, published));

    private static async Task<List<(string File, string? Place, int? EventId, int Reports)>> OperationsAsync(TestDatabase db)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return (await context.Operations.OrderBy(o => o.Id).Select(o => new
        {
            o.Report!.FileName, o.Place, EventId = EF.Property<int?>(o, EventColumns.EventId), Reports = EF.Property<int>(o, EventColumns.Reports),
        }).ToListAsync()).Select(o => (o.FileName, o.Place, o.EventId, o.Reports)).ToList();
    }

    private static void AssertOneEvent(List<(string File, string? Place, int? EventId, int Reports)> ops)
    {
        Assert.Equal(2, ops.Count);
        Assert.NotNull(ops[0].EventId);
        Assert.Equal(ops[0].EventId, ops[1].EventId);
        Assert.All(ops, o => Assert.Equal(2, o.Reports));
    }

    public static TheoryData<TestProvider, bool> ProvidersAndOrders() => new()
    {
        { TestProvider.Sqlite, true }, { TestProvider.Sqlite, false }, { TestProvider.Postgres, true }, { TestProvider.Postgres, false },
    };

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task An_undated_re_telling_without_a_place_is_linked_to_its_dated_original_in_either_order(TestProvider provider, bool originalFirst)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        var original = () => ImportAsync(importer, "strike-original.txt", new DateOnly(2024, 5, 1), FakeExtractor.LineAt("IQ-AN", "airstrike", "2024-05-01", 3, Strike, null));
        // The re-telling, a day later, lost the lead that dated the strike: its operation has no date.
        var retold = () => ImportAsync(importer, "strike-retold.txt", new DateOnly(2024, 5, 2), FakeExtractor.LineAt("IQ-AN", "airstrike", "", 3, Strike, null));
        await (originalFirst ? original() : retold());
        await (originalFirst ? retold() : original());

        AssertOneEvent(await OperationsAsync(db));
    }

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task A_re_telling_that_lost_its_province_is_linked_to_its_original_in_either_order(TestProvider provider, bool originalFirst)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        var original = () => ImportAsync(importer, "strike-original.txt", new DateOnly(2024, 5, 1), FakeExtractor.LineAt("IQ-AN", "airstrike", "2024-05-01", 3, Strike, null));
        var retold = () => ImportAsync(importer, "strike-retold.txt", new DateOnly(2024, 5, 2), FakeExtractor.LineAt("", "airstrike", "2024-05-01", 3, Strike, null));
        await (originalFirst ? original() : retold());
        await (originalFirst ? retold() : original());

        AssertOneEvent(await OperationsAsync(db));
    }

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task Undated_operations_of_reports_without_a_date_are_linked_when_told_in_the_same_words(TestProvider provider, bool originalFirst)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        var original = () => ImportAsync(importer, "strike-original.txt", null, FakeExtractor.LineAt("IQ-AN", "airstrike", "", 3, Strike, null));
        var retold = () => ImportAsync(importer, "strike-reprint.txt", null, FakeExtractor.LineAt("IQ-AN", "airstrike", "", 3, Strike, null));
        // Another province's undated strike, told in the same words: never a candidate's partner (the scorer's province rule).
        await ImportAsync(importer, "strike-elsewhere.txt", null, FakeExtractor.LineAt("IQ-NI", "airstrike", "", 3, Strike, null));
        await (originalFirst ? original() : retold());
        await (originalFirst ? retold() : original());

        var ops = await OperationsAsync(db);
        Assert.Null(Assert.Single(ops, o => o.File == "strike-elsewhere.txt").EventId);
        AssertOneEvent([.. ops.Where(o => o.File != "strike-elsewhere.txt")]);
    }

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task A_timeless_re_telling_is_linked_to_its_dated_original_in_either_order(TestProvider provider, bool originalFirst)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        var original = () => ImportAsync(importer, "strike-original.txt", new DateOnly(2024, 5, 1), FakeExtractor.LineAt("IQ-AN", "airstrike", "2024-05-01", 3, Strike, null));
        // Copied without its lead and without a publication date: nothing dates its operation ("timeless").
        var retold = () => ImportAsync(importer, "strike-timeless.txt", null, FakeExtractor.LineAt("IQ-AN", "airstrike", "", 3, Strike, null));
        await (originalFirst ? original() : retold());
        await (originalFirst ? retold() : original());

        AssertOneEvent(await OperationsAsync(db));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_timeless_operation_is_not_linked_to_a_dated_one_told_in_other_words(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        await ImportAsync(importer, "strike-original.txt", new DateOnly(2024, 5, 1), FakeExtractor.LineAt("IQ-AN", "airstrike", "2024-05-01", 3, Strike, null));
        // The same province, kind and count, in other words: no copied sentence vouches for a date it does not have.
        await ImportAsync(importer, "strike-other.txt", null, FakeExtractor.LineAt("IQ-AN", "airstrike", "", 3, "قصفت طائرات التحالف موقعا للتنظيم وقتلت ثلاثة من عناصره", null));

        Assert.All(await OperationsAsync(db), o => Assert.Null(o.EventId));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_analysts_date_correction_keeps_the_publication_day_an_undated_operation_is_found_by(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        var outcome = await ImportAsync(importer, "strikes.txt", new DateOnly(2024, 5, 2),
            FakeExtractor.LineAt("IQ-AN", "airstrike", "", 3, Strike, null),
            FakeExtractor.LineAt("IQ-AN", "raid", "2024-05-01", 2, "داهمت قوة من الجيش وكرا للتنظيم في الرطبة واعتقلت اثنين", null));
        async Task<List<(int Id, DateOnly? ToldOn)>> ToldOnAsync()
        {
            await using var context = await db.Factory.CreateDbContextAsync();
            return (await context.Operations.Where(o => o.ReportId == outcome.ReportId).OrderBy(o => o.Id)
                .Select(o => new { o.Id, ToldOn = EF.Property<DateOnly?>(o, EventColumns.UndatedToldOn) }).ToListAsync())
                .Select(o => (o.Id, o.ToldOn)).ToList();
        }
        var before = await ToldOnAsync();
        Assert.Equal([new DateOnly(2024, 5, 2), null], before.Select(o => o.ToldOn));

        var reviews = new OpsTracker.Data.Review.ReviewService(db.Factory, TimeProvider.System);
        // The analyst dates the undated strike, and finds the raid's date was not told after all.
        Assert.Empty((await reviews.CorrectAsync(before[0].Id, new System.Text.Json.Nodes.JsonObject { ["date"] = "2024-04-30", ["datePrecision"] = "Day" }, "The statement dates it", "analyst")).Errors);
        Assert.Empty((await reviews.CorrectAsync(before[1].Id, new System.Text.Json.Nodes.JsonObject { ["date"] = null }, "The date was the bulletin's", "analyst")).Errors);

        Assert.Equal([null, new DateOnly(2024, 5, 2)], (await ToldOnAsync()).Select(o => o.ToldOn));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_bulletins_two_places_told_again_without_a_date_each_join_their_own_place_never_each_other(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var importer = Importer(db);
        // One bulletin, two arrests of two at two towns 45 km apart, in the same formula; re-told two days later, undated.
        string[] bulletin =
        [
            FakeExtractor.LineAt("IQ-AN", "arrest", "", 2, "تمكنت قوة من الشرطة الاتحادية من اعتقال إرهابيين اثنين في مدينة الرمادي صباح اليوم", "الرمادي"),
            FakeExtractor.LineAt("IQ-AN", "arrest", "", 2, "تمكنت قوة من الشرطة الاتحادية من اعتقال إرهابيين اثنين في مدينة الفلوجة صباح اليوم", "الفلوجة"),
        ];
        await ImportAsync(importer, "bulletin.txt", new DateOnly(2024, 5, 1), bulletin);
        await ImportAsync(importer, "bulletin-retold.txt", new DateOnly(2024, 5, 3), bulletin);

        var ops = await OperationsAsync(db);
        Assert.Equal(4, ops.Count);
        Assert.All(ops, o => Assert.NotNull(o.EventId));
        foreach (var group in ops.GroupBy(o => o.EventId))
        {
            Assert.Equal(["bulletin-retold.txt", "bulletin.txt"], group.Select(o => o.File).Order(StringComparer.Ordinal));
            Assert.Single(group.Select(o => o.Place).Distinct());
        }
    }

    [Theory]
    [InlineData("2024-05-10", DatePrecision.Day, "2024-05-08", "2024-05-20")]
    [InlineData("2024-05-10", DatePrecision.Week, "2024-05-05", "2024-05-29")]
    [InlineData("2024-05-10", DatePrecision.Month, "2024-04-29", "2024-06-10")]
    public void A_dated_operation_looks_for_undated_ones_told_in_the_days_after_it(string date, DatePrecision precision, string from, string to)
    {
        var (toldFrom, toldTo) = LinkingCandidates.ToldSpan(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), precision);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), toldFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), toldTo);
    }
}
