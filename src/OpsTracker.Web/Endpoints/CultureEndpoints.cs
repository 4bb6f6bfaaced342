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

    /// <summary>
    /// The rule <c>LocalRedirect</c> applies (ASP.NET's <c>Url.IsLocalUrl</c>), so a value accepted here never makes it
    /// throw: a path on this site ("/timeline?q=...", or "~/timeline"), never another host ("//evil", "/\\evil",
    /// "https://...") and never with a control character (a tab or a line break could split the Location header).
    /// Anything else goes to the home page.
    /// </summary>
    internal static bool IsLocalPath(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return false;
        }
        var start = uri[0] == '/' ? 1 : uri.StartsWith("~/", StringComparison.Ordinal) ? 2 : -1;
        if (start < 0)
        {
            return false;
        }
        if (uri.Length == start)
        {
            return true;
        }
        return uri[start] is not ('/' or '\\') && !uri.AsSpan(start).ContainsAny(ControlCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i)]);
}
