using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database (PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else embedded SQLite; see
    /// <see cref="DatabaseSettings"/>), an <c>IDbContextFactory&lt;OpsTrackerDbContext&gt;</c>, the report importer with
    /// the Arabic extractor, and the read queries. Configuration is read when the services are first resolved.
    /// </summary>
    public static IServiceCollection AddOpsTrackerData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(_ => DatabaseSettings.From(configuration));
        services.AddDbContextFactory<OpsTrackerDbContext, OpsTrackerDbContextFactory>(
            (sp, options) => DatabaseSettings.Configure(options, sp.GetRequiredService<DatabaseSettings>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DatabaseAvailability>();
        services.TryAddSingleton<IReportExtractor, ArabicReportExtractor>();
        services.TryAddSingleton<ReportImporter>();
        services.TryAddSingleton<ReportSubmissions>();
        services.TryAddSingleton<Review.ReviewService>();
        services.TryAddSingleton<Review.TallyReviewService>();
        services.TryAddSingleton<Review.ReportCompletionService>();
        services.TryAddSingleton<Review.ReviewedReports>();
        services.TryAddSingleton<Review.ReviewAccuracyMeter>();
        services.TryAddSingleton<Linking.EventService>();
        services.TryAddSingleton<OperationQuery>();
        services.TryAddSingleton<ReportQuery>();
        return services;
    }

    /// <summary>
    /// Background seeding from the seeds folder (<c>OpsTracker:SeedsPath</c>, else a <c>seeds/</c> folder found walking
    /// up from the content root or the app's base directory) and the <see cref="SeedingStatus"/> the UI shows.
    /// </summary>
    public static IServiceCollection AddOpsTrackerSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<SeedingStatus>();
        services.TryAddSingleton(sp => new SeedingOptions(SeedsFolder.Locate(
            configuration[SeedsFolder.ConfigurationKey],
            sp.GetService<IHostEnvironment>()?.ContentRootPath,
            AppContext.BaseDirectory)));
        services.AddHostedService<SeedingService>();
        return services;
    }

    /// <summary>Applies pending migrations and stores the provinces; call before the app starts listening.</summary>
    public static async Task MigrateOpsTrackerDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<OpsTrackerDbContext>>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpsTrackerDatabase).FullName!);
        logger.LogInformation("Using {Database}", settings.Describe());
        await OpsTrackerDatabase.MigrateAsync(factory, logger, cancellationToken);
        services.GetService<DatabaseAvailability>()?.ReportMigrated();
    }
}
