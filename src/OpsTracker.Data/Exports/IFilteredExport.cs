using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>
/// A download of the rows the timeline's filters select (operations or tallies, as CSV, XLSX or GeoJSON), written to a
/// stream as it is produced. The web layer serves every such download the same way: filters parsed once, a 400 naming
/// a bad parameter, the file named by the filter and the day.
/// </summary>
public interface IFilteredExport
{
    Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default);
}
