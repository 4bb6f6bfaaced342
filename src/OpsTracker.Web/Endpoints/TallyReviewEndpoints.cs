using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Review;
using OpsTracker.Web.Hosting;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// Reviewing official tallies: <c>POST /api/tallies/{id}/review</c> (<c>{state, reason}</c>) and
/// <c>PATCH /api/tallies/{id}</c> (a JSON merge patch of periodStart, periodEnd, scope, reportedBy, operations, killed,
/// arrested, hideoutsDestroyed, isisAttacks, with <c>reason</c>) for analysts; <c>GET /api/tallies/{id}/review</c> and
/// <c>GET /api/tallies/{id}/history</c> for readers.
/// </summary>
public static class TallyReviewEndpoints
{
    public static IEndpointRouteBuilder MapTallyReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tallies").WithTags("Review");
        group.MapPost("/{id:int}/review", ReviewAsync).RequireAuthorization(Policies.Analyst).WithName("ReviewTally")
            .WithSummary("Sets an official tally's review state (unreviewed, confirmed, corrected, rejected) with a reason.");
        group.MapPatch("/{id:int}", CorrectAsync).RequireAuthorization(Policies.Analyst).WithName("CorrectTally")
            .WithSummary("Corrects an official tally: a JSON merge patch of periodStart, periodEnd, scope, reportedBy, operations, killed, arrested, hideoutsDestroyed, isisAttacks, and a reason.");
        group.MapGet("/{id:int}/review", GetReviewAsync).WithName("TallyReview")
            .WithSummary("The tally's review state, corrections and reason.");
        group.MapGet("/{id:int}/history", HistoryAsync).WithName("TallyHistory")
            .WithSummary("Who changed the tally, when, what before and after, and why.");
        return app;
    }

    internal static async Task<Results<Ok<TallyReviewItem>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        int id, ReviewEndpoints.ReviewBody body, ClaimsPrincipal user, TallyReviewService reviews, CancellationToken cancellationToken) =>
        Answer(id, await reviews.ReviewAsync(id, body.State, body.Reason, ReviewEndpoints.NameOf(user), cancellationToken));

    internal static async Task<Results<Ok<TallyReviewItem>, ValidationProblem, ProblemHttpResult>> CorrectAsync(
        int id, HttpRequest request, ClaimsPrincipal user, TallyReviewService reviews, CancellationToken cancellationToken)
    {
        var (patch, reason, invalid) = await ReviewAnswers.ReadPatchAsync(request, cancellationToken);
        return invalid ?? Answer(id, await reviews.CorrectAsync(id, patch!, reason, ReviewEndpoints.NameOf(user), cancellationToken));
    }

    internal static async Task<Results<Ok<TallyReviewItem>, ProblemHttpResult>> GetReviewAsync(int id, TallyReviewService reviews, CancellationToken cancellationToken) =>
        await reviews.GetAsync(id, cancellationToken) is { } review ? TypedResults.Ok(review) : ReviewAnswers.NotFound(Item, id);

    internal static async Task<Results<Ok<IReadOnlyList<AuditItem>>, ProblemHttpResult>> HistoryAsync(int id, TallyReviewService reviews, CancellationToken cancellationToken) =>
        await reviews.HistoryAsync(id, cancellationToken) is { } history ? TypedResults.Ok(history) : ReviewAnswers.NotFound(Item, id);

    private const string Item = "tally";

    private static Results<Ok<TallyReviewItem>, ValidationProblem, ProblemHttpResult> Answer(int id, ReviewResult<TallyReviewItem> result) =>
        ReviewAnswers.Answer(Item, id, result);
}
