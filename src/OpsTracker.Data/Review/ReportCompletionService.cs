using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Review;

/// <summary>
/// Whether an analyst has said a report's operations and tallies are all listed, by whom, when and why;
/// <see cref="Lapsed"/> when the text changed since (the word was said of another text).
/// </summary>
public sealed record ReportCompletionItem(int ReportId, bool Complete, bool Lapsed, string? UpdatedBy, DateTime? UpdatedAtUtc, string? Reason);

/// <summary>
/// An analyst's word that nothing a report tells is missing from its operations and tallies (<see cref="ReportCompletion"/>),
/// given or taken back with a reason, and audited (report.complete, report.incomplete) like every review.
/// </summary>
public sealed class ReportCompletionService(IDbContextFactory<OpsTrackerDbContext> contextFactory, TimeProvider time)
{
    public const string NotExtracted = "{0} was not extracted; there is nothing to review.";

    public async Task<ReportCompletionItem?> GetAsync(int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.Where(r => r.Id == reportId).Select(r => new { r.FileName, r.ContentHash }).SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }
        var completion = await db.ReportCompletions.AsNoTracking().SingleOrDefaultAsync(c => c.ReportFileName == report.FileName, cancellationToken);
        return Item(reportId, completion, report.ContentHash);
    }

    /// <summary>Says (<paramref name="complete"/>) or takes back that the report's operations and tallies are all listed.</summary>
    public async Task<ReviewResult<ReportCompletionItem>> SetAsync(int reportId, bool complete, string? reason, string user, CancellationToken cancellationToken = default)
    {
        if (ReviewService.ReasonRefusal(reason) is { } refusal)
        {
            return ReviewResult<ReportCompletionItem>.Refused(refusal);
        }
        reason = reason!.Trim();
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, ct);
            if (report is null)
            {
                return ReviewResult<ReportCompletionItem>.Missing;
            }
            if (report.Status != ReportStatus.Extracted)
            {
                return ReviewResult<ReportCompletionItem>.Refused(new FieldRefusal("report", NotExtracted, report.FileName));
            }
            var completion = await db.ReportCompletions.SingleOrDefaultAsync(c => c.ReportFileName == report.FileName, ct);
            var before = Item(reportId, completion, report.ContentHash);
            var now = time.GetUtcNow().UtcDateTime;
            if (complete)
            {
                completion ??= db.ReportCompletions.Add(new ReportCompletion { ReportFileName = report.FileName }).Entity;
                completion.ContentHash = report.ContentHash;
                completion.Reason = reason;
                completion.UpdatedBy = user;
                completion.UpdatedAtUtc = now;
            }
            else if (completion is not null)
            {
                db.ReportCompletions.Remove(completion);
            }
            var after = new ReportCompletionItem(reportId, complete, false, user, now, reason);
            db.AuditEntries.Add(ReviewAudit.Entry(reason, user, now, complete ? "report.complete" : "report.incomplete", "report", reportId, report.FileName,
                new { before.Complete, before.Lapsed }, new { after.Complete }));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ReviewResult<ReportCompletionItem>.Done(after);
        }, cancellationToken);
    }

    private static ReportCompletionItem Item(int reportId, ReportCompletion? c, string contentHash) => c is null
        ? new ReportCompletionItem(reportId, false, false, null, null, null)
        : new ReportCompletionItem(reportId, c.ContentHash == contentHash, c.ContentHash != contentHash, c.UpdatedBy, c.UpdatedAtUtc, c.Reason);
}
