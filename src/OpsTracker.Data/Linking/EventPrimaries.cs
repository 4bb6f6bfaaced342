using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Linking;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Linking;

/// <summary>
/// Keeps each event's columns right after its members changed: an event left with one report is dissolved (its last
/// operation stands alone again); otherwise its primary is chosen (<see cref="EventFigures.ChoosePrimary"/>: the
/// analyst's choice, else the most frequent figures, else the latest report's), the others are flagged secondary, and
/// every member knows how many reports tell the event.
/// </summary>
public static class EventPrimaries
{
    public static async Task RecomputeAsync(OpsTrackerDbContext db, IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0)
        {
            return;
        }
        var ids = eventIds.ToList();
        var rows = await EventLinker.Rows(db.Operations.Where(o => ids.Contains(EF.Property<int>(o, EventColumns.EventId)))).ToListAsync(cancellationToken);
        var reportIds = rows.Select(r => r.ReportId).Distinct().ToList();
        var reports = await db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id))
            .Select(r => new { r.Id, r.FileName, r.Published }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var keys = rows.ToDictionary(r => r.Id, r => OperationKeys.Of(reports[r.ReportId].FileName, r.EvidenceStart, r.EvidenceEnd));
        var keyList = keys.Values.ToList();
        // The latest figures decision of each event wins.
        var chosen = (await db.EventDecisions.AsNoTracking()
                .Where(d => d.Kind == EventDecisionKind.Figures && keyList.Contains(d.OperationKey))
                .OrderByDescending(d => d.Id).Select(d => d.OperationKey).ToListAsync(cancellationToken))
            .ToList();

        // Decided per event in memory, then written in a few statements: one for the operations left alone, one to delete
        // the events they leave, one per distinct number of reports for the rest.
        var alone = new List<int>();
        var dissolved = new List<int>();
        var primaries = new HashSet<int>();
        var byReportCount = new Dictionary<int, List<int>>();
        foreach (var id in ids)
        {
            var members = rows.Where(r => r.EventId == id).ToList();
            var count = members.Select(m => m.ReportId).Distinct().Count();
            if (count <= 1)
            {
                alone.AddRange(members.Select(m => m.Id));
                dissolved.Add(id);
                continue;
            }
            var choice = chosen.FirstOrDefault(k => members.Any(m => keys[m.Id] == k));
            var primary = EventFigures.ChoosePrimary([.. members.Select(m => new EventMember(
                m.Id, m.ReportId, reports[m.ReportId].Published, m.Facts().Figures, keys[m.Id] == choice, m.State == ReviewState.Rejected))]);
            primaries.Add(primary.OperationId);
            if (!byReportCount.TryGetValue(count, out var ofCount))
            {
                byReportCount[count] = ofCount = [];
            }
            ofCount.AddRange(members.Select(m => m.Id));
        }
        if (alone.Count > 0)
        {
            await db.Operations.Where(o => alone.Contains(o.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(o => EF.Property<int?>(o, EventColumns.EventId), (int?)null)
                .SetProperty(o => EF.Property<bool>(o, EventColumns.Secondary), false)
                .SetProperty(o => EF.Property<int>(o, EventColumns.Reports), 1), cancellationToken);
        }
        if (dissolved.Count > 0)
        {
            await db.OperationEvents.Where(e => dissolved.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        var primaryIds = primaries.ToList();
        foreach (var (count, all) in byReportCount)
        {
            await db.Operations.Where(o => all.Contains(o.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(o => EF.Property<bool>(o, EventColumns.Secondary), o => !primaryIds.Contains(o.Id))
                .SetProperty(o => EF.Property<int>(o, EventColumns.Reports), count), cancellationToken);
        }
    }

    /// <summary>The same for official tallies: the latest report's quote is the one counted.</summary>
    public static async Task RecomputeTalliesAsync(OpsTrackerDbContext db, IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(eventIds);
        foreach (var id in eventIds)
        {
            var members = await db.ReportedTallies.AsNoTracking().Where(t => EF.Property<int?>(t, EventColumns.EventId) == id)
                .Select(t => new { t.Id, t.ReportId, t.Report!.Published }).ToListAsync(cancellationToken);
            var all = members.Select(m => m.Id).ToList();
            if (members.Select(m => m.ReportId).Distinct().Count() <= 1)
            {
                await db.ReportedTallies.Where(t => all.Contains(t.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(t => EF.Property<int?>(t, EventColumns.EventId), (int?)null)
                    .SetProperty(t => EF.Property<bool>(t, EventColumns.Secondary), false)
                    .SetProperty(t => EF.Property<int>(t, EventColumns.Reports), 1), cancellationToken);
                await db.TallyEvents.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken);
                continue;
            }
            var primary = members.OrderByDescending(m => m.Published ?? DateOnly.MinValue).ThenByDescending(m => m.ReportId).First().Id;
            var count = members.Select(m => m.ReportId).Distinct().Count();
            await db.ReportedTallies.Where(t => all.Contains(t.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(t => EF.Property<bool>(t, EventColumns.Secondary), t => t.Id != primary)
                .SetProperty(t => EF.Property<int>(t, EventColumns.Reports), count), cancellationToken);
        }
    }
}
