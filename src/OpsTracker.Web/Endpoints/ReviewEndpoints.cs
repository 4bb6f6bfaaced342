using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Review;
using OpsTracker.Web.Hosting;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// Reviewing operations: <c>POST /api/operations/{id}/review</c> (<c>{state, reason}</c>), <c>PATCH /api/operations/{id}</c>
/// (a JSON merge patch of kind, date, datePrecision, province, place, with <c>reason</c>), both for analysts;
/// <c>GET /api/operations/{id}/history</c> and <c>GET /api/operations/{id}/review</c> for readers;
/// <c>POST /api/reports/{id}/complete</c> (<c>{complete, reason}</c>) for analysts, to say or take back that nothing the
/// report tells is missing from its operations and tallies, and <c>GET /api/reports/{id}/complete</c> for readers;
/// <c>GET /api/review/accuracy</c> for analysts: the extractor scored against the reports they reviewed whole.
/// </summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/operations").WithTags("Review");
        group.MapPost("/{id:int}/review", ReviewAsync).RequireAuthorization(Policies.Analyst).WithName("ReviewOperation")
            .WithSummary("Sets an operation's review state (unreviewed, confirmed, corrected, rejected) with a reason.");
        group.MapPatch("/{id:int}", CorrectAsync).RequireAuthorization(Policies.Analyst).WithName("CorrectOperation")
            .WithSummary("Corrects an operation: a JSON merge patch of kind, date, datePrecision, province, place, and a reason.");
        group.MapGet("/{id:int}/history", HistoryAsync).WithName("OperationHistory")
            .WithSummary("Who changed the operation, when, what before and after, and why.");
        group.MapGet("/{id:int}/review", GetReviewAsync).WithName("OperationReview")
            .WithSummary("The operation's review state, corrections and reason.");
        app.MapPost("/api/reports/{id:int}/complete", CompleteAsync).WithTags("Review").RequireAuthorization(Policies.Analyst).WithName("CompleteReport")
            .WithSummary("Says (complete: true) or takes back that every operation and tally the report tells is listed, with a reason.");
        app.MapGet("/api/reports/{id:int}/complete", GetCompletionAsync).WithTags("Review").WithName("ReportCompletion")
            .WithSummary("Whether an analyst has said the report's operations and tallies are all listed: who, when, why.");
        app.MapGet("/api/review/accuracy", AccuracyAsync).WithTags("Review").RequireAuthorization(Policies.Analyst).WithName("ReviewAccuracy")
            .WithSummary("The extractor the app runs, scored against every report analysts have reviewed whole: operation and tally figures, dates, provinces, and the reports it reads otherwise.");
        return app;
    }

    public sealed record ReviewBody(string? State, string? Reason);

    public sealed record CompletionBody(bool Complete, string? Reason);

    internal static async Task<Results<Ok<ReviewItem>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        int id, ReviewBody body, ClaimsPrincipal user, ReviewService reviews, CancellationToken cancellationToken) =>
        Answer(id, await reviews.ReviewAsync(id, body.State, body.Reason, NameOf(user), cancellationToken));

    internal static async Task<Results<Ok<ReviewItem>, ValidationProblem, ProblemHttpResult>> CorrectAsync(
        int id, HttpRequest request, ClaimsPrincipal user, ReviewService reviews, CancellationToken cancellationToken)
    {
        var (patch, reason, invalid) = await ReviewAnswers.ReadPatchAsync(request, cancellationToken);
        return invalid ?? Answer(id, await reviews.CorrectAsync(id, patch!, reason, NameOf(user), cancellationToken));
    }

    internal static async Task<Results<Ok<IReadOnlyList<AuditItem>>, ProblemHttpResult>> HistoryAsync(int id, ReviewService reviews, CancellationToken cancellationToken) =>
        await reviews.HistoryAsync(id, cancellationToken) is { } history ? TypedResults.Ok(history) : ReviewAnswers.NotFound(Item, id);

    internal static async Task<Results<Ok<ReviewItem>, ProblemHttpResult>> GetReviewAsync(int id, ReviewService reviews, CancellationToken cancellationToken) =>
        await reviews.GetAsync(id, cancellationToken) is { } review ? TypedResults.Ok(review) : ReviewAnswers.NotFound(Item, id);

    internal static async Task<Results<Ok<ReportCompletionItem>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        int id, CompletionBody body, ClaimsPrincipal user, ReportCompletionService completions, CancellationToken cancellationToken) =>
        ReviewAnswers.Answer("report", id, await completions.SetAsync(id, body.Complete, body.Reason, NameOf(user), cancellationToken));

    internal static async Task<Results<Ok<ReportCompletionItem>, ProblemHttpResult>> GetCompletionAsync(int id, ReportCompletionService completions, CancellationToken cancellationToken) =>
        await completions.GetAsync(id, cancellationToken) is { } completion ? TypedResults.Ok(completion) : ReviewAnswers.NotFound("report", id);

    /// <summary>Analysts only: it reads every reviewed report again, which is work a page of readers should not cause at will.</summary>
    internal static async Task<Ok<ReviewAccuracy>> AccuracyAsync(ReviewAccuracyMeter meter, CancellationToken cancellationToken) =>
        TypedResults.Ok(await meter.MeasureAsync(cancellationToken));

    internal static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private const string Item = "operation";

    private static Results<Ok<ReviewItem>, ValidationProblem, ProblemHttpResult> Answer(int id, ReviewResult<ReviewItem> result) =>
        ReviewAnswers.Answer(Item, id, result);
}
