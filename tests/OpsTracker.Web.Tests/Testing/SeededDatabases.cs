using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Extraction;
using OpsTracker.Data;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Web.Tests.Testing;

/// <summary>
/// A class fixture: per provider, one test database filled from the project's seeds/ by the real importer and the
/// real extractor (nothing typed in), created on first use and dropped at the end.
/// </summary>
public sealed class SeededDatabases : IAsyncLifetime
{
    private readonly Dictionary<TestProvider, Task<TestDatabase>> _databases = [];
    private readonly Lock _gate = new();

    /// <summary>The project's seeds folder, found walking up from the test's folder.</summary>
    public static string SeedsPath => SeedsFolder.Locate(null, AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("No seeds/ folder above " + AppContext.BaseDirectory);

    public Task<TestDatabase> GetAsync(TestProvider provider)
    {
        lock (_gate)
        {
            if (!_databases.TryGetValue(provider, out var db))
            {
                db = CreateAsync(provider);
                _databases[provider] = db;
            }
            return db;
        }
    }

    /// <summary>A new database filled from the seeds, owned by the caller (for tests that change it).</summary>
    public static async Task<TestDatabase> CreateAsync(TestProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var importer = Importer(db.Factory);
        foreach (var path in ReportImporter.FindReports(SeedsPath))
        {
            await importer.ImportFileAsync(path);
        }
        return db;
    }

    public static ReportImporter Importer(Microsoft.EntityFrameworkCore.IDbContextFactory<OpsTrackerDbContext> factory) =>
        new(factory, new ArabicReportExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var db in _databases.Values)
        {
            if (db.IsCompletedSuccessfully)
            {
                await db.Result.DisposeAsync();
            }
        }
    }
}
