using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Maps;

/// <summary>A governorate's figures under a filter: operations counted, ISIS members killed and arrested, hideouts destroyed.</summary>
public sealed record ProvinceFigures(string Code, string NameEn, string NameAr, int Operations, int Killed, int Arrested, int HideoutsDestroyed);

/// <summary>
/// A place named by operations, at the gazetteer's coordinates (WGS84), with how many operations name it and their
/// figures. Places are drawn once however many operations name them, so the map stays light with 100,000 operations.
/// </summary>
public sealed record PlaceOnMap(
    string Place, string? PlaceEn, string? ProvinceCode, double Latitude, double Longitude, int Operations, int Killed, int Arrested, int HideoutsDestroyed);

/// <summary>
/// What the map shows for a filter: every governorate's figures (zero included), the places with coordinates, and how
/// many operations have no province or no place the gazetteer can locate (said on the page, never hidden).
/// </summary>
public sealed record OperationMap(
    IReadOnlyList<ProvinceFigures> Provinces, IReadOnlyList<PlaceOnMap> Places, int Operations, int WithoutProvince, int WithoutLocatedPlace);

/// <summary>
/// Reads the map's figures for an <see cref="OperationFilter"/> (the timeline's; paging ignored), grouped in SQL by
/// province and by place; places are located with <see cref="Gazetteer"/>. Each call opens its own context.
/// </summary>
public sealed class OperationMapQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public async Task<OperationMap> GetAsync(OperationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ops = await OperationFiltering.ApplyAsync(db, db.Operations.AsNoTracking(), filter, cancellationToken);

        var byPlace = await ops
            .GroupBy(o => new { o.ProvinceCode, o.Place })
            .Select(g => new { g.Key.ProvinceCode, g.Key.Place, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var casualties = await (
                from c in db.Casualties.AsNoTracking()
                join o in ops on c.OperationId equals o.Id
                where c.Side == CasualtySide.Isis && (c.Category == CasualtyCategory.Killed || c.Category == CasualtyCategory.Arrested)
                group c by new { o.ProvinceCode, o.Place, c.Category } into g
                select new { g.Key.ProvinceCode, g.Key.Place, g.Key.Category, Sum = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);
        var hideouts = await (
                from h in db.Hideouts.AsNoTracking()
                join o in ops on h.OperationId equals o.Id
                where h.Outcome == HideoutOutcome.Destroyed
                group h by new { o.ProvinceCode, o.Place } into g
                select new { g.Key.ProvinceCode, g.Key.Place, Sum = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);

        var figures = new Dictionary<(string? Province, string? Place), Figures>();
        Figures At(string? province, string? place) =>
            figures.TryGetValue((province, place), out var f) ? f : figures[(province, place)] = new Figures();
        foreach (var p in byPlace)
        {
            At(p.ProvinceCode, p.Place).Operations += p.Count;
        }
        foreach (var c in casualties)
        {
            var f = At(c.ProvinceCode, c.Place);
            if (c.Category == CasualtyCategory.Killed)
            {
                f.Killed += c.Sum;
            }
            else
            {
                f.Arrested += c.Sum;
            }
        }
        foreach (var h in hideouts)
        {
            At(h.ProvinceCode, h.Place).HideoutsDestroyed += h.Sum;
        }

        var provinces = ProvinceCatalog.Default.All
            .Select(p =>
            {
                var sum = new Figures();
                foreach (var ((province, _), f) in figures)
                {
                    if (province == p.Code)
                    {
                        sum.Add(f);
                    }
                }
                return new ProvinceFigures(p.Code, p.NameEn, p.NameAr, sum.Operations, sum.Killed, sum.Arrested, sum.HideoutsDestroyed);
            })
            .OrderBy(p => p.NameEn, StringComparer.Ordinal)
            .ToList();

        var places = new List<PlaceOnMap>();
        var unlocated = 0;
        var gazetteer = Gazetteer.Default;
        foreach (var ((province, place), f) in figures)
        {
            if (string.IsNullOrWhiteSpace(place) || gazetteer.Lookup(place) is not { } entry)
            {
                unlocated += f.Operations;
                continue;
            }
            places.Add(new PlaceOnMap(place, entry.NameEn, province, entry.Latitude, entry.Longitude, f.Operations, f.Killed, f.Arrested, f.HideoutsDestroyed));
        }
        places.Sort((a, b) => b.Operations.CompareTo(a.Operations) is var c and not 0 ? c : string.CompareOrdinal(a.Place, b.Place));
        var total = figures.Values.Sum(f => f.Operations);
        var withoutProvince = figures.Where(kv => kv.Key.Province is null).Sum(kv => kv.Value.Operations);
        return new OperationMap(provinces, places, total, withoutProvince, unlocated);
    }

    private sealed class Figures
    {
        public int Operations { get; set; }
        public int Killed { get; set; }
        public int Arrested { get; set; }
        public int HideoutsDestroyed { get; set; }

        public void Add(Figures other)
        {
            Operations += other.Operations;
            Killed += other.Killed;
            Arrested += other.Arrested;
            HideoutsDestroyed += other.HideoutsDestroyed;
        }
    }
}
