using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data;
using OpsTracker.Web.Hosting;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>`dotnet run` with no settings: embedded SQLite, the project's seeds, the real extractor.</summary>
public sealed class ZeroConfigurationTests
{
    [Fact]
    public async Task Without_settings_the_app_uses_sqlite_and_loads_the_project_seeds()
    {
        var file = Path.Combine(Path.GetTempPath(), $"opstracker-web-{Guid.NewGuid():N}", "opstracker.db");
        try
        {
            // Only the SQLite path is moved off the user's real database; the seeds are found by walking up.
            await using var factory = new OpsTrackerWebFactory(new Dictionary<string, string?> { ["OpsTracker:SqlitePath"] = file });
            await factory.WaitForSeedingAsync();
            var client = factory.CreateClient();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.True(File.Exists(file));
            Assert.Equal((5, 5, 0), (factory.Seeding.Total, factory.Seeding.Loaded, factory.Seeding.Failed));
            Assert.IsType<ArabicReportExtractor>(factory.Services.GetRequiredService<IReportExtractor>());
            var settings = factory.Services.GetRequiredService<DatabaseSettings>();
            Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);

            var contexts = factory.Services.GetRequiredService<IDbContextFactory<OpsTrackerDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            Assert.IsType<SqliteOpsTrackerDbContext>(db);
            Assert.Equal(5, await db.Reports.CountAsync(r => r.Status == ReportStatus.Extracted));

            var html = await client.GetStringAsync("/");
            Assert.Contains("5 reports loaded, 0 still loading", html, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_migrations_are_pending()
    {
        var file = Path.Combine(Path.GetTempPath(), $"opstracker-ready-{Guid.NewGuid():N}.db");
        try
        {
            var contexts = OpsTrackerDbContextFactory.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"));
            await using (var db = contexts.CreateDbContext())
            {
                await db.Database.ExecuteSqlRawAsync("CREATE TABLE Placeholder (Id INTEGER)"); // reachable, not migrated
            }
            var result = await new DatabaseReadyCheck(contexts, new DatabaseAvailability()).CheckHealthAsync(new());
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
            Assert.Contains("pending migration", result.Description, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
