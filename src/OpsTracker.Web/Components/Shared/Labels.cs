using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Shared;

/// <summary>How the dashboard names kinds, provinces, sides and dates, in the current UI language.</summary>
public static partial class Labels
{
    /// <summary>The kinds in the order the filter lists them, by contract name.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["airstrike", "search", "raid", "arrest", "clash", "isis-attack", "other"];

    public static string Kind(IStringLocalizer L, string kind)
    {
        ArgumentNullException.ThrowIfNull(L);
        return kind switch
        {
            "airstrike" => L["Airstrike"],
            "search" => L["Search operation"],
            "raid" => L["Raid"],
            "arrest" => L["Arrests"],
            "clash" => L["Clash"],
            "isis-attack" => L["ISIS attack"],
            _ => L["Other operation"],
        };
    }

    /// <summary>A Material icon for each kind of operation.</summary>
    /// <summary>A review state ("unreviewed", "confirmed", "corrected", "rejected") in the UI language.</summary>
    public static string ReviewState(IStringLocalizer L, string state)
    {
        ArgumentNullException.ThrowIfNull(L);
        return L["review state: " + state];
    }

    public static string KindIcon(string kind) => kind switch
    {
        "airstrike" => Icons.Material.Filled.Flight,
        "search" => Icons.Material.Filled.TravelExplore,
        "raid" => Icons.Material.Filled.DoorFront,
        "arrest" => Icons.Material.Filled.Gavel,
        "clash" => Icons.Material.Filled.LocalFireDepartment,
        "isis-attack" => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.Shield,
    };

    /// <summary>A province's name in the UI language (Arabic name in Arabic), or its code when unknown; "—" when none.</summary>
    public static string Province(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "—";
        }
        var p = ProvinceCatalog.Default.Find(code);
        return p is null ? code : DashboardCultures.IsArabic ? p.NameAr : p.NameEn;
    }

    /// <summary>The provinces sorted by their name in the UI language.</summary>
    public static IReadOnlyList<(string Code, string Name)> Provinces() =>
        [.. ProvinceCatalog.Default.All.Select(p => (p.Code, Province(p.Code))).OrderBy(p => p.Item2, StringComparer.CurrentCulture)];

    /// <summary>
    /// A date as precisely as it is known: "6 Jan 2025", "Oct 2024", "2024", "week of 3 Mar 2025", or
    /// "date unknown: 'الاثنين الماضي'" (the report's own words when it could not be resolved).
    /// </summary>
    public static string Date(IStringLocalizer L, DateOnly? date, string precision, string? relative)
    {
        ArgumentNullException.ThrowIfNull(L);
        var culture = CultureInfo.CurrentCulture;
        return (date, precision) switch
        {
            ({ } d, "day") => d.ToString("d MMM yyyy", culture),
            ({ } d, "week") => L["week of {0}", d.ToString("d MMM yyyy", culture)],
            ({ } d, "month") => d.ToString("MMM yyyy", culture),
            ({ } d, "year") => d.ToString("yyyy", culture),
            ({ } d, _) => d.ToString("d MMM yyyy", culture),
            (null, _) when !string.IsNullOrWhiteSpace(relative) => L["date unknown: '{0}'", relative],
            _ => L["date unknown (no words)"],
        };
    }

    /// <summary>A publication date with where it came from: "12 Apr 2021 (known)", "unknown".</summary>
    public static string Published(IStringLocalizer L, DateOnly? date, string source)
    {
        ArgumentNullException.ThrowIfNull(L);
        var src = Source(L, source);
        return date is { } d ? $"{d.ToString("d MMM yyyy", CultureInfo.CurrentCulture)} ({src})" : src;
    }

    public static string Source(IStringLocalizer L, string source)
    {
        ArgumentNullException.ThrowIfNull(L);
        return source switch
        {
            "known" => L["known"],
            "inferred" => L["inferred"],
            _ => L["unknown"],
        };
    }

    /// <summary>"3 killed (civilians)", "2 wounded (security forces)": the count and noun agree (PluralRules).</summary>
    public static string Victim(IStringLocalizer L, string side, string category, int count)
    {
        ArgumentNullException.ThrowIfNull(L);
        var who = side switch
        {
            "security" => L["security forces"],
            "civilian" => L["civilians"],
            _ => L["people"],
        };
        var what = category switch
        {
            "killed" => "count: killed",
            "wounded" => "count: wounded",
            _ => "count: arrested",
        };
        return $"{L.Plural(what, count)} ({who})";
    }

    public static string Side(IStringLocalizer L, string side)
    {
        ArgumentNullException.ThrowIfNull(L);
        return side switch
        {
            "isis" => L["ISIS"],
            "security" => L["security forces"],
            "civilian" => L["civilians"],
            _ => L["unknown"],
        };
    }

    public static string Category(IStringLocalizer L, string category)
    {
        ArgumentNullException.ThrowIfNull(L);
        return category switch
        {
            "killed" => L["figure: killed"],
            "wounded" => L["figure: wounded"],
            _ => L["figure: arrested"],
        };
    }

    /// <summary>
    /// A figure as the scorer matches it ("killed", "hideoutsDestroyed", "victims.wounded", with its value and
    /// province): "ISIS · killed 5 · IQ-KI", "victims · wounded 4".
    /// </summary>
    public static string ScoredFigure(IStringLocalizer L, string field, int value, string? province)
    {
        ArgumentNullException.ThrowIfNull(L);
        ArgumentNullException.ThrowIfNull(field);
        var what = field switch
        {
            "hideoutsDestroyed" => $"{L["figure: hideouts destroyed"]} {value}",
            _ when field.StartsWith("victims.", StringComparison.Ordinal) => $"{L["Victims"]} · {Category(L, field["victims.".Length..])} {value}",
            _ => $"{L["ISIS"]} · {Category(L, field)} {value}",
        };
        return province is null ? what : $"{what} · {province}";
    }

    public static string Hideout(IStringLocalizer L, string kind)
    {
        ArgumentNullException.ThrowIfNull(L);
        return kind switch
        {
            "guest-house" or "guesthouse" => L["guest house"],
            "den" => L["den"],
            "hideout" => L["hideout"],
            "tunnel" => L["tunnel"],
            "cave" => L["cave"],
            _ => L["hideout (other)"],
        };
    }

    /// <summary>
    /// Why a report failed to load, in the UI's language. The importer stores the reason in English (the decoder's and
    /// its own sentences, kept as they are for the API and the logs), and the English UI shows it as stored. In Arabic
    /// the reasons the importer can store are recognised; an unknown one (an I/O message from the system) is shown as it
    /// is, after an Arabic sentence.
    /// </summary>
    public static string FailureReason(IStringLocalizer L, string? reason)
    {
        ArgumentNullException.ThrowIfNull(L);
        reason ??= "";
        if (!OpsTracker.Web.Localization.DashboardCultures.IsArabic)
        {
            return reason;
        }
        if (OverLimit().Match(reason) is { Success: true } over)
        {
            return L["the file is over the {0} MB limit", over.Groups[1].Value];
        }
        return reason switch
        {
            "not extracted" => L["not extracted"],
            "file is empty" => L["the file is empty"],
            "file not found" => L["the file was not found"],
            _ when reason.StartsWith("file holds only white space", StringComparison.Ordinal) => L["the file holds only white space"],
            _ when reason.StartsWith("file is binary", StringComparison.Ordinal) => L["the file is binary, not text"],
            _ when reason.StartsWith("file is neither", StringComparison.Ordinal) || reason.StartsWith("file has invalid", StringComparison.Ordinal)
                => L["the file is not UTF-8, UTF-16 or Arabic Windows-1256 text"],
            _ when reason.StartsWith("extractor error:", StringComparison.Ordinal) => L["the extractor failed on this text (the server's log has the details)"],
            _ when reason.StartsWith("could not be stored:", StringComparison.Ordinal) => L["it could not be stored (the server's log has the details)"],
            _ => L["it could not be read: {0}", reason],
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^file is [\d,.\u00a0 ]+ bytes, over the (\d+) MB limit$")]
    private static partial System.Text.RegularExpressions.Regex OverLimit();

    /// <summary>An account role (viewer, analyst, admin) in the UI's language; an unknown name as it is.</summary>
    public static string Role(IStringLocalizer L, string role)
    {
        ArgumentNullException.ThrowIfNull(L);
        return role switch
        {
            OpsTracker.Data.Accounts.Roles.Viewer => L["role: viewer"],
            OpsTracker.Data.Accounts.Roles.Analyst => L["role: analyst"],
            OpsTracker.Data.Accounts.Roles.Admin => L["role: admin"],
            _ => role,
        };
    }

    /// <summary>
    /// A service's refusal in the UI's language: its template is the resource key, its arguments (limits, ids, API
    /// names) filled in; the English resource holds the same text the API answers with.
    /// </summary>
    public static string Refusal(IStringLocalizer L, OpsTracker.Data.Review.FieldRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(L);
        ArgumentNullException.ThrowIfNull(refusal);
        return L[refusal.Template, refusal.Arguments].Value;
    }

    /// <summary>Names joined as a list in the UI language: "A, B" in English, "A، B" (the Arabic comma) in Arabic.</summary>
    public static string List(IEnumerable<string> names) => string.Join(DashboardCultures.IsArabic ? "، " : ", ", names);

    /// <summary>A figure as plain digits; "—" when the report gives none.</summary>
    public static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A gap with its sign ("+343", "−2", "0"); "—" without an official figure.</summary>
    public static string Gap(int? n) => n switch
    {
        null => "—",
        > 0 => "+" + n.Value.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-n.Value).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };
}
