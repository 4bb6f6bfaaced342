using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Queries;

/// <summary>The read queries over the project's seeds, as the real extractor stored them, on both providers.</summary>
public sealed class SeededQueryTests(SeededDatabases databases) : IClassFixture<SeededDatabases>
{
    private const string Hamrin = "سلسلة جبال حمرين";

    private async Task<OperationQuery> OperationsAsync(TestProvider provider) => new((await databases.GetAsync(provider)).Factory);

    private async Task<TallyQuery> TalliesAsync(TestProvider provider) => new((await databases.GetAsync(provider)).Factory);

    private static OperationFilter Filter(string? province = null, string? from = null, string? to = null, string? kind = null, string? actor = null, string? q = null)
    {
        var (filter, errors) = OperationFilter.Parse(province is null ? null : [province], from, to, kind, null, null, actor, q);
        Assert.Empty(errors);
        return filter;
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_Kirkuk_filter_shows_the_Hamrin_operation_and_none_from_Salah_al_Din(TestProvider provider)
    {
        var query = await OperationsAsync(provider);
        var all = await query.ListAsync(new OperationFilter());
        Assert.Contains(all.Items, o => o.Province == "IQ-SD");

        var kirkuk = await query.ListAsync(Filter(province: "IQ-KI"));
        Assert.All(kirkuk.Items, o => Assert.Equal("IQ-KI", o.Province));
        Assert.Equal(kirkuk.Total, kirkuk.Items.Count);
        var hamrin = Assert.Single(kirkuk.Items, o => o.Place == Hamrin);
        Assert.Equal((new DateOnly(2025, 1, 6), "day", "search", 1), (hamrin.Date, hamrin.DatePrecision, hamrin.Kind, hamrin.HideoutsDestroyed));
        Assert.Equal("Hamrin Mountains", hamrin.PlaceEn);
        Assert.Equal("كركوك", hamrin.ProvinceNameAr);
        Assert.Equal(hamrin, kirkuk.Items[0]); // the only dated Kirkuk operation comes first
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Text_search_folds_hamza_ya_and_ta_marbuta_and_knows_english_names(TestProvider provider)
    {
        var query = await OperationsAsync(provider);
        async Task<string?[]> Places(string q) => [.. (await query.ListAsync(Filter(q: q))).Items.Select(i => i.Place)];

        Assert.Contains(Hamrin, await Places("حمرين"));
        Assert.Contains(Hamrin, await Places("Hamrin"));
        Assert.Contains(Hamrin, await Places("سلسله جبال حمرين")); // ta marbuta written as ha
        // Province names in English or Arabic find the province's operations.
        Assert.All((await query.ListAsync(Filter(q: "kirkuk"))).Items, o => Assert.True(o.Province == "IQ-KI" || o.Evidence.Contains("كركوك", StringComparison.Ordinal)));
        Assert.Contains(Hamrin, await Places("كركوك"));
        Assert.Empty(await Places("zzzz-not-there"));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Hamza_in_the_query_or_the_text_does_not_matter(TestProvider provider)
    {
        var query = await OperationsAsync(provider);
        var withHamza = await query.ListAsync(Filter(q: "الإرهابي"));
        var withoutHamza = await query.ListAsync(Filter(q: "الارهابي"));
        Assert.True(withHamza.Total > 0);
        Assert.Equal(withHamza.Items.Select(i => i.Id), withoutHamza.Items.Select(i => i.Id));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Filters_by_actor_and_lists_the_actors(TestProvider provider)
    {
        var query = await OperationsAsync(provider);
        var actors = await query.ListActorsAsync();
        Assert.Contains("Counter-Terrorism Service", actors);
        Assert.Contains("Military Intelligence", actors);

        var mi = await query.ListAsync(Filter(actor: "military intelligence"));
        Assert.Equal(2, mi.Total);
        Assert.All(mi.Items, o => Assert.Contains("Military Intelligence", o.Actors));
        Assert.Equal(0, (await query.ListAsync(Filter(actor: "Nobody"))).Total);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_operation_comes_with_its_report_text_evidence_and_siblings(TestProvider provider)
    {
        var query = await OperationsAsync(provider);
        var hamrin = (await query.ListAsync(Filter(q: "Hamrin"))).Items.Single(o => o.Place == Hamrin);
        var detail = await query.GetAsync(hamrin.Id);
        Assert.NotNull(detail);
        Assert.Equal(detail.Operation.Evidence, detail.Report.Text[detail.EvidenceStart..detail.EvidenceEnd]);
        Assert.Contains(Hamrin, detail.Operation.Evidence, StringComparison.Ordinal);
        Assert.Equal(["Counter-Terrorism Service", "Iraqi Air Force"], detail.Operation.Actors);
        var sibling = Assert.Single(detail.OtherOperations);
        Assert.Equal(("other", new DateOnly(2024, 10, 1), "month"), (sibling.Kind, sibling.Date, sibling.DatePrecision));
        Assert.Single(detail.Hideouts, h => h.Outcome == "destroyed" && h.Count == 1);
        Assert.Null(await query.GetAsync(int.MaxValue));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_stream_gives_every_matching_operation_with_its_figures(TestProvider provider)
    {
        var query = await OperationsAsync(provider);
        var total = (await query.ListAsync(new OperationFilter())).Total;
        var rows = new List<OperationExportRow>();
        await foreach (var r in query.StreamAsync(new OperationFilter { PageSize = 1 }))
        {
            rows.Add(r);
        }
        Assert.Equal(total, rows.Count);
        var october = Assert.Single(rows, r => r.Date == new DateOnly(2024, 10, 1));
        Assert.Equal((9, (int?)null, (int?)null), (october.Killed, october.Arrested, october.HideoutsDestroyed));
        var strike = Assert.Single(rows, r => r.Strikes == 133);
        Assert.Equal(("IQ-NI", "Nineveh"), (strike.ProvinceCode, strike.ProvinceEn));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Tallies_put_counted_and_official_figures_side_by_side_per_year(TestProvider provider)
    {
        var table = await (await TalliesAsync(provider)).GetAsync(new OperationFilter());
        var iraq2024 = Assert.Single(table.Rows, r => r is { Year: 2024, ProvinceCode: "IQ" });
        Assert.Equal((344, 70, 144, 310), (iraq2024.OfficialOperations, iraq2024.OfficialKilled, iraq2024.OfficialArrested, iraq2024.OfficialHideoutsDestroyed));
        Assert.Equal((1, 9), (iraq2024.Operations, iraq2024.Killed)); // the October 2024 operation
        Assert.Equal(343, iraq2024.OperationsGap);

        var iraq2020 = Assert.Single(table.Rows, r => r is { Year: 2020, ProvinceCode: "IQ" });
        Assert.Equal((253, 206, 292), (iraq2020.OfficialOperations, iraq2020.OfficialKilled, iraq2020.OfficialArrested));
        Assert.Equal(0, iraq2020.Operations);

        var kirkuk2025 = Assert.Single(table.Rows, r => r is { Year: 2025, ProvinceCode: "IQ-KI" });
        Assert.Equal((1, 1, "Kirkuk"), (kirkuk2025.Operations, kirkuk2025.HideoutsDestroyed, kirkuk2025.ProvinceEn));

        // Undated operations are a line of their own, not dropped.
        var undated = Assert.Single(table.Rows, r => r is { Year: null, ProvinceCode: "IQ" });
        Assert.Equal(table.Rows.Where(r => r.Year is null && !r.IsAllIraq).Sum(r => r.Operations), undated.Operations);
        Assert.True(undated.Operations >= 6);
        Assert.Equal(table.Rows.Where(r => r.IsAllIraq).Sum(r => r.Operations), (await (await OperationsAsync(provider)).ListAsync(new OperationFilter())).Total);

        // Tallies without a period belong to no year.
        Assert.Contains(table.Unassigned, t => t.IsisAttacks == 50);
        Assert.Contains(table.Unassigned, t => t.Killed == 100);
        Assert.Null(table.Rows[^1].Year);
        Assert.Equal(2025, table.Rows[0].Year);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Tallies_follow_the_province_and_date_filters(TestProvider provider)
    {
        var tallies = await TalliesAsync(provider);
        var kirkuk = await tallies.GetAsync(Filter(province: "IQ-KI"));
        Assert.NotEmpty(kirkuk.Rows);
        Assert.All(kirkuk.Rows, r => Assert.Equal("IQ-KI", r.ProvinceCode));

        var years = await tallies.GetAsync(Filter(from: "2020", to: "2024"));
        Assert.Equal([2024, 2021, 2020], years.Rows.Where(r => r.IsAllIraq).Select(r => r.Year));
    }
}
