using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

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

    private static string? FindBinDirectory()
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
            RemoveStoppedClusters();
            var dir = Path.Combine(Path.GetTempPath(), "opstracker-pg-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(dir);
            var asRoot = Environment.UserName == "root";
            if (asRoot)
            {
                // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
                await RunAsync("chown", ["postgres:postgres", dir], asPostgres: false);
            }
            var data = Path.Combine(dir, "data");
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"], asRoot);
            var port = FreePort();
            await RunAsync(Path.Combine(bin, "pg_ctl"),
                ["-D", data, "-l", Path.Combine(dir, "server.log"), "-w", "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                asRoot);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
                {
                    // Best effort: the folder is in the temp directory.
                }
            };
            return new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "postgres",
                Database = "postgres",
            }.ToString();
        }

        /// <summary>Clusters of earlier runs whose server is gone (a test host killed before it could clean up).</summary>
        private static void RemoveStoppedClusters()
        {
            foreach (var old in Directory.EnumerateDirectories(Path.GetTempPath(), "opstracker-pg-*"))
            {
                // Another test assembly may be creating its cluster right now: only old folders with no server go.
                if (File.Exists(Path.Combine(old, "data", "postmaster.pid"))
                    || Directory.GetCreationTimeUtc(old) > DateTime.UtcNow.AddMinutes(-30))
                {
                    continue;
                }
                try
                {
                    Directory.Delete(old, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Someone else's, or in use: leave it.
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asPostgres)
        {
            var info = new ProcessStartInfo(asPostgres ? "runuser" : file)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (asPostgres)
            {
                foreach (var a in (string[])["-u", "postgres", "--", file])
                {
                    info.ArgumentList.Add(a);
                }
            }
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await stderr}{await stdout}");
            }
        }
    }
}
