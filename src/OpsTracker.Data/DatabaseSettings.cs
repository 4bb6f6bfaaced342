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

    /// <summary>
    /// Npgsql's <c>Max Auto Prepare</c> when the connection string does not set it (Npgsql's own default is 0, off):
    /// each pooled connection keeps up to this many of the statements it runs most (after
    /// <c>Auto Prepare Min Usages</c>, 5) prepared on the server, which then skips parsing and planning them. The app's
    /// hot statements (a page of operations, its count, the tallies) are a few dozen shapes. Under 50 connections on
    /// the API at a million operations this cut PostgreSQL's CPU per request (docs/benchmarks.md, "Load"). An
    /// operator's own <c>Max Auto Prepare</c> in the connection string wins, 0 included.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Npgsql's <c>SSL Mode</c> when the connection string does not set it and every host is this machine (localhost,
    /// 127.0.0.0/8, ::1): <c>Allow</c>, plain unless the server insists on TLS, instead of Npgsql's <c>Prefer</c>,
    /// which encrypts whenever the server can. Loopback traffic never leaves the kernel, and <c>Prefer</c> checks no
    /// certificate anyway; the encryption was over a tenth of the API's throughput on this machine
    /// (docs/benchmarks.md, "Load"). A remote host keeps Npgsql's default; an operator's own <c>SSL Mode</c> wins.
    /// </summary>
    public const SslMode LoopbackSslMode = SslMode.Allow;

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

    /// <summary>
    /// True when <paramref name="connectionString"/> itself gives <paramref name="keyword"/> (in any case, with or
    /// without its spaces, as Npgsql reads it), rather than leaving it to the default.
    /// </summary>
    internal static bool SetsKeyword(string connectionString, string keyword)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var wanted = keyword.Replace(" ", "", StringComparison.Ordinal);
        return given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when every host of a (comma-separated) Npgsql host list is this machine; false for none or a socket path.</summary>
    internal static bool IsLoopback(string? hosts)
    {
        if (string.IsNullOrWhiteSpace(hosts))
        {
            return false;
        }
        return hosts.Split(',').All(entry =>
        {
            var host = entry.Trim();
            if (host.StartsWith('[') && host.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
            {
                host = host[1..close]; // [::1]:5432
            }
            else if (host.Count(c => c == ':') == 1)
            {
                host = host[..host.IndexOf(':', StringComparison.Ordinal)]; // 127.0.0.1:5432
            }
            return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
        });
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
                if (!SetsKeyword(settings.ConnectionString, "Max Auto Prepare"))
                {
                    connection.MaxAutoPrepare = DefaultMaxAutoPrepare;
                }
                if (!SetsKeyword(settings.ConnectionString, "SSL Mode") && IsLoopback(connection.Host))
                {
                    connection.SslMode = LoopbackSslMode;
                }
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
