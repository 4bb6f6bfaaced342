using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Data.Exports;

/// <summary>
/// The audit trail as CSV (<c>GET /export/audit.csv</c>, admins only): every write, oldest first, streamed from the
/// database. Columns: <see cref="Header"/>; before and after are the JSON the trail stores.
/// </summary>
public sealed class AuditCsvExport(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "at_utc", "user", "action", "entity", "entity_id", "entity_key", "before", "after", "reason",
    ];

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open) as UTF-8 with a byte order mark.</summary>
    public Task WriteAsync(Stream stream, CancellationToken cancellationToken = default) =>
        CsvExport.WriteUtf8Async(stream, writer => WriteAsync(writer, cancellationToken));

    /// <summary>Writes the CSV to <paramref name="writer"/> (left open), flushing every 500 rows.</summary>
    public async Task WriteAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var csv = CsvExport.CreateWriter(writer);
        await csv.WriteHeaderAsync(Header).ConfigureAwait(false);
        var count = 0;
        var rows = db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            csv.Text(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.Text(a.AtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            csv.Text(a.User);
            csv.Text(a.Action);
            csv.Text(a.Entity);
            csv.Text(a.EntityId);
            csv.Text(a.EntityKey);
            csv.Text(a.Before);
            csv.Text(a.After);
            csv.Text(a.Reason);
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
