using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;
using OpsTracker.Data.Seeding;
using OpsTracker.Web.Hosting;

namespace OpsTracker.Web.Endpoints;

/// <summary>The writes on reports; each needs the analyst policy (401 without an account, 403 for a viewer).</summary>
public static class ReportWriteEndpoints
{
    public static IEndpointRouteBuilder MapReportWriteApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Analyst);
        group.MapPost("", AddAsync).WithName("AddReport")
            .WithSummary("Adds a report (JSON: fileName, text, outlet, url, published) through the importer: 201 with the report and its extraction; 409 with a link when the same content or name is already loaded; 400 naming a bad field.");
        group.MapPut("/{id:int}/published", SetPublishedAsync).WithName("SetReportPublished")
            .WithSummary("Sets a report's publication date (2003-01-01 to today) and extracts it again with it.");
        group.MapPost("/{id:int}/operations", AddOperationAsync).WithName("AddOperation")
            .WithSummary("Adds an operation the extractor missed: its evidence (evidenceStart, evidenceEnd in the report's text), kind and the other fields of a correction, and a reason. Kept across re-extraction.");
        return app;
    }

    /// <summary>The body of <c>POST /api/reports</c>: the report's text and what a sidecar would say.</summary>
    public sealed record AddReportBody(string? FileName, string? Text, string? Outlet, string? Url, string? Published);

    internal static async Task<Results<Created<ReportDetail>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddReportBody body, ReportSubmissions submissions, ReportQuery query, ReviewService audit, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await submissions.SubmitAsync(
            ReportSubmission.FromText(body.FileName, body.Text, body.Outlet, body.Url, body.Published), ReviewEndpoints.NameOf(user), cancellationToken);
        if (result.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                result.Errors.ToDictionary(),
                detail: "Invalid " + string.Join(", ", result.Errors.Keys),
                title: "One or more fields are invalid.");
        }
        if (result.ExistingReportId is { } existing)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Already loaded",
                detail: result.Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["reportId"] = existing,
                    ["report"] = $"/api/reports/{existing}",
                    ["page"] = $"/reports/{existing}",
                });
        }
        var id = result.Outcome!.ReportId;
        await audit.AuditAsync(ReviewEndpoints.NameOf(user), "report.add", "report", id.ToString(CultureInfo.InvariantCulture), null,
            new { body.FileName, body.Outlet, body.Url, body.Published, result.Outcome.Operations, result.Outcome.Tallies }, null, cancellationToken);
        var detail = await query.GetAsync(id, cancellationToken);
        return TypedResults.Created($"/api/reports/{id}", detail);
    }

    /// <summary>The body of <c>PUT /api/reports/{id}/published</c>: <c>{"published": "YYYY-MM-DD"}</c>.</summary>
    public sealed record PublishedBody(string? Published);

    internal static async Task<Results<Ok<ImportOutcome>, ValidationProblem, ProblemHttpResult>> SetPublishedAsync(
        int id, PublishedBody body, ReportImporter importer, TimeProvider time, ReviewService audit, ReportQuery query,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(body.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            return Invalid("published", "A date as YYYY-MM-DD is needed.");
        }
        if (PublicationDates.Check(published, time) is { } error)
        {
            return Invalid("published", error);
        }
        try
        {
            var before = (await query.GetAsync(id, cancellationToken))?.Report.Published;
            var outcome = await importer.ReextractAsync(id, published, ReviewEndpoints.NameOf(user), cancellationToken);
            await audit.AuditAsync(ReviewEndpoints.NameOf(user), "report.published", "report", id.ToString(CultureInfo.InvariantCulture),
                new { published = before }, new { published }, null, cancellationToken);
            return TypedResults.Ok(outcome);
        }
        catch (KeyNotFoundException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: e.Message);
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot extract again", detail: e.Message);
        }
    }

    internal static async Task<Results<Created<ReviewItem>, ValidationProblem, ProblemHttpResult>> AddOperationAsync(
        int id, HttpRequest request, ReviewService reviews, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        System.Text.Json.Nodes.JsonObject? body;
        try
        {
            body = await request.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(cancellationToken);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Invalid("body", "A JSON object: evidenceStart, evidenceEnd, kind, reason and any other field of an operation.");
        }
        if (body is null)
        {
            return Invalid("body", "A JSON object: evidenceStart, evidenceEnd, kind, reason and any other field of an operation.");
        }
        if (Number(body["evidenceStart"]) is not { } start)
        {
            return Invalid("evidenceStart", "The first character of the evidence in the report's text (a whole number).");
        }
        if (Number(body["evidenceEnd"]) is not { } end)
        {
            return Invalid("evidenceEnd", "The character after the evidence in the report's text (a whole number).");
        }
        var reason = body["reason"] is System.Text.Json.Nodes.JsonValue r && r.TryGetValue<string>(out var text) ? text : null;
        var result = await reviews.AddOperationAsync(id, start, end, body, reason, ReviewEndpoints.NameOf(user), cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no report {id}.");
        }
        if (result.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(), detail: "Invalid " + string.Join(", ", result.Errors.Keys), title: "One or more fields are invalid.");
        }
        return TypedResults.Created($"/api/operations/{result.Review!.OperationId}", result.Review);
    }

    private static int? Number(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<System.Text.Json.JsonElement>(out var e) && e.ValueKind == System.Text.Json.JsonValueKind.Number && e.TryGetInt32(out var n) ? n : null;

    /// <summary>400 with a ProblemDetails body whose <c>errors</c> name the field and why.</summary>
    internal static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [reason] },
            detail: $"Invalid {field}: {reason}",
            title: "One or more fields are invalid.");
}
