using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Components.Pages.Tallies;

/// <summary>One year of a chart panel: the counted figure, and the official one (null when none was announced).</summary>
public sealed record TallyChartPoint(int Year, int Counted, int? Official);

/// <summary>One figure's panel (operations, killed, ...): its title, a sentence for screen readers, and every year.</summary>
public sealed record TallyChartPanel(string Key, string Title, string Description, IReadOnlyList<TallyChartPoint> Points)
{
    /// <summary>
    /// Panels per figure from the table's rows: all Iraq, or the filtered provinces summed; every year from the first
    /// to the last with data, years without any drawn as zero (a continuous axis, never skipping a year).
    /// </summary>
    public static IReadOnlyList<TallyChartPanel> From(
        IReadOnlyList<TallyRow> rows, bool byProvince, IReadOnlyList<(string Key, string Title, Func<TallyRow, int> Counted, Func<TallyRow, int?> Official)> figures,
        Func<string, string> describe)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(describe);
        var dated = rows.Where(r => r.Year is not null && (byProvince ? !r.IsAllIraq : r.IsAllIraq)).ToList();
        if (dated.Count == 0)
        {
            return [];
        }
        var first = dated.Min(r => r.Year!.Value);
        var last = dated.Max(r => r.Year!.Value);
        var byYear = dated.ToLookup(r => r.Year!.Value);
        return [.. figures.Select(f => new TallyChartPanel(f.Key, f.Title, describe(f.Title), [.. Enumerable.Range(first, last - first + 1).Select(y =>
        {
            var year = byYear[y].ToList();
            var official = year.Select(f.Official).Where(v => v is not null).ToList();
            return new TallyChartPoint(y, year.Sum(f.Counted), official.Count == 0 ? null : official.Sum());
        })]))];
    }
}
