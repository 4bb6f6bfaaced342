using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// The timeline's filters as query parameters (<c>[AsParameters]</c>): bound as strings and validated by
/// <see cref="OperationFilter.Parse"/>, the one place the API, the CSV exports and the pages share. The pages bind the
/// same names through <see cref="Components.Shared.FilteredPage"/> (a test keeps the two lists equal).
/// </summary>
public class FilterParameters
{
    /// <summary>ISO 3166-2 province codes (IQ-KI); repeat for several.</summary>
    [FromQuery(Name = "province")] public string[]? Province { get; set; }

    /// <summary>First day (YYYY-MM-DD; YYYY-MM or YYYY for the start of that month or year).</summary>
    [FromQuery(Name = "from")] public string? From { get; set; }

    /// <summary>Last day (YYYY-MM-DD; YYYY-MM or YYYY for the end of that month or year).</summary>
    [FromQuery(Name = "to")] public string? To { get; set; }

    /// <summary>other, airstrike, search, raid, arrest, clash or isis-attack.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    /// <summary>An actor's English name (Counter-Terrorism Service).</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; set; }

    /// <summary>Text search in Arabic (any hamza, ya or ta marbuta) or an English province or place name.</summary>
    [FromQuery(Name = "q")] public string? Q { get; set; }

    /// <summary>unreviewed, confirmed, corrected or rejected; unset, every operation but the rejected ones.</summary>
    [FromQuery(Name = "review")] public string? Review { get; set; }

    public virtual (OperationFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse() =>
        OperationFilter.Parse(Province, From, To, Kind, null, null, Actor, Q, Review);
}

/// <summary>
/// The filters and a page: <c>page</c> from 1, or <c>after</c>, the <c>next</c> cursor of a previous answer (keyset
/// paging: the rows after that one, however deep); <c>pageSize</c> 1 to 500, 50 by default.
/// </summary>
public sealed class PagedFilterParameters : FilterParameters
{
    [FromQuery(Name = "page")] public string? Page { get; set; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }
    [FromQuery(Name = "after")] public string? After { get; set; }

    public override (OperationFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse() =>
        OperationFilter.Parse(Province, From, To, Kind, Page, PageSize, Actor, Q, Review, After);
}

internal static class FilterProblem
{
    /// <summary>400 with a ProblemDetails body whose <c>errors</c> name each bad parameter and why.</summary>
    public static ValidationProblem For(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(),
            detail: "Invalid filter: " + string.Join(", ", errors.Keys),
            title: "One or more filters are invalid.");
}
