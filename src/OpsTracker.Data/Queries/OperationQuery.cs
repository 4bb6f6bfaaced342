using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;

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
    string Evidence,
    string? ProvinceNameAr = null,
    string? PlaceEn = null,
    int Reports = 1,
    string? DateBasis = null);

/// <summary>
/// One page of results and the number of matches on all pages. With <paramref name="TotalIsCapped"/> there are more
/// than <paramref name="Total"/> matches (a text search counts up to <see cref="OperationQuery.SearchCountCap"/>).
/// <paramref name="Next"/>, when there are more results after this page, is the cursor that asks for them (the
/// operations API's <c>after</c>, a <see cref="TimelineCursor"/>); null on the last page and where there is no keyset.
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, bool TotalIsCapped = false, string? Next = null);

/// <summary>A count of casualties with the span of the report it was read from.</summary>
public sealed record CasualtyDetail(string Side, string Category, int Count, bool Approximate, int EvidenceStart, int EvidenceEnd, string Evidence, double Confidence = 1.0);

/// <summary>Hideouts destroyed or found, with the span of the report they were read from.</summary>
public sealed record HideoutDetail(string Kind, int Count, string Outcome, int EvidenceStart, int EvidenceEnd, string Evidence, double Confidence = 1.0);

/// <summary>Where an operation's air strikes were read: one span from the first strike figure to the last.</summary>
public sealed record StrikesDetail(int EvidenceStart, int EvidenceEnd, string Evidence);

/// <summary>The report an operation was read from, with its full text.</summary>
public sealed record OperationReport(
    int Id, string FileName, string? Outlet, string? Url, DateOnly? Published, string PublishedSource, string Text);

/// <summary>A short reference to an operation (for lists of links).</summary>
public sealed record OperationLink(
    int Id, DateOnly? Date, string DatePrecision, string? RelativeDate, string Kind, string? Province, string? Place);

/// <summary>
/// Everything known about one operation: its figures, their evidence, the report and its other operations, and how far
/// the extractor trusted what it read (<paramref name="Confidence"/>, 0 to 1; each figure has its own).
/// </summary>
public sealed record OperationDetail(
    OperationItem Operation,
    string Rule,
    int EvidenceStart,
    int EvidenceEnd,
    IReadOnlyList<CasualtyDetail> Casualties,
    IReadOnlyList<HideoutDetail> Hideouts,
    OperationReport Report,
    IReadOnlyList<OperationLink> OtherOperations,
    double Confidence = 1.0,
    IReadOnlyList<Linking.EventSource>? Reports = null,
    bool FiguresDisagree = false,
    StrikesDetail? StrikesEvidence = null);

/// <summary>One operation as the CSV export writes it: one flat row, figures null when the report gives none.</summary>
public sealed record OperationExportRow(
    int Id,
    DateOnly? Date,
    string DatePrecision,
    string? RelativeDate,
    string? ProvinceCode,
    string? ProvinceEn,
    string? ProvinceAr,
    string? Place,
    string? PlaceEn,
    string Kind,
    IReadOnlyList<string> Actors,
    int? Killed,
    int? Arrested,
    int? Wounded,
    int? HideoutsDestroyed,
    int? Strikes,
    int? VictimsKilled,
    int? VictimsWounded,
    bool Approximate,
    int ReportId,
    string ReportFile,
    string Evidence,
    string ReviewState = "unreviewed",
    int? EventId = null);

/// <summary>
/// Reads operations for the timeline, the operation page, <c>GET /api/operations</c> and the operations CSV: newest
/// first, undated last, then by id. Each call opens its own context from the factory.
/// </summary>
public sealed class OperationQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    /// <summary>
    /// A text search counts its matches up to this many, then says "more": a common word matches a tenth of a million
    /// operations, and counting them all would read that many rows for one number (docs/decisions/0006). Every other
    /// filter is counted exactly from an index.
    /// </summary>
    public const int SearchCountCap = 2_000;

    /// <summary>One page of the operations matching <paramref name="filter"/> and the number of matches.</summary>
    public async Task<PagedResult<OperationItem>> ListAsync(OperationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filtering = await OperationFiltering.ForAsync(db, filter, cancellationToken);
        var query = filtering(db.Operations.AsNoTracking());

        // The number of matches is summed by a subquery of the page's own statement (PostgreSQL runs an uncorrelated
        // subquery once): a filter the tallies rollup can answer from it (a few hundred rows, not a province's
        // operations), a text search up to the cap, anything else exactly. One round trip per page, not two.
        var counting = filter.Text is not null ? query.Take(SearchCountCap + 1).Select(o => 1)
            : TallyQuery.CanUseRollup(filter) ? TallyQuery.RollupRows(db, filter).Select(t => t.Operations)
            : query.Select(o => 1);
        // One row more than the page tells whether there is a next page (and so a next cursor).
        var wanted = filter.PageSize + 1;
        List<PageRow> rows;
        if (filter.After is not { } after)
        {
            rows = await ReadAsync(query.InTimelineOrder().Skip((filter.Page - 1) * filter.PageSize).Take(wanted), counting, cancellationToken);
        }
        else if (after.Date is { } date)
        {
            // The dated operations after the cursor, then, if the page reaches past the last of them, the undated
            // ones (they come last): a second statement only for the one page that crosses over.
            rows = await ReadAsync(TimelineSeek.DatedAfter(db, filtering, date, after.Id).InTimelineOrder().Take(wanted), counting, cancellationToken);
            if (rows.Count < wanted)
            {
                var undated = TimelineSeek.UndatedAfter(query, null).InTimelineOrder().Take(wanted - rows.Count);
                rows.AddRange(await ReadAsync(undated, rows.Count > 0 ? NoCount(db) : counting, cancellationToken));
            }
        }
        else
        {
            rows = await ReadAsync(TimelineSeek.UndatedAfter(query, after.Id).InTimelineOrder().Take(wanted), counting, cancellationToken);
        }
        // A page past the end (or no match) has no row to carry the count: count on its own then.
        var matches = rows.Count > 0 ? rows[0].Total : await counting.SumAsync(cancellationToken);
        var (total, capped) = filter.Text is not null && matches > SearchCountCap ? (SearchCountCap, true) : (matches, false);
        var next = rows.Count > filter.PageSize ? new TimelineCursor(rows[filter.PageSize - 1].Date, rows[filter.PageSize - 1].Id).Encode() : null;

        var items = rows.Take(filter.PageSize).Select(p => new OperationItem(
            p.Row.Id,
            p.Row.Date,
            ExtractionJson.Name(p.Row.DatePrecision),
            p.Row.RelativeDate,
            p.Row.ProvinceCode,
            p.Row.ProvinceName,
            p.Row.Place,
            ExtractionJson.Name(p.Row.Kind),
            p.Row.Actors,
            p.Row.Killed,
            p.Row.Arrested,
            p.Row.Wounded,
            p.Victims,
            p.Row.Destroyed,
            p.Row.Strikes,
            p.Row.Approximate,
            p.Row.ReportId,
            p.Row.EvidenceText,
            p.Row.ProvinceNameAr,
            PlaceNames.English(p.Row.Place),
            p.Row.Reports,
            p.Row.Date is null ? null : ExtractionJson.Name(p.Row.DateBasis))).ToList();
        return new PagedResult<OperationItem>(items, total, capped, next);
    }

    /// <summary>A sum that reads nothing: the count column of a second statement whose first already counted.</summary>
    private static IQueryable<int> NoCount(OpsTrackerDbContext db) => db.Operations.Where(o => false).Select(o => 0);

    /// <summary>
    /// The page's rows in one statement: the ISIS figures and destroyed hideouts summed on each operation
    /// (<see cref="OperationFigures"/>), the victims joined to the page's rows (one row per victim count, or one with
    /// none), the number of matches as an uncorrelated subquery. The victims are read flat and put back together here:
    /// projected as a nested list, EF's reader compiled a delegate for every row it read (docs/benchmarks.md, "Load").
    /// </summary>
    private static async Task<List<PageRow>> ReadAsync(
        IQueryable<Operation> page, IQueryable<int> counting, CancellationToken cancellationToken)
    {
        var flat = await page
            .SelectMany(
                o => o.Casualties.Where(c => c.Side != CasualtySide.Isis).DefaultIfEmpty(),
                (o, c) => new { o, c })
            .OrderBy(x => x.o.Date == null).ThenByDescending(x => x.o.Date).ThenBy(x => x.o.Id).ThenBy(x => x.c!.Id)
            .Select(x => new FlatRow
            {
                Id = x.o.Id,
                Date = x.o.Date,
                DatePrecision = x.o.DatePrecision,
                RelativeDate = x.o.RelativeDate,
                DateBasis = x.o.DateBasis,
                ProvinceCode = x.o.ProvinceCode,
                ProvinceName = x.o.Province == null ? null : x.o.Province.NameEn,
                ProvinceNameAr = x.o.Province == null ? null : x.o.Province.NameAr,
                Place = x.o.Place,
                Kind = x.o.Kind,
                Actors = x.o.Actors,
                Killed = EF.Property<int?>(x.o, OperationFigures.IsisKilled),
                Arrested = EF.Property<int?>(x.o, OperationFigures.IsisArrested),
                Wounded = EF.Property<int?>(x.o, OperationFigures.IsisWounded),
                Destroyed = EF.Property<int?>(x.o, OperationFigures.HideoutsDestroyed),
                Strikes = x.o.Strikes,
                Approximate = x.o.Approximate,
                ReportId = x.o.ReportId,
                EvidenceText = x.o.EvidenceText,
                Reports = EF.Property<int>(x.o, Linking.EventColumns.Reports),
                Total = counting.Sum(),
                VictimSide = x.c == null ? null : x.c.Side,
                VictimCategory = x.c == null ? null : x.c.Category,
                VictimCount = x.c == null ? null : x.c.Count,
            })
            .ToListAsync(cancellationToken);
        var rows = new List<PageRow>();
        foreach (var r in flat)
        {
            if (rows.Count == 0 || rows[^1].Row.Id != r.Id)
            {
                rows.Add(new PageRow(r, []));
            }
            if (r is { VictimSide: { } side, VictimCategory: { } category, VictimCount: { } count })
            {
                rows[^1].Victims.Add(new VictimCount(ExtractionJson.Name(side), ExtractionJson.Name(category), count));
            }
        }
        return rows;
    }

    private sealed record PageRow(FlatRow Row, List<VictimCount> Victims)
    {
        public int Id => Row.Id;
        public DateOnly? Date => Row.Date;
        public int Total => Row.Total;
    }

    private sealed class FlatRow
    {
        public int Id { get; init; }
        public DateOnly? Date { get; init; }
        public DatePrecision DatePrecision { get; init; }
        public string? RelativeDate { get; init; }
        public DateBasis DateBasis { get; init; }
        public string? ProvinceCode { get; init; }
        public string? ProvinceName { get; init; }
        public string? ProvinceNameAr { get; init; }
        public string? Place { get; init; }
        public OperationKind Kind { get; init; }
        public List<string> Actors { get; init; } = [];
        public int? Killed { get; init; }
        public int? Arrested { get; init; }
        public int? Wounded { get; init; }
        public int? Destroyed { get; init; }
        public int? Strikes { get; init; }
        public bool Approximate { get; init; }
        public int ReportId { get; init; }
        public string EvidenceText { get; init; } = "";
        public int Reports { get; init; }
        public int Total { get; init; }
        public CasualtySide? VictimSide { get; init; }
        public CasualtyCategory? VictimCategory { get; init; }
        public int? VictimCount { get; init; }
    }

    /// <summary>One operation with its evidence, the full text of its report and the report's other operations; null when there is none.</summary>
    public async Task<OperationDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var op = await db.Operations.AsNoTracking()
            .Include(o => o.Province)
            .Include(o => o.Casualties)
            .Include(o => o.Hideouts)
            .Include(o => o.Report)
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (op is null)
        {
            return null;
        }
        var others = await db.Operations.AsNoTracking()
            .Where(o => o.ReportId == op.ReportId && o.Id != op.Id)
            .OrderBy(o => o.EvidenceStart).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Date, o.DatePrecision, o.RelativeDate, o.Kind, o.ProvinceCode, o.Place })
            .ToListAsync(cancellationToken);
        // Confidence is a shadow property, which entities read without tracking do not carry: read it on its own.
        var confidence = await db.Operations.Where(o => o.Id == id)
            .Select(o => EF.Property<double>(o, Configurations.Confidence.Column)).SingleAsync(cancellationToken);
        var casualtyConfidence = (await db.Casualties.Where(c => c.OperationId == id)
            .Select(c => new { c.Id, Confidence = EF.Property<double>(c, Configurations.Confidence.Column) })
            .ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Confidence);
        var hideoutConfidence = (await db.Hideouts.Where(h => h.OperationId == id)
            .Select(h => new { h.Id, Confidence = EF.Property<double>(h, Configurations.Confidence.Column) })
            .ToListAsync(cancellationToken)).ToDictionary(h => h.Id, h => h.Confidence);

        var isis = op.Casualties.Where(c => c.Side == CasualtySide.Isis).ToList();
        var item = new OperationItem(
            op.Id,
            op.Date,
            ExtractionJson.Name(op.DatePrecision),
            op.RelativeDate,
            op.ProvinceCode,
            op.Province?.NameEn,
            op.Place,
            ExtractionJson.Name(op.Kind),
            op.Actors,
            op.CountOf(CasualtyCategory.Killed),
            op.CountOf(CasualtyCategory.Arrested),
            op.CountOf(CasualtyCategory.Wounded),
            [.. op.Casualties.Where(c => c.Side != CasualtySide.Isis).OrderBy(c => c.Id)
                .Select(v => new VictimCount(ExtractionJson.Name(v.Side), ExtractionJson.Name(v.Category), v.Count))],
            op.HideoutsDestroyed,
            op.Strikes,
            op.Approximate,
            op.ReportId,
            op.EvidenceText,
            op.Province?.NameAr,
            PlaceNames.English(op.Place),
            DateBasis: op.Date is null ? null : ExtractionJson.Name(op.DateBasis));
        var report = op.Report!;
        var sources = await Linking.EventSourcesQuery.ForOperationAsync(db, id, cancellationToken);
        return new OperationDetail(
            item,
            op.Rule,
            op.EvidenceStart,
            op.EvidenceEnd,
            [.. op.Casualties.OrderBy(c => c.Id).Select(c => new CasualtyDetail(
                ExtractionJson.Name(c.Side), ExtractionJson.Name(c.Category), c.Count, c.Approximate, c.EvidenceStart, c.EvidenceEnd, c.EvidenceText,
                casualtyConfidence.GetValueOrDefault(c.Id, Configurations.Confidence.Default)))],
            [.. op.Hideouts.OrderBy(h => h.Id).Select(h => new HideoutDetail(
                ExtractionJson.Name(h.Kind), h.Count, ExtractionJson.Name(h.Outcome), h.EvidenceStart, h.EvidenceEnd, h.EvidenceText,
                hideoutConfidence.GetValueOrDefault(h.Id, Configurations.Confidence.Default)))],
            new OperationReport(report.Id, report.FileName, report.Outlet, report.Url, report.Published, ExtractionJson.Name(report.PublishedSource), report.Text),
            [.. others.Select(o => new OperationLink(
                o.Id, o.Date, ExtractionJson.Name(o.DatePrecision), o.RelativeDate, ExtractionJson.Name(o.Kind), o.ProvinceCode, o.Place))],
            confidence,
            sources?.Sources,
            sources?.FiguresDisagree ?? false,
            // Strikes an analyst cleared have no evidence to show; the stored span stays for the history's sake.
            op is { Strikes: not null, StrikesEvidenceStart: { } strikesStart, StrikesEvidenceEnd: { } strikesEnd }
                ? new StrikesDetail(strikesStart, strikesEnd, op.StrikesEvidenceText ?? "")
                : null);
    }

    /// <summary>Every actor named by an operation, in alphabetical order (for the actor filter).</summary>
    public async Task<IReadOnlyList<string>> ListActorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lists = await OperationFiltering.DistinctActorListsAsync(db, cancellationToken);
        return [.. lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Every operation matching <paramref name="filter"/> (its page and page size are ignored), in timeline order, read
    /// one row at a time from the database: a large export is never held in memory. The rows come straight from a data
    /// reader over the SQL EF builds for the filter (no entity is materialised), and what repeats across rows (actor
    /// lists, enum names, a place's English name) is converted once per export.
    /// </summary>
    public async IAsyncEnumerable<OperationExportRow> StreamAsync(
        OperationFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await OperationFiltering.ApplyAsync(db, db.Operations.AsNoTracking(), filter, cancellationToken);
        // The columns in this order are read by ordinal below.
        var rows = query
            .InTimelineOrder()
            .Select(o => new
            {
                o.Id,
                o.Date,
                o.DatePrecision, // enums and actors are read as stored (names, a JSON array) by the reader
                o.RelativeDate,
                o.ProvinceCode,
                ProvinceEn = o.Province == null ? null : o.Province.NameEn,
                ProvinceAr = o.Province == null ? null : o.Province.NameAr,
                o.Place,
                o.Kind,
                o.Actors,
                // The figures summed when the operation was stored (OperationFigures): no casualty is read here.
                Killed = EF.Property<int?>(o, OperationFigures.IsisKilled),
                Arrested = EF.Property<int?>(o, OperationFigures.IsisArrested),
                Wounded = EF.Property<int?>(o, OperationFigures.IsisWounded),
                Destroyed = EF.Property<int?>(o, OperationFigures.HideoutsDestroyed),
                o.Strikes,
                VictimsKilled = EF.Property<int?>(o, OperationFigures.VictimsKilled),
                VictimsWounded = EF.Property<int?>(o, OperationFigures.VictimsWounded),
                o.Approximate,
                o.ReportId,
                ReportFile = o.Report!.FileName,
                o.EvidenceText,
                ReviewState = EF.Property<Review.ReviewState>(o, Configurations.OperationReviewStateConfiguration.ReviewStateColumn),
                EventId = EF.Property<int?>(o, Linking.EventColumns.EventId),
            });
        await using var command = rows.CreateDbCommand();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        var precisions = new Dictionary<string, string>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var actorLists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var placeNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt32(0);
            DateOnly? date = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1);
            var precision = Name(precisions, reader.GetString(2), raw => ExtractionJson.Name(Enum.Parse<DatePrecision>(raw)));
            var relative = NullableString(reader, 3);
            var province = NullableString(reader, 4);
            var provinceEn = NullableString(reader, 5);
            var provinceAr = NullableString(reader, 6);
            var place = NullableString(reader, 7);
            string? placeEn = null;
            if (place is not null && !placeNames.TryGetValue(place, out placeEn))
            {
                placeNames[place] = placeEn = PlaceNames.English(place);
            }
            var kind = Name(kinds, reader.GetString(8), raw => ExtractionJson.Name(Enum.Parse<OperationKind>(raw)));
            var actorsJson = reader.GetString(9);
            if (!actorLists.TryGetValue(actorsJson, out var actors))
            {
                actorLists[actorsJson] = actors = System.Text.Json.JsonSerializer.Deserialize<List<string>>(actorsJson) ?? [];
            }
            yield return new OperationExportRow(
                id, date, precision, relative, province, provinceEn, provinceAr, place, placeEn, kind, actors,
                NullableInt(reader, 10), NullableInt(reader, 11), NullableInt(reader, 12), NullableInt(reader, 13),
                NullableInt(reader, 14), NullableInt(reader, 15), NullableInt(reader, 16), reader.GetBoolean(17),
                reader.GetInt32(18), reader.GetString(19), reader.GetString(20),
                Name(states, reader.GetString(21), raw => OperationFilter.ReviewName(Enum.Parse<Review.ReviewState>(raw))),
                NullableInt(reader, 22));
        }
    }

    private static string? NullableString(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? NullableInt(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>The display name of a stored enum name, converted once per export.</summary>
    private static string Name(Dictionary<string, string> names, string raw, Func<string, string> convert)
    {
        if (!names.TryGetValue(raw, out var name))
        {
            names[raw] = name = convert(raw);
        }
        return name;
    }

}

/// <summary>English names of the Arabic place names the extractor writes, from the gazetteer.</summary>
public static class PlaceNames
{
    /// <summary>
    /// How many distinct place names keep their English name in memory. Every API page and timeline row asks for it,
    /// and the gazetteer's look-up normalises the Arabic first (a few microseconds each, 50 times a page); the stored
    /// places are the gazetteer's few thousand names, so the memo rarely fills, and past the bound a name is simply
    /// looked up each time. The gazetteer is reference data loaded once, so a remembered answer cannot go stale.
    /// </summary>
    public const int MemoCapacity = 8_192;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Memo = new(StringComparer.Ordinal);

    /// <summary>The gazetteer's English name of <paramref name="arabic"/> ('سلسلة جبال حمرين' gives Hamrin Mountains), or null.</summary>
    public static string? English(string? arabic)
    {
        if (string.IsNullOrWhiteSpace(arabic))
        {
            return null;
        }
        if (Memo.TryGetValue(arabic, out var known))
        {
            return known;
        }
        var english = Gazetteer.Default.Lookup(arabic)?.NameEn;
        if (Memo.Count < MemoCapacity)
        {
            Memo.TryAdd(arabic, english);
        }
        return english;
    }
}
