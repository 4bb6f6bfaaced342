using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Endpoints;

public static class TalliesEndpoints
{
    /// <summary>
    /// <c>GET /api/tallies</c> with the timeline's filters: per year and province, the figures counted from the
    /// operations beside the official tallies for that year and scope, and the official tallies that belong to no year.
    /// </summary>
    public static IEndpointRouteBuilder MapTalliesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tallies", GetAsync).WithName("GetTallies").WithTags("Tallies")
            .WithSummary("Counted and official figures per year and province (IQ: all Iraq), with the gap between them.");
        return app;
    }

    internal static async Task<Results<Ok<TallyTable>, ValidationProblem>> GetAsync(
        [AsParameters] FilterParameters parameters, TallyQuery query, CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Parse();
        if (errors.Count > 0)
        {
            return FilterProblem.For(errors);
        }
        return TypedResults.Ok(await query.GetAsync(filter, cancellationToken));
    }
}
