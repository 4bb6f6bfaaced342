using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Data.Queries;

/// <summary>
/// One line of the tallies table: a year (null for operations without a date) and a province (<see cref="AllIraq"/>
/// for the whole country), the figures summed from the operations, and the official figures announced for that year
/// and scope (null when none was reported).
/// </summary>
public sealed record TallyRow(
    int? Year,
    string ProvinceCode,
    string? ProvinceEn,
    string? ProvinceAr,
    int Operations,
    int Killed,
    int Arrested,
    int Wounded,
    int HideoutsDestroyed,
    int? OfficialOperations,
    int? OfficialKilled,
    int? OfficialArrested,
    int? OfficialHideoutsDestroyed,
    IReadOnlyList<TallyItem>? OfficialUsed = null,
    IReadOnlyList<TallyItem>? OfficialCompeting = null)
{
    /// <summary>The official tallies the official figures were taken from, the main one (longest period) first; empty without any.</summary>
    public IReadOnlyList<TallyItem> OfficialSources => OfficialUsed ?? [];

    /// <summary>Every official tally of this year and scope, the used ones included, when there is more than one; else empty.</summary>
    public IReadOnlyList<TallyItem> CompetingTallies => OfficialCompeting ?? [];

    /// <summary>The scope code of the all-Iraq rows.</summary>
    public const string AllIraq = "IQ";

    public bool IsAllIraq => ProvinceCode == AllIraq;

    /// <summary>Official minus counted: what the official figure has that the loaded reports do not (null without an official figure).</summary>
    public int? OperationsGap => OfficialOperations - Operations;
    public int? KilledGap => OfficialKilled - Killed;
    public int? ArrestedGap => OfficialArrested - Arrested;
    public int? HideoutsDestroyedGap => OfficialHideoutsDestroyed - HideoutsDestroyed;
}

/// <summary>The tallies table, and the official tallies that belong to no single year or known scope.</summary>
public sealed record TallyTable(IReadOnlyList<TallyRow> Rows, IReadOnlyList<TallyItem> Unassigned);

/// <summary>
/// Computes the tallies table: operations counted and their ISIS casualties and destroyed hideouts summed per year
/// (of the operation's date; undated operations in a line of their own) and province, grouped in SQL, beside the
/// official tallies (<see cref="ReportedTally"/>) of that year and scope. An official tally belongs to a year when its
/// period lies inside that calendar year (a whole year, or any part of one); its scope "IQ" is all Iraq, a province
/// code that province. Several tallies for one year and scope are never added up: each figure comes from the tally
/// covering the longest period that gives it (then the latest announced). Tallies without a period, spanning years or
/// of an unknown scope are listed apart as <see cref="TallyTable.Unassigned"/>.
/// </summary>
public sealed class TallyQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    /// <summary>
    /// The table for <paramref name="filter"/> (its paging is ignored). Rows: newest year first, undated last; in each
    /// year all Iraq first, then the provinces by English name. With a province filter only those provinces' rows
    /// (no all-Iraq rows). Official figures follow the province filter and the years of the date range; kind, actor
    /// and text filter only the operations.
    /// </summary>
    public async Task<TallyTable> GetAsync(OperationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ops = await OperationFiltering.ApplyAsync(db, db.Operations.AsNoTracking(), filter, cancellationToken);

        var counts = await ops
            .GroupBy(o => new { Year = o.Date == null ? (int?)null : o.Date.Value.Year, o.ProvinceCode })
            .Select(g => new { g.Key.Year, g.Key.ProvinceCode, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var casualties = await (
                from c in db.Casualties.AsNoTracking()
                join o in ops on c.OperationId equals o.Id
                where c.Side == CasualtySide.Isis
                group c by new { Year = o.Date == null ? (int?)null : o.Date.Value.Year, o.ProvinceCode, c.Category } into g
                select new { g.Key.Year, g.Key.ProvinceCode, g.Key.Category, Sum = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);
        var hideouts = await (
                from h in db.Hideouts.AsNoTracking()
                join o in ops on h.OperationId equals o.Id
                where h.Outcome == HideoutOutcome.Destroyed
                group h by new { Year = o.Date == null ? (int?)null : o.Date.Value.Year, o.ProvinceCode } into g
                select new { g.Key.Year, g.Key.ProvinceCode, Sum = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);
        var tallies = await db.ReportedTallies.AsNoTracking()
            .OrderBy(t => t.Id)
            .Select(t => new TallyItem(
                t.Id, t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed,
                t.IsisAttacks, t.Approximate, t.ReportId, t.Report!.FileName, t.EvidenceText, t.AnnouncedOn))
            .ToListAsync(cancellationToken);

        // Counted figures per (year, province); null province only adds to all Iraq.
        var counted = new Dictionary<(int? Year, string? Province), Figures>();
        Figures At(int? year, string? province) =>
            counted.TryGetValue((year, province), out var f) ? f : counted[(year, province)] = new Figures();
        foreach (var c in counts)
        {
            At(c.Year, c.ProvinceCode).Operations += c.Count;
        }
        foreach (var c in casualties)
        {
            var f = At(c.Year, c.ProvinceCode);
            switch (c.Category)
            {
                case CasualtyCategory.Killed: f.Killed += c.Sum; break;
                case CasualtyCategory.Arrested: f.Arrested += c.Sum; break;
                case CasualtyCategory.Wounded: f.Wounded += c.Sum; break;
            }
        }
        foreach (var h in hideouts)
        {
            At(h.Year, h.ProvinceCode).HideoutsDestroyed += h.Sum;
        }

        var (official, unassigned) = AssignOfficial(tallies, filter);
        var byProvince = filter.Provinces.Count > 0;
        var rows = new Dictionary<(int? Year, string Scope), TallyRow>();
        var catalog = ProvinceCatalog.Default;

        TallyRow Row(int? year, string scope, Figures? f, Official? o)
        {
            var province = scope == TallyRow.AllIraq ? null : catalog.Find(scope);
            return new TallyRow(year, scope, province?.NameEn ?? (scope == TallyRow.AllIraq ? "All Iraq" : null),
                province?.NameAr ?? (scope == TallyRow.AllIraq ? "كل العراق" : null),
                f?.Operations ?? 0, f?.Killed ?? 0, f?.Arrested ?? 0, f?.Wounded ?? 0, f?.HideoutsDestroyed ?? 0,
                o?.Operations, o?.Killed, o?.Arrested, o?.HideoutsDestroyed, o?.Used, o?.Candidates);
        }

        foreach (var ((year, province), f) in counted)
        {
            if (province is not null)
            {
                rows[(year, province)] = Row(year, province, f, year is { } y ? official.GetValueOrDefault((y, province)) : null);
            }
        }
        foreach (var ((year, scope), o) in official)
        {
            if (!rows.ContainsKey((year, scope)) && scope != TallyRow.AllIraq)
            {
                rows[(year, scope)] = Row(year, scope, null, o);
            }
        }
        if (!byProvince)
        {
            var years = counted.Keys.Select(k => k.Year).Concat(official.Keys.Select(k => (int?)k.Year)).Distinct().ToList();
            foreach (var year in years)
            {
                var all = new Figures();
                foreach (var ((y, _), f) in counted)
                {
                    if (y == year)
                    {
                        all.Add(f);
                    }
                }
                rows[(year, TallyRow.AllIraq)] = Row(year, TallyRow.AllIraq, all,
                    year is { } yy ? official.GetValueOrDefault((yy, TallyRow.AllIraq)) : null);
            }
        }

        var ordered = rows.Values
            .OrderBy(r => r.Year is null)
            .ThenByDescending(r => r.Year)
            .ThenBy(r => r.IsAllIraq ? 0 : 1)
            .ThenBy(r => r.ProvinceEn, StringComparer.Ordinal)
            .ToList();
        return new TallyTable(ordered, unassigned);
    }

    /// <summary>The year a tally belongs to: the one calendar year its whole period lies in; null otherwise.</summary>
    public static int? YearOf(DateOnly? periodStart, DateOnly? periodEnd) =>
        periodStart is { } s && periodEnd is { } e && s.Year == e.Year && s <= e ? s.Year : null;

    private static (Dictionary<(int Year, string Scope), Official> Official, List<TallyItem> Unassigned) AssignOfficial(
        IReadOnlyList<TallyItem> tallies, OperationFilter filter)
    {
        var assigned = new Dictionary<(int, string), List<TallyItem>>();
        var unassigned = new List<TallyItem>();
        foreach (var t in tallies)
        {
            var scope = t.Scope.Equals(TallyRow.AllIraq, StringComparison.OrdinalIgnoreCase)
                ? TallyRow.AllIraq
                : ProvinceCatalog.Default.Find(t.Scope)?.Code;
            var year = YearOf(t.PeriodStart, t.PeriodEnd);
            if (scope is null || year is null)
            {
                if (filter.Provinces.Count == 0 || (scope is not null && filter.Provinces.Contains(scope)))
                {
                    unassigned.Add(t);
                }
                continue;
            }
            if (filter.Provinces.Count > 0 && !filter.Provinces.Contains(scope))
            {
                continue;
            }
            if ((filter.From is { } from && year < from.Year) || (filter.To is { } to && year > to.Year))
            {
                continue;
            }
            if (!assigned.TryGetValue((year.Value, scope), out var list))
            {
                assigned[(year.Value, scope)] = list = [];
            }
            list.Add(t);
        }
        var official = assigned.ToDictionary(kv => kv.Key, kv =>
        {
            // Longest period first, then the latest announced, then the latest stored.
            var best = kv.Value
                .OrderByDescending(t => t.PeriodEnd!.Value.DayNumber - t.PeriodStart!.Value.DayNumber)
                .ThenByDescending(t => t.AnnouncedOn)
                .ThenByDescending(t => t.Id)
                .ToList();
            TallyItem? From(Func<TallyItem, int?> figure) => best.FirstOrDefault(t => figure(t) is not null);
            var sources = new[] { From(t => t.Operations), From(t => t.Killed), From(t => t.Arrested), From(t => t.HideoutsDestroyed) };
            return new Official(
                best.Select(t => t.Operations).FirstOrDefault(v => v is not null),
                best.Select(t => t.Killed).FirstOrDefault(v => v is not null),
                best.Select(t => t.Arrested).FirstOrDefault(v => v is not null),
                best.Select(t => t.HideoutsDestroyed).FirstOrDefault(v => v is not null),
                [.. best.Where(t => sources.Contains(t))],
                best.Count > 1 ? best : []);
        });
        return (official, unassigned);
    }

    private sealed class Figures
    {
        public int Operations { get; set; }
        public int Killed { get; set; }
        public int Arrested { get; set; }
        public int Wounded { get; set; }
        public int HideoutsDestroyed { get; set; }

        public void Add(Figures other)
        {
            Operations += other.Operations;
            Killed += other.Killed;
            Arrested += other.Arrested;
            Wounded += other.Wounded;
            HideoutsDestroyed += other.HideoutsDestroyed;
        }
    }

    /// <summary>The figures taken for one year and scope, the tallies they came from, and every tally there was when several.</summary>
    private sealed record Official(
        int? Operations, int? Killed, int? Arrested, int? HideoutsDestroyed, IReadOnlyList<TallyItem> Used, IReadOnlyList<TallyItem> Candidates);
}
