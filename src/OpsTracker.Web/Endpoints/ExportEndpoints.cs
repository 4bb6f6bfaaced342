using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// CSV downloads at stable URLs, with the timeline's filters: <c>/export/tallies.csv</c>, <c>/export/operations.csv</c>
/// and <c>/export/reports.csv</c>; the tallies and operations also as XLSX (<c>.xlsx</c>, same filters and rows); <c>/export/audit.csv</c> for admins only. UTF-8 with a byte order mark, written to the response as it is produced; the file
/// name carries the filter and the day. The first 32 KB are held back (<see cref="HeldResponseStream"/>), so an export
/// that fails before its first rows (the database is gone) answers 503, not a 200 cut short.
/// </summary>
public static class ExportEndpoints
{
    private const string CsvContentType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export").WithTags("Exports");
        group.MapGet("/tallies.csv", Tallies).WithName("ExportTallies")
            .WithSummary("The tallies table as CSV: a row per year and province with data, and per year for all Iraq (IQ).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/operations.csv", Operations).WithName("ExportOperations")
            .WithSummary("The operations matching the filters as CSV, one row per operation, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/tallies.xlsx", TalliesXlsx).WithName("ExportTalliesXlsx")
            .WithSummary("The tallies table as an XLSX workbook (the same filters and rows as tallies.csv).")
            .Produces(StatusCodes.Status200OK, contentType: XlsxExport.ContentType);
        group.MapGet("/operations.xlsx", OperationsXlsx).WithName("ExportOperationsXlsx")
            .WithSummary("The operations matching the filters as an XLSX workbook (the columns of operations.csv), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: XlsxExport.ContentType);
        group.MapGet("/reports.csv", Reports).WithName("ExportReports")
            .WithSummary("Every report as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/audit.csv", Audit).WithName("ExportAudit")
            .RequireAuthorization(Hosting.Policies.Admin)
            .WithSummary("The audit trail as CSV (admins only): who, when, what, before, after and why, for every write.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> Tallies(
        [AsParameters] FilterParameters parameters, TallyCsvExport export, TimeProvider time, CancellationToken cancellationToken) =>
        Download(parameters, export, CsvContentType, "tallies", "csv", time, cancellationToken);

    internal static Results<PushStreamHttpResult, ValidationProblem> Operations(
        [AsParameters] FilterParameters parameters, OperationCsvExport export, TimeProvider time, CancellationToken cancellationToken) =>
        Download(parameters, export, CsvContentType, "operations", "csv", time, cancellationToken);

    internal static Results<PushStreamHttpResult, ValidationProblem> TalliesXlsx(
        [AsParameters] FilterParameters parameters, TallyXlsxExport export, TimeProvider time, CancellationToken cancellationToken) =>
        Download(parameters, export, XlsxExport.ContentType, "tallies", "xlsx", time, cancellationToken);

    internal static Results<PushStreamHttpResult, ValidationProblem> OperationsXlsx(
        [AsParameters] FilterParameters parameters, OperationXlsxExport export, TimeProvider time, CancellationToken cancellationToken) =>
        Download(parameters, export, XlsxExport.ContentType, "operations", "xlsx", time, cancellationToken);

    /// <summary>
    /// Every filtered download is served the same way: the filters parsed once (a 400 naming each bad parameter),
    /// the rows streamed behind <see cref="HeldResponseStream"/>, the file named by what it holds, its filter and the day.
    /// </summary>
    internal static Results<PushStreamHttpResult, ValidationProblem> Download(FilterParameters parameters, IFilteredExport export,
        string contentType, string what, string extension, TimeProvider time, CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Parse();
        if (errors.Count > 0)
        {
            return FilterProblem.For(errors);
        }
        return TypedResults.Stream(stream => HeldResponseStream.WriteAsync(stream, held => export.WriteAsync(filter, held, cancellationToken)),
            contentType, ExportFileName.For(what, filter, Today(time), extension));
    }

    internal static PushStreamHttpResult Reports(ReportCsvExport export, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Stream(stream => HeldResponseStream.WriteAsync(stream, held => export.WriteAsync(held, cancellationToken)), CsvContentType,
            ExportFileName.For("reports", new OperationFilter(), Today(time)));

    internal static PushStreamHttpResult Audit(AuditCsvExport export, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Stream(stream => HeldResponseStream.WriteAsync(stream, held => export.WriteAsync(held, cancellationToken)), CsvContentType,
            ExportFileName.For("audit", new OperationFilter(), Today(time)));

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().Date);
}
