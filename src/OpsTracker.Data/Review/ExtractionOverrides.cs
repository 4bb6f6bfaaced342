using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Configurations;

namespace OpsTracker.Data.Review;

/// <summary>
/// What a report's earlier extraction held, read before it is replaced: the report's id, and the ids of its operations
/// and tallies by the key that identifies them across runs (<see cref="ReviewKeys"/>).
/// </summary>
public sealed class PriorExtraction
{
    internal PriorExtraction(int? reportId, Dictionary<string, Queue<int>> operations, Dictionary<string, Queue<int>> tallies)
    {
        ReportId = reportId;
        Operations = operations;
        Tallies = tallies;
    }

    /// <summary>The id the report had; null for a file stored for the first time.</summary>
    public int? ReportId { get; }

    internal Dictionary<string, Queue<int>> Operations { get; }
    internal Dictionary<string, Queue<int>> Tallies { get; }
}

/// <summary>
/// Keeps what analysts did when a report is stored again or re-extracted (by a new file, a new publication date or a new
/// extractor), inside the importer's transaction: the report, its operations and its tallies keep their ids when they
/// are found again (so saved links keep working); the operations analysts added are rebuilt; every review and
/// correction is applied again; an override that matches nothing is kept as needing review; an operation or tally no
/// longer found is recorded in the audit trail (what its address answers now), and so is the import itself, with who
/// did it.
/// </summary>
public static class ExtractionOverrides
{
    /// <summary>Who stored a report when no person did: the seeding service at startup.</summary>
    public const string SeedingUser = "seeding";

    /// <summary>Who stored a report when the caller named nobody (tests, tools built on the importer).</summary>
    public const string SystemUser = "system";

    /// <summary>Who imported reports from the command line: <c>cli:</c> and the operating-system user.</summary>
    public static string Cli(string userName) => "cli:" + userName;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads the earlier extraction of <paramref name="fileName"/> (before it is deleted).</summary>
    public static async Task<PriorExtraction> CaptureAsync(OpsTrackerDbContext db, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reportId = await db.Reports.Where(r => r.FileName == fileName).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var operations = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        var tallies = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        if (reportId is null)
        {
            return new PriorExtraction(null, operations, tallies);
        }
        // An operation's key holds the kind the extractor gave: a corrected kind is on the row, the extracted one on
        // its override.
        var extractedKinds = await db.OperationReviews.Where(r => r.ReportFileName == fileName && r.OperationId != null)
            .Select(r => new { r.OperationId, r.Kind }).ToListAsync(cancellationToken);
        var kindOf = extractedKinds.GroupBy(r => r.OperationId!.Value).ToDictionary(g => g.Key, g => g.First().Kind);
        var ops = await db.Operations.Where(o => o.ReportId == reportId).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.EvidenceStart, o.EvidenceEnd, o.Kind }).ToListAsync(cancellationToken);
        foreach (var o in ops)
        {
            Enqueue(operations, ReviewKeys.Operation(fileName, o.EvidenceStart, o.EvidenceEnd, kindOf.GetValueOrDefault(o.Id, o.Kind)), o.Id);
        }
        var extractedScopes = await db.TallyReviews.Where(r => r.ReportFileName == fileName && r.TallyId != null)
            .Select(r => new { r.TallyId, r.Scope }).ToListAsync(cancellationToken);
        var scopeOf = extractedScopes.GroupBy(r => r.TallyId!.Value).ToDictionary(g => g.Key, g => g.First().Scope);
        var stored = await db.ReportedTallies.Where(t => t.ReportId == reportId).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.EvidenceStart, t.EvidenceEnd, t.Scope }).ToListAsync(cancellationToken);
        foreach (var t in stored)
        {
            Enqueue(tallies, ReviewKeys.Tally(fileName, t.EvidenceStart, t.EvidenceEnd, scopeOf.GetValueOrDefault(t.Id, t.Scope)), t.Id);
        }
        return new PriorExtraction(reportId, operations, tallies);
    }

    /// <summary>
    /// Saves <paramref name="report"/> (added or tracked, with its new extraction not yet saved) with the earlier ids,
    /// the analysts' operations, reviews and corrections, and the audit entries of the import; the caller commits.
    /// </summary>
    public static async Task SaveAsync(
        OpsTrackerDbContext db, Report report, PriorExtraction prior, string user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(prior);
        var fileName = report.FileName;
        if (prior.ReportId is { } reportId && report.Id == 0)
        {
            report.Id = reportId;
        }
        var operationReviews = await db.OperationReviews.Where(r => r.ReportFileName == fileName).ToListAsync(cancellationToken);
        var tallyReviews = await db.TallyReviews.Where(r => r.ReportFileName == fileName).ToListAsync(cancellationToken);
        var extracted = report.Status == ReportStatus.Extracted;

        // Operations analysts added are rebuilt from their overrides: they are no extractor output.
        if (extracted)
        {
            foreach (var added in operationReviews.Where(r => r.AddedByAnalyst))
            {
                if (added.EvidenceEnd <= report.Text.Length)
                {
                    var op = new Operation
                    {
                        Kind = added.Kind,
                        Rule = OperationCorrections.AnalystRule,
                        EvidenceStart = added.EvidenceStart,
                        EvidenceEnd = added.EvidenceEnd,
                        EvidenceText = report.Text[added.EvidenceStart..added.EvidenceEnd],
                    };
                    report.Operations.Add(op);
                    op.Report = report;
                    db.Operations.Add(op);
                    Seeding.ExtractionMapper.Set(db, op, 1.0);
                }
            }
        }

        // Keys as extracted (before any correction changes a kind or scope), then the earlier ids.
        var operationKeys = report.Operations.Select(o => (Op: o, Key: ReviewKeys.Operation(fileName, o.EvidenceStart, o.EvidenceEnd, o.Kind))).ToList();
        var tallyKeys = report.Tallies.Select(t => (Tally: t, Key: ReviewKeys.Tally(fileName, t.EvidenceStart, t.EvidenceEnd, t.Scope))).ToList();
        foreach (var (op, key) in operationKeys)
        {
            op.Id = Dequeue(prior.Operations, key) ?? 0;
        }
        foreach (var (tally, key) in tallyKeys)
        {
            tally.Id = Dequeue(prior.Tallies, key) ?? 0;
        }

        var matchedOperations = new List<(OperationReview Review, Operation? Op)>();
        foreach (var review in operationReviews)
        {
            var op = extracted ? operationKeys.FirstOrDefault(k => k.Key == ReviewKeys.Of(review) && !matchedOperations.Any(m => m.Op == k.Op)).Op : null;
            matchedOperations.Add((review, op));
            review.NeedsReview = op is null;
            if (op is not null)
            {
                db.Entry(op).Property(OperationReviewStateConfiguration.ReviewStateColumn).CurrentValue = review.State;
                if (review.Corrections is not null && JsonNode.Parse(review.Corrections) is JsonObject fields)
                {
                    OperationCorrections.Apply(db, op, fields, report.Text);
                }
            }
        }
        var matchedTallies = new List<(TallyReview Review, ReportedTally? Tally)>();
        foreach (var review in tallyReviews)
        {
            var tally = extracted ? tallyKeys.FirstOrDefault(k => k.Key == ReviewKeys.Of(review) && !matchedTallies.Any(m => m.Tally == k.Tally)).Tally : null;
            matchedTallies.Add((review, tally));
            review.NeedsReview = tally is null;
            if (tally is not null)
            {
                db.Entry(tally).Property(TallyReviewStateConfiguration.ReviewStateColumn).CurrentValue = review.State;
                if (review.Corrections is not null && JsonNode.Parse(review.Corrections) is JsonObject fields)
                {
                    TallyCorrections.Apply(tally, fields);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (review, op) in matchedOperations)
        {
            review.OperationId = op?.Id;
        }
        foreach (var (review, tally) in matchedTallies)
        {
            review.TallyId = tally?.Id;
        }
        var reportIdText = report.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, ids) in prior.Operations)
        {
            foreach (var id in ids)
            {
                db.AuditEntries.Add(Removed("operation", id, key, report, user, nowUtc));
            }
        }
        foreach (var (key, ids) in prior.Tallies)
        {
            foreach (var id in ids)
            {
                db.AuditEntries.Add(Removed("tally", id, key, report, user, nowUtc));
            }
        }
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = nowUtc,
            User = user,
            Action = "report.import",
            Entity = "report",
            EntityId = reportIdText,
            EntityKey = fileName,
            After = JsonSerializer.Serialize(new
            {
                fileName,
                change = prior.ReportId is null ? "added" : "replaced",
                status = report.Status.ToString().ToLowerInvariant(),
                operations = report.Operations.Count,
                tallies = report.Tallies.Count,
                extractorVersion = report.ExtractorVersion,
                failure = report.FailureReason,
            }, Json),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AuditEntry Removed(string entity, int id, string key, Report report, string user, DateTime nowUtc) => new()
    {
        AtUtc = nowUtc,
        User = user,
        Action = entity + ".removed",
        Entity = entity,
        EntityId = id.ToString(CultureInfo.InvariantCulture),
        EntityKey = key,
        After = JsonSerializer.Serialize(new { reportId = report.Id, fileName = report.FileName, extractorVersion = report.ExtractorVersion }, Json),
        Reason = "No longer found when the report was extracted again.",
    };

    private static void Enqueue(Dictionary<string, Queue<int>> ids, string key, int id)
    {
        if (!ids.TryGetValue(key, out var queue))
        {
            ids[key] = queue = new Queue<int>();
        }
        queue.Enqueue(id);
    }

    private static int? Dequeue(Dictionary<string, Queue<int>> ids, string key)
    {
        if (!ids.TryGetValue(key, out var queue) || queue.Count == 0)
        {
            return null;
        }
        var id = queue.Dequeue();
        if (queue.Count == 0)
        {
            ids.Remove(key);
        }
        return id;
    }
}

/// <summary>What identifies an operation or tally across extractions, as the audit trail and the overrides write it.</summary>
public static class ReviewKeys
{
    public static string Operation(string fileName, int start, int end, OperationKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName}#{start}-{end}#{kind}");

    public static string Tally(string fileName, int start, int end, string scope) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName}#{start}-{end}#tally-{scope}");

    public static string Of(OperationReview r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Operation(r.ReportFileName, r.EvidenceStart, r.EvidenceEnd, r.Kind);
    }

    public static string Of(TallyReview r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Tally(r.ReportFileName, r.EvidenceStart, r.EvidenceEnd, r.Scope);
    }
}
