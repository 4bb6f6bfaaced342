using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Linking;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Linking;

/// <summary>
/// An operation of another report that an analyst might merge an operation's event with: the linker's near miss.
/// <paramref name="Score"/> is what <see cref="EventScorer"/> gave the pair (below <see cref="LinkingThresholds.LinkThreshold"/>,
/// or the pair would be linked), null when a hard rule forbids the link; <paramref name="Veto"/> names that rule.
/// </summary>
public sealed record MergeCandidate(
    int OperationId,
    int ReportId,
    string FileName,
    DateOnly? Date,
    string DatePrecision,
    string Kind,
    string? Place,
    int? Killed,
    int? Arrested,
    double? Score,
    string? Veto);

/// <summary>
/// The short list of operations an analyst is offered to merge an operation's event with (issue 10): other reports'
/// operations the linker looked at and did not link, through the same indexed candidates it reads (the province and
/// the date window of <see cref="EventScorer.CandidateWindow"/>), best score first, those a hard rule forbids last.
/// Left out: operations of a report the event already holds, rejected operations, and events holding one of the event's
/// reports (the merge would be refused). An undated operation has no window, so no list: the analyst gives an id.
/// </summary>
public static class MergeCandidatesQuery
{
    /// <summary>How many candidates the operation page offers; more would be a search, which the id field is for.</summary>
    public const int Limit = 5;

    /// <summary>The candidates, or null when there is no such operation.</summary>
    public static async Task<IReadOnlyList<MergeCandidate>?> ForOperationAsync(OpsTrackerDbContext db, int operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mine = await EventLinker.Rows(db.Operations.Where(o => o.Id == operationId)).SingleOrDefaultAsync(cancellationToken);
        if (mine is null)
        {
            return null;
        }
        var facts = mine.Facts();
        if (facts.ProvinceCode is not { } province || EventScorer.CandidateWindow(facts.Date, facts.Precision) is not { } window)
        {
            return [];
        }
        var myReports = mine.EventId is { } eventId
            ? await db.Operations.Where(o => EF.Property<int?>(o, EventColumns.EventId) == eventId).Select(o => o.ReportId).Distinct().ToListAsync(cancellationToken)
            : [mine.ReportId];
        var months = window.MonthStarts.Select(m => (DateOnly?)m).ToList();
        var found = await EventLinker.Rows(db.Operations.Where(o =>
                o.ProvinceCode == province
                && !myReports.Contains(o.ReportId)
                && EF.Property<ReviewState>(o, Configurations.OperationReviewStateConfiguration.ReviewStateColumn) != ReviewState.Rejected
                && ((o.Date >= window.From && o.Date <= window.To) || (o.DatePrecision == DatePrecision.Month && months.Contains(o.Date)))))
            .ToListAsync(cancellationToken);

        // Events that hold one of this event's reports cannot be merged with it.
        var otherEvents = found.Where(c => c.EventId is not null).Select(c => c.EventId!.Value).Distinct().ToList();
        var blocked = otherEvents.Count == 0
            ? []
            : (await db.Operations.Where(o => otherEvents.Contains(EF.Property<int>(o, EventColumns.EventId)) && myReports.Contains(o.ReportId))
                .Select(o => EF.Property<int>(o, EventColumns.EventId)).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var scorer = EventScorer.Default.For(facts);
        var scored = found
            .Where(c => c.EventId is not { } e || !blocked.Contains(e))
            .Select(c => (Row: c, Score: scorer.Score(c.Facts())))
            .OrderBy(c => c.Score.Veto is null ? 0 : 1)
            .ThenByDescending(c => c.Score.Veto is null ? c.Score.Score : 0)
            .ThenBy(c => c.Row.Id)
            .Take(Limit)
            .ToList();
        var ids = scored.Select(c => c.Row.Id).ToList();
        var files = await db.Operations.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Report!.FileName }).ToDictionaryAsync(o => o.Id, o => o.FileName, cancellationToken);
        return [.. scored.Select(c => new MergeCandidate(
            c.Row.Id,
            c.Row.ReportId,
            files.GetValueOrDefault(c.Row.Id, ""),
            c.Row.Date,
            ExtractionJson.Name(c.Row.Precision),
            ExtractionJson.Name(c.Row.Kind),
            c.Row.Place,
            Isis(c.Row, CasualtyCategory.Killed),
            Isis(c.Row, CasualtyCategory.Arrested),
            c.Score.Veto is null ? Math.Round(c.Score.Score, 2, MidpointRounding.AwayFromZero) : null,
            c.Score.Veto))];
    }

    /// <summary>The operation's ISIS figure of this category, as stored on its row (the sums the linker compares).</summary>
    private static int? Isis(CandidateRow row, CasualtyCategory category) => category switch
    {
        CasualtyCategory.Killed => row.Killed,
        CasualtyCategory.Arrested => row.Arrested,
        _ => row.Wounded,
    };
}
