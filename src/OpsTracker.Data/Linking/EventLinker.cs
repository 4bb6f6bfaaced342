using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Linking;
using OpsTracker.Data.Configurations;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Linking;

/// <summary>The events a report's operations and tallies belonged to before it was replaced (to be tidied after).</summary>
public sealed record FormerEvents(IReadOnlyList<int> Operations, IReadOnlyList<int> Tallies)
{
    public static FormerEvents None { get; } = new([], []);
}

/// <summary>
/// Links a newly stored report's operations to the events stored reports already tell, incrementally: for each
/// operation, the candidates are what <see cref="LinkingCandidates"/> reads through its indexes (the date window of its
/// province, undated operations by their report's publication date, the province-less), each scored by
/// <see cref="EventScorer"/>; the best-scoring pairs above the threshold are linked first, never two operations of
/// one report into one event. Analysts' decisions (<see cref="EventDecision"/>) win over the score. Then each event
/// touched gets its primary (<see cref="EventFigures.ChoosePrimary"/>): the one source the timeline, the API, the
/// exports and the counted tallies count. Official tallies are linked the same way (<see cref="TallyMatcher"/>).
/// Runs inside the importer's transaction.
/// </summary>
public static class EventLinker
{
    /// <summary>The events of a stored report, read before it is replaced.</summary>
    public static async Task<FormerEvents> EventsOfReportAsync(OpsTrackerDbContext db, int reportId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ops = await db.Operations.Where(o => o.ReportId == reportId && EF.Property<int?>(o, EventColumns.EventId) != null)
            .Select(o => EF.Property<int>(o, EventColumns.EventId)).Distinct().ToListAsync(cancellationToken);
        var tallies = await db.ReportedTallies.Where(t => t.ReportId == reportId && EF.Property<int?>(t, EventColumns.EventId) != null)
            .Select(t => EF.Property<int>(t, EventColumns.EventId)).Distinct().ToListAsync(cancellationToken);
        return new FormerEvents(ops, tallies);
    }

    /// <summary>Links the report's operations and tallies, and tidies the events it belonged to before.</summary>
    /// <param name="stages">When given, the time each stage took is added to it (link-bench); null in the importer.</param>
    public static async Task LinkReportAsync(
        OpsTrackerDbContext db, int reportId, FormerEvents former, DateTime nowUtc, CancellationToken cancellationToken,
        LinkingStageTimes? stages = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(former);
        var clock = Stopwatch.StartNew();
        var touched = new HashSet<int>(former.Operations);
        touched.UnionWith(await LinkOperationsAsync(db, reportId, nowUtc, stages, clock, cancellationToken));
        await EventPrimaries.RecomputeAsync(db, touched, cancellationToken);
        stages?.Add(LinkingStage.Primaries, clock);

        var touchedTallies = new HashSet<int>(former.Tallies);
        touchedTallies.UnionWith(await LinkTalliesAsync(db, reportId, nowUtc, cancellationToken));
        await EventPrimaries.RecomputeTalliesAsync(db, touchedTallies, cancellationToken);
        stages?.Add(LinkingStage.Tallies, clock);
    }

    private static async Task<IReadOnlyCollection<int>> LinkOperationsAsync(
        OpsTrackerDbContext db, int reportId, DateTime nowUtc, LinkingStageTimes? stages, Stopwatch clock, CancellationToken cancellationToken)
    {
        var report = await db.Reports.Where(r => r.Id == reportId).Select(r => new { r.FileName, r.Published }).SingleAsync(cancellationToken);
        var mine = await Rows(db.Operations.Where(o => o.ReportId == reportId)).ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            stages?.Add(LinkingStage.Read, clock);
            return [];
        }
        if (mine.Any(o => EventScorer.Undated(o.Facts())))
        {
            // Undated operations are found by their report's publication date (LinkingCandidates).
            await LinkingCandidates.MarkUndatedAsync(db, reportId, report.Published, cancellationToken);
        }
        var myKeys = mine.ToDictionary(o => o.Id, o => OperationKeys.Of(report.FileName, o.EvidenceStart, o.EvidenceEnd));
        var keyList = myKeys.Values.ToList();
        var decisions = await db.EventDecisions.AsNoTracking()
            .Where(d => d.Kind != EventDecisionKind.Figures && (keyList.Contains(d.OperationKey) || keyList.Contains(d.OtherOperationKey!)))
            .ToListAsync(cancellationToken);
        stages?.Add(LinkingStage.Read, clock);

        var pairs = new List<(CandidateRow Mine, CandidateRow Other, double Score)>();
        var candidates = new Dictionary<int, CandidateRow>();
        // The candidates' places are looked up in the gazetteer once per name for the whole report.
        var places = EventScorer.Default.NewPlaceCache();
        foreach (var op in mine.Where(o => o.State != ReviewState.Rejected))
        {
            var facts = op.Facts();
            var scorer = EventScorer.Default.For(facts, places);
            if (LinkingCandidates.Query(db, reportId, report.Published, facts) is not { } query)
            {
                continue;
            }
            var found = await Rows(query).ToListAsync(cancellationToken);
            stages?.Add(LinkingStage.Candidates, clock, found.Count);
            var seen = new HashSet<int>();
            foreach (var other in found)
            {
                // The parts of the query may meet (an undated operation of the province at the same named place).
                if (!seen.Add(other.Id))
                {
                    continue;
                }
                var score = scorer.Score(other.Facts());
                if (score.Links)
                {
                    pairs.Add((op, other, score.Score));
                    candidates[other.Id] = other;
                }
            }
            stages?.Add(LinkingStage.Scoring, clock);
        }

        // Merges an analyst made, with operations of other reports (found by their keys, wherever their dates are now).
        foreach (var merge in decisions.Where(d => d.Kind == EventDecisionKind.Merge))
        {
            var (own, other) = myKeys.ContainsValue(merge.OperationKey) ? (merge.OperationKey, merge.OtherOperationKey!) : (merge.OtherOperationKey!, merge.OperationKey);
            var op = mine.FirstOrDefault(o => myKeys[o.Id] == own);
            var partner = op is null ? null : await FindByKeyAsync(db, other, reportId, cancellationToken);
            if (op is not null && partner is not null)
            {
                pairs.Add((op, partner, double.PositiveInfinity));
                candidates[partner.Id] = partner;
            }
        }
        if (pairs.Count == 0)
        {
            stages?.Add(LinkingStage.Read, clock);
            return [];
        }

        // Each candidate's group: its event, or itself when it is alone; the reports and keys each group holds.
        // One statement for both: the members of the candidates' events, and the lone candidates (for their keys).
        var eventIds = candidates.Values.Where(c => c.EventId is not null).Select(c => c.EventId!.Value).Distinct().ToList();
        var loneIds = candidates.Values.Where(c => c.EventId is null).Select(c => c.Id).ToList();
        var rows = await db.Operations.AsNoTracking()
            .Where(o => eventIds.Contains(EF.Property<int>(o, EventColumns.EventId)) || loneIds.Contains(o.Id))
            .Select(o => new { o.Id, o.ReportId, EventId = EF.Property<int?>(o, EventColumns.EventId), o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd })
            .ToListAsync(cancellationToken);
        var members = rows.Where(o => o.EventId is { } e && eventIds.Contains(e)).ToList();
        var singletonKeys = rows.Where(o => o.EventId is null).ToDictionary(o => o.Id, o => OperationKeys.Of(o.FileName, o.EvidenceStart, o.EvidenceEnd));
        var groups = new Dictionary<string, LinkGroup>();
        LinkGroup GroupOf(CandidateRow c)
        {
            var id = c.EventId is { } e ? $"e{e}" : $"o{c.Id}";
            if (!groups.TryGetValue(id, out var group))
            {
                if (c.EventId is { } ev)
                {
                    var own = members.Where(m => m.EventId == ev).ToList();
                    group = new LinkGroup(ev, null, [.. own.Select(m => m.ReportId)], [.. own.Select(m => OperationKeys.Of(m.FileName, m.EvidenceStart, m.EvidenceEnd))])
                    {
                        StoredOperations = [.. own.Select(m => m.Id)],
                    };
                }
                else
                {
                    group = new LinkGroup(null, c.Id, [c.ReportId], [singletonKeys.GetValueOrDefault(c.Id, "")]) { StoredOperations = [c.Id] };
                }
                groups[id] = group;
            }
            return group;
        }

        // An analyst's splits keep two operations apart. Those of the new operations were read above; when a new
        // operation links to two groups (a bridge), the splits between the groups' own operations are read too.
        var splits = decisions.Where(d => d.Kind == EventDecisionKind.Split).ToList();
        var bridging = pairs.GroupBy(p => p.Mine.Id).Any(g => g.Select(p => p.Other.EventId is { } e ? $"e{e}" : $"o{p.Other.Id}").Distinct().Skip(1).Any());
        if (bridging)
        {
            var groupKeys = candidates.Values.SelectMany(c => GroupOf(c).Keys).Distinct().ToList();
            splits.AddRange(await db.EventDecisions.AsNoTracking()
                .Where(d => d.Kind == EventDecisionKind.Split && (groupKeys.Contains(d.OperationKey) || groupKeys.Contains(d.OtherOperationKey!)))
                .ToListAsync(cancellationToken));
        }
        var apart = splits.SelectMany(d => new[] { (d.OperationKey, d.OtherOperationKey!), (d.OtherOperationKey!, d.OperationKey) })
            .Distinct().ToLookup(p => p.Item1, p => p.Item2);

        // Best pairs first. An operation joins one group; a further pair of it above the threshold with another group
        // bridges the two: they become one unless that would put two operations of one report in one event or undo an
        // analyst's split. So the events do not depend on the order the reports were loaded in.
        var assigned = new Dictionary<int, (LinkGroup Group, double Score)>();
        foreach (var (op, other, score) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Mine.Id).ThenBy(p => p.Other.Id))
        {
            var group = GroupOf(other).Root;
            if (assigned.TryGetValue(op.Id, out var joined))
            {
                var kept = joined.Group.Root;
                if (kept != group && kept.MayMerge(group, apart))
                {
                    kept.Absorb(group, op.Id, myKeys[op.Id], joined.Score, score);
                }
                continue;
            }
            if (group.Reports.Contains(reportId) || group.Keys.Overlaps(apart[myKeys[op.Id]]))
            {
                continue;
            }
            assigned[op.Id] = (group, score);
            group.Reports.Add(reportId);
            group.Keys.Add(myKeys[op.Id]);
        }
        stages?.Add(LinkingStage.Read, clock);
        return await WriteAsync(db, report.FileName, assigned.ToDictionary(a => a.Key, a => a.Value.Group.Root), nowUtc, stages, clock, cancellationToken);
    }

    /// <summary>
    /// Writes what was decided: the new events in one SaveChanges, then one statement per event for its new members
    /// (and its lone first one). A merged group keeps its oldest event (the lowest id); the other events' operations move
    /// to it, those events are deleted, and each merge is written to the audit trail as <see cref="LinkerMergeAction"/>.
    /// </summary>
    private static async Task<IReadOnlyCollection<int>> WriteAsync(
        OpsTrackerDbContext db, string fileName, Dictionary<int, LinkGroup> assigned, DateTime nowUtc,
        LinkingStageTimes? stages, Stopwatch clock, CancellationToken cancellationToken)
    {
        var linked = assigned.Values.Distinct().ToList();
        var survivors = linked.ToDictionary(g => g, g => g.Constituents().Select(c => c.EventId).Where(e => e is not null).Min());
        var created = linked.Where(g => survivors[g] is null).ToDictionary(g => g, _ => new OperationEvent { CreatedAtUtc = nowUtc });
        if (created.Count > 0)
        {
            db.OperationEvents.AddRange(created.Values);
            await db.SaveChangesAsync(cancellationToken);
        }
        var touched = new HashSet<int>();
        foreach (var group in linked)
        {
            var eventId = survivors[group] ?? created[group].Id;
            var constituents = group.Constituents().ToList();
            var operationIds = assigned.Where(a => a.Value == group).Select(a => a.Key)
                .Concat(constituents.Where(c => c.LoneOperationId is not null).Select(c => c.LoneOperationId!.Value)).ToList();
            await SetEventAsync(db, operationIds, eventId, cancellationToken);
            var absorbedEvents = constituents.Where(c => c.EventId is { } e && e != eventId).Select(c => c.EventId!.Value).ToList();
            if (absorbedEvents.Count > 0)
            {
                await db.Operations.Where(o => absorbedEvents.Contains(EF.Property<int>(o, EventColumns.EventId)))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<int?>(o, EventColumns.EventId), eventId), cancellationToken);
                await db.OperationEvents.Where(e => absorbedEvents.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            foreach (var kept in constituents)
            {
                foreach (var bridge in kept.Bridges)
                {
                    db.AuditEntries.Add(LinkerMerge(fileName, eventId, kept, bridge, assigned, nowUtc));
                }
            }
            touched.Add(eventId);
        }
        if (linked.Any(g => g.Bridges.Count > 0))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        stages?.Add(LinkingStage.Write, clock);
        return touched;
    }

    /// <summary>The audit trail's user for what the linker itself decided.</summary>
    public const string LinkerUser = "linker";

    /// <summary>The audit trail's action for two events (or lone operations) a new operation showed to be one.</summary>
    public const string LinkerMergeAction = "event.linker-merge";

    private static AuditEntry LinkerMerge(string fileName, int eventId, LinkGroup kept, LinkBridge bridge, Dictionary<int, LinkGroup> assigned, DateTime nowUtc)
    {
        static object Side(LinkGroup g) => new { eventId = g.EventId, operations = g.StoredOperations };
        return new AuditEntry
        {
            AtUtc = nowUtc,
            User = LinkerUser,
            Action = LinkerMergeAction,
            Entity = "event",
            EntityId = eventId.ToString(CultureInfo.InvariantCulture),
            EntityKey = bridge.OperationKey,
            Before = JsonSerializer.Serialize(new[] { Side(kept), Side(bridge.Absorbed) }),
            After = JsonSerializer.Serialize(new { eventId, bridgedBy = bridge.OperationId, newOperations = assigned.Where(a => a.Value == kept.Root).Select(a => a.Key).ToList() }),
            Reason = string.Create(CultureInfo.InvariantCulture,
                $"Operation {bridge.OperationId} of {fileName} links to both (score {bridge.ScoreWithKept:0.00} and {bridge.ScoreWithAbsorbed:0.00}; threshold {LinkingThresholds.LinkThreshold:0.00})."),
        };
    }

    private static Task SetEventAsync(OpsTrackerDbContext db, List<int> operationIds, int eventId, CancellationToken cancellationToken) =>
        db.Operations.Where(o => operationIds.Contains(o.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<int?>(o, EventColumns.EventId), eventId), cancellationToken);

    /// <summary>The stored operation of another report with this key, or null.</summary>
    internal static async Task<CandidateRow?> FindByKeyAsync(OpsTrackerDbContext db, string key, int exceptReportId, CancellationToken cancellationToken)
    {
        var hash = key.LastIndexOf('#');
        var dash = hash < 0 ? -1 : key.IndexOf('-', hash);
        if (hash <= 0 || dash < 0
            || !int.TryParse(key.AsSpan(hash + 1, dash - hash - 1), out var start)
            || !int.TryParse(key.AsSpan(dash + 1), out var end))
        {
            return null;
        }
        var file = key[..hash];
        return await Rows(db.Operations.Where(o => o.Report!.FileName == file && o.EvidenceStart == start && o.EvidenceEnd == end && o.ReportId != exceptReportId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The days a stored day-precision operation may have to match: the window's own span, which
    /// <see cref="EventScorer.CandidateWindow"/> widened by 6 + <see cref="LinkingThresholds.WeekSlackDays"/> days
    /// before and <see cref="LinkingThresholds.WeekSlackDays"/> after for stored weeks (kept wide at the calendar's ends).
    /// </summary>
    internal static (DateOnly From, DateOnly To) DaySpan(CandidateDates window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var from = window.From == DateOnly.MinValue ? window.From : window.From.AddDays(6 + LinkingThresholds.WeekSlackDays);
        var to = window.To == DateOnly.MaxValue ? window.To : window.To.AddDays(-LinkingThresholds.WeekSlackDays);
        return (from, to);
    }

    /// <summary>
    /// What linking reads of an operation, one row each with no join: its figures are the sums stored on the row
    /// (<see cref="Queries.OperationFigures"/>, the same six as <see cref="EventFigureSet"/>), so a candidate's
    /// casualties and hideouts are not read (a day's window in a busy province has hundreds of candidates).
    /// </summary>
    internal static IQueryable<CandidateRow> Rows(IQueryable<Operation> operations) =>
        operations.AsNoTracking().Select(o => new CandidateRow(
            o.Id, o.ReportId, o.Date, o.DatePrecision, o.ProvinceCode, o.Place, o.Kind, o.Actors, o.Approximate,
            o.EvidenceStart, o.EvidenceEnd, o.EvidenceText,
            EF.Property<int?>(o, EventColumns.EventId),
            EF.Property<ReviewState>(o, OperationReviewStateConfiguration.ReviewStateColumn),
            EF.Property<int?>(o, Queries.OperationFigures.IsisKilled),
            EF.Property<int?>(o, Queries.OperationFigures.IsisArrested),
            EF.Property<int?>(o, Queries.OperationFigures.IsisWounded),
            EF.Property<int?>(o, Queries.OperationFigures.HideoutsDestroyed),
            EF.Property<int?>(o, Queries.OperationFigures.VictimsKilled),
            EF.Property<int?>(o, Queries.OperationFigures.VictimsWounded)));

    private static async Task<IReadOnlyCollection<int>> LinkTalliesAsync(OpsTrackerDbContext db, int reportId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var mine = await db.ReportedTallies.AsNoTracking().Where(t => t.ReportId == reportId && (t.PeriodStart != null || t.PeriodEnd != null)).ToListAsync(cancellationToken);
        var touched = new HashSet<int>();
        var groupsTaken = new HashSet<string>();
        foreach (var tally in mine)
        {
            var (scope, start, end) = (tally.Scope, tally.PeriodStart, tally.PeriodEnd);
            var others = await db.ReportedTallies.AsNoTracking()
                .Where(t => t.Scope == scope && t.PeriodStart == start && t.PeriodEnd == end && t.ReportId != reportId)
                .Select(t => new { Tally = t, EventId = EF.Property<int?>(t, EventColumns.EventId) })
                .ToListAsync(cancellationToken);
            var match = others.Where(o => TallyMatcher.SameAnnouncement(tally, o.Tally))
                .OrderBy(o => o.EventId is null ? 1 : 0).ThenBy(o => o.Tally.Id)
                .FirstOrDefault(o => !groupsTaken.Contains(o.EventId is { } e ? $"e{e}" : $"t{o.Tally.Id}"));
            if (match is null)
            {
                continue;
            }
            var eventId = match.EventId;
            if (eventId is null)
            {
                var created = new TallyEvent { CreatedAtUtc = nowUtc };
                db.TallyEvents.Add(created);
                await db.SaveChangesAsync(cancellationToken);
                eventId = created.Id;
                await SetTallyEventAsync(db, match.Tally.Id, created.Id, cancellationToken);
            }
            else if (await db.ReportedTallies.AnyAsync(t => EF.Property<int?>(t, EventColumns.EventId) == eventId && t.ReportId == reportId, cancellationToken))
            {
                continue;
            }
            groupsTaken.Add($"e{eventId}");
            groupsTaken.Add($"t{match.Tally.Id}");
            await SetTallyEventAsync(db, tally.Id, eventId.Value, cancellationToken);
            touched.Add(eventId.Value);
        }
        return touched;
    }

    private static Task SetTallyEventAsync(OpsTrackerDbContext db, int tallyId, int eventId, CancellationToken cancellationToken) =>
        db.ReportedTallies.Where(t => t.Id == tallyId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => EF.Property<int?>(t, EventColumns.EventId), eventId), cancellationToken);
}

/// <summary>An operation as the linker reads it, with its stored figure sums.</summary>
internal sealed record CandidateRow(
    int Id, int ReportId, DateOnly? Date, DatePrecision Precision, string? ProvinceCode, string? Place, OperationKind Kind,
    List<string> Actors, bool Approximate, int EvidenceStart, int EvidenceEnd, string EvidenceText, int? EventId, ReviewState State,
    int? Killed, int? Arrested, int? Wounded, int? HideoutsDestroyed, int? VictimsKilled, int? VictimsWounded)
{
    public OperationFacts Facts() => new(
        Id, ReportId, Date, Precision, ProvinceCode, Place, Kind, Actors,
        new EventFigureSet(Killed, Arrested, Wounded, HideoutsDestroyed, VictimsKilled, VictimsWounded), Approximate, EvidenceText);
}
