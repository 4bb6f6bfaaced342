using BenchmarkDotNet.Attributes;
using OpsTracker.Data.Queries;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The timeline's first page, as the dashboard and <c>GET /api/operations</c> ask for it, over 100,000 generated
/// operations on PostgreSQL: with a province filter (Kirkuk; the target is under 100 ms) and without one.
/// </summary>
[MemoryDiagnoser]
public class DashboardTimelineBenchmarks
{
    private static readonly OperationFilter KirkukFirstPage = new() { Provinces = ["IQ-KI"], Page = 1, PageSize = 50 };
    private static readonly OperationFilter FirstPage = new() { Page = 1, PageSize = 50 };

    private DashboardDatabase? _database;
    private OperationQuery? _query;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await DashboardDatabase.CreateAsync();
        _query = new OperationQuery(_database.Factory);
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
    public async Task<int> TimelineFirstPageKirkuk()
    {
        var page = await _query!.ListAsync(KirkukFirstPage);
        return page.Items.Count + page.Total;
    }

    [Benchmark]
    public async Task<int> TimelineFirstPageAllProvinces()
    {
        var page = await _query!.ListAsync(FirstPage);
        return page.Items.Count + page.Total;
    }
}
