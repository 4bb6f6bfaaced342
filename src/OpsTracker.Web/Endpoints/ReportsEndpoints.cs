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
            .WithSummary("A page of the ingested reports (500 by default; X-Total-Count has the number of matches): status (extracted, or failed and why), outlet, publication date and its source, counts. Filters: status, outlet, from, to, q; sort; page, pageSize.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetReport")
            .WithSummary("One report with its full text, its operations and its official tallies.");
        group.MapGet("/seeding", Seeding).WithName("GetSeedingStatus")
            .WithSummary("Reports of the seeds folder loaded, failed and pending, and those waiting for the database to be tried again.")
            .WithMetadata(new WorksWithoutDatabaseAttribute());
        return app;
    }

    /// <summary>
    /// A page of reports (an array, as before paging existed; the number of matches in <c>X-Total-Count</c>), filtered,
    /// ordered and paged in the database: <c>status</c> (extracted, failed), <c>outlet</c>, <c>from</c>/<c>to</c>
    /// (publication date), <c>q</c> (in the file name or outlet), <c>sort</c> (file, published, ingested, operations;
    /// <c>-</c> for descending), <c>page</c>, <c>pageSize</c> (default and at most 500).
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<ReportItem>>, ValidationProblem>> ListAsync(
        HttpContext context, ReportQuery query, CancellationToken cancellationToken,
        string? status = null, string? outlet = null, string? from = null, string? to = null, string? q = null,
        string? sort = null, string? page = null, string? pageSize = null)
    {
        var (filter, errors) = ReportFilter.Parse(status, outlet, from, to, q, sort, page, pageSize, ReportFilter.MaxPageSize);
        if (errors.Count > 0)
        {
            return FilterProblem.For(errors);
        }
        var result = await query.PageAsync(filter, cancellationToken);
        context.Response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(result.Items);
    }

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
