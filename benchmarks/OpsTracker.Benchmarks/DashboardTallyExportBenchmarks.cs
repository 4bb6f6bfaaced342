using BenchmarkDotNet.Attributes;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The full tallies CSV (<c>GET /export/tallies.csv</c> without a filter: every year and province beside the official
/// tallies) over 100,000 generated operations on PostgreSQL; the target is under 500 ms. Built only when
/// <see cref="TallyCsvExport"/> is in the tree (see the project file).
/// </summary>
[MemoryDiagnoser]
public class DashboardTallyExportBenchmarks
{
    private DashboardDatabase? _database;
    private TallyCsvExport? _export;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await DashboardDatabase.CreateAsync();
        _export = new TallyCsvExport(_database.Factory);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Benchmark]
    public async Task<long> TalliesCsvAll()
    {
        using var output = new MemoryStream();
        await _export!.WriteAsync(new OperationFilter(), output);
        return output.Length;
    }
}
