using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace OpsTracker.Data.Tests.Testing;

/// <summary>
/// A migrated, uniquely named database for one test class: on PostgreSQL a database created on
/// <see cref="PostgresServer"/> and dropped WITH (FORCE) afterwards; on SQLite a temporary file.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(TestProvider provider, DatabaseSettings settings, string name, string? serverConnectionString)
    {
        Provider = provider;
        Settings = settings;
        Name = name;
        ServerConnectionString = serverConnectionString;
        Factory = OpsTrackerDbContextFactory.Create(settings);
    }

    public TestProvider Provider { get; }
    public DatabaseSettings Settings { get; }
    public string Name { get; }
    public IDbContextFactory<OpsTrackerDbContext> Factory { get; }
    private string? ServerConnectionString { get; }

    /// <summary>The connection string as the app's configuration would give it (ConnectionStrings:Postgres or :Sqlite).</summary>
    public KeyValuePair<string, string?> ConfigurationEntry => Provider == TestProvider.Postgres
        ? new("ConnectionStrings:Postgres", Settings.ConnectionString)
        : new("ConnectionStrings:Sqlite", Settings.ConnectionString);

    public static async Task<TestDatabase> CreateAsync(TestProvider provider, bool migrate = true)
    {
        var name = "opstracker_test_" + Guid.NewGuid().ToString("N")[..16];
        TestDatabase db;
        if (provider == TestProvider.Postgres)
        {
            var server = await PostgresServer.GetConnectionStringAsync();
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            db = new TestDatabase(provider, new DatabaseSettings(DatabaseProvider.Postgres, cs), name, server);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            var cs = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
            db = new TestDatabase(provider, new DatabaseSettings(DatabaseProvider.Sqlite, cs), file, null);
        }
        if (migrate)
        {
            await OpsTrackerDatabase.MigrateAsync(db.Factory, NullLogger.Instance);
        }
        return db;
    }

    /// <summary>Removes every report (and by cascade everything extracted from it); provinces stay.</summary>
    public async Task ResetAsync()
    {
        await using var context = await Factory.CreateDbContextAsync();
        await context.Reports.ExecuteDeleteAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == TestProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            // After a large write the server's own autovacuum or analyze may briefly hold the database, and FORCE
            // cannot end a process of another role (42501): wait for it to finish rather than fail the class.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < 20)
                {
                    await Task.Delay(500);
                }
            }
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Name + suffix);
            }
        }
    }
}

/// <summary>A class fixture holding one test database per provider, created on first use.</summary>
public sealed class TestDatabases : IAsyncLifetime
{
    private readonly Dictionary<TestProvider, Task<TestDatabase>> _databases = [];
    private readonly Lock _gate = new();

    public Task<TestDatabase> GetAsync(TestProvider provider)
    {
        lock (_gate)
        {
            if (!_databases.TryGetValue(provider, out var db))
            {
                db = TestDatabase.CreateAsync(provider);
                _databases[provider] = db;
            }
            return db;
        }
    }

    /// <summary>The provider's database, emptied of reports.</summary>
    public async Task<TestDatabase> GetCleanAsync(TestProvider provider)
    {
        var db = await GetAsync(provider);
        await db.ResetAsync();
        return db;
    }

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

/// <summary>A class fixture holding one migrated PostgreSQL database.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is null)
        {
            _database = await TestDatabase.CreateAsync(TestProvider.Postgres);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
