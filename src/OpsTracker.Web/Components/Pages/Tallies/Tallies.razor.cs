using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsTracker.Data.Queries;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Pages.Tallies;

/// <summary>
/// Counted and official figures per year and province with the gap between them, a chart by year and the official
/// tallies as reported. Same filters as the timeline, read from the query string.
/// </summary>
public sealed partial class Tallies : FilteredPage
{
    private OperationFilter _filter = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private TallyTable? _table;
    private IReadOnlyList<TallyItem> _official = [];
    private IReadOnlyList<string> _actors = [];
    private IReadOnlyList<TallyChartPanel> _chart = [];
    private IReadOnlyList<TallyRow> _competing = [];

    [Inject] private TallyQuery Query { get; set; } = default!;
    [Inject] private ReportQuery Reports { get; set; } = default!;
    [Inject] private OperationQuery Operations { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;


    private string ExportHref => "/export/tallies.csv" + _filter.ToQueryString(includePaging: false);

    private string ChartTitle => _filter.Provinces.Count > 0
        ? L["By year: {0}", string.Join(", ", _filter.Provinces.Select(Shared.Labels.Province))]
        : L["By year: all Iraq"];

    protected override async Task OnParametersSetAsync()
    {
        (_filter, _errors) = ParseFilter();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _table = await Query.GetAsync(_filter);
        var all = await Reports.ListTalliesAsync();
        var provinces = _filter.Provinces;
        _official = provinces.Count == 0 ? all : [.. all.Where(t => provinces.Contains(t.Scope, StringComparer.OrdinalIgnoreCase))];
        _actors = await Operations.ListActorsAsync();
        BuildChart();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    /// <summary>Small multiples per figure, counted beside official, on every year of the range; all Iraq or the filtered provinces summed.</summary>
    private void BuildChart()
    {
        _chart = TallyChartPanel.From(_table!.Rows, _filter.Provinces.Count > 0,
        [
            ("operations", L["Operations"], r => r.Operations, r => r.OfficialOperations),
            ("killed", L["Killed"], r => r.Killed, r => r.OfficialKilled),
            ("arrested", L["Arrested"], r => r.Arrested, r => r.OfficialArrested),
            ("hideouts", L["Hideouts destroyed"], r => r.HideoutsDestroyed, r => r.OfficialHideoutsDestroyed),
        ], figure => L["{0} by year, counted from the operations beside the official tally; the values are in the table below.", figure]);
        _competing = [.. _table.Rows.Where(r => r.CompetingTallies.Count > 1)];
    }

    private string ReportedBy(TallyItem t) => t.ReportedBy is { } name ? ActorNames.Display(name) : "—";
}
