using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>
/// The tallies table as CSV (<c>GET /export/tallies.csv</c>): one row per year and province that has data and one per
/// year for all Iraq (province_code IQ; not written under a province filter), computed by <see cref="TallyQuery"/>.
/// Undated operations are the rows with an empty year. Columns, in this order: <see cref="Header"/>.
/// </summary>
public sealed class TallyCsvExport(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "year", "province_code", "province_en", "province_ar", "operations", "killed", "arrested", "wounded", "hideouts_destroyed",
        "official_operations", "official_killed", "official_arrested", "official_hideouts_destroyed",
    ];

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open) as UTF-8 with a byte order mark.</summary>
    public Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default) =>
        CsvExport.WriteUtf8Async(stream, writer => WriteAsync(filter, writer, cancellationToken));

    /// <summary>Writes the CSV to <paramref name="writer"/> (left open; no byte order mark: that is the stream's business).</summary>
    public async Task WriteAsync(OperationFilter filter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(writer);
        var table = await new TallyQuery(contextFactory).GetAsync(filter, cancellationToken).ConfigureAwait(false);
        await using var csv = CsvExport.CreateWriter(writer);
        await csv.WriteHeaderAsync(Header).ConfigureAwait(false);
        foreach (var r in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.Number(r.Year);
            csv.Text(r.ProvinceCode);
            csv.Text(r.ProvinceEn);
            csv.Text(r.ProvinceAr);
            csv.Number(r.Operations);
            csv.Number(r.Killed);
            csv.Number(r.Arrested);
            csv.Number(r.Wounded);
            csv.Number(r.HideoutsDestroyed);
            csv.Number(r.OfficialOperations);
            csv.Number(r.OfficialKilled);
            csv.Number(r.OfficialArrested);
            csv.Number(r.OfficialHideoutsDestroyed);
            await csv.NextRecordAsync().ConfigureAwait(false);
        }
        await csv.FlushAsync().ConfigureAwait(false);
    }
}
