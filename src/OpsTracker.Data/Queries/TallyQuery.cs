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
        var counted = CanUseRollup(filter)
            ? await FromRollupAsync(db, filter, cancellationToken)
            : await FromOperationsAsync(db, filter, cancellationToken);
        var tallies = await db.ReportedTallies.AsNoTracking()
            .Where(t => EF.Property<Review.ReviewState>(t, Configurations.TallyReviewStateConfiguration.ReviewStateColumn) != Review.ReviewState.Rejected)
            .Where(Linking.EventFilter.IsCountedTally)
            .OrderBy(t => t.Id)
            .Select(t => new TallyItem(
                t.Id, t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed,
                t.IsisAttacks, t.Approximate, t.ReportId, t.Report!.FileName, t.EvidenceText, t.AnnouncedOn,
                EF.Property<Review.ReviewState>(t, Configurations.TallyReviewStateConfiguration.ReviewStateColumn)))
            .ToListAsync(cancellationToken);

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

    /// <summary>
    /// True when the rollup answers the filter exactly: it keeps provinces, kinds, review states and years apart, but
    /// not actors, text or dates inside a year.
    /// </summary>
    internal static bool CanUseRollup(OperationFilter filter) =>
        filter.Actor is null && filter.Text is null
        && (filter.From is not { } from || (from.Month == 1 && from.Day == 1))
        && (filter.To is not { } to || (to.Month == 12 && to.Day == 31));

    /// <summary>The number of operations matching a filter the rollup can answer (<see cref="CanUseRollup"/>).</summary>
    internal static async Task<int> CountFromRollupAsync(OpsTrackerDbContext db, OperationFilter filter, CancellationToken cancellationToken) =>
        await RollupRows(db, filter).SumAsync(t => t.Operations, cancellationToken);

    /// <summary>Counted figures per (year, province) from the rollup; null year for undated, null province for none.</summary>
    private static async Task<Dictionary<(int? Year, string? Province), Figures>> FromRollupAsync(
        OpsTrackerDbContext db, OperationFilter filter, CancellationToken cancellationToken)
    {
        var rows = await RollupRows(db, filter)
            .GroupBy(t => new { t.Year, t.ProvinceCode })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.ProvinceCode,
                Operations = g.Sum(t => t.Operations),
                Killed = g.Sum(t => t.Killed),
                Arrested = g.Sum(t => t.Arrested),
                Wounded = g.Sum(t => t.Wounded),
                HideoutsDestroyed = g.Sum(t => t.HideoutsDestroyed),
            })
            .ToListAsync(cancellationToken);
        var counted = new Dictionary<(int? Year, string? Province), Figures>();
        foreach (var r in rows.Where(r => r.Operations != 0))
        {
            counted[(r.Year == TallyRollupRow.Undated ? null : r.Year, r.ProvinceCode == TallyRollupRow.NoProvince ? null : r.ProvinceCode)] =
                new Figures
                {
                    Operations = r.Operations,
                    Killed = r.Killed,
                    Arrested = r.Arrested,
                    Wounded = r.Wounded,
                    HideoutsDestroyed = r.HideoutsDestroyed,
                };
        }
        return counted;
    }

    /// <summary>The rollup's lines that the filter selects (the filter must be one <see cref="CanUseRollup"/> accepts).</summary>
    internal static IQueryable<TallyRollupRow> RollupRows(OpsTrackerDbContext db, OperationFilter filter)
    {
        var rollup = db.Set<TallyRollupRow>().AsNoTracking();
        rollup = filter.Review is { } review
            ? rollup.Where(t => t.ReviewState == review)
            : rollup.Where(t => t.ReviewState != Review.ReviewState.Rejected);
        if (filter.Provinces.Count > 0)
        {
            var codes = filter.Provinces.ToList();
            rollup = rollup.Where(t => codes.Contains(t.ProvinceCode));
        }
        if (filter.Kind is { } kind)
        {
            rollup = rollup.Where(t => t.Kind == kind);
        }
        if (filter.From is { } from)
        {
            rollup = rollup.Where(t => t.Year != TallyRollupRow.Undated && t.Year >= from.Year);
        }
        if (filter.To is { } to)
        {
            rollup = rollup.Where(t => t.Year != TallyRollupRow.Undated && t.Year <= to.Year);
        }
        return rollup;
    }

    /// <summary>Counted figures per (year, province) aggregated from the matching operations' own figure columns.</summary>
    private static async Task<Dictionary<(int? Year, string? Province), Figures>> FromOperationsAsync(
        OpsTrackerDbContext db, OperationFilter filter, CancellationToken cancellationToken)
    {
        var ops = await OperationFiltering.ApplyAsync(db, db.Operations.AsNoTracking(), filter, cancellationToken);
        var rows = await ops
            .GroupBy(o => new { Year = o.Date == null ? (int?)null : o.Date.Value.Year, o.ProvinceCode })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.ProvinceCode,
                Operations = g.Count(),
                Killed = g.Sum(o => EF.Property<int?>(o, OperationFigures.IsisKilled)) ?? 0,
                Arrested = g.Sum(o => EF.Property<int?>(o, OperationFigures.IsisArrested)) ?? 0,
                Wounded = g.Sum(o => EF.Property<int?>(o, OperationFigures.IsisWounded)) ?? 0,
                HideoutsDestroyed = g.Sum(o => EF.Property<int?>(o, OperationFigures.HideoutsDestroyed)) ?? 0,
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => (r.Year, r.ProvinceCode),
            r => new Figures
            {
                Operations = r.Operations,
                Killed = r.Killed,
                Arrested = r.Arrested,
                Wounded = r.Wounded,
                HideoutsDestroyed = r.HideoutsDestroyed,
            });
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
