using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Linking;

/// <summary>
/// What an analyst's event decision did: the event now, not found, or refused (<see cref="Errors"/> by field in English
/// for the API; <see cref="Refusals"/> the same with their templates, for the dashboard to show in its language).
/// </summary>
public sealed record EventDecisionResult(EventView? Event, bool NotFound, IReadOnlyDictionary<string, string[]> Errors)
{
    public static EventDecisionResult Missing { get; } = new(null, true, new Dictionary<string, string[]>());

    public IReadOnlyList<FieldRefusal> Refusals { get; init; } = [];

    public static EventDecisionResult Refused(FieldRefusal refusal) =>
        new(null, false, FieldRefusal.Errors([refusal])) { Refusals = [refusal] };
}

/// <summary>The English texts of an event decision's refusals (composite formats; the dashboard translates them as resource keys).</summary>
public static class EventDecisionMessages
{
    public const string MergeWithMissing = "The id of the operation whose event to merge with.";
    public const string MergeWithItself = "An operation is already in its own event.";
    public const string NoSuchOperation = "There is no operation {0}.";
    public const string AlreadyOneEvent = "The two operations are already one event.";
    public const string SharedReport = "Both events hold an operation of report {0}: one report's operations are different events.";
    public const string NothingToSplit = "The operation is told by one report only: there is nothing to split.";
    public const string FiguresAlready = "The operation is told by one report only: its figures are the event's already.";
}

/// <summary>
/// Analysts' decisions about events: merge two events, split an operation out of its event, choose the source whose
/// figures an event takes. Each needs a reason, is written to the audit trail, and is stored as an
/// <see cref="EventDecision"/> keyed by the operations' keys, which the linker applies again whenever one of the
/// reports is stored or extracted again.
/// </summary>
public sealed class EventService(IDbContextFactory<OpsTrackerDbContext> contextFactory, TimeProvider time)
{
    public async Task<EventView?> GetAsync(int operationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await EventSourcesQuery.ForOperationAsync(db, operationId, cancellationToken);
    }

    /// <summary>
    /// The operations of other reports an analyst is offered to merge this operation's event with (the linker's near
    /// misses, <see cref="MergeCandidatesQuery"/>); null when there is no such operation.
    /// </summary>
    public async Task<IReadOnlyList<MergeCandidate>?> MergeCandidatesAsync(int operationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await MergeCandidatesQuery.ForOperationAsync(db, operationId, cancellationToken);
    }

    /// <summary>Makes the events of the two operations one. Refused when that would put two operations of one report in one event.</summary>
    public Task<EventDecisionResult> MergeAsync(int operationId, int? otherOperationId, string? reason, string user, CancellationToken cancellationToken = default)
    {
        if (otherOperationId is not { } otherId)
        {
            return Task.FromResult(EventDecisionResult.Refused(new FieldRefusal("with", EventDecisionMessages.MergeWithMissing)));
        }
        if (otherId == operationId)
        {
            return Task.FromResult(EventDecisionResult.Refused(new FieldRefusal("with", EventDecisionMessages.MergeWithItself)));
        }
        return DecideAsync(operationId, reason, user, "event.merge", async (db, op, ct) =>
        {
            var other = await MemberAsync(db, otherId, ct);
            if (other is null)
            {
                return new FieldRefusal("with", EventDecisionMessages.NoSuchOperation, otherId);
            }
            var mine = await MembersAsync(db, op, ct);
            var theirs = await MembersAsync(db, other, ct);
            if (mine.Any(m => m.Id == other.Id))
            {
                return new FieldRefusal("with", EventDecisionMessages.AlreadyOneEvent);
            }
            var shared = mine.Select(m => m.ReportId).Intersect(theirs.Select(m => m.ReportId)).FirstOrDefault(-1);
            if (shared >= 0)
            {
                return new FieldRefusal("with", EventDecisionMessages.SharedReport, shared);
            }
            var eventId = op.EventId ?? other.EventId;
            if (eventId is null)
            {
                var created = new OperationEvent { CreatedAtUtc = time.GetUtcNow().UtcDateTime };
                db.OperationEvents.Add(created);
                await db.SaveChangesAsync(ct);
                eventId = created.Id;
            }
            var moved = mine.Concat(theirs).Select(m => m.Id).ToList();
            await db.Operations.Where(o => moved.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<int?>(o, EventColumns.EventId), eventId), ct);
            // The analyst's merge wins over earlier splits between these operations.
            var allKeys = mine.Concat(theirs).Select(m => m.Key).ToList();
            await db.EventDecisions.Where(d => d.Kind == EventDecisionKind.Split && allKeys.Contains(d.OperationKey) && allKeys.Contains(d.OtherOperationKey!))
                .ExecuteDeleteAsync(ct);
            Record(db, EventDecisionKind.Merge, op.Key, other.Key, reason!, user);
            var touched = new List<int> { eventId.Value };
            if (other.EventId is { } old && old != eventId)
            {
                touched.Add(old);
            }
            if (op.EventId is { } oldMine && oldMine != eventId)
            {
                touched.Add(oldMine);
            }
            await db.SaveChangesAsync(ct);
            await EventPrimaries.RecomputeAsync(db, touched, ct);
            return null;
        }, cancellationToken);
    }

    /// <summary>Takes the operation out of its event: it stands alone, and the linker never joins it to those sources again.</summary>
    public Task<EventDecisionResult> SplitAsync(int operationId, string? reason, string user, CancellationToken cancellationToken = default) =>
        DecideAsync(operationId, reason, user, "event.split", async (db, op, ct) =>
        {
            if (op.EventId is not { } eventId)
            {
                return new FieldRefusal("operation", EventDecisionMessages.NothingToSplit);
            }
            var members = await MembersAsync(db, op, ct);
            foreach (var other in members.Where(m => m.Id != op.Id))
            {
                Record(db, EventDecisionKind.Split, op.Key, other.Key, reason!, user);
            }
            var otherKeys = members.Select(m => m.Key).ToList();
            await db.EventDecisions.Where(d => d.Kind == EventDecisionKind.Merge
                    && ((d.OperationKey == op.Key && otherKeys.Contains(d.OtherOperationKey!)) || (d.OtherOperationKey == op.Key && otherKeys.Contains(d.OperationKey))))
                .ExecuteDeleteAsync(ct);
            await db.Operations.Where(o => o.Id == op.Id).ExecuteUpdateAsync(s => s
                .SetProperty(o => EF.Property<int?>(o, EventColumns.EventId), (int?)null)
                .SetProperty(o => EF.Property<bool>(o, EventColumns.Secondary), false)
                .SetProperty(o => EF.Property<int>(o, EventColumns.Reports), 1), ct);
            await db.SaveChangesAsync(ct);
            await EventPrimaries.RecomputeAsync(db, [eventId], ct);
            return null;
        }, cancellationToken);

    /// <summary>The event takes this source's figures (it becomes the one counted).</summary>
    public Task<EventDecisionResult> ChooseFiguresAsync(int operationId, string? reason, string user, CancellationToken cancellationToken = default) =>
        DecideAsync(operationId, reason, user, "event.figures", async (db, op, ct) =>
        {
            if (op.EventId is not { } eventId)
            {
                return new FieldRefusal("operation", EventDecisionMessages.FiguresAlready);
            }
            var keys = (await MembersAsync(db, op, ct)).Select(m => m.Key).ToList();
            await db.EventDecisions.Where(d => d.Kind == EventDecisionKind.Figures && keys.Contains(d.OperationKey)).ExecuteDeleteAsync(ct);
            Record(db, EventDecisionKind.Figures, op.Key, null, reason!, user);
            await db.SaveChangesAsync(ct);
            await EventPrimaries.RecomputeAsync(db, [eventId], ct);
            return null;
        }, cancellationToken);

    private async Task<EventDecisionResult> DecideAsync(
        int operationId, string? reason, string user, string action,
        Func<OpsTrackerDbContext, Member, CancellationToken, Task<FieldRefusal?>> decide, CancellationToken cancellationToken)
    {
        if (ReviewService.ReasonRefusal(reason) is { } reasonRefusal)
        {
            return EventDecisionResult.Refused(reasonRefusal);
        }
        reason = reason!.Trim();
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var op = await MemberAsync(db, operationId, ct);
            if (op is null)
            {
                return EventDecisionResult.Missing;
            }
            var before = await EventSourcesQuery.ForOperationAsync(db, operationId, ct);
            if (await decide(db, op, ct) is { } refusal)
            {
                return EventDecisionResult.Refused(refusal);
            }
            var after = await EventSourcesQuery.ForOperationAsync(db, operationId, ct);
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = time.GetUtcNow().UtcDateTime,
                User = user,
                Action = action,
                Entity = "operation",
                EntityId = operationId.ToString(CultureInfo.InvariantCulture),
                EntityKey = op.Key,
                Before = JsonSerializer.Serialize(Summary(before)),
                After = JsonSerializer.Serialize(Summary(after)),
                Reason = reason,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new EventDecisionResult(after, false, new Dictionary<string, string[]>());
        }, cancellationToken);
    }

    /// <summary>What the audit trail keeps of an event: its sources' operation ids and which one is counted.</summary>
    private static object? Summary(EventView? view) => view is null ? null : new
    {
        eventId = view.EventId,
        operations = view.Sources.Select(s => s.OperationId).ToList(),
        primary = view.Sources.FirstOrDefault(s => s.Primary)?.OperationId,
    };

    private void Record(OpsTrackerDbContext db, EventDecisionKind kind, string key, string? otherKey, string reason, string user) =>
        db.EventDecisions.Add(new EventDecision
        {
            Kind = kind,
            OperationKey = key,
            OtherOperationKey = otherKey,
            Reason = reason,
            DecidedBy = user,
            DecidedAtUtc = time.GetUtcNow().UtcDateTime,
        });

    private static async Task<Member?> MemberAsync(OpsTrackerDbContext db, int operationId, CancellationToken cancellationToken)
    {
        var row = await db.Operations.AsNoTracking().Where(o => o.Id == operationId)
            .Select(o => new { o.Id, o.ReportId, o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd, EventId = EF.Property<int?>(o, EventColumns.EventId) })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new Member(row.Id, row.ReportId, row.EventId, OperationKeys.Of(row.FileName, row.EvidenceStart, row.EvidenceEnd));
    }

    /// <summary>The operations of the member's event (itself alone when it has none).</summary>
    private static async Task<List<Member>> MembersAsync(OpsTrackerDbContext db, Member member, CancellationToken cancellationToken)
    {
        if (member.EventId is not { } eventId)
        {
            return [member];
        }
        var rows = await db.Operations.AsNoTracking().Where(o => EF.Property<int?>(o, EventColumns.EventId) == eventId)
            .Select(o => new { o.Id, o.ReportId, o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Member(r.Id, r.ReportId, eventId, OperationKeys.Of(r.FileName, r.EvidenceStart, r.EvidenceEnd)))];
    }

    private sealed record Member(int Id, int ReportId, int? EventId, string Key);
}
