using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>
/// Every report as CSV (<c>GET /export/reports.csv</c>): status, outlet, publication date and its source, counts. Written
/// as the reports are read (<see cref="ReportQuery.StreamAsync"/>, a thousand at a time), flushed every 500 rows, so
/// the export of a few hundred thousand reports is never held in memory.
/// </summary>
public sealed class ReportCsvExport(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "file_name", "status", "failure_reason", "outlet", "url", "published", "published_source", "operations", "tallies",
        "casualty_counts", "hideout_counts", "extractor_version", "ingested_at_utc",
    ];

    /// <summary>How many reports are read per statement (<see cref="ReportQuery.StreamBatchSize"/>; tests make it small).</summary>
    internal int BatchSize { get; init; } = ReportQuery.StreamBatchSize;

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open) as UTF-8 with a byte order mark.</summary>
    public Task WriteAsync(Stream stream, CancellationToken cancellationToken = default) =>
        CsvExport.WriteUtf8Async(stream, writer => WriteAsync(writer, cancellationToken));

    public async Task WriteAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await using var csv = CsvExport.CreateWriter(writer);
        await csv.WriteHeaderAsync(Header).ConfigureAwait(false);
        var count = 0;
        await foreach (var r in new ReportQuery(contextFactory).StreamAsync(BatchSize, cancellationToken).ConfigureAwait(false))
        {
            csv.Number(r.Id);
            csv.Text(r.FileName);
            csv.Text(r.Status.ToString().ToLowerInvariant());
            csv.Text(r.FailureReason);
            csv.Text(r.Outlet);
            csv.Text(r.Url);
            csv.Date(r.Published);
            csv.Text(ExtractionJson.Name(r.PublishedSource));
            csv.Number(r.Operations);
            csv.Number(r.Tallies);
            csv.Number(r.Casualties);
            csv.Number(r.Hideouts);
            csv.Text(r.ExtractorVersion);
            csv.Text(r.IngestedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
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
