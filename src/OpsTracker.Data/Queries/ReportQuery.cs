using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Data.Queries;

/// <summary>A stored report as the Reports page lists it, with counts of what was extracted from it.</summary>
public sealed record ReportItem(
    int Id,
    string FileName,
    string? Outlet,
    string? Url,
    DateOnly? Published,
    ReportStatus Status,
    string? FailureReason,
    DateTime IngestedAtUtc,
    string ExtractorVersion,
    int Operations,
    int Tallies,
    PublicationDateSource PublishedSource = PublicationDateSource.Unknown,
    int Casualties = 0,
    int Hideouts = 0);

/// <summary>
/// An official aggregate as the Tallies page lists it; never summed into operations. Its figures, period and scope are
/// the corrected ones when an analyst corrected them (<see cref="State"/> says so); a rejected one is listed only on its
/// report's page.
/// </summary>
public sealed record TallyItem(
    int Id,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string Scope,
    string? ReportedBy,
    int? Operations,
    int? Killed,
    int? Arrested,
    int? HideoutsDestroyed,
    int? IsisAttacks,
    bool Approximate,
    int ReportId,
    string FileName,
    string Evidence,
    DateOnly? AnnouncedOn = null,
    Review.ReviewState State = Review.ReviewState.Unreviewed);

/// <summary>One report with its full text, its operations and its tallies.</summary>
public sealed record ReportDetail(
    ReportItem Report,
    string Text,
    IReadOnlyList<OperationLink> Operations,
    IReadOnlyList<TallyItem> Tallies);

/// <summary>Reads reports and their official tallies.</summary>
public sealed class ReportQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    /// <summary>Every report, by file name.</summary>
    public async Task<IReadOnlyList<ReportItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Items(db.Reports.AsNoTracking().OrderBy(r => r.FileName)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// How many reports <see cref="StreamAsync"/> reads per statement: a few hundred kilobytes of rows at a time, so
    /// an export of every report never holds more than this many in memory, and a million reports take a few thousand
    /// short statements.
    /// </summary>
    public const int StreamBatchSize = 1_000;

    /// <summary>
    /// Every report, by file name, as <see cref="ListAsync"/> gives them, but read <see cref="StreamBatchSize"/> at a
    /// time (<paramref name="batchSize"/>) by seeking past the last file name read (file names are unique and indexed), and handed on as they come:
    /// the reports CSV writes them as it reads. A batch is buffered by EF (the retrying execution strategy buffers
    /// every result), never the whole table.
    /// </summary>
    public async IAsyncEnumerable<ReportItem> StreamAsync(
        int batchSize = StreamBatchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        string? after = null;
        while (true)
        {
            List<ReportItem> batch;
            await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            {
                var reports = db.Reports.AsNoTracking();
                if (after is not null)
                {
                    var last = after;
                    reports = reports.Where(r => string.Compare(r.FileName, last) > 0);
                }
                batch = await Items(reports.OrderBy(r => r.FileName).Take(batchSize)).ToListAsync(cancellationToken);
            }
            foreach (var item in batch)
            {
                yield return item;
            }
            if (batch.Count < batchSize)
            {
                yield break;
            }
            after = batch[^1].FileName;
        }
    }

    /// <summary>
    /// One page of the reports matching <paramref name="filter"/>, in its order (then by id), and how many match. The
    /// filter, the order and the paging run in the database; only the page's counts are computed.
    /// </summary>
    public async Task<PagedResult<ReportItem>> PageAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reports = db.Reports.AsNoTracking();
        if (filter.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }
        if (filter.Outlet is { } outlet)
        {
            reports = reports.Where(r => r.Outlet == outlet);
        }
        if (filter.From is { } from)
        {
            reports = reports.Where(r => r.Published >= from);
        }
        if (filter.To is { } to)
        {
            reports = reports.Where(r => r.Published <= to);
        }
        if (filter.Text is { } text)
        {
            // Case does not matter on either database: both sides in lower case.
            var pattern = OperationSearch.LikePattern(text.ToLowerInvariant());
            var escape = OperationSearch.LikeEscape.ToString();
            reports = reports.Where(r => EF.Functions.Like(r.FileName.ToLower(), pattern, escape)
                || (r.Outlet != null && EF.Functions.Like(r.Outlet.ToLower(), pattern, escape)));
        }
        var total = await reports.CountAsync(cancellationToken);
        IOrderedQueryable<Report> ordered = (filter.Sort, filter.Descending) switch
        {
            (ReportSort.Published, false) => reports.OrderBy(r => r.Published == null).ThenBy(r => r.Published),
            (ReportSort.Published, true) => reports.OrderBy(r => r.Published == null).ThenByDescending(r => r.Published),
            (ReportSort.Ingested, false) => reports.OrderBy(r => r.IngestedAtUtc),
            (ReportSort.Ingested, true) => reports.OrderByDescending(r => r.IngestedAtUtc),
            (ReportSort.Operations, false) => reports.OrderBy(r => r.Operations.Count),
            (ReportSort.Operations, true) => reports.OrderByDescending(r => r.Operations.Count),
            (_, false) => reports.OrderBy(r => r.FileName),
            (_, true) => reports.OrderByDescending(r => r.FileName),
        };
        var page = await Items(ordered.ThenBy(r => r.Id).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedResult<ReportItem>(page, total);
    }

    /// <summary>One report with its text, operations (in the order of the text) and tallies; null when there is none.</summary>
    public async Task<ReportDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await Items(db.Reports.AsNoTracking().Where(r => r.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return null;
        }
        var text = await db.Reports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Text).SingleAsync(cancellationToken);
        var operations = await db.Operations.AsNoTracking()
            .Where(o => o.ReportId == id)
            .OrderBy(o => o.EvidenceStart).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Date, o.DatePrecision, o.RelativeDate, o.Kind, o.ProvinceCode, o.Place })
            .ToListAsync(cancellationToken);
        var tallies = await Tallies(db.ReportedTallies.AsNoTracking().Where(t => t.ReportId == id).OrderBy(t => t.EvidenceStart))
            .ToListAsync(cancellationToken);
        return new ReportDetail(
            item,
            text,
            [.. operations.Select(o => new OperationLink(
                o.Id, o.Date, ExtractionJson.Name(o.DatePrecision), o.RelativeDate, ExtractionJson.Name(o.Kind), o.ProvinceCode, o.Place))],
            tallies);
    }

    /// <summary>Every official tally but those an analyst rejected, newest period first, those without a period last.</summary>
    public async Task<IReadOnlyList<TallyItem>> ListTalliesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Tallies(db.ReportedTallies.AsNoTracking()
                .Where(t => EF.Property<Review.ReviewState>(t, Configurations.TallyReviewStateConfiguration.ReviewStateColumn) != Review.ReviewState.Rejected)
                .OrderBy(t => t.PeriodStart == null)
                .ThenByDescending(t => t.PeriodStart)
                .ThenBy(t => t.Id))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<ReportItem> Items(IQueryable<Report> reports) =>
        reports.Select(r => new ReportItem(
            r.Id, r.FileName, r.Outlet, r.Url, r.Published, r.Status, r.FailureReason, r.IngestedAtUtc, r.ExtractorVersion,
            r.Operations.Count, r.Tallies.Count, r.PublishedSource,
            r.Operations.SelectMany(o => o.Casualties).Count(), r.Operations.SelectMany(o => o.Hideouts).Count()));

    private static IQueryable<TallyItem> Tallies(IQueryable<ReportedTally> tallies) =>
        tallies.Select(t => new TallyItem(
            t.Id, t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed,
            t.IsisAttacks, t.Approximate, t.ReportId, t.Report!.FileName, t.EvidenceText, t.AnnouncedOn,
            EF.Property<Review.ReviewState>(t, Configurations.TallyReviewStateConfiguration.ReviewStateColumn)));
}
