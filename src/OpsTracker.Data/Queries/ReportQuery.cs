using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Queries;

/// <summary>A stored report as the Reports page lists it.</summary>
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
    int Tallies);

/// <summary>An official aggregate as the Tallies page lists it; never summed into operations.</summary>
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
    string Evidence);

/// <summary>Reads reports and their official tallies.</summary>
public sealed class ReportQuery(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReportItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking()
            .OrderBy(r => r.FileName)
            .Select(r => new ReportItem(
                r.Id, r.FileName, r.Outlet, r.Url, r.Published, r.Status, r.FailureReason, r.IngestedAtUtc, r.ExtractorVersion,
                r.Operations.Count, r.Tallies.Count))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TallyItem>> ListTalliesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportedTallies.AsNoTracking()
            .OrderBy(t => t.PeriodStart == null)
            .ThenByDescending(t => t.PeriodStart)
            .ThenBy(t => t.Id)
            .Select(t => new TallyItem(
                t.Id, t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy, t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed,
                t.IsisAttacks, t.Approximate, t.ReportId, t.Report!.FileName, t.EvidenceText))
            .ToListAsync(cancellationToken);
    }
}
