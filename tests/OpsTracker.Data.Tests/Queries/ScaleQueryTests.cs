using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Queries;

/// <summary>
/// The structures that keep the readers fast at a million operations, on both providers: the folded search column
/// (found by LIKE), the figures summed into each operation's row, and the tallies rollup kept by triggers.
/// </summary>
public sealed class ScaleQueryTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static Operation Op(string? province, DateOnly? date, string evidence, string? place = null, string[]? actors = null, params Casualty[] casualties) => new()
    {
        ProvinceCode = province,
        Kind = OperationKind.Raid,
        Date = date,
        DatePrecision = date is null ? DatePrecision.Unknown : DatePrecision.Day,
        Place = place,
        Actors = [.. actors ?? []],
        EvidenceText = evidence,
        Casualties = [.. casualties],
    };

    private static Casualty Killed(int n, CasualtySide side = CasualtySide.Isis) => new() { Side = side, Category = CasualtyCategory.Killed, Count = n };

    private static OperationFilter Filter(string? q = null, string? province = null, string? actor = null, string? from = null, string? to = null, string? review = null)
    {
        var (filter, errors) = OperationFilter.Parse(province is null ? null : [province], from, to, null, null, null, actor, q, review);
        Assert.Empty(errors);
        return filter;
    }

    private async Task<TestDatabase> SeedAsync(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        context.Reports.Add(new Report
        {
            FileName = $"scale-{Guid.NewGuid():N}.txt", // reviews are kept by file name and span across resets
            ContentHash = new string('s', 64),
            IngestedAtUtc = DateTime.UtcNow,
            Status = ReportStatus.Extracted,
            Operations =
            [
                Op("IQ-SD", new(2024, 5, 1), "قُتِل ثلاثة من عناصر داعش قرب كركوك", "بيجي", null, Killed(3), Killed(2, CasualtySide.Civilian)),
                Op("IQ-KI", new(2024, 6, 1), "اعتقال إرهابي في الحويجة", "الحويجة", ["Iraqi Army"]),
                Op("IQ-DI", new(2023, 1, 15), "ضربة جوية في حوض حمرين", "حمرين", ["Popular Mobilization Forces"], Killed(4)),
                Op(null, null, "عملية تفتيش", null, null, Killed(1)),
            ],
        });
        context.Reports.Local.Single().Operations[2].Hideouts = [new Hideout { Kind = HideoutKind.Tunnel, Count = 2, Outcome = HideoutOutcome.Destroyed }];
        var operations = context.Reports.Local.Single().Operations;
        for (var i = 0; i < operations.Count; i++)
        {
            (operations[i].EvidenceStart, operations[i].EvidenceEnd) = (i * 100, (i * 100) + operations[i].EvidenceText.Length);
        }
        await context.SaveChangesAsync();
        return db;
    }

    private static async Task<int[]> IdsAsync(TestDatabase db, OperationFilter filter) =>
        [.. (await new OperationQuery(db.Factory).ListAsync(filter)).Items.Select(i => i.Id).Order()];

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task English_and_arabic_names_find_the_same_operations(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        Assert.Equal(await IdsAsync(db, Filter(q: "Kirkuk")), await IdsAsync(db, Filter(q: "كركوك")));
        Assert.Equal(2, (await IdsAsync(db, Filter(q: "Kirkuk"))).Length); // Kirkuk's operation, and the one whose text names it
        Assert.Equal(await IdsAsync(db, Filter(q: "Diyala")), await IdsAsync(db, Filter(q: "ديالى")));
        Assert.Single(await IdsAsync(db, Filter(q: "ديالي")));
        var isis = await IdsAsync(db, Filter(q: "داعش"));
        Assert.Single(isis);
        Assert.Equal(isis, await IdsAsync(db, Filter(q: "ISIS")));
        Assert.Equal(isis, await IdsAsync(db, Filter(q: "Daesh")));
        // An actor's Arabic name finds the operations the extractor credited to it, whatever their text says.
        Assert.Single(await IdsAsync(db, Filter(q: "الحشد الشعبي")));
        Assert.Equal(await IdsAsync(db, Filter(q: "الجيش العراقي")), await IdsAsync(db, Filter(q: "Iraqi Army")));
        Assert.Single(await IdsAsync(db, Filter(q: "قتل ثلاثه"))); // diacritics in the text, ta marbuta in the query
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Hostile_queries_are_plain_text(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        string[] hostile =
        [
            new string('%', 200), new string('_', 200), "\\" + new string('\\', 150), "(a+)+$" + new string('a', 150),
            string.Join(' ', Enumerable.Repeat("ا", 100)), "' OR 1=1 --", "%_%_%_%_%_%_%_%_%_%_%_%_%",
        ];
        foreach (var q in hostile)
        {
            var page = await new OperationQuery(db.Factory).ListAsync(Filter(q: q));
            Assert.Empty(page.Items);
            Assert.Equal(0, page.Total);
        }
        Assert.Single(await IdsAsync(db, Filter(q: "في      الحويجة"))); // a run of spaces reads as one
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_corrected_place_is_searched_at_once(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var id = Assert.Single(await IdsAsync(db, Filter(q: "بيجي")));
        var result = await new ReviewService(db.Factory, TimeProvider.System)
            .CorrectAsync(id, new JsonObject { ["place"] = "الشرقاط" }, "the report names Shirqat", "analyst@example.org");
        Assert.Empty(result.Errors);
        Assert.Empty(await IdsAsync(db, Filter(q: "بيجي")));
        Assert.Equal([id], await IdsAsync(db, Filter(q: "الشرقاط")));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Figures_summed_into_the_row_are_those_of_its_casualties_and_hideouts(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        var rows = await context.Operations.AsNoTracking()
            .Select(o => new
            {
                o.EvidenceText,
                Killed = EF.Property<int?>(o, OperationFigures.IsisKilled),
                Arrested = EF.Property<int?>(o, OperationFigures.IsisArrested),
                Destroyed = EF.Property<int?>(o, OperationFigures.HideoutsDestroyed),
                Victims = EF.Property<int?>(o, OperationFigures.VictimsKilled),
            })
            .ToDictionaryAsync(o => o.EvidenceText);
        Assert.Equal((3, null, null, 2), (rows["قُتِل ثلاثة من عناصر داعش قرب كركوك"].Killed, rows["قُتِل ثلاثة من عناصر داعش قرب كركوك"].Arrested,
            rows["قُتِل ثلاثة من عناصر داعش قرب كركوك"].Destroyed, rows["قُتِل ثلاثة من عناصر داعش قرب كركوك"].Victims));
        Assert.Equal((4, (int?)2), (rows["ضربة جوية في حوض حمرين"].Killed, rows["ضربة جوية في حوض حمرين"].Destroyed));
        Assert.Equal(((int?)null, (int?)null), (rows["اعتقال إرهابي في الحويجة"].Killed, rows["اعتقال إرهابي في الحويجة"].Victims));

        // A casualty written apart from its operation would leave the summed figures behind: refused.
        var op = await context.Operations.FirstAsync();
        context.Casualties.Add(new Casualty { OperationId = op.Id, Side = CasualtySide.Isis, Category = CasualtyCategory.Killed, Count = 9 });
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_tallies_rollup_follows_every_write_at_once(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var tallies = new TallyQuery(db.Factory);
        Assert.True(TallyQuery.CanUseRollup(Filter(from: "2024", to: "2024")));
        Assert.False(TallyQuery.CanUseRollup(Filter(from: "2024-02-01")));

        async Task<Dictionary<(int?, string), (int, int, int)>> RowsAsync(OperationFilter filter) =>
            (await tallies.GetAsync(filter)).Rows.ToDictionary(r => (r.Year, r.ProvinceCode), r => (r.Operations, r.Killed, r.HideoutsDestroyed));

        // The rollup and the operations themselves agree (a text filter matching everything takes the second path).
        var fromRollup = await RowsAsync(new OperationFilter());
        Assert.Equal((1, 3, 0), fromRollup[(2024, "IQ-SD")]);
        Assert.Equal((1, 4, 2), fromRollup[(2023, "IQ-DI")]);
        Assert.Equal((1, 1, 0), fromRollup[(null, "IQ")]);
        Assert.Equal((2, 3, 0), fromRollup[(2024, "IQ")]);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            Assert.Equal(4, await context.Set<TallyRollupRow>().SumAsync(t => t.Operations));
        }

        // A correction moves the operation to its new year and province at once; a rejection takes it out.
        var review = new ReviewService(db.Factory, TimeProvider.System);
        var saladin = Assert.Single(await IdsAsync(db, Filter(province: "IQ-SD")));
        Assert.Empty((await review.CorrectAsync(saladin, new JsonObject { ["province"] = "IQ-AN", ["date"] = "2022-03-01" }, "misread", "a@example.org")).Errors);
        var corrected = await RowsAsync(new OperationFilter());
        Assert.False(corrected.ContainsKey((2024, "IQ-SD")));
        Assert.Equal((1, 3, 0), corrected[(2022, "IQ-AN")]);
        Assert.Equal((1, 0, 0), corrected[(2024, "IQ")]);
        Assert.Equal(corrected[(2022, "IQ-AN")], (await RowsAsync(Filter(province: "IQ-AN", from: "2022", to: "2022")))[(2022, "IQ-AN")]);

        Assert.Empty((await review.ReviewAsync(saladin, "rejected", "not an operation", "a@example.org")).Errors);
        var rejected = await RowsAsync(new OperationFilter());
        Assert.False(rejected.ContainsKey((2022, "IQ-AN")));
        Assert.Equal((1, 3, 0), (await RowsAsync(Filter(review: "rejected")))[(2022, "IQ-AN")]);

        // Removing the report (a re-import replaces it the same way) empties the rollup.
        await db.ResetAsync();
        Assert.Empty((await tallies.GetAsync(new OperationFilter())).Rows);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_rollup_and_the_aggregate_of_the_operations_agree(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var tallies = new TallyQuery(db.Factory);
        // Every evidence here has a ta marbuta: the same rows, counted by the operations' own aggregate.
        var viaText = await tallies.GetAsync(Filter(q: "ة"));
        var viaRollup = await tallies.GetAsync(new OperationFilter());
        Assert.Equal(
            viaRollup.Rows.Select(r => (r.Year, r.ProvinceCode, r.Operations, r.Killed, r.Arrested, r.Wounded, r.HideoutsDestroyed)),
            viaText.Rows.Select(r => (r.Year, r.ProvinceCode, r.Operations, r.Killed, r.Arrested, r.Wounded, r.HideoutsDestroyed)));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Rows_stored_before_the_search_column_are_folded_at_startup(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            await context.Operations.ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<string?>(o, OperationSearchText.Column), (string?)null));
        }
        Assert.Empty(await IdsAsync(db, Filter(q: "حمرين")));
        Assert.Equal(4, await OperationSearchText.BackfillAsync(db.Factory));
        Assert.Single(await IdsAsync(db, Filter(q: "حمرين")));
        Assert.Equal(0, await OperationSearchText.BackfillAsync(db.Factory));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_distinct_actor_lists_come_from_the_index(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var actors = await new OperationQuery(db.Factory).ListActorsAsync();
        Assert.Equal(["Iraqi Army", "Popular Mobilization Forces"], actors);
        Assert.Single(await IdsAsync(db, Filter(actor: "Iraqi Army")));
    }
}
