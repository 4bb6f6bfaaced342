using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OpsTracker.Data.Maps;
using OpsTracker.Data.Queries;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Pages.Map;

/// <summary>
/// Iraq's governorates coloured by a figure (operations, killed, arrested, hideouts destroyed) and the places of
/// operations as points, under the timeline's filters (read from the query string, as the timeline does). Drawn by
/// Leaflet (wwwroot/lib/leaflet) from the boundaries shipped in wwwroot/data, with no tile server: it works offline.
/// Clicking a governorate, or its name in the table, opens the timeline filtered to it with the same other filters.
/// </summary>
public sealed partial class MapPage : FilteredPage
{
    /// <summary>The figures a governorate can be coloured by, as <c>?metric=</c> would name them.</summary>
    internal static IReadOnlyList<string> Metrics { get; } = ["operations", "killed", "arrested", "hideouts"];

    private const string BoundariesPath = "data/iraq-governorates.geo.json";

    /// <summary>The boundaries' source and licence as the shipped file's SOURCE.md names them, kept left to right in
    /// an Arabic sentence (unisolated, its parentheses and commas are reordered by the bidi algorithm).</summary>
    private const string BoundariesLicence = "COD-AB 2019, CC BY-IGO";

    /// <summary>Encodes markup characters only: Arabic letters stay letters in the page.</summary>
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private MarkupString Attribution => new(string.Format(CultureInfo.CurrentCulture,
        TextEncoder.Encode(L["Boundaries: OCHA / Central Statistics Organization of Iraq ({0}), simplified. Halabja lies within Sulaymaniyah's outline. Click a governorate to see its operations on the timeline."].Value),
        $"<bdi dir=\"ltr\" translate=\"no\">{TextEncoder.Encode(BoundariesLicence)}</bdi>"));

    private OperationFilter _filter = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private OperationMap? _map;
    private IReadOnlyList<string> _actors = [];
    private string _metric = "operations";
    private ChoroplethScale _scale = new(0);
    private ElementReference _mapElement;
    private bool _drawn;
    private IJSObjectReference? _module;

    [Inject] private OperationMapQuery Query { get; set; } = default!;
    [Inject] private OperationQuery Operations { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;


    private string GeoJsonHref => "/export/operations.geojson" + _filter.ToQueryString(includePaging: false);

    /// <summary>The timeline with this page's filters and only <paramref name="province"/>.</summary>
    internal string TimelineHref(string province) =>
        "/timeline" + (_filter with { Provinces = [province], Page = 1 }).ToQueryString(includePaging: false);

    protected override async Task OnParametersSetAsync()
    {
        (_filter, _errors) = ParseFilter();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _map = await Query.GetAsync(_filter);
        _actors = await Operations.ListActorsAsync();
        _scale = new ChoroplethScale(_map.Provinces.Select(p => Value(p, _metric)).DefaultIfEmpty(0).Max());
        _drawn = false;
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private Task OnMetricChangedAsync(string metric)
    {
        _metric = Metrics.Contains(metric) ? metric : "operations";
        if (_map is not null)
        {
            _scale = new ChoroplethScale(_map.Provinces.Select(p => Value(p, _metric)).DefaultIfEmpty(0).Max());
        }
        _drawn = false;
        return Task.CompletedTask;
    }

    internal static int Value(ProvinceFigures p, string metric) => metric switch
    {
        "killed" => p.Killed,
        "arrested" => p.Arrested,
        "hideouts" => p.HideoutsDestroyed,
        _ => p.Operations,
    };

    private string MetricLabel(string metric) => metric switch
    {
        "killed" => L["ISIS members killed"],
        "arrested" => L["ISIS members arrested"],
        "hideouts" => L["Hideouts destroyed"],
        _ => L["Operations"],
    };

    private string PlaceLabel(PlaceOnMap p)
    {
        var name = DashboardCultures.IsArabic || p.PlaceEn is null ? p.Place : $"{p.PlaceEn} ({p.Place})";
        return $"{name}: {L.Plural("count: operations", p.Operations)}";
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_map is null || _drawn)
        {
            return;
        }
        _drawn = true;
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/operation-map.js");
        var provinces = _map.Provinces.Select(p => new
        {
            code = p.Code,
            colour = _scale.ColourOf(Value(p, _metric)),
            label = $"{Labels.Province(p.Code)}: {MetricLabel(_metric)} {Value(p, _metric)}",
            href = TimelineHref(p.Code),
        });
        var places = _map.Places.Select(p => new
        {
            lat = p.Latitude,
            lon = p.Longitude,
            operations = p.Operations,
            label = PlaceLabel(p),
            href = p.ProvinceCode is { } code ? TimelineHref(code) : null,
        });
        var labels = new { zoomIn = L["Zoom in"].Value, zoomOut = L["Zoom out"].Value };
        await _module.InvokeVoidAsync("draw", _mapElement, BoundariesPath, provinces, places, labels);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("dispose", _mapElement);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the page: nothing to clean up in the browser.
            }
        }
    }
}
