using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Queries;

public sealed class OperationQueryTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static Operation Op(string? province, OperationKind kind, DateOnly? date, string evidence, params Casualty[] casualties) => new()
    {
        ProvinceCode = province,
        Kind = kind,
        Date = date,
        DatePrecision = date is null ? DatePrecision.Unknown : DatePrecision.Day,
        RelativeDate = date is null ? "الأسبوع الماضي" : null,
        Place = "مكان",
        Actors = ["Iraqi Army"],
        EvidenceText = evidence,
        Casualties = [.. casualties],
    };

    private static Casualty C(CasualtySide side, CasualtyCategory category, int count) => new() { Side = side, Category = category, Count = count };

    private async Task<(TestDatabase Db, OperationQuery Query)> SeedAsync(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        context.Reports.Add(new Report
        {
            FileName = "q.txt",
            ContentHash = new string('q', 64),
            IngestedAtUtc = DateTime.UtcNow,
            Status = ReportStatus.Extracted,
            Operations =
            [
                Op("IQ-NI", OperationKind.Raid, new(2024, 5, 1), "e1",
                    C(CasualtySide.Isis, CasualtyCategory.Killed, 2), C(CasualtySide.Isis, CasualtyCategory.Killed, 1),
                    C(CasualtySide.Isis, CasualtyCategory.Arrested, 4), C(CasualtySide.Security, CasualtyCategory.Wounded, 2)),
                Op("IQ-AN", OperationKind.Airstrike, new(2024, 6, 1), "e2"),
                Op("IQ-NI", OperationKind.IsisAttack, new(2024, 6, 1), "e3", C(CasualtySide.Civilian, CasualtyCategory.Killed, 5)),
                Op(null, OperationKind.Search, null, "e4"),
                Op("IQ-KI", OperationKind.Arrest, new(2023, 1, 15), "e5"),
            ],
        });
        context.Reports.Local.Single().Operations[1].Hideouts =
        [
            new Hideout { Kind = HideoutKind.Tunnel, Count = 3, Outcome = HideoutOutcome.Destroyed },
            new Hideout { Kind = HideoutKind.Cave, Count = 9, Outcome = HideoutOutcome.Found },
        ];
        context.Reports.Local.Single().Operations[1].Strikes = 6;
        await context.SaveChangesAsync();
        return (db, new OperationQuery(db.Factory));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Lists_newest_first_then_by_id_with_undated_last(TestProvider provider)
    {
        var (_, query) = await SeedAsync(provider);
        var page = await query.ListAsync(new OperationFilter());
        Assert.Equal(5, page.Total);
        Assert.Equal(["e2", "e3", "e1", "e5", "e4"], page.Items.Select(i => i.Evidence));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Figures_are_summed_per_side_and_null_when_absent(TestProvider provider)
    {
        var (_, query) = await SeedAsync(provider);
        var items = (await query.ListAsync(new OperationFilter())).Items.ToDictionary(i => i.Evidence);

        var raid = items["e1"];
        Assert.Equal((3, 4, (int?)null), (raid.Killed, raid.Arrested, raid.Wounded));
        Assert.Equal([new VictimCount("security", "wounded", 2)], raid.Victims);
        Assert.Equal(("IQ-NI", "Nineveh", "raid", "day"), (raid.Province, raid.ProvinceName, raid.Kind, raid.DatePrecision));
        Assert.Equal(["Iraqi Army"], raid.Actors);

        var strike = items["e2"];
        Assert.Equal((null, null, null, 3, 6), (strike.Killed, strike.Arrested, strike.Wounded, strike.HideoutsDestroyed, strike.Strikes));
        Assert.Empty(strike.Victims);

        var attack = items["e3"];
        Assert.Equal("isis-attack", attack.Kind);
        Assert.Null(attack.Killed);
        Assert.Equal([new VictimCount("civilian", "killed", 5)], attack.Victims);

        var undated = items["e4"];
        Assert.Equal((null, null, "unknown", "الأسبوع الماضي"), (undated.Date, undated.Province, undated.DatePrecision, undated.RelativeDate));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Filters_by_province_dates_and_kind(TestProvider provider)
    {
        var (_, query) = await SeedAsync(provider);
        async Task<string[]> Evidence(OperationFilter f) => [.. (await query.ListAsync(f)).Items.Select(i => i.Evidence)];

        Assert.Equal(["e3", "e1"], await Evidence(new OperationFilter { Provinces = ["IQ-NI"] }));
        Assert.Equal(["e2", "e3", "e1"], await Evidence(new OperationFilter { Provinces = ["IQ-NI", "IQ-AN"] }));
        Assert.Equal(["e2", "e3"], await Evidence(new OperationFilter { From = new(2024, 6, 1) }));
        Assert.Equal(["e1", "e5"], await Evidence(new OperationFilter { To = new(2024, 5, 31) }));
        Assert.Equal(["e1"], await Evidence(new OperationFilter { From = new(2024, 5, 1), To = new(2024, 5, 1) }));
        Assert.Equal(["e3"], await Evidence(new OperationFilter { Kind = OperationKind.IsisAttack }));
        Assert.Empty(await Evidence(new OperationFilter { Provinces = ["IQ-BA"] }));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Pages_are_one_based(TestProvider provider)
    {
        var (_, query) = await SeedAsync(provider);
        var second = await query.ListAsync(new OperationFilter { Page = 2, PageSize = 2 });
        Assert.Equal(5, second.Total);
        Assert.Equal(["e1", "e5"], second.Items.Select(i => i.Evidence));
        var beyond = await query.ListAsync(new OperationFilter { Page = 9, PageSize = 2 });
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
    }
}
