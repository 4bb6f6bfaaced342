using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Review;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// What the review endpoints of operations and of tallies share: reading a correction's JSON merge patch and its
/// reason, and turning a review service's answer into 200, 400 (naming each refused field) or 404.
/// </summary>
internal static class ReviewAnswers
{
    private const string PatchShape = "A JSON object (application/merge-patch+json or application/json).";

    /// <summary>The request's merge patch and the reason it carries, or the 400 that names <c>patch</c>.</summary>
    public static async Task<(JsonObject? Patch, string? Reason, ValidationProblem? Invalid)> ReadPatchAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        JsonObject? patch;
        try
        {
            patch = await request.ReadFromJsonAsync<JsonObject>(cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (null, null, ReportWriteEndpoints.Invalid("patch", PatchShape));
        }
        if (patch is null)
        {
            return (null, null, ReportWriteEndpoints.Invalid("patch", PatchShape));
        }
        var reason = patch["reason"] is JsonValue r && r.TryGetValue<string>(out var text) ? text : null;
        return (patch, reason, null);
    }

    /// <summary>404 for a missing operation or tally: "There is no tally 12."</summary>
    public static ProblemHttpResult NotFound(string what, int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} {id}.");

    /// <summary>A review service's answer: 404 when the item is missing, 400 naming each refused field, else 200 with the review.</summary>
    public static Results<Ok<TItem>, ValidationProblem, ProblemHttpResult> Answer<TItem>(string what, int id, ReviewResult<TItem> result)
        where TItem : class
    {
        if (result.NotFound)
        {
            return NotFound(what, id);
        }
        if (result.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(), detail: "Invalid " + string.Join(", ", result.Errors.Keys), title: "One or more fields are invalid.");
        }
        return TypedResults.Ok(result.Review!);
    }
}
