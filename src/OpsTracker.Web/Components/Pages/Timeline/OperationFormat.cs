using System.Globalization;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Components.Pages.Timeline;

/// <summary>How the timeline writes dates, figures and victims.</summary>
internal static class OperationFormat
{
    public static string Date(OperationItem op) => op switch
    {
        { Date: { } d, DatePrecision: "day" } => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { Date: { } d, DatePrecision: "month" } => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        { Date: { } d, DatePrecision: "year" } => d.ToString("yyyy", CultureInfo.InvariantCulture),
        { Date: { } d } => $"{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({op.DatePrecision})",
        { RelativeDate: { } r } => r,
        _ => "undated",
    };

    public static string Count(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static string Victims(IReadOnlyList<VictimCount> victims) =>
        victims.Count == 0 ? "—" : string.Join(", ", victims.Select(v => $"{v.Count} {v.Side} {v.Category}"));
}
