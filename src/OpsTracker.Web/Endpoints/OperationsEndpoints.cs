using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

public static class OperationsEndpoints
{
    /// <summary>ProblemDetails for errors; JSON that writes Arabic as text rather than \u escapes (the API answers JSON only, never HTML).</summary>
    public static IServiceCollection AddOpsTrackerApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        return services;
    }

    /// <summary>
    /// <c>GET /api/operations?province=IQ-NI&amp;province=IQ-AN&amp;from=2024-01-01&amp;to=2024-12-31&amp;kind=raid&amp;page=1&amp;pageSize=50</c>
    /// answers <c>{ "items": [...], "total": N }</c>, newest first; a bad value answers 400 naming the parameter.
    /// </summary>
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/operations", ListAsync).WithName("ListOperations");
        return app;
    }

    internal static async Task<Results<Ok<PagedResult<OperationItem>>, ValidationProblem>> ListAsync(
        [FromQuery] string[]? province,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? kind,
        [FromQuery] string? page,
        [FromQuery] string? pageSize,
        OperationQuery query,
        CancellationToken cancellationToken)
    {
        var (filter, errors) = OperationFilter.Parse(province, from, to, kind, page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.ToDictionary(),
                detail: "Invalid filter: " + string.Join(", ", errors.Keys),
                title: "One or more filters are invalid.");
        }
        return TypedResults.Ok(await query.ListAsync(filter, cancellationToken));
    }
}
