using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsTracker.Data.Queries;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Shared;

/// <summary>How an official tally is described: its period, scope and figures.</summary>
public static class TallyText
{
    public static string Period(IStringLocalizer L, TallyItem t)
    {
        ArgumentNullException.ThrowIfNull(L);
        ArgumentNullException.ThrowIfNull(t);
        if (t.PeriodStart is null && t.PeriodEnd is null)
        {
            return L["no period given"];
        }
        if (TallyQuery.YearOf(t.PeriodStart, t.PeriodEnd) is { } year && t.PeriodStart!.Value == new DateOnly(year, 1, 1) && t.PeriodEnd!.Value == new DateOnly(year, 12, 31))
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }
        var culture = CultureInfo.CurrentCulture;
        return $"{t.PeriodStart?.ToString("d MMM yyyy", culture) ?? "?"} – {t.PeriodEnd?.ToString("d MMM yyyy", culture) ?? "?"}";
    }

    public static string Scope(string scope) => scope.Equals("IQ", StringComparison.OrdinalIgnoreCase)
        ? (Localization.DashboardCultures.IsArabic ? "كل العراق" : "All Iraq")
        : Labels.Province(scope);

    public static string Figures(IStringLocalizer L, TallyItem t)
    {
        ArgumentNullException.ThrowIfNull(L);
        ArgumentNullException.ThrowIfNull(t);
        var parts = new List<string>();
        void Add(int? n, string field)
        {
            if (n is { } v)
            {
                parts.Add(Figure(L, field, v));
            }
        }
        Add(t.Operations, "operations");
        Add(t.Killed, "killed");
        Add(t.Arrested, "arrested");
        Add(t.HideoutsDestroyed, "hideoutsDestroyed");
        Add(t.IsisAttacks, "isisAttacks");
        var text = parts.Count == 0 ? "—" : string.Join(", ", parts);
        return t.Approximate ? $"{text} ({L["figure: approximate"]})" : text;
    }

    /// <summary>One tally figure by its field as the API and the scorer name it ("killed", "isisAttacks"): "95 killed".</summary>
    public static string Figure(IStringLocalizer L, string field, int value)
    {
        ArgumentNullException.ThrowIfNull(L);
        return L.Plural(field switch
        {
            "operations" => "count: operations",
            "killed" => "count: killed",
            "arrested" => "count: arrested",
            "hideoutsDestroyed" => "count: hideouts destroyed",
            _ => "count: ISIS attacks",
        }, value);
    }
}
