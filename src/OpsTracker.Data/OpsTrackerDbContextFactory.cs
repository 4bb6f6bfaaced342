using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OpsTracker.Data;

/// <summary>
/// Creates the provider's subclass of <see cref="OpsTrackerDbContext"/>, so each provider finds its own migrations,
/// while callers ask only for <c>IDbContextFactory&lt;OpsTrackerDbContext&gt;</c>. One context per operation.
/// </summary>
public sealed class OpsTrackerDbContextFactory(DbContextOptions<OpsTrackerDbContext> options, DatabaseSettings settings)
    : IDbContextFactory<OpsTrackerDbContext>
{
    public DatabaseSettings Settings { get; } = settings;

    public OpsTrackerDbContext CreateDbContext() => Settings.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresOpsTrackerDbContext(options),
        DatabaseProvider.Sqlite => new SqliteOpsTrackerDbContext(options),
        _ => throw new InvalidOperationException($"Unknown database provider {Settings.Provider}."),
    };

    /// <summary>A factory outside dependency injection (tests, tools).</summary>
    public static OpsTrackerDbContextFactory Create(DatabaseSettings settings, ILoggerFactory? loggerFactory = null)
    {
        var builder = new DbContextOptionsBuilder<OpsTrackerDbContext>();
        DatabaseSettings.Configure(builder, settings);
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }
        return new OpsTrackerDbContextFactory(builder.Options, settings);
    }
}
