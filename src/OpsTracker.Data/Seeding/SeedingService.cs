using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsTracker.Data.Seeding;

/// <summary>Where the seeding service reads from; null when no seeds folder was found.</summary>
public sealed record SeedingOptions(string? SeedsPath);

/// <summary>
/// Loads every report of the seeds folder through <see cref="ReportImporter"/>, in the background, once the database
/// is migrated (<see cref="DatabaseAvailability"/>; at once when none is given). A file that fails for a reason of its
/// own is stored as a Failed report with the reason (the importer does so for unreadable files; a store that the
/// database refuses is recorded here), and the rest still load. A file that fails for a passing reason (the database
/// went away: <see cref="DatabaseFaults.IsTransient"/>) is listed in <see cref="SeedingStatus.Retrying"/> and tried
/// again when the database is back, so nothing is lost; at the next start it is tried again anyway, since it was never
/// stored. On shutdown the report in hand is rolled back with its transaction and seeding stops.
/// </summary>
public sealed class SeedingService(
    SeedingOptions options,
    ReportImporter importer,
    SeedingStatus status,
    ILogger<SeedingService> logger,
    DatabaseAvailability? availability = null) : BackgroundService
{
    /// <summary>Attempts per file within one pass before it waits for the next pass.</summary>
    private const int AttemptsPerPass = 3;

    /// <summary>The pause between passes over the files left to retry, doubled each pass up to <see cref="MaxPassDelay"/>.</summary>
    private static readonly TimeSpan FirstPassDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxPassDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = stoppingToken.Register(status.ReportStopping);
        try
        {
            await SeedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Seeding stopped: the app is shutting down");
        }
        finally
        {
            status.Complete();
        }
    }

    private async Task SeedAsync(CancellationToken stoppingToken)
    {
        if (options.SeedsPath is null || !Directory.Exists(options.SeedsPath))
        {
            logger.LogWarning("No seeds folder found ({SeedsPath}); nothing to load. Set {ConfigurationKey} to load reports at startup",
                options.SeedsPath ?? "none", SeedsFolder.ConfigurationKey);
            status.Start(0);
            return;
        }
        var files = ReportImporter.FindReports(options.SeedsPath);
        status.Start(files.Count);
        if (availability is not null && !availability.IsMigrated)
        {
            logger.LogInformation("Seeding waits for the database to be migrated");
        }
        logger.LogInformation("Seeding {Count} report(s) from {SeedsPath}", files.Count, options.SeedsPath);
        var delay = FirstPassDelay;
        for (var left = files; left.Count > 0;)
        {
            left = await PassAsync(left, stoppingToken);
            if (left.Count > 0)
            {
                logger.LogWarning("{Count} report(s) could not be stored for a passing reason; trying again in {Delay}", left.Count, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPassDelay.Ticks));
            }
        }
        logger.LogInformation("Seeding done: {Loaded} loaded, {Failed} failed", status.Loaded, status.Failed);
    }

    /// <summary>One pass over <paramref name="files"/>; returns those to try again.</summary>
    private async Task<IReadOnlyList<string>> PassAsync(IReadOnlyList<string> files, CancellationToken stoppingToken)
    {
        var again = new List<string>();
        foreach (var path in files)
        {
            var fileName = Path.GetFileName(path);
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["FileName"] = fileName });
            for (var attempt = 1; ; attempt++)
            {
                if (availability is not null)
                {
                    await availability.WaitUntilAvailableAsync(stoppingToken);
                }
                try
                {
                    var outcome = await importer.ImportFileAsync(path, Review.ExtractionOverrides.SeedingUser, stoppingToken);
                    if (outcome.Status == Core.Domain.ReportStatus.Failed)
                    {
                        status.ReportFailed(fileName);
                    }
                    else
                    {
                        status.ReportLoaded(fileName);
                    }
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException && DatabaseFaults.IsTransient(e))
                {
                    var reason = DatabaseFaults.Describe(e);
                    logger.LogWarning("Could not store {FileName} for a passing reason ({Reason}); it will be tried again", fileName, reason);
                    status.ReportRetrying(fileName, reason);
                    availability?.ReportDown(reason);
                    if (attempt >= AttemptsPerPass)
                    {
                        again.Add(path);
                        break;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Could not store {FileName}", fileName);
                    await RecordFailureAsync(path, fileName, e, stoppingToken);
                    break;
                }
            }
        }
        return again;
    }

    /// <summary>Lists a file the database refused as a Failed report with the reason, so the Reports page shows it.</summary>
    private async Task RecordFailureAsync(string path, string fileName, Exception error, CancellationToken stoppingToken)
    {
        try
        {
            await importer.RecordFailureAsync(path, "could not be stored: " + error.GetBaseException().Message, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record {FileName} as failed either", fileName);
        }
        status.ReportFailed(fileName);
    }
}
