using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpsTracker.Data.Tests.Testing;

/// <summary>
/// A PostgreSQL cluster of the test's own, in a temporary folder on a free port, from the installed binaries
/// (<c>initdb</c>, <c>pg_ctl</c>): the throwaway server when <c>OPSTRACKER_TEST_POSTGRES</c> is not set, and the
/// server that outage tests stop and start (never the shared one). Under root it runs as the postgres user.
/// Disposing stops it and deletes its folder.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private readonly bool _asPostgres;

    private PrivateCluster(string bin, string dir, int port, bool asPostgres)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
        _asPostgres = asPostgres;
    }

    public int Port { get; }

    /// <summary>The maintenance database (postgres) as the superuser postgres, trusted on 127.0.0.1.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = "postgres",
    }.ToString();

    public string DataDirectory => Path.Combine(_dir, "data");

    /// <summary>A program of the installed PostgreSQL (pg_dump, pg_restore...).</summary>
    public string Tool(string name) => Path.Combine(_bin, name);

    /// <summary>Why a private cluster cannot be had here (no PostgreSQL binaries), or null.</summary>
    public static string? SkipReason => PostgresServer.IsCi || PostgresServer.FindBinDirectory() is not null
        ? null
        : "No PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql) for a private cluster to stop and start.";

    /// <summary>Creates and starts a cluster with the newest installed binaries.</summary>
    public static Task<PrivateCluster> StartAsync() =>
        StartAsync(PostgresServer.FindBinDirectory() ?? throw new InvalidOperationException(SkipReason ?? "No PostgreSQL binaries."));

    public static async Task<PrivateCluster> StartAsync(string bin)
    {
        RemoveStoppedClusters();
        var dir = Path.Combine(Path.GetTempPath(), "opstracker-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres:postgres", dir], asPostgres: false);
        }
        var cluster = new PrivateCluster(bin, dir, FreePort(), asPostgres);
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", cluster.DataDirectory, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"], asPostgres);
        await cluster.StartAgainAsync();
        return cluster;
    }

    /// <summary>Starts the server (again), waiting until it accepts connections.</summary>
    public Task StartAgainAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"),
        ["-D", DataDirectory, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
        _asPostgres);

    /// <summary>Stops the server as an operator would (fast: sessions are ended, open transactions rolled back).</summary>
    public Task StopAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], _asPostgres);

    /// <summary>Runs a PostgreSQL program against this cluster (as the postgres user under root); throws when it fails.</summary>
    public Task RunToolAsync(string name, IReadOnlyList<string> args) => RunAsync(Tool(name), args, _asPostgres);

    /// <summary>A folder the cluster's programs may write to (pg_dump's output).</summary>
    public string WorkFolder => _dir;

    public async ValueTask DisposeAsync()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], _asPostgres);
            }
            Directory.Delete(_dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Best effort: the folder is in the temp directory, and a later run removes stopped clusters.
        }
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
