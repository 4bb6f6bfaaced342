using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsTracker.Data.Seeding;

/// <summary>Where the seeding service reads from; null when no seeds folder was found.</summary>
public sealed record SeedingOptions(string? SeedsPath);

/// <summary>
/// Loads every report of the seeds folder through <see cref="ReportImporter"/>, in the background, after the app has
/// migrated the database and started listening. One bad file is recorded and logged; the rest still load.
/// </summary>
public sealed class SeedingService(
    SeedingOptions options,
    ReportImporter importer,
    SeedingStatus status,
    ILogger<SeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SeedAsync(stoppingToken);
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
        logger.LogInformation("Seeding {Count} report(s) from {SeedsPath}", files.Count, options.SeedsPath);
        foreach (var path in files)
        {
            var fileName = Path.GetFileName(path);
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["FileName"] = fileName });
            try
            {
                var outcome = await importer.ImportFileAsync(path, stoppingToken);
                if (outcome.Status == Core.Domain.ReportStatus.Failed)
                {
                    status.ReportFailed();
                }
                else
                {
                    status.ReportLoaded();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                logger.LogInformation("Seeding stopped at {FileName}: the app is shutting down", fileName);
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not store {FileName}", fileName);
                status.ReportFailed();
            }
        }
        logger.LogInformation("Seeding done: {Loaded} loaded, {Failed} failed", status.Loaded, status.Failed);
    }
}
