namespace OpsTracker.Data.Tests.Testing;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>OPSTRACKER_TEST_POSTGRES</c> (a server connection string
/// whose role may create databases), else a throwaway cluster started from the installed PostgreSQL binaries in a
/// temporary folder on a free port, stopped when the test process exits. Without either, PostgreSQL tests are
/// skipped, except under CI=true, where they fail.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "OPSTRACKER_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>Why PostgreSQL tests are skipped; null when they run (PostgreSQL available, or CI demands it).</summary>
    public static string? SkipReason
    {
        get
        {
            if (IsCi || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) || FindBinDirectory() is not null)
            {
                return null;
            }
            return $"PostgreSQL is not available: set {Variable} to a server connection string, or install PostgreSQL " +
                "(apt-get install postgresql) for a throwaway cluster; .ci/run does both.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to the server's maintenance database (postgres).</summary>
    public static Task<string> GetConnectionStringAsync() => Server.Value;

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            $"PostgreSQL is required (CI=true) but {Variable} is not set and no PostgreSQL binaries were found under /usr/lib/postgresql.");
        return await ThrowawayCluster.StartAsync(bin);
    }

    /// <summary>The newest installed PostgreSQL's bin folder (initdb, pg_ctl, pg_dump...), or null.</summary>
    public static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }
        return Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static class ThrowawayCluster
    {
        public static async Task<string> StartAsync(string bin)
        {
            var cluster = await PrivateCluster.StartAsync(bin);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return cluster.ConnectionString;
        }
    }
}
