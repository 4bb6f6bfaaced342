using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Hosting;

public static class DashboardExtensions
{
    /// <summary>The dashboard's read queries and CSV exports (each opens its own context per call) and the UI strings.</summary>
    public static IServiceCollection AddOpsTrackerDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton<OperationQuery>();
        services.TryAddSingleton<ReportQuery>();
        services.TryAddSingleton<TallyQuery>();
        services.TryAddSingleton<TallyCsvExport>();
        services.TryAddSingleton<TallyXlsxExport>();
        services.TryAddSingleton<OperationXlsxExport>();
        services.TryAddSingleton<Data.Maps.OperationMapQuery>();
        services.TryAddSingleton<OperationGeoJsonExport>();
        services.TryAddSingleton<OperationCsvExport>();
        services.TryAddSingleton<ReportCsvExport>();
        services.TryAddSingleton<AuditCsvExport>();
        // The operation page's history panel reads the audit trail.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Data.Review.ReviewService>();
        // The report page shows its tallies' reviews and edits them; adding a missed operation reads the selection.
        services.TryAddSingleton<Data.Review.TallyReviewService>();
        services.TryAddSingleton<Core.Extraction.IReportExtractor, Core.Extraction.ArabicReportExtractor>();
        // The report page takes an analyst's word that a report is complete; the review page measures the extractor
        // against the reports reviewed whole.
        services.TryAddSingleton<Data.Review.ReportCompletionService>();
        services.TryAddSingleton<Data.Review.ReviewedReports>();
        services.TryAddSingleton<Data.Review.ReviewAccuracyMeter>();
        services.TryAddSingleton<Data.Linking.EventService>(); // the operation page's merge and split
        services.AddLocalization();
        return services;
    }
}
