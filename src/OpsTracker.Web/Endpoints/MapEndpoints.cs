using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Maps;

namespace OpsTracker.Web.Endpoints;

/// <summary>
/// The map's data at stable URLs with the timeline's filters (<see cref="FilterParameters"/>, as the CSV exports):
/// <c>/export/operations.geojson</c>, every matching operation as a GeoJSON Feature, and <c>/api/map</c>, the figures
/// per governorate and per located place the map page draws. A bad filter is a 400 naming the parameter.
/// </summary>
public static class MapEndpoints
{
    private const string GeoJsonContentType = "application/geo+json; charset=utf-8";

    public static IEndpointRouteBuilder MapOperationMap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/operations.geojson", GeoJson).WithTags("Exports").WithName("ExportOperationsGeoJson")
            .WithSummary("The operations matching the filters as GeoJSON (RFC 7946): a Point per operation at its place, else its province; streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        app.MapGet("/api/map", Map).WithTags("Map").WithName("OperationMap")
            .WithSummary("Figures per governorate and per located place for the filters: what the map draws.");
        return app;
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> GeoJson(
        [AsParameters] FilterParameters parameters, OperationGeoJsonExport export, TimeProvider time, CancellationToken cancellationToken) =>
        ExportEndpoints.Download(parameters, export, GeoJsonContentType, "operations", "geojson", time, cancellationToken);

    internal static async Task<Results<Ok<OperationMap>, ValidationProblem>> Map(
        [AsParameters] FilterParameters parameters, OperationMapQuery query, CancellationToken cancellationToken)
    {
        var (filter, errors) = parameters.Parse();
        if (errors.Count > 0)
        {
            return FilterProblem.For(errors);
        }
        return TypedResults.Ok(await query.GetAsync(filter, cancellationToken));
    }
}
