using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Configurations;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Review;

/// <summary>An operation's review as the API shows it.</summary>
public sealed record ReviewItem(int OperationId, ReviewState State, JsonObject? Corrections, string? Reason, bool NeedsReview, string? UpdatedBy, DateTime? UpdatedAtUtc);

/// <summary>One line of an audit trail.</summary>
public sealed record AuditItem(DateTime AtUtc, string User, string Action, string? Before, string? After, string? Reason);

/// <summary>One line of a report's audit trail: the report's own writes and those of its operations and tallies.</summary>
public sealed record ReportAuditItem(DateTime AtUtc, string User, string Action, string Entity, string EntityId, string? Before, string? After, string? Reason);

/// <summary>An operation (or tally) that a re-extraction no longer found: when, who extracted again, and its report.</summary>
public sealed record RemovedRecord(int Id, DateTime AtUtc, string User, int? ReportId, string FileName, string? Reason);

/// <summary>
/// What a review or correction did, for an operation's review (<see cref="ReviewItem"/>) or a tally's
/// (<see cref="TallyReviewItem"/>): done (the review now), not found, or refused (<see cref="Errors"/> by field in
/// English for the API; <see cref="Refusals"/> the same with their templates, for the dashboard to show in its language).
/// </summary>
public sealed record ReviewResult<TItem>(TItem? Review, bool NotFound, IReadOnlyDictionary<string, string[]> Errors)
    where TItem : class
{
    public static ReviewResult<TItem> Missing { get; } = new(null, true, new Dictionary<string, string[]>());

    public IReadOnlyList<FieldRefusal> Refusals { get; init; } = [];

    public static ReviewResult<TItem> Done(TItem review) => new(review, false, new Dictionary<string, string[]>());

    public static ReviewResult<TItem> Refused(IReadOnlyList<FieldRefusal> refusals) =>
        new(null, false, FieldRefusal.Errors(refusals)) { Refusals = refusals };

    public static ReviewResult<TItem> Refused(FieldRefusal refusal) => Refused([refusal]);
}

/// <summary>
/// Analysts' reviews and corrections of operations. Each is applied to the operation row (so the timeline, tallies,
/// API and CSV read the corrected values, and leave rejected operations out) and stored as an
/// <see cref="OperationReview"/> override that <see cref="ExtractionOverrides"/> applies again after re-extraction; every
/// change needs a reason and writes an <see cref="AuditEntry"/>.
/// </summary>
public sealed class ReviewService(IDbContextFactory<OpsTrackerDbContext> contextFactory, TimeProvider time)
{
    public const int MaxReasonLength = 2000;

    public const string NothingToCorrect = TallyReviewService.NothingToCorrect;
    public const string KindNeeded = "The operation's kind is needed: one of {0}.";
    public const string NotExtracted = "{0} was not extracted; there is no text to take evidence from.";
    public const string EvidenceSpan = "evidenceStart and evidenceEnd are a span inside the report's {0} characters.";
    public const string AlreadyThere = "An operation of this kind with this evidence is already there.";

    /// <summary>The fields a correction (a JSON merge patch) may set.</summary>
    public static IReadOnlyList<string> EditableFields => OperationCorrections.Fields;

    private static readonly JsonSerializerOptions Json = ReviewAudit.Json;

    public async Task<ReviewItem?> GetAsync(int operationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.Operations.Where(o => o.Id == operationId)
            .Select(o => (ReviewState?)EF.Property<ReviewState>(o, OperationReviewStateConfiguration.ReviewStateColumn))
            .SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return null;
        }
        var review = await db.OperationReviews.AsNoTracking().SingleOrDefaultAsync(r => r.OperationId == operationId, cancellationToken);
        return review is null ? new ReviewItem(operationId, state.Value, null, null, false, null, null) : Item(operationId, review);
    }

    /// <summary>Sets the review state (confirmed, rejected, unreviewed; corrected comes with a correction).</summary>
    public Task<ReviewResult<ReviewItem>> ReviewAsync(int operationId, string? state, string? reason, string user, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<ReviewState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(state, out _))
        {
            return Task.FromResult(ReviewResult<ReviewItem>.Refused(new FieldRefusal("state", StateMessage)));
        }
        return ChangeAsync(operationId, reason, user, "operation.review", (_, op, review) =>
        {
            review.State = parsed;
            return null;
        }, cancellationToken);
    }

    /// <summary>Applies a JSON merge patch of <see cref="EditableFields"/> to the operation; its state becomes corrected.</summary>
    public Task<ReviewResult<ReviewItem>> CorrectAsync(int operationId, JsonObject patch, string? reason, string user, CancellationToken cancellationToken = default)
    {
        var fields = CorrectionPatch.Fields(patch);
        if (fields.Count == 0)
        {
            return Task.FromResult(ReviewResult<ReviewItem>.Refused(new FieldRefusal("patch", NothingToCorrect, string.Join(", ", EditableFields))));
        }
        if (OperationCorrections.Validate(fields, int.MaxValue) is { } refusal)
        {
            return Task.FromResult(ReviewResult<ReviewItem>.Refused(refusal));
        }
        return ChangeAsync(operationId, reason, user, "operation.correct", (db, op, review) =>
        {
            if (OperationCorrections.Validate(fields, op.Report!.Text.Length) is { } spanError)
            {
                return spanError;
            }
            var merged = review.Corrections is null ? new JsonObject() : (JsonNode.Parse(review.Corrections) as JsonObject ?? []);
            foreach (var (key, value) in fields)
            {
                merged[key] = value?.DeepClone();
            }
            review.Corrections = merged.ToJsonString(Json);
            if (!review.AddedByAnalyst)
            {
                review.State = ReviewState.Corrected;
            }
            OperationCorrections.Apply(db, op, fields, op.Report.Text);
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Adds an operation the extractor missed, from its evidence (a span of the report's text) and its fields (the
    /// same as a correction's; <c>kind</c> is needed). Stored as an override, so it is rebuilt after every
    /// re-extraction; its state is corrected (an analyst wrote every field); audited as operation.add.
    /// </summary>
    public async Task<ReviewResult<ReviewItem>> AddOperationAsync(
        int reportId, int evidenceStart, int evidenceEnd, JsonObject fields, string? reason, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields = (JsonObject)fields.DeepClone();
        fields.Remove("reason");
        fields.Remove("evidenceStart");
        fields.Remove("evidenceEnd");
        if (Corrections.Text(fields["kind"]) is null)
        {
            return ReviewResult<ReviewItem>.Refused(new FieldRefusal("kind", KindNeeded, string.Join(", ", Enum.GetValues<OperationKind>().Select(Core.Extraction.ExtractionJson.Name))));
        }
        if (OperationCorrections.Validate(fields, int.MaxValue) is { } refusal)
        {
            return ReviewResult<ReviewItem>.Refused(refusal);
        }
        if (CheckReason(reason) is { } reasonError)
        {
            return reasonError;
        }
        var kind = OperationFilter.ParseKind(Corrections.Text(fields["kind"])!)!.Value;
        fields["kind"] = Core.Extraction.ExtractionJson.Name(kind);
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, ct);
            if (report is null)
            {
                return ReviewResult<ReviewItem>.Missing;
            }
            if (report.Status != ReportStatus.Extracted)
            {
                return ReviewResult<ReviewItem>.Refused(new FieldRefusal("reportId", NotExtracted, report.FileName));
            }
            if (evidenceStart < 0 || evidenceStart >= evidenceEnd || evidenceEnd > report.Text.Length)
            {
                return ReviewResult<ReviewItem>.Refused(new FieldRefusal("evidenceStart", EvidenceSpan, report.Text.Length));
            }
            if (OperationCorrections.Validate(fields, report.Text.Length) is { } spanRefusal)
            {
                return ReviewResult<ReviewItem>.Refused(spanRefusal);
            }
            var key = ReviewKeys.Operation(report.FileName, evidenceStart, evidenceEnd, kind);
            if (await db.OperationReviews.AnyAsync(r => r.ReportFileName == report.FileName && r.EvidenceStart == evidenceStart && r.EvidenceEnd == evidenceEnd && r.Kind == kind, ct)
                || await db.Operations.AnyAsync(o => o.ReportId == reportId && o.EvidenceStart == evidenceStart && o.EvidenceEnd == evidenceEnd && o.Kind == kind, ct))
            {
                return ReviewResult<ReviewItem>.Refused(new FieldRefusal("evidenceStart", AlreadyThere));
            }
            var op = new Operation
            {
                Report = report,
                Kind = kind,
                Rule = OperationCorrections.AnalystRule,
                EvidenceStart = evidenceStart,
                EvidenceEnd = evidenceEnd,
                EvidenceText = report.Text[evidenceStart..evidenceEnd],
            };
            db.Operations.Add(op);
            Seeding.ExtractionMapper.Set(db, op, 1.0);
            OperationCorrections.Apply(db, op, fields, report.Text);
            db.Entry(op).Property(OperationReviewStateConfiguration.ReviewStateColumn).CurrentValue = ReviewState.Corrected;
            var now = time.GetUtcNow().UtcDateTime;
            var review = new OperationReview
            {
                ReportFileName = report.FileName,
                EvidenceStart = evidenceStart,
                EvidenceEnd = evidenceEnd,
                Kind = kind,
                AddedByAnalyst = true,
                State = ReviewState.Corrected,
                Corrections = fields.ToJsonString(Json),
                Reason = reason!.Trim(),
                UpdatedBy = user,
                UpdatedAtUtc = now,
            };
            db.OperationReviews.Add(review);
            await db.SaveChangesAsync(ct);
            review.OperationId = op.Id;
            db.AuditEntries.Add(ReviewAudit.Record(
                review, review.Reason, user, now, "operation.add", "operation", op.Id, key, null, OperationCorrections.Snapshot(op, ReviewState.Corrected)));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ReviewResult<ReviewItem>.Done(Item(op.Id, review));
        }, cancellationToken);
    }

    /// <summary>The audit trail of an operation, across re-extractions (by its review key), oldest first.</summary>
    public async Task<IReadOnlyList<AuditItem>?> HistoryAsync(int operationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var op = await db.Operations.AsNoTracking().Where(o => o.Id == operationId)
            .Select(o => new { o.Id, o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd, o.Kind })
            .SingleOrDefaultAsync(cancellationToken);
        if (op is null)
        {
            return null;
        }
        var review = await db.OperationReviews.AsNoTracking().SingleOrDefaultAsync(r => r.OperationId == operationId, cancellationToken);
        var key = review is null ? ReviewKeys.Operation(op.FileName, op.EvidenceStart, op.EvidenceEnd, op.Kind) : ReviewKeys.Of(review);
        var id = operationId.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "operation" && (a.EntityKey == key || a.EntityId == id))
            .OrderBy(a => a.Id)
            .Select(a => new AuditItem(a.AtUtc, a.User, a.Action, a.Before, a.After, a.Reason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The audit trail of a report and of its operations and tallies, across re-extractions (by the report's id and by
    /// the file name in the keys), newest first, at most <paramref name="take"/> lines.
    /// </summary>
    public async Task<IReadOnlyList<ReportAuditItem>?> ReportHistoryAsync(int reportId, int take = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var fileName = await db.Reports.Where(r => r.Id == reportId).Select(r => r.FileName).SingleOrDefaultAsync(cancellationToken);
        if (fileName is null)
        {
            return null;
        }
        var id = reportId.ToString(CultureInfo.InvariantCulture);
        var prefix = fileName + "#";
        return await db.AuditEntries.AsNoTracking()
            .Where(a => (a.Entity == "report" && a.EntityId == id)
                || ((a.Entity == "operation" || a.Entity == "tally") && a.EntityKey != null && a.EntityKey.StartsWith(prefix)))
            .OrderByDescending(a => a.Id)
            .Take(take)
            .Select(a => new ReportAuditItem(a.AtUtc, a.User, a.Action, a.Entity, a.EntityId, a.Before, a.After, a.Reason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What became of an operation no longer stored: the re-extraction that no longer found it (when, by whom, which
    /// report); null when the audit trail knows nothing of it.
    /// </summary>
    public async Task<RemovedRecord?> RemovedAsync(string entity, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var text = id.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityId == text && a.Action == entity + ".removed")
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (entry?.After is null || JsonNode.Parse(entry.After) is not JsonObject after)
        {
            return null;
        }
        var reportId = after["reportId"]?.GetValue<int>() ?? 0;
        var exists = await db.Reports.AnyAsync(r => r.Id == reportId, cancellationToken);
        return new RemovedRecord(id, entry.AtUtc, entry.User, exists ? reportId : null, Corrections.Text(after["fileName"]) ?? "", entry.Reason);
    }

    /// <summary>
    /// Operations to review, in the issue's order: unreviewed first, then the lowest extraction confidence first, then
    /// the newest (latest operation date, undated last, then the latest id).
    /// </summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Operations.AsNoTracking()
            .OrderBy(o => EF.Property<ReviewState>(o, OperationReviewStateConfiguration.ReviewStateColumn) == ReviewState.Unreviewed ? 0 : 1)
            .ThenBy(o => EF.Property<double>(o, Confidence.Column))
            .ThenBy(o => o.Date == null)
            .ThenByDescending(o => o.Date)
            .ThenByDescending(o => o.Id)
            .Take(take)
            .Select(o => new QueueItem(
                o.Id, o.Report!.FileName, o.Kind, o.Date, o.ProvinceCode, o.Place, o.EvidenceText,
                EF.Property<ReviewState>(o, OperationReviewStateConfiguration.ReviewStateColumn),
                EF.Property<double>(o, Confidence.Column)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Overrides whose evidence no longer matches an operation: kept, shown as needing review.</summary>
    public async Task<IReadOnlyList<OperationReview>> NeedingReviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OperationReviews.AsNoTracking().Where(r => r.NeedsReview).OrderBy(r => r.ReportFileName).ToListAsync(cancellationToken);
    }

    /// <summary>Writes an audit entry (for writes outside reviews: reports added, publication dates, users).</summary>
    public async Task AuditAsync(string user, string action, string entity, string entityId, object? before, object? after, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            User = user,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Reason = reason,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ReviewResult<ReviewItem>> ChangeAsync(
        int operationId, string? reason, string user, string action, Func<OpsTrackerDbContext, Operation, OperationReview, FieldRefusal?> change, CancellationToken cancellationToken)
    {
        if (CheckReason(reason) is { } invalid)
        {
            return invalid;
        }
        reason = reason!.Trim();
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var op = await db.Operations.Include(o => o.Report).Include(o => o.Casualties).Include(o => o.Hideouts)
                .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == operationId, ct);
            if (op is null)
            {
                return ReviewResult<ReviewItem>.Missing;
            }
            var review = await db.OperationReviews.SingleOrDefaultAsync(r => r.OperationId == operationId, ct);
            if (review is null)
            {
                review = new OperationReview
                {
                    ReportFileName = op.Report!.FileName,
                    EvidenceStart = op.EvidenceStart,
                    EvidenceEnd = op.EvidenceEnd,
                    Kind = op.Kind,
                    OperationId = op.Id,
                    State = ReviewState.Unreviewed,
                };
                db.OperationReviews.Add(review);
            }
            var stateEntry = db.Entry(op).Property(OperationReviewStateConfiguration.ReviewStateColumn);
            var before = OperationCorrections.Snapshot(op, (ReviewState)stateEntry.CurrentValue!);
            if (change(db, op, review) is { } refused)
            {
                return ReviewResult<ReviewItem>.Refused(refused);
            }
            stateEntry.CurrentValue = review.State;
            db.AuditEntries.Add(ReviewAudit.Record(
                review, reason, user, time.GetUtcNow().UtcDateTime, action, "operation", op.Id, ReviewKeys.Of(review), before, OperationCorrections.Snapshot(op, review.State)));
            await db.SaveChangesAsync(ct);
            // A rejected source no longer counts for its event (issue 10): another of its sources does.
            if (db.Entry(op).Property<int?>(Linking.EventColumns.EventId).CurrentValue is { } eventId)
            {
                await Linking.EventPrimaries.RecomputeAsync(db, [eventId], ct);
            }
            await tx.CommitAsync(ct);
            return ReviewResult<ReviewItem>.Done(Item(op.Id, review));
        }, cancellationToken);
    }

    /// <summary>Every change needs a reason of at most <see cref="MaxReasonLength"/> characters: the refusal, or null.</summary>
    internal static ReviewResult<ReviewItem>? CheckReason(string? reason) =>
        ReasonRefusal(reason) is { } refusal ? ReviewResult<ReviewItem>.Refused(refusal) : null;

    public const string ReasonMissing = "Every change needs a reason.";
    public const string ReasonTooLong = "At most {0} characters.";
    public const string StateMessage = "One of unreviewed, confirmed, corrected, rejected.";

    /// <summary>Why <paramref name="reason"/> is refused (none, or longer than <see cref="MaxReasonLength"/>); null when it is fine.</summary>
    public static FieldRefusal? ReasonRefusal(string? reason)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new FieldRefusal("reason", ReasonMissing);
        }
        return reason.Length > MaxReasonLength ? new FieldRefusal("reason", ReasonTooLong, MaxReasonLength) : null;
    }

    private static ReviewItem Item(int operationId, OperationReview review) => new(
        operationId, review.State, review.Corrections is null ? null : JsonNode.Parse(review.Corrections) as JsonObject,
        review.Reason, review.NeedsReview, review.UpdatedBy, review.UpdatedAtUtc);

}

/// <summary>One line of the review queue.</summary>
public sealed record QueueItem(int Id, string FileName, OperationKind Kind, DateOnly? Date, string? ProvinceCode, string? Place, string Evidence, ReviewState State, double Confidence = 1.0);
