using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Configurations;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Review;

/// <summary>An operation's review as the API shows it.</summary>
public sealed record ReviewItem(int OperationId, ReviewState State, JsonObject? Corrections, string? Reason, bool NeedsReview, string? UpdatedBy, DateTime? UpdatedAtUtc);

/// <summary>One line of an audit trail.</summary>
public sealed record AuditItem(DateTime AtUtc, string User, string Action, string? Before, string? After, string? Reason);

/// <summary>What a review or correction did: done (the review now), not found, or refused (errors by field).</summary>
public sealed record ReviewResult(ReviewItem? Review, bool NotFound, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ReviewResult Missing { get; } = new(null, true, new Dictionary<string, string[]>());

    public static ReviewResult Invalid(string field, string reason) =>
        new(null, false, new Dictionary<string, string[]> { [field] = [reason] });
}

/// <summary>
/// Analysts' reviews and corrections of operations. Each is applied to the operation row (so the timeline, tallies,
/// API and CSV read the corrected values, and leave rejected operations out) and stored as an
/// <see cref="OperationReview"/> override that <see cref="ReapplyAsync"/> applies again after re-extraction; every
/// change needs a reason and writes an <see cref="AuditEntry"/>.
/// </summary>
public sealed class ReviewService(IDbContextFactory<OpsTrackerDbContext> contextFactory, TimeProvider time)
{
    public const int MaxReasonLength = 2000;

    /// <summary>The fields a correction (a JSON merge patch) may set.</summary>
    public static IReadOnlyList<string> EditableFields { get; } = ["kind", "date", "datePrecision", "province", "place"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
    public Task<ReviewResult> ReviewAsync(int operationId, string? state, string? reason, string user, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<ReviewState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(state, out _))
        {
            return Task.FromResult(ReviewResult.Invalid("state", "One of unreviewed, confirmed, corrected, rejected."));
        }
        return ChangeAsync(operationId, reason, user, "operation.review", (op, review) =>
        {
            review.State = parsed;
            return null;
        }, cancellationToken);
    }

    /// <summary>Applies a JSON merge patch of <see cref="EditableFields"/> to the operation; its state becomes corrected.</summary>
    public Task<ReviewResult> CorrectAsync(int operationId, JsonObject patch, string? reason, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var unknown = patch.Select(p => p.Key).Where(k => k != "reason" && !EditableFields.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            return Task.FromResult(ReviewResult.Invalid(unknown[0], $"Not an editable field; these are: {string.Join(", ", EditableFields)}."));
        }
        var fields = new JsonObject();
        foreach (var (key, value) in patch)
        {
            if (key != "reason")
            {
                fields[key] = value?.DeepClone();
            }
        }
        if (fields.Count == 0)
        {
            return Task.FromResult(ReviewResult.Invalid("patch", $"Nothing to correct: give one of {string.Join(", ", EditableFields)}."));
        }
        if (Validate(fields) is { } error)
        {
            return Task.FromResult(ReviewResult.Invalid(error.Field, error.Reason));
        }
        return ChangeAsync(operationId, reason, user, "operation.correct", (op, review) =>
        {
            var merged = review.Corrections is null ? new JsonObject() : (JsonNode.Parse(review.Corrections) as JsonObject ?? []);
            foreach (var (key, value) in fields)
            {
                merged[key] = value?.DeepClone();
            }
            review.Corrections = merged.ToJsonString(Json);
            review.State = ReviewState.Corrected;
            Apply(op, fields);
            return null;
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
        var key = review is null ? Key(op.FileName, op.EvidenceStart, op.EvidenceEnd, op.Kind) : Key(review);
        var id = operationId.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "operation" && (a.EntityKey == key || a.EntityId == id))
            .OrderBy(a => a.Id)
            .Select(a => new AuditItem(a.AtUtc, a.User, a.Action, a.Before, a.After, a.Reason))
            .ToListAsync(cancellationToken);
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

    /// <summary>
    /// After a report was stored or extracted again (inside its transaction): applies each override of that file to the
    /// operation with the same evidence span and extracted kind; an override that matches none is kept and marked as
    /// needing review.
    /// </summary>
    public static async Task ReapplyAsync(OpsTrackerDbContext db, string reportFileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reviews = await db.OperationReviews.Where(r => r.ReportFileName == reportFileName).ToListAsync(cancellationToken);
        if (reviews.Count == 0)
        {
            return;
        }
        var ops = await db.Operations.Where(o => o.Report!.FileName == reportFileName).ToListAsync(cancellationToken);
        foreach (var review in reviews)
        {
            var op = ops.FirstOrDefault(o => o.EvidenceStart == review.EvidenceStart && o.EvidenceEnd == review.EvidenceEnd && o.Kind == review.Kind);
            review.OperationId = op?.Id;
            review.NeedsReview = op is null;
            if (op is not null)
            {
                db.Entry(op).Property(OperationReviewStateConfiguration.ReviewStateColumn).CurrentValue = review.State;
                if (review.Corrections is not null && JsonNode.Parse(review.Corrections) is JsonObject fields)
                {
                    Apply(op, fields);
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ReviewResult> ChangeAsync(
        int operationId, string? reason, string user, string action, Func<Operation, OperationReview, string?> change, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return ReviewResult.Invalid("reason", "Every change needs a reason.");
        }
        if (reason.Length > MaxReasonLength)
        {
            return ReviewResult.Invalid("reason", $"At most {MaxReasonLength} characters.");
        }
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var op = await db.Operations.Include(o => o.Report).SingleOrDefaultAsync(o => o.Id == operationId, ct);
            if (op is null)
            {
                return ReviewResult.Missing;
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
            var before = Snapshot(op, (ReviewState)stateEntry.CurrentValue!);
            change(op, review);
            review.Reason = reason;
            review.NeedsReview = false;
            review.UpdatedBy = user;
            review.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
            stateEntry.CurrentValue = review.State;
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = review.UpdatedAtUtc,
                User = user,
                Action = action,
                Entity = "operation",
                EntityId = op.Id.ToString(CultureInfo.InvariantCulture),
                EntityKey = Key(review),
                Before = JsonSerializer.Serialize(before, Json),
                After = JsonSerializer.Serialize(Snapshot(op, review.State), Json),
                Reason = reason,
            });
            await db.SaveChangesAsync(ct);
            // A rejected source no longer counts for its event (issue 10): another of its sources does.
            if (db.Entry(op).Property<int?>(Linking.EventColumns.EventId).CurrentValue is { } eventId)
            {
                await Linking.EventPrimaries.RecomputeAsync(db, [eventId], ct);
            }
            await tx.CommitAsync(ct);
            return new ReviewResult(Item(op.Id, review), false, new Dictionary<string, string[]>());
        }, cancellationToken);
    }

    private static (string Field, string Reason)? Validate(JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (value is not null && text is null)
            {
                return (key, "A string, or null.");
            }
            switch (key)
            {
                case "kind" when text is null || OperationFilter.ParseKind(text) is null:
                    return (key, "One of other, airstrike, search, raid, arrest, clash, isis-attack.");
                case "date" when text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    return (key, "A date as YYYY-MM-DD, or null.");
                case "datePrecision" when text is null || !Enum.TryParse<DatePrecision>(text, true, out _) || int.TryParse(text, out _):
                    return (key, $"One of {string.Join(", ", Enum.GetNames<DatePrecision>().Select(n => n.ToLowerInvariant()))}.");
                case "province" when text is not null && ProvinceCatalog.Default.All.All(p => !string.Equals(p.Code, text, StringComparison.OrdinalIgnoreCase)):
                    return (key, "An ISO 3166-2 province code such as IQ-KI, or null.");
                case "place" when text is { Length: > 200 }:
                    return (key, "At most 200 characters.");
            }
        }
        return null;
    }

    private static void Apply(Operation op, JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            var text = value?.GetValue<string>();
            switch (key)
            {
                case "kind" when text is not null && OperationFilter.ParseKind(text) is { } kind:
                    op.Kind = kind;
                    break;
                case "date":
                    op.Date = text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "datePrecision" when text is not null && Enum.TryParse<DatePrecision>(text, true, out var precision):
                    op.DatePrecision = precision;
                    break;
                case "province":
                    op.ProvinceCode = text is null ? null : ProvinceCatalog.Default.All.First(p => string.Equals(p.Code, text, StringComparison.OrdinalIgnoreCase)).Code;
                    op.Province = null;
                    break;
                case "place":
                    op.Place = text;
                    break;
            }
        }
    }

    private static object Snapshot(Operation op, ReviewState state) => new
    {
        state = state.ToString().ToLowerInvariant(),
        kind = op.Kind.ToString(),
        date = op.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        datePrecision = op.DatePrecision.ToString(),
        province = op.ProvinceCode,
        place = op.Place,
    };

    private static ReviewItem Item(int operationId, OperationReview review) => new(
        operationId, review.State, review.Corrections is null ? null : JsonNode.Parse(review.Corrections) as JsonObject,
        review.Reason, review.NeedsReview, review.UpdatedBy, review.UpdatedAtUtc);

    private static string Key(OperationReview r) => Key(r.ReportFileName, r.EvidenceStart, r.EvidenceEnd, r.Kind);

    private static string Key(string fileName, int start, int end, OperationKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName}#{start}-{end}#{kind}");
}

/// <summary>One line of the review queue.</summary>
public sealed record QueueItem(int Id, string FileName, OperationKind Kind, DateOnly? Date, string? ProvinceCode, string? Place, string Evidence, ReviewState State, double Confidence = 1.0);
