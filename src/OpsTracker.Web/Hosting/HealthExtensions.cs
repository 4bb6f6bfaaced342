using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpsTracker.Data;

namespace OpsTracker.Web.Hosting;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddOpsTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health</c>: the process answers (200). <c>/health/ready</c>: the database answers and is migrated, else 503.</summary>
    public static IEndpointRouteBuilder MapOpsTrackerHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteStatusAndReasonAsync,
        });
        return app;
    }

    /// <summary>"Healthy", or "Unhealthy: database unreachable: ..." so an operator sees why without reading logs.</summary>
    private static Task WriteStatusAndReasonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reasons = report.Entries.Values
            .Where(e => e.Status != HealthStatus.Healthy && !string.IsNullOrEmpty(e.Description))
            .Select(e => e.Description);
        var text = report.Status == HealthStatus.Healthy ? "Healthy" : $"{report.Status}: {string.Join("; ", reasons)}";
        return context.Response.WriteAsync(text);
    }
}

/// <summary>
/// Healthy when the database is migrated and answers. While the circuit is open (<see cref="DatabaseAvailability"/>) it
/// answers at once with the reason; otherwise it asks the database, and opens the circuit when that fails.
/// </summary>
internal sealed class DatabaseReadyCheck(IDbContextFactory<OpsTrackerDbContext> contextFactory, DatabaseAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (availability.IsDown)
        {
            return HealthCheckResult.Unhealthy(availability.Reason ?? "the database is unavailable");
        }
        try
        {
            var (ready, reason) = await OpsTrackerDatabase.CheckReadyAsync(contextFactory, cancellationToken);
            if (!ready && reason == "database unreachable")
            {
                availability.ReportDown(reason);
            }
            return ready ? HealthCheckResult.Healthy(reason) : HealthCheckResult.Unhealthy(reason);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = DatabaseFaults.Describe(e);
            if (DatabaseFaults.IsTransient(e))
            {
                availability.ReportDown(reason);
            }
            return HealthCheckResult.Unhealthy(reason, e);
        }
    }
}
