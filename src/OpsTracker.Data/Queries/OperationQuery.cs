using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Data.Queries;

/// <summary>Casualties on a side other than ISIS: the victims of an attack, or losses of the security forces.</summary>
public sealed record VictimCount(string Side, string Category, int Count);

/// <summary>One operation as the timeline and the API show it. Figures are null when the report gives none.</summary>
public sealed record OperationItem(
    int Id,
    DateOnly? Date,
    string DatePrecision,
    string? RelativeDate,
    string? Province,
    string? ProvinceName,
    string? Place,
    string Kind,
    IReadOnlyList<string> Actors,
    int? Killed,
    int? Arrested,
    int? Wounded,
    IReadOnlyList<VictimCount> Victims,
    int? HideoutsDestroyed,
    int? Strikes,
    bool Approximate,
    int ReportId,
    string Evidence);

/// <summary>One page of results and the number of matches on all pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>Reads operations for the timeline and <c>GET /api/operations</c>: newest first, then by id.</summary>
public sealed class OperationQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public async Task<PagedResult<OperationItem>> ListAsync(OperationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Operations.AsNoTracking();
        if (filter.Provinces.Count > 0)
        {
            var codes = filter.Provinces.ToList();
            query = query.Where(o => o.ProvinceCode != null && codes.Contains(o.ProvinceCode));
        }
        if (filter.From is { } from)
        {
            query = query.Where(o => o.Date >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(o => o.Date <= to);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .AsSplitQuery()
            .OrderBy(o => o.Date == null)
            .ThenByDescending(o => o.Date)
            .ThenBy(o => o.Id)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(o => new
            {
                o.Id,
                o.Date,
                o.DatePrecision,
                o.RelativeDate,
                o.ProvinceCode,
                ProvinceName = o.Province == null ? null : o.Province.NameEn,
                o.Place,
                o.Kind,
                o.Actors,
                // Figures are summed in memory: SQL's SUM over no rows would become 0, and "none reported" must stay null.
                Casualties = o.Casualties.OrderBy(c => c.Id).Select(c => new { c.Side, c.Category, c.Count }).ToList(),
                Destroyed = o.Hideouts.Where(h => h.Outcome == HideoutOutcome.Destroyed).Select(h => h.Count).ToList(),
                o.Strikes,
                o.Approximate,
                o.ReportId,
                o.EvidenceText,
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new OperationItem(
            r.Id,
            r.Date,
            ExtractionJson.Name(r.DatePrecision),
            r.RelativeDate,
            r.ProvinceCode,
            r.ProvinceName,
            r.Place,
            ExtractionJson.Name(r.Kind),
            r.Actors,
            SumOrNull(r.Casualties.Where(c => c.Side == CasualtySide.Isis && c.Category == CasualtyCategory.Killed).Select(c => c.Count)),
            SumOrNull(r.Casualties.Where(c => c.Side == CasualtySide.Isis && c.Category == CasualtyCategory.Arrested).Select(c => c.Count)),
            SumOrNull(r.Casualties.Where(c => c.Side == CasualtySide.Isis && c.Category == CasualtyCategory.Wounded).Select(c => c.Count)),
            [.. r.Casualties.Where(c => c.Side != CasualtySide.Isis).Select(v => new VictimCount(ExtractionJson.Name(v.Side), ExtractionJson.Name(v.Category), v.Count))],
            SumOrNull(r.Destroyed),
            r.Strikes,
            r.Approximate,
            r.ReportId,
            r.EvidenceText)).ToList();
        return new PagedResult<OperationItem>(items, total);
    }

    private static int? SumOrNull(IEnumerable<int> counts)
    {
        int? total = null;
        foreach (var c in counts)
        {
            total = (total ?? 0) + c;
        }
        return total;
    }
}
