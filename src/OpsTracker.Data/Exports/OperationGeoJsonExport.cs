using System.Globalization;
using System.Text.Json;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>
/// The operations matching a filter as a GeoJSON FeatureCollection (RFC 7946; <c>GET /export/operations.geojson</c>),
/// one Feature per operation, streamed row by row like the CSV. An operation is placed at its place's gazetteer
/// coordinates (<c>"location": "place"</c>), else at its province's representative point (<c>"province"</c>); without
/// either its geometry is null (<c>"location": null</c>), so no operation is left out. Figures are null when the report
/// gives none.
/// </summary>
public sealed class OperationGeoJsonExport(OperationQuery query) : IFilteredExport
{
    /// <summary>Coordinates are written to 5 decimals (about 1 m): more would claim a precision the gazetteer lacks.</summary>
    private const int CoordinateDecimals = 5;

    public async Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(stream);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var gazetteer = Gazetteer.Default;
        var provinces = ProvinceCatalog.Default;
        await foreach (var r in query.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", r.Id);
            var place = string.IsNullOrWhiteSpace(r.Place) ? null : gazetteer.Lookup(r.Place);
            var province = r.ProvinceCode is null ? null : provinces.Find(r.ProvinceCode);
            (double Lat, double Lon, string Source)? at = place is not null
                ? (place.Latitude, place.Longitude, "place")
                : province is not null ? (province.Latitude, province.Longitude, "province") : null;
            if (at is { } p)
            {
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(p.Lon, CoordinateDecimals));
                json.WriteNumberValue(Math.Round(p.Lat, CoordinateDecimals));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("geometry");
            }
            json.WriteStartObject("properties");
            json.WriteString("location", at?.Source);
            json.WriteString("date", r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("date_precision", r.DatePrecision);
            json.WriteString("province_code", r.ProvinceCode);
            json.WriteString("province_en", r.ProvinceEn);
            json.WriteString("province_ar", r.ProvinceAr);
            json.WriteString("place", r.Place);
            json.WriteString("place_en", r.PlaceEn);
            json.WriteString("kind", r.Kind);
            json.WriteStartArray("actors");
            foreach (var a in r.Actors)
            {
                json.WriteStringValue(a);
            }
            json.WriteEndArray();
            Number(json, "killed", r.Killed);
            Number(json, "arrested", r.Arrested);
            Number(json, "wounded", r.Wounded);
            Number(json, "hideouts_destroyed", r.HideoutsDestroyed);
            Number(json, "strikes", r.Strikes);
            json.WriteBoolean("approximate", r.Approximate);
            json.WriteNumber("report_id", r.ReportId);
            json.WriteString("report_file", r.ReportFile);
            json.WriteString("evidence", r.Evidence);
            json.WriteString("review_state", r.ReviewState);
            json.WriteEndObject();
            json.WriteEndObject();
            if (json.BytesPending > 16_384)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
