using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>A fact that needs PostgreSQL and its client programs (pg_dump, pg_restore); skipped without them, except under CI=true.</summary>
public sealed class PostgresToolsFactAttribute : FactAttribute
{
    public PostgresToolsFactAttribute()
    {
        Skip = PostgresServer.SkipReason
            ?? (PostgresServer.FindBinDirectory() is null && !PostgresServer.IsCi ? "pg_dump and pg_restore are not installed (apt-get install postgresql)." : null);
    }
}

/// <summary>
/// The backup of README "Backups": <c>pg_dump --format=custom</c> of a database an analyst has corrected, restored by
/// <c>pg_restore</c> into an empty database, is served by the app as it was, the analyst's publication date included,
/// even after the app loads the seeds folder again on that database.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string LastMondayReport = "003_9d1aa88e7d28a158.txt"; // no publication date: the analyst gives one

    [PostgresToolsFact]
    public async Task A_dump_restored_into_an_empty_database_is_served_with_the_analysts_corrections()
    {
        var bin = PostgresServer.FindBinDirectory() ?? throw new InvalidOperationException("pg_dump and pg_restore are required (CI=true).");
        await using var source = await SeededDatabases.CreateAsync(TestProvider.Postgres);
        int reportId;
        await using (var context = await source.Factory.CreateDbContextAsync())
        {
            reportId = await context.Reports.Where(r => r.FileName == LastMondayReport).Select(r => r.Id).SingleAsync();
        }
        await SeededDatabases.Importer(source.Factory).ReextractAsync(reportId, new DateOnly(2024, 5, 15));

        var dump = Path.Combine(Path.GetTempPath(), $"opstracker-{Guid.NewGuid():N}.dump");
        await using var target = await TestDatabase.CreateAsync(TestProvider.Postgres, migrate: false);
        try
        {
            await RunAsync(Path.Combine(bin, "pg_dump"), source.Settings.ConnectionString, ["--format=custom", "--no-owner", "--file", dump]);
            await RunAsync(Path.Combine(bin, "pg_restore"), target.Settings.ConnectionString, ["--no-owner", "--exit-on-error", dump]);
        }
        finally
        {
            File.Delete(dump);
        }

        await using var app = new OpsTrackerWebFactory(new Dictionary<string, string?>
        {
            [target.ConfigurationEntry.Key] = target.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = SeededDatabases.SeedsPath,
        });
        await app.WaitForSeedingAsync();
        using var client = app.CreateClient();
        using var report = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/reports/{reportId}", UriKind.Relative)));
        var stored = report.RootElement.GetProperty("report");
        Assert.Equal("2024-05-15", stored.GetProperty("published").GetString());
        Assert.Equal("known", stored.GetProperty("publishedSource").GetString());

        // The strike of "last Monday" (the arrests told as "recently" have no day).
        var may = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/operations?from=2024-05-13&to=2024-05-13", UriKind.Relative));
        Assert.Equal(1, may.GetProperty("total").GetInt32());
        await using var before = await source.Factory.CreateDbContextAsync();
        await using var after = await target.Factory.CreateDbContextAsync();
        Assert.Equal(await before.Operations.CountAsync(), await after.Operations.CountAsync());
        Assert.Equal(await before.Reports.CountAsync(), await after.Reports.CountAsync());
    }

    /// <summary>Runs a PostgreSQL client program against the database of <paramref name="connectionString"/>.</summary>
    private static async Task RunAsync(string program, string connectionString, IReadOnlyList<string> args)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["--host", cs.Host!, "--port", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", cs.Username!, "--dbname", cs.Database!])
        {
            info.ArgumentList.Add(a);
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["PGPASSWORD"] = cs.Password ?? "";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {await stderr}");
    }
}
