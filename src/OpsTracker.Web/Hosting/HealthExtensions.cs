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
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

/// <summary>Healthy when the database answers and has no pending migration.</summary>
internal sealed class DatabaseReadyCheck(IDbContextFactory<OpsTrackerDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var (ready, reason) = await OpsTrackerDatabase.CheckReadyAsync(contextFactory, cancellationToken);
            return ready ? HealthCheckResult.Healthy(reason) : HealthCheckResult.Unhealthy(reason);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
