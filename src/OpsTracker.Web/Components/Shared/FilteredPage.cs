using Microsoft.AspNetCore.Components;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Components.Shared;

/// <summary>
/// A page whose content follows the timeline's filters in its query string (the timeline, the map, the tallies). The
/// filters are declared here once for every page, bound by Blazor from the address, and parsed by
/// <see cref="OperationFilter.Parse"/>, the one parser the API and the exports share (through
/// <see cref="Endpoints.FilterParameters"/>, whose query names must stay the same as these: a test compares them).
/// </summary>
public abstract class FilteredPage : ComponentBase
{
    /// <summary>ISO 3166-2 province codes (IQ-KI); repeated for several.</summary>
    [SupplyParameterFromQuery(Name = "province")] public string[]? Province { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "kind")] public string? Kind { get; set; }
    [SupplyParameterFromQuery(Name = "actor")] public string? Actor { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? Q { get; set; }
    [SupplyParameterFromQuery(Name = "review")] public string? Review { get; set; }

    /// <summary>The address's filters, and an error per bad parameter (shown by the filter bar, never thrown).</summary>
    /// <param name="page">The page number's text, for the one page that pages its list (the timeline).</param>
    protected (OperationFilter Filter, IReadOnlyDictionary<string, string[]> Errors) ParseFilter(string? page = null) =>
        OperationFilter.Parse(Province, From, To, Kind, page, null, Actor, Q, Review);
}
