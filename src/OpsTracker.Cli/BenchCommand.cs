using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsTracker.Data;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;

namespace OpsTracker.Cli;

/// <summary>
/// <c>bench [--iterations N] [--export-iterations M]</c>: times the dashboard's reads in process against the configured
/// database (the same environment variables as the app), and beside them the database's own floor: the operations
/// table copied out by <c>COPY ... TO STDOUT</c> (what <c>psql \copy</c> does), read and thrown away. Prints one line
/// per measurement with the median, 95th percentile and slowest run. Fill the database first with <c>generate</c>;
/// HTTP and load are measured apart with wrk (docs/benchmarks.md).
/// </summary>
public static class BenchCommand
{
    public static Command Create() => Create(() => new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public static Command Create(Func<IConfiguration> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var iterations = new Option<int>("--iterations") { Description = "Runs of each page and search (default 30).", DefaultValueFactory = _ => 30 };
        var exportIterations = new Option<int>("--export-iterations") { Description = "Runs of each whole-table export (default 3).", DefaultValueFactory = _ => 3 };
        var command = new Command("bench", "Time the timeline, API page, tallies, CSV exports and search against the database, beside COPY's floor.")
        {
            iterations,
            exportIterations,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            configuration(), Math.Max(1, parse.GetValue(iterations)), Math.Max(1, parse.GetValue(exportIterations)),
            parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, int iterations, int exportIterations, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var services = new ServiceCollection().AddLogging().AddOpsTrackerData(configuration);
        await using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<DatabaseSettings>();
        await provider.MigrateOpsTrackerDatabaseAsync(cancellationToken);
        var factory = provider.GetRequiredService<IDbContextFactory<OpsTrackerDbContext>>();
        int operations;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            operations = await db.Operations.CountAsync(cancellationToken);
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Database: {settings.Describe()}, {operations:N0} operations; {Environment.ProcessorCount} processors; {iterations} runs (exports {exportIterations})"));

        var query = new OperationQuery(factory);
        var kirkuk = Filter(province: "IQ-KI");
        await TimeAsync(output, "timeline first page, province IQ-KI", iterations, () => query.ListAsync(kirkuk, cancellationToken));
        await TimeAsync(output, "API page 3, province IQ-KI", iterations, () => query.ListAsync(Filter(province: "IQ-KI", page: "3"), cancellationToken));
        await TimeAsync(output, "timeline first page, no filter", iterations, () => query.ListAsync(new OperationFilter(), cancellationToken));
        var tallies = new TallyCsvExport(factory);
        await TimeAsync(output, "tallies CSV, no filter", iterations, () => tallies.WriteAsync(new OperationFilter(), Stream.Null, cancellationToken));
        await TimeAsync(output, "tallies CSV, province IQ-KI", iterations, () => tallies.WriteAsync(kirkuk, Stream.Null, cancellationToken));
        foreach (var q in new[] { "حمرين", "Kirkuk", "داعش", "zq", new string('%', 50) })
        {
            await TimeAsync(output, $"search q={q}", iterations, () => query.ListAsync(Filter(q: q), cancellationToken));
        }

        var csv = new OperationCsvExport(factory);
        var counting = new CountingStream();
        var export = await TimeAsync(output, "operations CSV, all rows", exportIterations, () => csv.WriteAsync(new OperationFilter(), counting, cancellationToken));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {counting.Length / exportIterations / 1e6:0.0} MB per export"));
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var floor = await TimeAsync(output, "COPY \"Operations\" TO STDOUT (the \\copy floor)", exportIterations, () => CopyOutAsync(settings.ConnectionString, cancellationToken));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"operations CSV runs at {floor.Median / export.Median:0.00}x the speed of COPY (median against median)"));
        }
        return 0;
    }

    private static OperationFilter Filter(string? province = null, string? page = null, string? q = null)
    {
        var (filter, errors) = OperationFilter.Parse(province is null ? null : [province], null, null, null, page, null, null, q);
        return errors.Count == 0 ? filter : throw new InvalidOperationException(string.Join("; ", errors.Keys));
    }

    private static async Task<(double Median, double P95)> TimeAsync(TextWriter output, string name, int runs, Func<Task> work)
    {
        await work(); // warm: connection pool, query plans, caches
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} p50 {median,9:0.0} ms   p95 {p95,9:0.0} ms   max {times[^1],9:0.0} ms"));
        return (median, p95);
    }

    /// <summary>The operations table as psql's \copy reads it: COPY in text format, every byte read and dropped.</summary>
    private static async Task CopyOutAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var reader = await connection.BeginTextExportAsync("COPY \"Operations\" TO STDOUT", cancellationToken);
        var buffer = new char[64 * 1024];
        while (await reader.ReadAsync(buffer, cancellationToken) > 0)
        {
        }
    }

    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        private long _length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
