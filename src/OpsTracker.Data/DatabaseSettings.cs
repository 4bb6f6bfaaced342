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
    /// <summary>The configuration section of the time-outs and retries below (<c>OpsTracker__Database__ConnectTimeoutSeconds</c>...).</summary>
    public const string SectionName = "OpsTracker:Database";
    public const string PostgresConnectionStringName = "Postgres";
    public const string SqliteConnectionStringName = "Sqlite";
    public const string SqlitePathKey = "OpsTracker:SqlitePath";

    /// <summary>
    /// Seconds to wait for a PostgreSQL connection before giving up (Npgsql's <c>Timeout</c>, 15 by default there):
    /// short, so a database that is gone is noticed within a request's time rather than after it.
    /// </summary>
    public int ConnectTimeoutSeconds { get; init; } = 3;

    /// <summary>Seconds a PostgreSQL command may run (Npgsql's <c>Command Timeout</c>, 30 by default there).</summary>
    public int CommandTimeoutSeconds { get; init; } = 15;

    /// <summary>
    /// How many times EF's execution strategy retries a transient PostgreSQL failure (6 by default there, which with
    /// its back-off held a request for about a minute when the server was gone).
    /// </summary>
    public int MaxRetryCount { get; init; } = 2;

    /// <summary>The longest pause between two of those retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

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
            var section = configuration.GetSection(SectionName);
            var defaults = new DatabaseSettings(DatabaseProvider.Postgres, postgres);
            return defaults with
            {
                ConnectTimeoutSeconds = Positive(section, nameof(ConnectTimeoutSeconds), defaults.ConnectTimeoutSeconds),
                CommandTimeoutSeconds = Positive(section, nameof(CommandTimeoutSeconds), defaults.CommandTimeoutSeconds),
                MaxRetryCount = Positive(section, nameof(MaxRetryCount), defaults.MaxRetryCount, allowZero: true),
                MaxRetryDelay = TimeSpan.FromMilliseconds(Positive(section, "MaxRetryDelayMilliseconds", (int)defaults.MaxRetryDelay.TotalMilliseconds)),
            };
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

    private static int Positive(IConfiguration section, string key, int fallback, bool allowZero = false)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && (n > 0 || (allowZero && n == 0)))
        {
            return n;
        }
        throw new InvalidOperationException($"{SectionName}:{key} must be a whole number{(allowZero ? "" : " above 0")}; it is '{value}'.");
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
                // The connect time-out goes in the connection string (Npgsql reads it there); the retries are few and
                // short, so a request meets a lost database within seconds and the outage handling answers 503.
                var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Timeout = settings.ConnectTimeoutSeconds };
                options.UseNpgsql(connection.ToString(), npgsql => npgsql
                    .CommandTimeout(settings.CommandTimeoutSeconds)
                    .EnableRetryOnFailure(settings.MaxRetryCount, settings.MaxRetryDelay, errorCodesToAdd: null));
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
