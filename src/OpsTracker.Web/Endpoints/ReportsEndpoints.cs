using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Seeding;
using OpsTracker.Web.Hosting;

namespace OpsTracker.Web.Endpoints;

public static class ReportsEndpoints
{
    /// <summary>
    /// <c>GET /api/reports</c>: every ingested report with its status and counts (failed ones with the reason);
    /// <c>GET /api/reports/{id}</c> one with its text; <c>GET /api/reports/seeding</c> how far loading the seeds folder
    /// is, with the files waiting to be tried again after a database outage (answered without the database).
    /// </summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapGet("", ListAsync).WithName("ListReports")
            .WithSummary("Every ingested report: status (extracted, or failed and why), outlet, publication date and its source, counts.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetReport")
            .WithSummary("One report with its full text, its operations and its official tallies.");
        group.MapGet("/seeding", Seeding).WithName("GetSeedingStatus")
            .WithSummary("Reports of the seeds folder loaded, failed and pending, and those waiting for the database to be tried again.")
            .WithMetadata(new WorksWithoutDatabaseAttribute());
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<ReportItem>>> ListAsync(ReportQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.ListAsync(cancellationToken));

    internal static Ok<SeedingSummary> Seeding(SeedingStatus status) =>
        TypedResults.Ok(new SeedingSummary(
            status.Total, status.Loaded, status.Failed, status.Pending, status.IsCompleted,
            [.. status.Retrying.Select(r => new SeedingRetry(r.Key, r.Value))]));

    internal static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetAsync(int id, ReportQuery query, CancellationToken cancellationToken)
    {
        var detail = await query.GetAsync(id, cancellationToken);
        return detail is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no report {id}.")
            : TypedResults.Ok(detail);
    }
}

/// <summary>The seeding's progress: <c>pending</c> counts the files not stored yet, <c>retrying</c> included.</summary>
public sealed record SeedingSummary(int Total, int Loaded, int Failed, int Pending, bool Completed, IReadOnlyList<SeedingRetry> Retrying);

/// <summary>A file that could not be stored for a passing reason and will be tried again.</summary>
public sealed record SeedingRetry(string FileName, string Reason);
