using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Data;

namespace OpsTracker.Web.Hosting;

/// <summary>
/// Keeps the app up while its database is not: it starts without one, migrates when it comes, and while it is gone
/// answers 503 at once (problem+json for the API and exports, a short page for the dashboard) instead of hanging or
/// failing with 500. See <see cref="DatabaseAvailability"/> for the circuit and README "When the database is down".
/// </summary>
public static class DatabaseResilience
{
    /// <summary>Configuration: seconds the host waits on shutdown for background work (seeding) to stop; 10 by default.</summary>
    public const string ShutdownTimeoutKey = "OpsTracker:ShutdownTimeoutSeconds";

    /// <summary>
    /// The startup migration in the background with retries (<see cref="DatabaseStartup"/>) in place of migrating
    /// before listening, a probe that closes the circuit when the database answers again, and a shutdown time-out.
    /// </summary>
    public static WebApplicationBuilder AddDatabaseResilience(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var seconds = builder.Configuration.GetValue<int?>(ShutdownTimeoutKey) ?? 10;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        builder.Services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    /// <summary>
    /// While the database is unavailable (not yet migrated, or a call or probe found it gone), API and export requests
    /// answer 503 <c>application/problem+json</c> and dashboard pages a 503 page that reloads itself, without touching
    /// the database. A request that meets a lost database (<see cref="DatabaseFaults.IsTransient"/>) before its
    /// response has started answers the same, and opens the circuit. Health, static files and the culture switch pass.
    /// </summary>
    public static IApplicationBuilder UseDatabaseOutageHandling(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var availability = app.ApplicationServices.GetRequiredService<DatabaseAvailability>();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseResilience).FullName!);
        return app.Use(async (context, next) =>
        {
            var kind = Classify(context);
            if (kind == RequestKind.Other)
            {
                await next(context);
                return;
            }
            if (!availability.IsAvailable)
            {
                await WriteUnavailableAsync(context, kind);
                return;
            }
            try
            {
                await next(context);
            }
            catch (Exception e) when (DatabaseFaults.IsTransient(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var reason = DatabaseFaults.Describe(e);
                logger.LogWarning("{Method} {Path} met an unavailable database: {Reason}", context.Request.Method, context.Request.Path, reason);
                availability.ReportDown(reason);
                context.Response.Clear();
                await WriteUnavailableAsync(context, kind);
            }
        });
    }

    private enum RequestKind
    {
        Other,
        Api,
        Page,
    }

    private static RequestKind Classify(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WorksWithoutDatabaseAttribute>() is not null)
        {
            return RequestKind.Other;
        }
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/export"))
        {
            return RequestKind.Api;
        }
        return context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null ? RequestKind.Page : RequestKind.Other;
    }

    private static Task WriteUnavailableAsync(HttpContext context, RequestKind kind)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.Headers.CacheControl = "no-store";
        if (kind == RequestKind.Api)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The database is unavailable.",
                detail: "OpsTracker cannot reach its database just now; try again in a few seconds.",
                type: "https://tools.ietf.org/html/rfc9110#section-15.6.4").ExecuteAsync(context);
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(UnavailablePage, context.RequestAborted);
    }

    /// <summary>A page of its own (the dashboard's layout would need the database it lacks): both languages, reloads every 10 s.</summary>
    private const string UnavailablePage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta http-equiv="refresh" content="10" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Database unavailable · OpsTracker</title>
            <style>body{font-family:system-ui,"Noto Sans Arabic","DejaVu Sans",sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#333}</style>
        </head>
        <body>
            <h1>The database is unavailable</h1>
            <p data-testid="database-unavailable">OpsTracker cannot reach its database just now. Nothing is lost: this page reloads itself and shows the data as soon as the database is back.</p>
            <h1 lang="ar" dir="rtl">قاعدة البيانات غير متاحة</h1>
            <p lang="ar" dir="rtl">لا يستطيع OpsTracker الوصول إلى قاعدة بياناته الآن. لم يضع شيء: تُعاد هذه الصفحة تلقائياً وتظهر البيانات حالما تعود قاعدة البيانات.</p>
        </body>
        </html>
        """;
}

/// <summary>Marks an API endpoint that answers without the database, so an outage does not turn it away.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class WorksWithoutDatabaseAttribute : Attribute;

/// <summary>
/// Brings the database up to date at startup without making the app depend on it: the first attempt runs before the
/// server listens (so with a database at hand nothing changes: the app listens migrated); if it fails, the app starts
/// anyway (<c>/health</c> 200, <c>/health/ready</c> 503 with the reason) and a background loop tries again with a
/// back-off of 1, 2, 4 then 5 s until it succeeds, then seeding starts. Afterwards, while the circuit is open, it probes
/// the database every second and closes the circuit when it answers.
/// </summary>
internal sealed partial class DatabaseStartup(IServiceProvider services, DatabaseAvailability availability, ILogger<DatabaseStartup> logger)
    : IHostedService, IDisposable
{
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryMigrateAsync(cancellationToken))
        {
            _loop = Task.Run(() => MonitorAsync(_stopping.Token), CancellationToken.None);
            return;
        }
        _loop = Task.Run(() => RetryThenMonitorAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Stopped again after the host disposed the service (a test host stops, then disposes and stops): the
            // loop was cancelled the first time.
            return;
        }
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await services.MigrateOpsTrackerDatabaseAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = DatabaseFaults.IsTransient(e) ? DatabaseFaults.Describe(e) : "migration failed: " + e.GetBaseException().Message;
            LogNotReady(e, reason);
            availability.ReportDown(reason);
            return false;
        }
    }

    private async Task RetryThenMonitorAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(1);
        try
        {
            while (true)
            {
                await Task.Delay(delay, stopping);
                if (await TryMigrateAsync(stopping))
                {
                    logger.LogInformation("The database is migrated; the app is ready");
                    break;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackOff.Ticks));
            }
            await MonitorAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>While the circuit is open, probes the database every second and closes it when it answers.</summary>
    private async Task MonitorAsync(CancellationToken stopping)
    {
        var factory = services.GetRequiredService<IDbContextFactory<OpsTrackerDbContext>>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                await Task.Delay(ProbeInterval, stopping);
                if (!availability.IsDown)
                {
                    continue;
                }
                try
                {
                    await using var db = await factory.CreateDbContextAsync(stopping);
                    if (await db.Database.CanConnectAsync(stopping))
                    {
                        logger.LogInformation("The database answers again");
                        availability.ReportUp();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogDebug(e, "The database still does not answer");
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is not ready ({Reason}); the app serves without it and tries again")]
    private partial void LogNotReady(Exception exception, string reason);
}
