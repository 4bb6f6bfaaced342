using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

public static class ReportsEndpoints
{
    /// <summary><c>GET /api/reports</c>: every ingested report with its status and counts; <c>GET /api/reports/{id}</c> one with its text.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapGet("", ListAsync).WithName("ListReports")
            .WithSummary("Every ingested report: status (extracted, or failed and why), outlet, publication date and its source, counts.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetReport")
            .WithSummary("One report with its full text, its operations and its official tallies.");
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<ReportItem>>> ListAsync(ReportQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.ListAsync(cancellationToken));

    internal static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetAsync(int id, ReportQuery query, CancellationToken cancellationToken)
    {
        var detail = await query.GetAsync(id, cancellationToken);
        return detail is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no report {id}.")
            : TypedResults.Ok(detail);
    }
}
