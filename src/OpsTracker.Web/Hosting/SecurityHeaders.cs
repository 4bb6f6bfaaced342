namespace OpsTracker.Web.Hosting;

/// <summary>
/// Headers on every response (pages, API, exports, static files): a Content-Security-Policy that lets scripts come
/// only from this site (Blazor Server needs no inline or eval'd script; its circuit is a same-origin WebSocket, and
/// MudBlazor needs inline styles), <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: same-origin</c> (report
/// links opened from the dashboard do not learn its addresses) and no framing.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseOpsTrackerSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            // Set as the response starts, so error pages (whose handler clears headers) get them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
