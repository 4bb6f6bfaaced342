using Microsoft.AspNetCore.Localization;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Endpoints;

public static class CultureEndpoints
{
    /// <summary>
    /// <c>GET /culture?culture=ar&amp;redirectUri=/timeline</c>: keeps the UI language in the culture cookie for a year
    /// and goes back to the page (a local path only). An unknown culture answers 400.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", (string? culture, string? redirectUri, HttpContext http) =>
        {
            var resolved = DashboardCultures.Resolve(culture);
            if (resolved is null)
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["culture"] = [$"'{culture}' is not a supported language; use en or ar."] },
                    title: "Unknown language.");
            }
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(resolved)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
            return Results.LocalRedirect(IsLocalPath(redirectUri) ? redirectUri! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>A path on this site ("/timeline?q=..."), never another host ("//evil", "/\\evil", "https://...").</summary>
    internal static bool IsLocalPath(string? uri) =>
        uri is { Length: > 0 } && uri[0] == '/' && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'));
}
