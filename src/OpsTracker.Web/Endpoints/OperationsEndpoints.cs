using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

public static class OperationsEndpoints
{
    /// <summary>
    /// ProblemDetails for errors; JSON that writes Arabic as text rather than \u escapes (the API answers JSON only,
    /// never HTML) and enums by kebab-case name; the OpenAPI document at /openapi/v1.json.
    /// </summary>
    public static IServiceCollection AddOpsTrackerApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        });
        services.AddOpenApi();
        return services;
    }

    /// <summary>
    /// <c>GET /api/operations?province=IQ-NI&amp;province=IQ-AN&amp;from=2024-01-01&amp;to=2024-12-31&amp;kind=raid&amp;actor=...&amp;q=...&amp;page=1&amp;pageSize=50</c>
    /// answers <c>{ "items": [...], "total": N, "next": "..." }</c>, newest first; <c>after=</c> the <c>next</c> of an
    /// answer gives the rows after it (keyset paging, instead of <c>page</c>); <c>GET /api/operations/{id}</c> one
    /// operation with its evidence and report. A bad value answers 400 naming the parameter.
    /// </summary>
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/operations").WithTags("Operations");
        group.MapGet("", ListAsync).WithName("ListOperations")
            .WithSummary("Operations matching the filters, newest first, one page at a time (page=N, or after=the previous answer's next).");
        group.MapGet("/{id:int}", GetAsync).WithName("GetOperation")
            .WithSummary("One operation with its figures, their evidence, its report's text and the report's other operations.");
        return app;
    }

    internal static async Task<Results<Ok<PagedResult<OperationItem>>, ValidationProblem>> ListAsync(
        [AsParameters] PagedFilterParameters parameters,
        OperationQuery query,
        CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Parse();
        if (errors.Count > 0)
        {
            return FilterProblem.For(errors);
        }
        return TypedResults.Ok(await query.ListAsync(filter, cancellationToken));
    }

    /// <summary>
    /// One operation. An operation that re-extraction no longer finds answers 410 Gone with when, by whom and from which
    /// report it went (the audit trail keeps it), so a saved address says what happened; one never stored answers 404.
    /// </summary>
    internal static async Task<Results<Ok<OperationDetail>, ProblemHttpResult>> GetAsync(
        int id, OperationQuery query, Data.Review.ReviewService reviews, CancellationToken cancellationToken)
    {
        var detail = await query.GetAsync(id, cancellationToken);
        if (detail is not null)
        {
            return TypedResults.Ok(detail);
        }
        if (await reviews.RemovedAsync("operation", id, cancellationToken) is { } removed)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status410Gone,
                title: "Removed",
                detail: $"Operation {id} was removed on {removed.AtUtc:yyyy-MM-dd HH:mm} UTC ({removed.User}) when {removed.FileName} was extracted again: the new extraction no longer finds it.",
                extensions: new Dictionary<string, object?> { ["reportId"] = removed.ReportId, ["fileName"] = removed.FileName, ["removedAtUtc"] = removed.AtUtc });
        }
        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no operation {id}.");
    }
}
