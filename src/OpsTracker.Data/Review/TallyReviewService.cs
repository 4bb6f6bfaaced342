using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Configurations;
using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Review;

/// <summary>An official tally's review as the API shows it.</summary>
public sealed record TallyReviewItem(int TallyId, ReviewState State, JsonObject? Corrections, string? Reason, bool NeedsReview, string? UpdatedBy, DateTime? UpdatedAtUtc);

/// <summary>One official tally in the review queue, with its evidence.</summary>
public sealed record TallyQueueItem(
    int Id, int ReportId, string FileName, DateOnly? PeriodStart, DateOnly? PeriodEnd, string Scope, string? ReportedBy,
    int? Operations, int? Killed, int? Arrested, int? HideoutsDestroyed, int? IsisAttacks, string Evidence, ReviewState State, double Confidence,
    bool Approximate = false);

/// <summary>
/// Analysts' reviews and corrections of official tallies (period, scope, reported by, figures), the counterpart of
/// <see cref="ReviewService"/>: applied to the tally row (the tallies page, API and CSV read it; rejected tallies are
/// left out), stored as a <see cref="TallyReview"/> override that <see cref="ExtractionOverrides"/> applies again
/// after re-extraction, each with a reason and an audit entry.
/// </summary>
public sealed class TallyReviewService(IDbContextFactory<OpsTrackerDbContext> contextFactory, TimeProvider time)
{
    public const string NothingToCorrect = "Nothing to correct: give one of {0}.";

    private static readonly JsonSerializerOptions Json = ReviewAudit.Json;

    public async Task<TallyReviewItem?> GetAsync(int tallyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.ReportedTallies.Where(t => t.Id == tallyId)
            .Select(t => (ReviewState?)EF.Property<ReviewState>(t, TallyReviewStateConfiguration.ReviewStateColumn))
            .SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return null;
        }
        var review = await db.TallyReviews.AsNoTracking().SingleOrDefaultAsync(r => r.TallyId == tallyId, cancellationToken);
        return review is null ? new TallyReviewItem(tallyId, state.Value, null, null, false, null, null) : Item(tallyId, review);
    }

    /// <summary>The reviews of a report's tallies that have one, by tally id (who changed them, why, which fields).</summary>
    public async Task<IReadOnlyDictionary<int, TallyReviewItem>> ForReportAsync(int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reviews = await db.TallyReviews.AsNoTracking()
            .Where(r => r.TallyId != null && db.ReportedTallies.Any(t => t.Id == r.TallyId && t.ReportId == reportId))
            .ToListAsync(cancellationToken);
        return reviews.ToDictionary(r => r.TallyId!.Value, r => Item(r.TallyId!.Value, r));
    }

    /// <summary>Sets the review state (confirmed, rejected, unreviewed; corrected comes with a correction).</summary>
    public Task<ReviewResult<TallyReviewItem>> ReviewAsync(int tallyId, string? state, string? reason, string user, CancellationToken cancellationToken = default)
    {
        if (state is null || OperationFilter.ParseReview(state) is not { } parsed)
        {
            return Task.FromResult(ReviewResult<TallyReviewItem>.Refused(new FieldRefusal("state", ReviewService.StateMessage)));
        }
        return ChangeAsync(tallyId, reason, user, "tally.review", (_, review) =>
        {
            review.State = parsed;
            return null;
        }, cancellationToken);
    }

    /// <summary>Applies a JSON merge patch of <see cref="TallyCorrections.Fields"/>; the tally's state becomes corrected.</summary>
    public Task<ReviewResult<TallyReviewItem>> CorrectAsync(int tallyId, JsonObject patch, string? reason, string user, CancellationToken cancellationToken = default)
    {
        var fields = CorrectionPatch.Fields(patch);
        if (fields.Count == 0)
        {
            return Task.FromResult(ReviewResult<TallyReviewItem>.Refused(new FieldRefusal("patch", NothingToCorrect, string.Join(", ", TallyCorrections.Fields))));
        }
        return ChangeAsync(tallyId, reason, user, "tally.correct", (tally, review) =>
        {
            var refusals = TallyCorrections.Validate(fields, tally);
            if (refusals.Count > 0)
            {
                return refusals;
            }
            var merged = review.Corrections is null ? new JsonObject() : (JsonNode.Parse(review.Corrections) as JsonObject ?? []);
            foreach (var (key, value) in fields)
            {
                merged[key] = value?.DeepClone();
            }
            review.Corrections = merged.ToJsonString(Json);
            review.State = ReviewState.Corrected;
            TallyCorrections.Apply(tally, fields);
            return null;
        }, cancellationToken);
    }

    /// <summary>The audit trail of a tally, across re-extractions (by its review key), oldest first.</summary>
    public async Task<IReadOnlyList<AuditItem>?> HistoryAsync(int tallyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tally = await db.ReportedTallies.AsNoTracking().Where(t => t.Id == tallyId)
            .Select(t => new { t.Report!.FileName, t.EvidenceStart, t.EvidenceEnd, t.Scope })
            .SingleOrDefaultAsync(cancellationToken);
        if (tally is null)
        {
            return null;
        }
        var review = await db.TallyReviews.AsNoTracking().SingleOrDefaultAsync(r => r.TallyId == tallyId, cancellationToken);
        var key = review is null ? ReviewKeys.Tally(tally.FileName, tally.EvidenceStart, tally.EvidenceEnd, tally.Scope) : ReviewKeys.Of(review);
        var id = tallyId.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "tally" && (a.EntityKey == key || a.EntityId == id))
            .OrderBy(a => a.Id)
            .Select(a => new AuditItem(a.AtUtc, a.User, a.Action, a.Before, a.After, a.Reason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Official tallies to review: unreviewed first, then the lowest confidence, then the latest period.</summary>
    public async Task<IReadOnlyList<TallyQueueItem>> QueueAsync(int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportedTallies.AsNoTracking()
            .OrderBy(t => EF.Property<ReviewState>(t, TallyReviewStateConfiguration.ReviewStateColumn) == ReviewState.Unreviewed ? 0 : 1)
            .ThenBy(t => EF.Property<double>(t, Confidence.Column))
            .ThenBy(t => t.PeriodEnd == null)
            .ThenByDescending(t => t.PeriodEnd)
            .ThenByDescending(t => t.Id)
            .Take(take)
            .Select(t => new TallyQueueItem(
                t.Id, t.ReportId, t.Report!.FileName, t.PeriodStart, t.PeriodEnd, t.Scope, t.ReportedBy,
                t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed, t.IsisAttacks, t.EvidenceText,
                EF.Property<ReviewState>(t, TallyReviewStateConfiguration.ReviewStateColumn),
                EF.Property<double>(t, Confidence.Column),
                t.Approximate))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Tally overrides whose evidence no longer matches a tally: kept, shown as needing review.</summary>
    public async Task<IReadOnlyList<TallyReview>> NeedingReviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TallyReviews.AsNoTracking().Where(r => r.NeedsReview).OrderBy(r => r.ReportFileName).ToListAsync(cancellationToken);
    }

    private async Task<ReviewResult<TallyReviewItem>> ChangeAsync(
        int tallyId, string? reason, string user, string action, Func<ReportedTally, TallyReview, IReadOnlyList<FieldRefusal>?> change, CancellationToken cancellationToken)
    {
        if (ReviewService.ReasonRefusal(reason) is { } invalid)
        {
            return ReviewResult<TallyReviewItem>.Refused(invalid);
        }
        reason = reason!.Trim();
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var tally = await db.ReportedTallies.Include(t => t.Report).SingleOrDefaultAsync(t => t.Id == tallyId, ct);
            if (tally is null)
            {
                return ReviewResult<TallyReviewItem>.Missing;
            }
            var review = await db.TallyReviews.SingleOrDefaultAsync(r => r.TallyId == tallyId, ct);
            if (review is null)
            {
                review = new TallyReview
                {
                    ReportFileName = tally.Report!.FileName,
                    EvidenceStart = tally.EvidenceStart,
                    EvidenceEnd = tally.EvidenceEnd,
                    Scope = tally.Scope,
                    TallyId = tally.Id,
                    State = ReviewState.Unreviewed,
                };
                db.TallyReviews.Add(review);
            }
            var stateEntry = db.Entry(tally).Property(TallyReviewStateConfiguration.ReviewStateColumn);
            var before = TallyCorrections.Snapshot(tally, (ReviewState)stateEntry.CurrentValue!);
            if (change(tally, review) is { Count: > 0 } refused)
            {
                return ReviewResult<TallyReviewItem>.Refused(refused);
            }
            stateEntry.CurrentValue = review.State;
            db.AuditEntries.Add(ReviewAudit.Record(
                review, reason, user, time.GetUtcNow().UtcDateTime, action, "tally", tally.Id, ReviewKeys.Of(review), before, TallyCorrections.Snapshot(tally, review.State)));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ReviewResult<TallyReviewItem>.Done(Item(tally.Id, review));
        }, cancellationToken);
    }

    private static TallyReviewItem Item(int tallyId, TallyReview review) => new(
        tallyId, review.State, review.Corrections is null ? null : JsonNode.Parse(review.Corrections) as JsonObject,
        review.Reason, review.NeedsReview, review.UpdatedBy, review.UpdatedAtUtc);
}
