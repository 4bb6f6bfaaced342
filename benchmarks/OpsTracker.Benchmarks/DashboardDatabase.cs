using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpsTracker.Data;
using OpsTracker.Data.Generation;

namespace OpsTracker.Benchmarks;

/// <summary>
/// A PostgreSQL database of a dashboard benchmark's own: created on the server named by <c>OPSTRACKER_BENCH_POSTGRES</c>
/// (else <c>OPSTRACKER_TEST_POSTGRES</c>; a connection string whose role may create databases), migrated, and filled
/// with <see cref="Operations"/> operations by the <c>generate</c> verb's writer, always with the same seed and end date
/// so every run measures the same rows; dropped afterwards.
/// </summary>
internal sealed class DashboardDatabase : IAsyncDisposable
{
    public const int Operations = 100_000;
    public const int Seed = 2014;
    public static readonly DateOnly Until = new(2026, 11, 23);
    public static readonly string[] Variables = ["OPSTRACKER_BENCH_POSTGRES", "OPSTRACKER_TEST_POSTGRES"];

    private readonly string _server;
    private readonly string _name;

    private DashboardDatabase(string server, string name, IDbContextFactory<OpsTrackerDbContext> factory)
    {
        _server = server;
        _name = name;
        Factory = factory;
    }

    public IDbContextFactory<OpsTrackerDbContext> Factory { get; }

    public static async Task<DashboardDatabase> CreateAsync()
    {
        var server = Variables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? throw new InvalidOperationException(
                $"Set {string.Join(" or ", Variables)} to a PostgreSQL connection string whose role may create databases.");
        var name = "opstracker_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
        var factory = OpsTrackerDbContextFactory.Create(settings);
        var database = new DashboardDatabase(server, name, factory);
        try
        {
            await OpsTrackerDatabase.MigrateAsync(factory, NullLogger.Instance);
            var summary = await new SyntheticDataWriter(factory).WriteAsync(new GenerationOptions(Operations, Seed, Until, DateTime.UtcNow));
            // Lands in BenchmarkDotNet's log: what the benchmark runs on, and how long generating it took.
            Console.WriteLine(
                $"// {settings.Describe()}: wrote {summary.Operations} operations, {summary.Casualties} casualties, {summary.Hideouts} hideouts, " +
                $"{summary.Reports} reports, {summary.Tallies} tallies in {summary.Elapsed.TotalSeconds:0.0} s (seed {Seed})");
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
