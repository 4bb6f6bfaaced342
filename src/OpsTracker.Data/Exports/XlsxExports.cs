using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Queries;
using SpreadCheetah;

namespace OpsTracker.Data.Exports;

/// <summary>
/// What the XLSX exports share: SpreadCheetah writes the workbook forward only, row by row, to the stream (nothing is
/// held in memory but its buffer). A worksheet holds at most <see cref="MaxRowsPerSheet"/> rows under its header; more
/// go on to a next sheet ("operations 2"). Text is stored as text, which a spreadsheet never runs as a formula, so it is
/// written as it is (the CSV's neutralising quote is not needed); dates are ISO text (yyyy-MM-dd), as in the CSV.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit of 1,048,576 rows a sheet, less the header.</summary>
    public const int MaxRowsPerSheet = 1_048_575;

    internal static Cell Text(string? value) => new(value);

    internal static Cell Number(int? value) => new(value);

    internal static Cell Date(DateOnly? value) =>
        new(value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Runs <paramref name="write"/> over a stream that forwards asynchronous writes to <paramref name="target"/> and
    /// keeps synchronous ones (the zip archive's closing directory, a few kilobytes) until the next asynchronous write or
    /// the end: an ASP.NET response body refuses synchronous writes.
    /// </summary>
    internal static async Task WriteAsync(Stream target, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var adapter = new AsyncOnlyStream(target);
        await write(adapter).ConfigureAwait(false);
        await adapter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task StartSheetAsync(Spreadsheet spreadsheet, string name, IReadOnlyList<string> header, CancellationToken cancellationToken)
    {
        await spreadsheet.StartWorksheetAsync(name, null, cancellationToken).ConfigureAwait(false);
        await spreadsheet.AddRowAsync(header.Select(h => new Cell(h)).ToArray(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A write-only stream that holds synchronous writes back and sends everything to its target asynchronously.</summary>
internal sealed class AsyncOnlyStream(Stream target) : Stream
{
    private readonly MemoryStream _held = new();
    private long _position;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _position;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _held.Write(buffer, offset, count);
        _position += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _held.Write(buffer);
        _position += buffer.Length;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendHeldAsync(cancellationToken).ConfigureAwait(false);
        await target.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        _position += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendHeldAsync(cancellationToken).ConfigureAwait(false);
        await target.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Flush()
    {
        // Held until the next asynchronous write or flush.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        if (_held.Length > 0)
        {
            await target.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), cancellationToken).ConfigureAwait(false);
            _held.SetLength(0);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _held.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>
/// The operations matching a filter as XLSX (<c>GET /export/operations.xlsx</c>): the CSV's columns
/// (<see cref="OperationCsvExport.Header"/>) and rows, in timeline order, streamed from <see cref="OperationQuery.StreamAsync"/>.
/// </summary>
public sealed class OperationXlsxExport(IDbContextFactory<OpsTrackerDbContext> contextFactory) : IFilteredExport
{
    public Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(stream);
        return XlsxExport.WriteAsync(stream, s => WriteWorkbookAsync(filter, s, cancellationToken), cancellationToken);
    }

    private async Task WriteWorkbookAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken)
    {
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, null, cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            var sheet = 1;
            var rows = 0;
            await XlsxExport.StartSheetAsync(spreadsheet, "operations", OperationCsvExport.Header, cancellationToken).ConfigureAwait(false);
            var cells = new Cell[OperationCsvExport.Header.Count];
            await foreach (var r in new OperationQuery(contextFactory).StreamAsync(filter, cancellationToken).ConfigureAwait(false))
            {
                if (rows == XlsxExport.MaxRowsPerSheet)
                {
                    await XlsxExport.StartSheetAsync(spreadsheet, $"operations {++sheet}", OperationCsvExport.Header, cancellationToken).ConfigureAwait(false);
                    rows = 0;
                }
                cells[0] = XlsxExport.Number(r.Id);
                cells[1] = XlsxExport.Date(r.Date);
                cells[2] = XlsxExport.Text(r.DatePrecision);
                cells[3] = XlsxExport.Text(r.RelativeDate);
                cells[4] = XlsxExport.Text(r.ProvinceCode);
                cells[5] = XlsxExport.Text(r.ProvinceEn);
                cells[6] = XlsxExport.Text(r.ProvinceAr);
                cells[7] = XlsxExport.Text(r.Place);
                cells[8] = XlsxExport.Text(r.PlaceEn);
                cells[9] = XlsxExport.Text(r.Kind);
                cells[10] = XlsxExport.Text(string.Join("; ", r.Actors));
                cells[11] = XlsxExport.Number(r.Killed);
                cells[12] = XlsxExport.Number(r.Arrested);
                cells[13] = XlsxExport.Number(r.Wounded);
                cells[14] = XlsxExport.Number(r.HideoutsDestroyed);
                cells[15] = XlsxExport.Number(r.Strikes);
                cells[16] = XlsxExport.Number(r.VictimsKilled);
                cells[17] = XlsxExport.Number(r.VictimsWounded);
                cells[18] = XlsxExport.Text(r.Approximate ? "true" : "false");
                cells[19] = XlsxExport.Number(r.ReportId);
                cells[20] = XlsxExport.Text(r.ReportFile);
                cells[21] = XlsxExport.Text(r.Evidence);
                cells[22] = XlsxExport.Text(r.ReviewState);
                await spreadsheet.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
                rows++;
            }
            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>
/// The tallies table as XLSX (<c>GET /export/tallies.xlsx</c>): per year and province the counted and the official
/// figures, the rows of the tallies CSV (its own columns, <see cref="Header"/>).
/// </summary>
public sealed class TallyXlsxExport(IDbContextFactory<OpsTrackerDbContext> contextFactory) : IFilteredExport
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "year", "province_code", "province_en", "province_ar", "operations", "killed", "arrested", "wounded", "hideouts_destroyed",
        "official_operations", "official_killed", "official_arrested", "official_hideouts_destroyed",
    ];

    public Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(stream);
        return XlsxExport.WriteAsync(stream, s => WriteWorkbookAsync(filter, s, cancellationToken), cancellationToken);
    }

    private async Task WriteWorkbookAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken)
    {
        var table = await new TallyQuery(contextFactory).GetAsync(filter, cancellationToken).ConfigureAwait(false);
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, null, cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            await XlsxExport.StartSheetAsync(spreadsheet, "tallies", Header, cancellationToken).ConfigureAwait(false);
            foreach (var r in table.Rows)
            {
                await spreadsheet.AddRowAsync(new Cell[]
                {
                    XlsxExport.Number(r.Year), XlsxExport.Text(r.ProvinceCode), XlsxExport.Text(r.ProvinceEn), XlsxExport.Text(r.ProvinceAr),
                    XlsxExport.Number(r.Operations), XlsxExport.Number(r.Killed), XlsxExport.Number(r.Arrested), XlsxExport.Number(r.Wounded),
                    XlsxExport.Number(r.HideoutsDestroyed), XlsxExport.Number(r.OfficialOperations), XlsxExport.Number(r.OfficialKilled),
                    XlsxExport.Number(r.OfficialArrested), XlsxExport.Number(r.OfficialHideoutsDestroyed),
                }, cancellationToken).ConfigureAwait(false);
            }
            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
