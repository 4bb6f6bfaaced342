using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OpsTracker.Web.Localization;

/// <summary>
/// The UI languages: English (the default) and Arabic. Arabic uses Iraq's conventions (ar-IQ: Gregorian calendar,
/// the month names of the Iraqi press, كانون الثاني) and is laid out right to left. The choice is kept in ASP.NET's
/// culture cookie, set by <c>GET /culture?culture=ar&amp;redirectUri=/timeline</c>; without the cookie the UI is English.
/// A Blazor circuit takes the culture of the request that opens it, so switching reloads the page.
/// </summary>
public static class DashboardCultures
{
    public const string English = "en";
    public const string Arabic = "ar-IQ";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(English), new(Arabic)];

    /// <summary>True when the current UI culture is written right to left.</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    /// <summary>True when the current UI culture is Arabic.</summary>
    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    /// <summary>The supported culture a value names ("ar", "ar-IQ", "en", "en-GB"), or null.</summary>
    public static string? Resolve(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        if (v.Equals("ar", StringComparison.OrdinalIgnoreCase) || v.StartsWith("ar-", StringComparison.OrdinalIgnoreCase))
        {
            return Arabic;
        }
        if (v.Equals("en", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }
        return null;
    }

    /// <summary>Request localization from the culture cookie; English by default.</summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = [.. Supported],
            SupportedUICultures = [.. Supported],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }
}
