using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Linking;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Linking;

/// <summary>
/// One report's telling of an event: its operation, the report (file, outlet, publication date), its figures and
/// evidence; <paramref name="Primary"/> marks the source whose figures the event is counted with,
/// <paramref name="ChosenByAnalyst"/> when an analyst chose it.
/// </summary>
public sealed record EventSource(
    int OperationId,
    int ReportId,
    string FileName,
    string? Outlet,
    DateOnly? Published,
    DateOnly? Date,
    string DatePrecision,
    string? Place,
    string Kind,
    int? Killed,
    int? Arrested,
    int? Wounded,
    int? HideoutsDestroyed,
    int? VictimsKilled,
    int? VictimsWounded,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    bool Primary,
    bool ChosenByAnalyst,
    string ReviewState);

/// <summary>An operation's event: every report that tells it, and whether their figures disagree.</summary>
public sealed record EventView(int? EventId, IReadOnlyList<EventSource> Sources, bool FiguresDisagree);

/// <summary>Reads the sources of events (for the operation page, the API detail's <c>reports[]</c> and the CSV's <c>sources</c>).</summary>
public static class EventSourcesQuery
{
    /// <summary>The event of an operation with all its sources, primary first, then by publication date; null when there is no such operation.</summary>
    public static async Task<EventView?> ForOperationAsync(OpsTrackerDbContext db, int operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var eventId = await db.Operations.Where(o => o.Id == operationId)
            .Select(o => new { EventId = EF.Property<int?>(o, EventColumns.EventId) }).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return null;
        }
        var id = eventId.EventId;
        var query = id is { } e
            ? db.Operations.Where(o => EF.Property<int?>(o, EventColumns.EventId) == e)
            : db.Operations.Where(o => o.Id == operationId);
        var rows = await query.AsNoTracking().Select(o => new
        {
            o.Id,
            o.ReportId,
            o.Report!.FileName,
            o.Report.Outlet,
            o.Report.Published,
            o.Date,
            o.DatePrecision,
            o.Place,
            o.Kind,
            o.EvidenceText,
            o.EvidenceStart,
            o.EvidenceEnd,
            Secondary = EF.Property<bool>(o, EventColumns.Secondary),
            State = EF.Property<ReviewState>(o, Configurations.OperationReviewStateConfiguration.ReviewStateColumn),
            Casualties = o.Casualties.Select(c => new { c.Category, c.Side, c.Count }).ToList(),
            Destroyed = o.Hideouts.Where(h => h.Outcome == Core.Domain.HideoutOutcome.Destroyed).Select(h => h.Count).ToList(),
        }).ToListAsync(cancellationToken);
        var keys = rows.Select(r => OperationKeys.Of(r.FileName, r.EvidenceStart, r.EvidenceEnd)).ToList();
        var chosen = id is null ? null : await db.EventDecisions.AsNoTracking()
            .Where(d => d.Kind == EventDecisionKind.Figures && keys.Contains(d.OperationKey))
            .OrderByDescending(d => d.Id).Select(d => d.OperationKey).FirstOrDefaultAsync(cancellationToken);
        var sources = rows.Select(r =>
        {
            var figures = EventFigureSet.From(r.Casualties.Select(c => (c.Category, c.Side, c.Count)), r.Destroyed);
            return (Figures: figures, Source: new EventSource(
                r.Id, r.ReportId, r.FileName, r.Outlet, r.Published, r.Date, ExtractionJson.Name(r.DatePrecision), r.Place,
                ExtractionJson.Name(r.Kind), figures.Killed, figures.Arrested, figures.Wounded, figures.HideoutsDestroyed,
                figures.VictimsKilled, figures.VictimsWounded, r.EvidenceText, r.EvidenceStart, r.EvidenceEnd,
                !r.Secondary, chosen == OperationKeys.Of(r.FileName, r.EvidenceStart, r.EvidenceEnd),
                OperationFilter.ReviewName(r.State)));
        }).ToList();
        return new EventView(
            id,
            [.. sources.Select(s => s.Source).OrderByDescending(s => s.Primary).ThenBy(s => s.Published ?? DateOnly.MaxValue).ThenBy(s => s.ReportId)],
            EventFigures.Disagree(sources.Select(s => new EventMember(s.Source.OperationId, s.Source.ReportId, s.Source.Published, s.Figures))));
    }

    /// <summary>The file names of every linked event's reports, by event (for the CSV; events are few beside operations).</summary>
    public static async Task<Dictionary<int, IReadOnlyList<string>>> SourcesByEventAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Operations.AsNoTracking().Where(o => EF.Property<int?>(o, EventColumns.EventId) != null)
            .Select(o => new { EventId = EF.Property<int>(o, EventColumns.EventId), o.Report!.FileName })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.EventId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.FileName).Distinct().Order(StringComparer.Ordinal)]);
    }
}
