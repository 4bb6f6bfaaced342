using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OpsTracker.Data.Queries;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Pages.Timeline;

/// <summary>
/// Operations in date order, one server page at a time (so 100,000 operations stay responsive), grouped by month.
/// The filters come from the query string (<c>/timeline?province=IQ-KI&amp;from=2024-01-01&amp;kind=airstrike&amp;q=...</c>).
/// </summary>
public sealed partial class Timeline : FilteredPage
{
    private OperationFilter _filter = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private PagedResult<OperationItem>? _result;
    private IReadOnlyList<string> _actors = [];
    private PagedResult<OperationItem>? _restoredFor;

    [Inject] private OperationQuery Query { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "page")] public string? Page { get; set; }

    private int PageCount => _result is null ? 0 : (_result.Total + _filter.PageSize - 1) / _filter.PageSize;

    private string ExportHref => "/export/operations.csv" + _filter.ToQueryString(includePaging: false);

    protected override async Task OnParametersSetAsync()
    {
        (_filter, _errors) = ParseFilter(Page);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _result = await Query.ListAsync(_filter);
        _actors = await Query.ListActorsAsync();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private void GoToPage(int page) => Navigation.NavigateTo("/timeline" + (_filter with { Page = page }).ToQueryString());

    /// <summary>
    /// Once a page of operations is on screen, the browser puts back the scroll position this address had when the
    /// analyst left it with the back or forward button (js/opstracker.js keeps one per address in sessionStorage).
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_result is not null && _restoredFor != _result)
        {
            _restoredFor = _result;
            await JS.InvokeVoidAsync("opsTracker.restoreScroll");
        }
    }

    /// <summary>Consecutive operations of one month (or one year, when only the year is known, or of unknown date).</summary>
    internal IEnumerable<(string Label, List<OperationItem> Operations)> Groups(IEnumerable<OperationItem> items)
    {
        string? key = null;
        List<OperationItem>? current = null;
        string label = "";
        foreach (var op in items)
        {
            var (k, l) = op switch
            {
                { Date: null } => ("unknown", L["Date unknown (group)"].Value),
                { Date: { } d, DatePrecision: "year" } => ($"{d.Year}", L["{0} (month not known)", d.Year.ToString(CultureInfo.InvariantCulture)].Value),
                { Date: { } d } => ($"{d.Year}-{d.Month}", d.ToString("MMMM yyyy", CultureInfo.CurrentCulture)),
            };
            if (k != key)
            {
                if (current is not null)
                {
                    yield return (label, current);
                }
                (key, label, current) = (k, l, []);
            }
            current!.Add(op);
        }
        if (current is not null)
        {
            yield return (label, current);
        }
    }
}
