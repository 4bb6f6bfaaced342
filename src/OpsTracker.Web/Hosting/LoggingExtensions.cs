using Serilog;

namespace OpsTracker.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section: levels and enrichers from appsettings.json, sinks per
    /// environment (readable console in Development, compact JSON on the console in Production). Without a configured
    /// sink it writes readable lines to the console.
    /// </summary>
    public static WebApplicationBuilder AddOpsTrackerLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Host.UseSerilog((context, services, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (!context.Configuration.GetSection("Serilog:WriteTo").Exists())
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request, written through this app's logger (not the static one, which tests share).</summary>
    public static IApplicationBuilder UseOpsTrackerRequestLogging(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(options => options.Logger = logger);
    }
}
