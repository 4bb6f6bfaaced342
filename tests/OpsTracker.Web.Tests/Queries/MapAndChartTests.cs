using System.Text.Json;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Maps;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Components.Pages.Map;
using OpsTracker.Web.Components.Pages.Tallies;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Queries;

/// <summary>The map's figures and GeoJSON over the seeds on both providers, and the chart's and map's scales.</summary>
public sealed class MapAndChartTests(SeededDatabases databases) : IClassFixture<SeededDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_map_sums_each_governorate_like_the_timeline_and_locates_places_from_the_gazetteer(TestProvider provider)
    {
        var factory = (await databases.GetAsync(provider)).Factory;
        var map = await new OperationMapQuery(factory).GetAsync(new OperationFilter());
        var all = await new OperationQuery(factory).ListAsync(new OperationFilter { PageSize = 500 });

        Assert.Equal(19, map.Provinces.Count); // every governorate, zero included
        Assert.Equal(all.Total, map.Operations);
        foreach (var p in map.Provinces)
        {
            var ops = all.Items.Where(o => o.Province == p.Code).ToList();
            Assert.Equal(ops.Count, p.Operations);
            Assert.Equal(ops.Sum(o => o.Killed ?? 0), p.Killed);
            Assert.Equal(ops.Sum(o => o.Arrested ?? 0), p.Arrested);
            Assert.Equal(ops.Sum(o => o.HideoutsDestroyed ?? 0), p.HideoutsDestroyed);
        }
        Assert.Equal(all.Items.Count(o => o.Province is null), map.WithoutProvince);
        var hamrin = Assert.Single(map.Places, p => p.PlaceEn == "Hamrin Mountains");
        Assert.InRange(hamrin.Latitude, 33, 36);
        Assert.InRange(hamrin.Longitude, 43, 46);
        Assert.Equal(map.Operations, map.Places.Sum(p => p.Operations) + map.WithoutLocatedPlace);

        var kirkuk = await new OperationMapQuery(factory).GetAsync(new OperationFilter { Provinces = ["IQ-KI"] });
        Assert.All(kirkuk.Provinces.Where(p => p.Code != "IQ-KI"), p => Assert.Equal(0, p.Operations));
        Assert.Equal(map.Provinces.Single(p => p.Code == "IQ-KI"), kirkuk.Provinces.Single(p => p.Code == "IQ-KI"));
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_geojson_has_a_feature_per_filtered_operation_placed_at_its_place_or_province(TestProvider provider)
    {
        var factory = (await databases.GetAsync(provider)).Factory;
        var filter = new OperationFilter { Provinces = ["IQ-KI", "IQ-SD"] };
        using var stream = new MemoryStream();
        await new OperationGeoJsonExport(new OperationQuery(factory)).WriteAsync(filter, stream);
        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        var expected = await new OperationQuery(factory).ListAsync(filter with { PageSize = 500 });
        Assert.Equal(expected.Items.Select(o => o.Id), features.Select(f => f.GetProperty("id").GetInt32()));
        foreach (var f in features)
        {
            var props = f.GetProperty("properties");
            Assert.Contains(props.GetProperty("province_code").GetString(), new[] { "IQ-KI", "IQ-SD" });
            var coordinates = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.InRange(coordinates[0], 38.7, 48.7); // longitude first (RFC 7946), inside Iraq
            Assert.InRange(coordinates[1], 29, 37.4);
            Assert.Contains(props.GetProperty("location").GetString(), new[] { "place", "province" });
        }
        var hamrin = Assert.Single(features, f => f.GetProperty("properties").GetProperty("place_en").GetString() == "Hamrin Mountains");
        Assert.Equal("place", hamrin.GetProperty("properties").GetProperty("location").GetString());
        Assert.Equal(1, hamrin.GetProperty("properties").GetProperty("hideouts_destroyed").GetInt32());
    }

    [Fact]
    public void The_chart_draws_every_year_of_the_range_and_leaves_no_year_out()
    {
        TallyRow Row(int year, int ops, int? official) => new(year, TallyRow.AllIraq, "All Iraq", "كل العراق", ops, 0, 0, 0, 0, official, null, null, null);
        var rows = new[] { Row(2024, 1, 344), Row(2021, 2, null), Row(2020, 0, 253) };
        var panels = TallyChartPanel.From(rows, byProvince: false, [("operations", "Operations", r => r.Operations, r => r.OfficialOperations)], t => t);
        var points = Assert.Single(panels).Points;
        Assert.Equal([2020, 2021, 2022, 2023, 2024], points.Select(p => p.Year));
        Assert.Equal([0, 2, 0, 0, 1], points.Select(p => p.Counted));
        Assert.Equal([253, null, null, null, 344], points.Select(p => p.Official));
    }

    [Fact]
    public void The_map_scale_greys_zero_and_darkens_with_the_value()
    {
        var scale = new ChoroplethScale(10);
        Assert.Equal(ChoroplethScale.NoneColour, scale.ColourOf(0));
        Assert.Equal(ChoroplethScale.Colours[0], scale.ColourOf(1));
        Assert.Equal(ChoroplethScale.Colours[^1], scale.ColourOf(10));
        var order = Enumerable.Range(1, 10).Select(v => ChoroplethScale.Colours.ToList().IndexOf(scale.ColourOf(v))).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Equal(["0", "1–2", "3–4", "5–6", "7–8", "9–10"], scale.Legend().Select(l => l.Range));
        Assert.Equal(["0", "1", "2", "3"], new ChoroplethScale(3).Legend().Select(l => l.Range));
        Assert.Equal(["0"], new ChoroplethScale(0).Legend().Select(l => l.Range));
    }
}
