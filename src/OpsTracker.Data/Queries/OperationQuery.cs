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
    string? PlaceEn = null);

/// <summary>One page of results and the number of matches on all pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A count of casualties with the span of the report it was read from.</summary>
public sealed record CasualtyDetail(string Side, string Category, int Count, bool Approximate, int EvidenceStart, int EvidenceEnd, string Evidence, double Confidence = 1.0);

/// <summary>Hideouts destroyed or found, with the span of the report they were read from.</summary>
public sealed record HideoutDetail(string Kind, int Count, string Outcome, int EvidenceStart, int EvidenceEnd, string Evidence, double Confidence = 1.0);

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
    double Confidence = 1.0);

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
    string ReviewState = "unreviewed");

/// <summary>
/// Reads operations for the timeline, the operation page, <c>GET /api/operations</c> and the operations CSV: newest
/// first, undated last, then by id. Each call opens its own context from the factory.
/// </summary>
public sealed class OperationQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    /// <summary>One page of the operations matching <paramref name="filter"/> and the number of matches.</summary>
    public async Task<PagedResult<OperationItem>> ListAsync(OperationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await OperationFiltering.ApplyAsync(db, db.Operations.AsNoTracking(), filter, cancellationToken);

        var total = await query.CountAsync(cancellationToken);
        // The page's rows first (an index in timeline order stops after them), then the figures of just those ids:
        // a split query would run the ordered, paged subquery again for each collection.
        var rows = await query
            .InTimelineOrder()
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
                ProvinceNameAr = o.Province == null ? null : o.Province.NameAr,
                o.Place,
                o.Kind,
                o.Actors,
                o.Strikes,
                o.Approximate,
                o.ReportId,
                o.EvidenceText,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var casualties = (await db.Casualties.AsNoTracking()
                .Where(c => ids.Contains(c.OperationId))
                .OrderBy(c => c.Id)
                .Select(c => new { c.OperationId, c.Side, c.Category, c.Count })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.OperationId);
        // Figures are summed in memory: SQL's SUM over no rows would become 0, and "none reported" must stay null.
        var destroyed = (await db.Hideouts.AsNoTracking()
                .Where(h => ids.Contains(h.OperationId) && h.Outcome == HideoutOutcome.Destroyed)
                .Select(h => new { h.OperationId, h.Count })
                .ToListAsync(cancellationToken))
            .ToLookup(h => h.OperationId, h => h.Count);

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
            SumOrNull(casualties[r.Id].Where(c => c.Side == CasualtySide.Isis && c.Category == CasualtyCategory.Killed).Select(c => c.Count)),
            SumOrNull(casualties[r.Id].Where(c => c.Side == CasualtySide.Isis && c.Category == CasualtyCategory.Arrested).Select(c => c.Count)),
            SumOrNull(casualties[r.Id].Where(c => c.Side == CasualtySide.Isis && c.Category == CasualtyCategory.Wounded).Select(c => c.Count)),
            [.. casualties[r.Id].Where(c => c.Side != CasualtySide.Isis).Select(v => new VictimCount(ExtractionJson.Name(v.Side), ExtractionJson.Name(v.Category), v.Count))],
            SumOrNull(destroyed[r.Id]),
            r.Strikes,
            r.Approximate,
            r.ReportId,
            r.EvidenceText,
            r.ProvinceNameAr,
            PlaceNames.English(r.Place))).ToList();
        return new PagedResult<OperationItem>(items, total);
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
            PlaceNames.English(op.Place));
        var report = op.Report!;
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
            confidence);
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
    /// one row at a time from the database: a large export is never held in memory.
    /// </summary>
    public async IAsyncEnumerable<OperationExportRow> StreamAsync(
        OperationFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await OperationFiltering.ApplyAsync(db, db.Operations.AsNoTracking(), filter, cancellationToken);
        var rows = query
            .InTimelineOrder()
            .Select(o => new
            {
                o.Id,
                o.Date,
                o.DatePrecision,
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
            })
            .AsAsyncEnumerable();
        // Few distinct places: each is looked up in the gazetteer once per export.
        var placeNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            string? placeEn = null;
            if (r.Place is { } place && !placeNames.TryGetValue(place, out placeEn))
            {
                placeNames[place] = placeEn = PlaceNames.English(place);
            }
            yield return new OperationExportRow(
                r.Id, r.Date, ExtractionJson.Name(r.DatePrecision), r.RelativeDate, r.ProvinceCode, r.ProvinceEn, r.ProvinceAr,
                r.Place, placeEn, ExtractionJson.Name(r.Kind), r.Actors, r.Killed, r.Arrested, r.Wounded,
                r.Destroyed, r.Strikes, r.VictimsKilled, r.VictimsWounded, r.Approximate, r.ReportId, r.ReportFile, r.EvidenceText,
                OperationFilter.ReviewName(r.ReviewState));
        }
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

/// <summary>English names of the Arabic place names the extractor writes, from the gazetteer.</summary>
public static class PlaceNames
{
    /// <summary>The gazetteer's English name of <paramref name="arabic"/> ('سلسلة جبال حمرين' gives Hamrin Mountains), or null.</summary>
    public static string? English(string? arabic) =>
        string.IsNullOrWhiteSpace(arabic) ? null : Gazetteer.Default.Lookup(arabic)?.NameEn;
}
