using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Scoring;
using OpsTracker.Data.Configurations;

namespace OpsTracker.Data.Review;

/// <summary>One report an analyst has reviewed whole: its text, its publication date when it was given, and its gold.</summary>
public sealed record ReviewedReport(int ReportId, string FileName, string Text, DateOnly? Published, GoldReport Gold);

/// <summary>The reviewed reports, and how many extracted reports there are in all.</summary>
public sealed record ReviewedSet(IReadOnlyList<ReviewedReport> Reports, int ExtractedReports);

/// <summary>
/// The reports analysts have reviewed whole, as labelled text: the extractor's reading of them can be scored against
/// the analysts' (the <c>review-score</c> verb, Measure now) and exported in the development set's shape. A report
/// counts when an analyst has said nothing it tells is missing (<see cref="ReportCompletion"/>, of its current text),
/// every operation and tally in it has been confirmed, corrected or rejected, and no review of its is waiting for a
/// home after a re-extraction (<see cref="IAnalystReview.NeedsReview"/>): only then does what it holds say what the
/// report tells, misses included. Its gold is what stands: the operations and tallies not rejected, with the analysts'
/// corrections and the operations they added; a report marked complete with none is labelled as telling none.
/// </summary>
public sealed class ReviewedReports(IDbContextFactory<OpsTrackerDbContext> contextFactory)
{
    public async Task<ReviewedSet> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var operationState = OperationReviewStateConfiguration.ReviewStateColumn;
        var tallyState = TallyReviewStateConfiguration.ReviewStateColumn;
        var extracted = await db.Reports.CountAsync(r => r.Status == ReportStatus.Extracted, cancellationToken);
        var ids = await db.Reports
            .Where(r => r.Status == ReportStatus.Extracted
                && db.ReportCompletions.Any(c => c.ReportFileName == r.FileName && c.ContentHash == r.ContentHash)
                && !r.Operations.Any(o => EF.Property<ReviewState>(o, operationState) == ReviewState.Unreviewed)
                && !r.Tallies.Any(t => EF.Property<ReviewState>(t, tallyState) == ReviewState.Unreviewed)
                && !db.OperationReviews.Any(v => v.NeedsReview && v.ReportFileName == r.FileName)
                && !db.TallyReviews.Any(v => v.NeedsReview && v.ReportFileName == r.FileName))
            .OrderBy(r => r.FileName)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var rejectedOperations = (await db.Operations
            .Where(o => ids.Contains(o.ReportId) && EF.Property<ReviewState>(o, operationState) == ReviewState.Rejected)
            .Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var rejectedTallies = (await db.ReportedTallies
            .Where(t => ids.Contains(t.ReportId) && EF.Property<ReviewState>(t, tallyState) == ReviewState.Rejected)
            .Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Include(r => r.Operations).ThenInclude(o => o.Casualties)
            .Include(r => r.Operations).ThenInclude(o => o.Hideouts)
            .Include(r => r.Tallies)
            .AsSplitQuery()
            .OrderBy(r => r.FileName)
            .ToListAsync(cancellationToken);
        var reviewed = reports.Select(r =>
        {
            // The date the extractor was given; one it inferred from the text it would infer again.
            var published = r.PublishedSource == PublicationDateSource.Known ? r.Published : null;
            var gold = GoldFile.FromRecords(r.FileName, published,
                r.Operations.Where(o => !rejectedOperations.Contains(o.Id)).OrderBy(o => o.EvidenceStart).ThenBy(o => o.Id),
                r.Tallies.Where(t => !rejectedTallies.Contains(t.Id)).OrderBy(t => t.EvidenceStart).ThenBy(t => t.Id));
            return new ReviewedReport(r.Id, r.FileName, r.Text, published, gold);
        }).ToList();
        return new ReviewedSet(reviewed, extracted);
    }
}
