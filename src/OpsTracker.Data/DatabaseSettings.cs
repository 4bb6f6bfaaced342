using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace OpsTracker.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database OpsTracker uses, read from configuration: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set
/// (environment <c>ConnectionStrings__Postgres</c>), otherwise an embedded SQLite file: <c>ConnectionStrings:Sqlite</c>,
/// else the path <c>OpsTracker:SqlitePath</c>, else <see cref="DefaultSqlitePath"/>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string PostgresConnectionStringName = "Postgres";
    public const string SqliteConnectionStringName = "Sqlite";
    public const string SqlitePathKey = "OpsTracker:SqlitePath";

    /// <summary>LocalApplicationData/OpsTracker/opstracker.db: ~/.local/share/OpsTracker/opstracker.db on Linux.</summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.Combine(AppContext.BaseDirectory, "data");
            }
            return Path.Combine(root, "OpsTracker", "opstracker.db");
        }
    }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var postgres = configuration.GetConnectionString(PostgresConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, postgres);
        }
        var sqlite = configuration.GetConnectionString(SqliteConnectionStringName);
        if (string.IsNullOrWhiteSpace(sqlite))
        {
            var path = configuration[SqlitePathKey];
            if (string.IsNullOrWhiteSpace(path))
            {
                path = DefaultSqlitePath;
            }
            sqlite = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString();
        }
        return new DatabaseSettings(DatabaseProvider.Sqlite, sqlite);
    }

    /// <summary>Where the data lives, for logs: the SQLite file or the PostgreSQL host and database, never a password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        }
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>Points <paramref name="options"/> at this database; creates the SQLite file's folder.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.EnableRetryOnFailure());
                break;
            case DatabaseProvider.Sqlite:
                var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
                var folder = Path.GetDirectoryName(Path.GetFullPath(file));
                if (!string.IsNullOrEmpty(folder) && !file.StartsWith(':'))
                {
                    Directory.CreateDirectory(folder);
                }
                options.UseSqlite(settings.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }
    }
}
