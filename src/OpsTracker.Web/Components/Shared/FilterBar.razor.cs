using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
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
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private ElementReference _fromBox;
    private ElementReference _toBox;
    private bool _trimmed;

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

    /// <summary>
    /// A search longer than <see cref="OperationFilter.MaxTextLength"/> (pasted past the field's limit, or set from
    /// code) is cut there and the analyst told, so the address stays short enough for any server (no 414 on reload).
    /// </summary>
    private Task OnTextChangedAsync(string? text)
    {
        var t = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        _trimmed = t is { Length: > OperationFilter.MaxTextLength };
        if (_trimmed)
        {
            t = t![..OperationFilter.MaxTextLength].TrimEnd();
        }
        return GoAsync(Filter with { Text = t });
    }

    // Enter in a date field applies what was typed (the picker itself commits only when the field loses focus).
    private Task OnFromKeyDownAsync(KeyboardEventArgs e) => e.Key == "Enter" ? ApplyTypedDateAsync(_fromBox, d => Filter with { From = d }) : Task.CompletedTask;

    private Task OnToKeyDownAsync(KeyboardEventArgs e) => e.Key == "Enter" ? ApplyTypedDateAsync(_toBox, d => Filter with { To = d }) : Task.CompletedTask;

    private async Task ApplyTypedDateAsync(ElementReference box, Func<DateOnly?, OperationFilter> with)
    {
        var typed = (await JS.InvokeAsync<string>("opsTracker.inputValue", box)).Trim();
        if (typed.Length == 0)
        {
            await GoAsync(with(null));
        }
        else if (DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            await GoAsync(with(date));
        }
    }

    // The month arrows point back and forward in the reading direction: mirrored right to left.
    private static string PreviousIcon => DashboardCultures.IsRightToLeft ? Icons.Material.Filled.ChevronRight : Icons.Material.Filled.ChevronLeft;

    private static string NextIcon => DashboardCultures.IsRightToLeft ? Icons.Material.Filled.ChevronLeft : Icons.Material.Filled.ChevronRight;

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
