using System.Globalization;
using System.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>One line a draft for the pipeline's trace (<see cref="ArabicReportExtractor.ExtractWithTrace"/>).</summary>
internal static class DraftTrace
{
    public static string Describe(OperationDraft d)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"  [s{d.Clause.Index}] {d.Kind} {d.Province ?? "-"}{(d.ProvinceOwn ? "" : "~")}{(d.ProvinceByBearing ? "^" : "")}");
        if (d.Place is not null)
        {
            line.Append(CultureInfo.InvariantCulture, $" @{d.Place}");
        }
        if (d.Date is { } date)
        {
            line.Append(CultureInfo.InvariantCulture, $" {date.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}");
        }
        line.Append(CultureInfo.InvariantCulture, $" rule={d.Rule}:");
        foreach (var f in d.Figures)
        {
            var what = f.Kind == FigureKind.Hideout ? $"hideout.{f.Outcome}" : $"{f.Side}.{f.Category}";
            var marks = (f.Implicit ? "i" : "") + (f.Breakdown ? "b" : "") + (f.AmongTheCounted ? "a" : "") + (f.SideExplicit ? "" : "?");
            line.Append(CultureInfo.InvariantCulture, $" {what}={f.Count}{(marks.Length > 0 ? "(" + marks + ")" : "")}[{f.Rule}]");
        }
        return line.ToString();
    }
}
