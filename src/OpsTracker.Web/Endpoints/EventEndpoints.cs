using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Linking;
using OpsTracker.Web.Hosting;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// Events told by several reports (issue 10): <c>GET /api/operations/{id}/event</c> (readers) lists every report that
/// tells the operation's event; analysts see the linker's near misses (<c>GET .../event/candidates</c>), merge two events (<c>POST .../event/merge</c> <c>{with, reason}</c>), split an
/// operation out of its event (<c>POST .../event/split</c> <c>{reason}</c>) or choose the source whose figures the
/// event takes (<c>POST .../event/figures</c> <c>{reason}</c>). Every decision needs a reason, is audited, and
/// survives re-extraction.
/// </summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/operations").WithTags("Events");
        group.MapGet("/{id:int}/event", GetAsync).WithName("OperationEvent")
            .WithSummary("The operation's event: every report that tells it, its figures per source, which one is counted.");
        group.MapGet("/{id:int}/event/candidates", CandidatesAsync).RequireAuthorization(Policies.Analyst).WithName("MergeCandidates")
            .WithSummary("Operations of other reports the linker looked at for this one and did not link: what an analyst may merge it with.");
        group.MapPost("/{id:int}/event/merge", MergeAsync).RequireAuthorization(Policies.Analyst).WithName("MergeEvents")
            .WithSummary("Makes the event of this operation and that of another ('with') one event, with a reason.");
        group.MapPost("/{id:int}/event/split", SplitAsync).RequireAuthorization(Policies.Analyst).WithName("SplitEvent")
            .WithSummary("Takes this operation out of its event, with a reason.");
        group.MapPost("/{id:int}/event/figures", ChooseFiguresAsync).RequireAuthorization(Policies.Analyst).WithName("ChooseEventFigures")
            .WithSummary("The event takes this operation's figures, with a reason.");
        return app;
    }

    public sealed record MergeBody(int? With, string? Reason);

    public sealed record ReasonBody(string? Reason);

    internal static async Task<Results<Ok<EventView>, ProblemHttpResult>> GetAsync(int id, EventService events, CancellationToken cancellationToken) =>
        await events.GetAsync(id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no operation {id}.");

    internal static async Task<Results<Ok<IReadOnlyList<MergeCandidate>>, ProblemHttpResult>> CandidatesAsync(int id, EventService events, CancellationToken cancellationToken) =>
        await events.MergeCandidatesAsync(id, cancellationToken) is { } candidates
            ? TypedResults.Ok(candidates)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no operation {id}.");

    internal static async Task<Results<Ok<EventView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        int id, MergeBody? body, ClaimsPrincipal user, EventService events, CancellationToken cancellationToken) =>
        Answer(id, await events.MergeAsync(id, body?.With, body?.Reason, ReviewEndpoints.NameOf(user), cancellationToken));

    internal static async Task<Results<Ok<EventView>, ValidationProblem, ProblemHttpResult>> SplitAsync(
        int id, ReasonBody? body, ClaimsPrincipal user, EventService events, CancellationToken cancellationToken) =>
        Answer(id, await events.SplitAsync(id, body?.Reason, ReviewEndpoints.NameOf(user), cancellationToken));

    internal static async Task<Results<Ok<EventView>, ValidationProblem, ProblemHttpResult>> ChooseFiguresAsync(
        int id, ReasonBody? body, ClaimsPrincipal user, EventService events, CancellationToken cancellationToken) =>
        Answer(id, await events.ChooseFiguresAsync(id, body?.Reason, ReviewEndpoints.NameOf(user), cancellationToken));

    private static Results<Ok<EventView>, ValidationProblem, ProblemHttpResult> Answer(int id, EventDecisionResult result)
    {
        if (result.NotFound)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no operation {id}.");
        }
        if (result.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(), detail: "Invalid " + string.Join(", ", result.Errors.Keys), title: "One or more fields are invalid.");
        }
        return TypedResults.Ok(result.Event!);
    }
}
