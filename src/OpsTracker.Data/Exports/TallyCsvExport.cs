using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Exports;

/// <summary>
/// The tallies table as CSV (<c>GET /export/tallies.csv</c>): one row per year and province that has data and one per
/// year for all Iraq (province_code IQ; not written under a province filter), computed by <see cref="TallyQuery"/>.
/// Undated operations are the rows with an empty year. Columns, in this order: <see cref="Header"/>: the counted figures,
/// the official ones, the gaps (official − counted; empty without an official figure), where the official figures came
/// from (authority, announcement date, period, evidence sentence, report file) and how many official tallies competed
/// for that year and scope (empty when only one).
/// </summary>
public sealed class TallyCsvExport(IDbContextFactory<OpsTrackerDbContext> contextFactory) : IFilteredExport
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "year", "province_code", "province_en", "province_ar", "operations", "killed", "arrested", "wounded", "hideouts_destroyed",
        "official_operations", "official_killed", "official_arrested", "official_hideouts_destroyed",
        "operations_gap", "killed_gap", "arrested_gap", "hideouts_destroyed_gap",
        "official_reported_by", "official_announced_on", "official_period_start", "official_period_end", "official_evidence", "official_report",
        "official_competing",
    ];

    private static string? Join(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : string.Join(" | ", list);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open) as UTF-8 with a byte order mark.</summary>
    public Task WriteAsync(OperationFilter filter, Stream stream, CancellationToken cancellationToken = default) =>
        CsvExport.WriteUtf8Async(stream, writer => WriteAsync(filter, writer, cancellationToken));

    /// <summary>Writes the CSV to <paramref name="writer"/> (left open; no byte order mark: that is the stream's business).</summary>
    public async Task WriteAsync(OperationFilter filter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(writer);
        var table = await new TallyQuery(contextFactory).GetAsync(filter, cancellationToken).ConfigureAwait(false);
        await using var csv = CsvExport.CreateWriter(writer);
        await csv.WriteHeaderAsync(Header).ConfigureAwait(false);
        foreach (var r in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.Number(r.Year);
            csv.Text(r.ProvinceCode);
            csv.Text(r.ProvinceEn);
            csv.Text(r.ProvinceAr);
            csv.Number(r.Operations);
            csv.Number(r.Killed);
            csv.Number(r.Arrested);
            csv.Number(r.Wounded);
            csv.Number(r.HideoutsDestroyed);
            csv.Number(r.OfficialOperations);
            csv.Number(r.OfficialKilled);
            csv.Number(r.OfficialArrested);
            csv.Number(r.OfficialHideoutsDestroyed);
            csv.Number(r.OperationsGap);
            csv.Number(r.KilledGap);
            csv.Number(r.ArrestedGap);
            csv.Number(r.HideoutsDestroyedGap);
            // The tally the official figures came from; when one figure had to come from another tally of the same
            // year and scope, each source is listed, the main one first, separated by " | ".
            var sources = r.OfficialSources;
            csv.Text(Join(sources.Select(t => t.ReportedBy ?? "")));
            csv.Text(Join(sources.Select(t => Date(t.AnnouncedOn))));
            csv.Text(Join(sources.Select(t => Date(t.PeriodStart))));
            csv.Text(Join(sources.Select(t => Date(t.PeriodEnd))));
            csv.Text(Join(sources.Select(t => t.Evidence)));
            csv.Text(Join(sources.Select(t => t.FileName)));
            csv.Number(r.CompetingTallies.Count == 0 ? null : r.CompetingTallies.Count);
            await csv.NextRecordAsync().ConfigureAwait(false);
        }
        await csv.FlushAsync().ConfigureAwait(false);
    }
}
