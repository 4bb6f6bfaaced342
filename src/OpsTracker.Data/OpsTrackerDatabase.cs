using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Data;

/// <summary>Brings a database up to date: migrations, then the province list. Used by the web app and the CLI.</summary>
public static class OpsTrackerDatabase
{
    /// <summary>The key of the PostgreSQL advisory lock that serialises writers across app instances.</summary>
    internal const long WriterLockKey = 0x4f7073547261636b; // "OpsTrack"

    private const string WriterLockSql = "SELECT pg_advisory_xact_lock(5724201932921332587)";

    /// <summary>Applies pending migrations (never EnsureCreated), then inserts or updates the provinces from the catalog.</summary>
    public static async Task MigrateAsync(IDbContextFactory<OpsTrackerDbContext> factory, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(logger);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            }
            // EF Core takes a database-wide lock while migrating, so two instances starting at once are safe.
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Readers (the dashboard) and the seeding writer do not block each other in WAL mode.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        var folded = await Queries.OperationSearchText.BackfillAsync(factory, cancellationToken);
        if (folded > 0)
        {
            logger.LogInformation("Folded the search text of {Count} operation(s) stored before the search column", folded);
        }
        var changed = await SyncProvincesAsync(factory, ProvinceCatalog.Default.All, cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Stored {Count} province(s) from the catalog", changed);
        }
    }

    /// <summary>Makes the Provinces table match the catalog (insert or update by code; no deletes: operations refer to them).</summary>
    public static async Task<int> SyncProvincesAsync(IDbContextFactory<OpsTrackerDbContext> factory, IReadOnlyList<Province> catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(catalog);
        return await InWriteTransactionAsync(factory, async (db, tx, ct) =>
        {
            var existing = await db.Provinces.ToDictionaryAsync(p => p.Code, StringComparer.OrdinalIgnoreCase, ct);
            foreach (var p in catalog)
            {
                if (existing.TryGetValue(p.Code, out var row))
                {
                    row.NameEn = p.NameEn;
                    row.NameAr = p.NameAr;
                    row.Variants = p.Variants;
                    row.Latitude = p.Latitude;
                    row.Longitude = p.Longitude;
                }
                else
                {
                    db.Provinces.Add(new Province
                    {
                        Code = p.Code,
                        NameEn = p.NameEn,
                        NameAr = p.NameAr,
                        Variants = p.Variants,
                        Latitude = p.Latitude,
                        Longitude = p.Longitude,
                    });
                }
            }
            var changed = await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return changed;
        }, cancellationToken);
    }

    /// <summary>True when the database answers and has no pending migration; otherwise false and why.</summary>
    public static async Task<(bool Ready, string Reason)> CheckReadyAsync(IDbContextFactory<OpsTrackerDbContext> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return (false, "database unreachable");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count > 0
            ? (false, $"{pending.Count} pending migration(s): {string.Join(", ", pending)}")
            : (true, "database reachable and migrated");
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one writer: in the provider's execution strategy (so a transient failure retries
    /// the whole unit), on a fresh context, inside a transaction holding the writers' lock (<see cref="LockWritersAsync"/>).
    /// The work commits the transaction itself; returning without committing rolls it back.
    /// </summary>
    internal static async Task<T> InWriteTransactionAsync<T>(IDbContextFactory<OpsTrackerDbContext> factory,
        Func<OpsTrackerDbContext, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(work);
        await using var probe = await factory.CreateDbContextAsync(cancellationToken);
        var strategy = probe.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockWritersAsync(db, ct);
            return await work(db, tx, ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Inside a transaction: on PostgreSQL waits for the advisory lock that one writer at a time holds until it commits,
    /// so two app instances seeding at once load each report once. SQLite serialises writers by itself.
    /// </summary>
    internal static async Task LockWritersAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(WriterLockSql, cancellationToken);
        }
    }
}
