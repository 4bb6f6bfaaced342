using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>
/// The operations matching a filter as CSV (<c>GET /export/operations.csv</c>), one row per operation in timeline
/// order, written as the rows are read from the database (<see cref="OperationQuery.StreamAsync"/>): an export of
/// 100,000 operations is never held in memory. Columns: <see cref="Header"/>. Actors are joined by "; ";
/// review_state is unreviewed, confirmed, corrected or rejected (rejected rows only with <c>?review=rejected</c>);
/// one row per event (issue 10), whose <c>sources</c> lists the file names of every report that tells it.
/// </summary>
public sealed class OperationCsvExport(IDbContextFactory<OpsTrackerDbContext> contextFactory) : IFilteredExport
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "date", "date_precision", "relative_date", "province_code", "province_en", "province_ar", "place", "place_en",
        "kind", "actors", "killed", "arrested", "wounded", "hideouts_destroyed", "strikes", "victims_killed", "victims_wounded",
        "approximate", "report_id", "report_file", "evidence", "review_state", "sources",
    ];

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open) as UTF-8 with a byte order mark.</summary>
    public Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default) =>
        CsvExport.WriteUtf8Async(stream, writer => WriteAsync(filter, writer, cancellationToken));

    /// <summary>Writes the CSV to <paramref name="writer"/> (left open), flushing every 500 rows.</summary>
    public async Task WriteAsync(OperationFilter filter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(writer);
        await using var csv = CsvExport.CreateWriter(writer);
        await csv.WriteHeaderAsync(Header).ConfigureAwait(false);
        var count = 0;
        // sources: the file names of every report that tells the row's event ("; "), its own alone when no other does.
        Dictionary<int, IReadOnlyList<string>> sources;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            sources = await Linking.EventSourcesQuery.SourcesByEventAsync(db, cancellationToken).ConfigureAwait(false);
        }
        await foreach (var r in new OperationQuery(contextFactory).StreamAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            csv.Number(r.Id);
            csv.Date(r.Date);
            csv.Text(r.DatePrecision);
            csv.Text(r.RelativeDate);
            csv.Text(r.ProvinceCode);
            csv.Text(r.ProvinceEn);
            csv.Text(r.ProvinceAr);
            csv.Text(r.Place);
            csv.Text(r.PlaceEn);
            csv.Text(r.Kind);
            csv.Text(string.Join("; ", r.Actors));
            csv.Number(r.Killed);
            csv.Number(r.Arrested);
            csv.Number(r.Wounded);
            csv.Number(r.HideoutsDestroyed);
            csv.Number(r.Strikes);
            csv.Number(r.VictimsKilled);
            csv.Number(r.VictimsWounded);
            csv.Text(r.Approximate ? "true" : "false");
            csv.Number(r.ReportId);
            csv.Text(r.ReportFile);
            csv.Text(r.Evidence);
            csv.Text(r.ReviewState);
            csv.Text(r.EventId is { } e && sources.TryGetValue(e, out var files) ? string.Join("; ", files) : r.ReportFile);
            await csv.NextRecordAsync().ConfigureAwait(false);
            if (++count % 500 == 0)
            {
                await csv.FlushAsync().ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        await csv.FlushAsync().ConfigureAwait(false);
    }
}
