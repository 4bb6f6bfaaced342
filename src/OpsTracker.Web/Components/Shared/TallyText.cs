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
        void Add(int? n, string countKey)
        {
            if (n is { } v)
            {
                parts.Add(L.Plural(countKey, v));
            }
        }
        Add(t.Operations, "count: operations");
        Add(t.Killed, "count: killed");
        Add(t.Arrested, "count: arrested");
        Add(t.HideoutsDestroyed, "count: hideouts destroyed");
        Add(t.IsisAttacks, "count: ISIS attacks");
        var text = parts.Count == 0 ? "—" : string.Join(", ", parts);
        return t.Approximate ? $"{text} ({L["figure: approximate"]})" : text;
    }
}
