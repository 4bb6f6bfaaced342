using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Generation;

namespace OpsTracker.Data.Tests.Generation;

/// <summary>
/// Reports and everything under them as lines of text without database keys, so that generated rows can be compared
/// with each other and with what a database gives back.
/// </summary>
internal static class GeneratedRows
{
    public static readonly DateOnly Until = new(2026, 6, 30);

    /// <summary>Whole seconds: PostgreSQL keeps microseconds, so a finer time would not read back equal.</summary>
    public static readonly DateTime IngestedAt = new(2026, 7, 1, 8, 30, 0, DateTimeKind.Utc);

    public static GenerationOptions Options(int operations, int seed) => new(operations, seed, Until, IngestedAt);

    public static List<Report> Generate(int operations, int seed) => [.. new SyntheticReportGenerator(Options(operations, seed)).Reports()];

    public static async Task<List<Report>> ReadAsync(IDbContextFactory<OpsTrackerDbContext> factory, int seed)
    {
        await using var db = await factory.CreateDbContextAsync();
        var prefix = SyntheticData.SeedPrefix(seed);
        return await db.Reports.AsNoTracking().AsSplitQuery()
            .Where(r => r.FileName.StartsWith(prefix))
            .Include(r => r.Operations).ThenInclude(o => o.Casualties)
            .Include(r => r.Operations).ThenInclude(o => o.Hideouts)
            .Include(r => r.Tallies)
            .ToListAsync();
    }

    /// <summary>One line per row, reports in file-name order and their rows in text order.</summary>
    public static List<string> Lines(IEnumerable<Report> reports)
    {
        var lines = new List<string>();
        foreach (var r in reports.OrderBy(r => r.FileName, StringComparer.Ordinal))
        {
            lines.Add(Line("report", r.FileName, r.Outlet, r.Url, r.Published, r.PublishedSource, r.Text, r.ContentHash,
                r.IngestedAtUtc.ToString("O", CultureInfo.InvariantCulture), r.ExtractorVersion, r.Status, r.FailureReason));
            foreach (var o in r.Operations.OrderBy(o => o.EvidenceStart))
            {
                lines.Add(Line("operation", o.Date, o.DatePrecision, o.RelativeDate, o.ProvinceCode, o.Place, o.Kind,
                    string.Join('+', o.Actors), o.Strikes, o.Approximate, o.EvidenceStart, o.EvidenceEnd, o.EvidenceText, o.Rule));
                lines.AddRange(o.Casualties.OrderBy(c => c.EvidenceStart).Select(c => Line("casualty", c.Side, c.Category, c.Count,
                    c.Approximate, c.EvidenceStart, c.EvidenceEnd, c.EvidenceText)));
                lines.AddRange(o.Hideouts.OrderBy(h => h.EvidenceStart).Select(h => Line("hideout", h.Kind, h.Count, h.Outcome,
                    h.EvidenceStart, h.EvidenceEnd, h.EvidenceText)));
            }
            lines.AddRange(r.Tallies.OrderBy(t => t.EvidenceStart).Select(t => Line("tally", t.PeriodStart, t.PeriodEnd, t.Scope,
                t.ReportedBy, t.AnnouncedOn, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed, t.IsisAttacks, t.Approximate,
                t.EvidenceStart, t.EvidenceEnd, t.EvidenceText, t.Rule)));
        }
        return lines;
    }

    private static string Line(params object?[] values) =>
        string.Join('|', values.Select(v => v switch
        {
            null => "∅",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}
