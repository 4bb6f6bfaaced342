using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Queries;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Shared;

/// <summary>
/// Province (several), date range, kind, actor and text search. A change builds the new filter (back to page 1) and
/// navigates to <see cref="BasePath"/> with it in the query string; the page reads it from there.
/// </summary>
public sealed partial class FilterBar
{
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The filter the page is showing.</summary>
    [Parameter, EditorRequired] public OperationFilter Filter { get; set; } = new();

    /// <summary>The page's path ("/timeline", "/tallies").</summary>
    [Parameter, EditorRequired] public string BasePath { get; set; } = "/timeline";

    /// <summary>The actors to choose from.</summary>
    [Parameter] public IReadOnlyList<string> Actors { get; set; } = [];

    private string? KindValue => Filter.Kind is { } k ? ExtractionJson.Name(k) : null;

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private string ProvincesText(IReadOnlyList<string> codes) => string.Join(", ", codes.Select(Labels.Province));

    private Task OnProvincesChangedAsync(IEnumerable<string?>? codes) =>
        GoAsync(Filter with { Provinces = [.. (codes ?? []).OfType<string>()] });

    private Task OnFromChangedAsync(DateTime? date) => GoAsync(Filter with { From = date is { } d ? DateOnly.FromDateTime(d) : null });

    private Task OnToChangedAsync(DateTime? date) => GoAsync(Filter with { To = date is { } d ? DateOnly.FromDateTime(d) : null });

    private Task OnKindChangedAsync(string? kind) =>
        GoAsync(Filter with { Kind = string.IsNullOrEmpty(kind) ? null : OperationFilter.ParseKind(kind) });

    private Task OnActorChangedAsync(string? actor) => GoAsync(Filter with { Actor = string.IsNullOrWhiteSpace(actor) ? null : actor });

    private Task OnTextChangedAsync(string? text) =>
        GoAsync(Filter with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private Task ClearAsync() => GoAsync(new OperationFilter { PageSize = Filter.PageSize });

    private Task GoAsync(OperationFilter filter)
    {
        var next = filter with { Page = 1 };
        if (!next.Equals(Filter with { Page = 1 }) || Filter.Page != 1)
        {
            Navigation.NavigateTo(BasePath + next.ToQueryString());
        }
        return Task.CompletedTask;
    }
}
