using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Seeding;

public enum ImportChange
{
    /// <summary>A file name seen for the first time.</summary>
    Added,
    /// <summary>The file, its sidecar or the extractor changed: the earlier report and its extraction were replaced.</summary>
    Replaced,
    /// <summary>Already stored as it is: nothing written.</summary>
    Unchanged,
}

/// <summary>What importing one file did. <see cref="Status"/> is the stored report's: Failed when it could not be read.</summary>
public sealed record ImportOutcome(
    string FileName,
    ImportChange Change,
    ReportStatus Status,
    int ReportId,
    int Operations,
    int Tallies,
    string? FailureReason);

/// <summary>
/// Stores one report file with its extraction: the path shared by the seeding service and the CLI's <c>import</c>.
/// A report is identified by its file name; it is rewritten only when the file's SHA-256, its sidecar or the
/// extractor's version changed, so importing again adds no rows. A file that cannot be read is stored as a Failed
/// report with the reason.
/// </summary>
public sealed class ReportImporter(
    IDbContextFactory<OpsTrackerDbContext> contextFactory,
    IReportExtractor extractor,
    TimeProvider time,
    ILogger<ReportImporter> logger)
{
    /// <summary>The report files of a folder (*.txt, not recursive), in ordinal name order.</summary>
    public static IReadOnlyList<string> FindReports(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];

    /// <summary>Imports a file on behalf of no person (audited as <see cref="ExtractionOverrides.SystemUser"/>).</summary>
    public Task<ImportOutcome> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        ImportFileAsync(path, ExtractionOverrides.SystemUser, cancellationToken);

    /// <summary>Imports a file; <paramref name="user"/> is who the audit trail names (seeding, cli:NAME, an account).</summary>
    public async Task<ImportOutcome> ImportFileAsync(string path, string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fileName = Path.GetFileName(path);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FileName"] = fileName });

        var source = await ReadAsync(path, fileName, cancellationToken);
        return await ImportSourceAsync(source, user, cancellationToken);
    }

    /// <summary>
    /// Stores a report given as bytes (an analyst's upload, or pasted text as UTF-8) with what a sidecar would say, by
    /// the same path as a file: decoded by <see cref="ReportDecoder"/>, identified by its file name, extracted once.
    /// </summary>
    public Task<ImportOutcome> ImportBytesAsync(string fileName, byte[] bytes, ReportSidecar sidecar, CancellationToken cancellationToken = default) =>
        ImportBytesAsync(fileName, bytes, sidecar, ExtractionOverrides.SystemUser, cancellationToken);

    /// <summary>As <see cref="ImportBytesAsync(string, byte[], ReportSidecar, CancellationToken)"/>, audited as done by <paramref name="user"/>.</summary>
    public async Task<ImportOutcome> ImportBytesAsync(string fileName, byte[] bytes, ReportSidecar sidecar, string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(sidecar);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FileName"] = fileName });
        var hash = HashOf(bytes);
        SourceFile source;
        try
        {
            source = new SourceFile(fileName, hash, ReportDecoder.Decode(fileName, bytes), null, sidecar);
        }
        catch (ReportReadException e)
        {
            source = new SourceFile(fileName, hash, null, e.Reason, sidecar);
        }
        return await ImportSourceAsync(source, user, cancellationToken);
    }

    /// <summary>The content hash a report of these bytes is stored with (SHA-256, lower-case hex).</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<ImportOutcome> ImportSourceAsync(SourceFile source, string user, CancellationToken cancellationToken)
    {
        var fileName = source.FileName;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await StoredAsync(db, fileName, cancellationToken);
            if (source.Sidecar.Published is null && stored is { PublishedSource: PublicationDateSource.Known, Published: { } given })
            {
                // A publication date an analyst set (ReextractAsync) stands for the date the sidecar lacks, so it
                // survives restarts and re-extractions by a new extractor version.
                source = source with { Sidecar = source.Sidecar with { Published = given } };
            }
            if (stored is not null && stored.Matches(source, extractor.Version))
            {
                logger.LogDebug("{FileName} is unchanged", fileName);
                return stored.Outcome(ImportChange.Unchanged);
            }
        }

        ExtractionResult? extraction = null;
        string? failure = source.FailureReason;
        if (source.Text is not null)
        {
            try
            {
                extraction = ExtractOnceMore(source.Text.Text, source.Sidecar.Published, fileName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The extractor failed on {FileName}", fileName);
                failure = $"extractor error: {e.Message}";
            }
        }

        ImportOutcome outcome;
        try
        {
            outcome = await StoreAsync(source, extraction, failure, user, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have stored the same file between our check and our insert: the unique index on
            // the file name refused the second row. Anything else is a real error.
            var other = await StoredByOtherAsync(source, cancellationToken);
            if (other is null)
            {
                throw;
            }
            outcome = other;
        }

        switch (outcome)
        {
            case { Change: ImportChange.Unchanged }:
                logger.LogDebug("{FileName} was stored meanwhile by another instance", fileName);
                break;
            case { Status: ReportStatus.Failed }:
                logger.LogWarning("Stored {FileName} as failed: {Reason}", fileName, outcome.FailureReason);
                break;
            default:
                logger.LogInformation(
                    "{Change} {FileName}: {Operations} operation(s), {Tallies} tally(ies), extractor {ExtractorVersion}",
                    outcome.Change, fileName, outcome.Operations, outcome.Tallies, extractor.Version);
                break;
        }
        return outcome;
    }

    /// <summary>
    /// Stores <paramref name="path"/> as a Failed report with <paramref name="reason"/> (replacing what its name held),
    /// for a file whose import failed for a reason of its own, so it is listed with the others and skipped until it, its
    /// sidecar or the extractor changes.
    /// </summary>
    public async Task<ImportOutcome> RecordFailureAsync(string path, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        var source = await ReadAsync(path, Path.GetFileName(path), cancellationToken);
        var outcome = await StoreAsync(source with { Text = null }, null, reason, ExtractionOverrides.SeedingUser, cancellationToken);
        logger.LogWarning("Stored {FileName} as failed: {Reason}", outcome.FileName, reason);
        return outcome;
    }

    /// <summary>
    /// Extracts a stored report again with a publication date an analyst gives (its relative dates, "last Monday",
    /// then resolve), through the same extractor, and replaces its operations and tallies in one transaction. The
    /// report keeps its id; its date is stored as known, and later imports of the unchanged file keep it.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No report has this id.</exception>
    /// <exception cref="InvalidOperationException">The report failed to load: there is no text to extract.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="PublicationDates"/>' range.</exception>
    public Task<ImportOutcome> ReextractAsync(int reportId, DateOnly published, CancellationToken cancellationToken = default) =>
        ReextractAsync(reportId, published, ExtractionOverrides.SystemUser, cancellationToken);

    /// <summary>As <see cref="ReextractAsync(int, DateOnly, CancellationToken)"/>, audited as done by <paramref name="user"/>.</summary>
    public async Task<ImportOutcome> ReextractAsync(int reportId, DateOnly published, string user, CancellationToken cancellationToken = default)
    {
        PublicationDates.EnsureValid(published, time);
        string fileName;
        string text;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await db.Reports.AsNoTracking()
                .Where(r => r.Id == reportId)
                .Select(r => new { r.FileName, r.Text, r.Status })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new KeyNotFoundException($"There is no report {reportId}.");
            if (stored.Status != ReportStatus.Extracted)
            {
                throw new InvalidOperationException($"{stored.FileName} was not extracted, so it cannot be extracted again.");
            }
            (fileName, text) = (stored.FileName, stored.Text);
        }
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FileName"] = fileName });
        var extraction = extractor.Extract(text, published);

        var outcome = await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var report = await db.Reports.SingleAsync(r => r.Id == reportId, ct);
            var prior = await ExtractionOverrides.CaptureAsync(db, fileName, ct);
            var formerEvents = await Linking.EventLinker.EventsOfReportAsync(db, reportId, ct);
            await db.Operations.Where(o => o.ReportId == reportId).ExecuteDeleteAsync(ct);
            await db.ReportedTallies.Where(t => t.ReportId == reportId).ExecuteDeleteAsync(ct);
            var unknown = new List<string>();
            ExtractionMapper.Fill(report, extraction, ProvinceCatalog.Default, unknown);
            report.Published = published;
            report.PublishedSource = PublicationDateSource.Known;
            report.ExtractorVersion = extractor.Version;
            report.IngestedAtUtc = time.GetUtcNow().UtcDateTime;
            ExtractionMapper.SetConfidence(db, report, extraction);
            await ExtractionOverrides.SaveAsync(db, report, prior, user, report.IngestedAtUtc, ct);
            await Linking.EventLinker.LinkReportAsync(db, report.Id, formerEvents, time.GetUtcNow().UtcDateTime, ct);
            await tx.CommitAsync(ct);
            return new ImportOutcome(fileName, ImportChange.Replaced, report.Status, report.Id, report.Operations.Count, report.Tallies.Count, null);
        }, cancellationToken);
        logger.LogInformation(
            "Re-extracted {FileName} with publication date {Published}: {Operations} operation(s), {Tallies} tally(ies)",
            fileName, published, outcome.Operations, outcome.Tallies);
        return outcome;
    }

    /// <summary>
    /// Extracts, and once more if a regular expression timed out: the extractor's time-outs are wall-clock time, which a
    /// machine short of CPU can exceed on an ordinary report (fuzzing found it), and a report stored as failed stays so
    /// until its file changes. A second time-out is the report's own, and is stored as its failure.
    /// </summary>
    private ExtractionResult ExtractOnceMore(string text, DateOnly? published, string fileName)
    {
        try
        {
            return extractor.Extract(text, published);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            logger.LogWarning("Extracting {FileName} timed out in {Pattern}; trying once more", fileName, e.Pattern);
            return extractor.Extract(text, published);
        }
    }

    private async Task<ImportOutcome> StoreAsync(SourceFile source, ExtractionResult? extraction, string? failure, string user, CancellationToken cancellationToken)
    {
        return await OpsTrackerDatabase.InWriteTransactionAsync(contextFactory, async (db, tx, ct) =>
        {
            var stored = await StoredAsync(db, source.FileName, ct);
            if (stored is not null && stored.Matches(source, extractor.Version))
            {
                return stored.Outcome(ImportChange.Unchanged);
            }

            var reason = failure;
            if (reason is null && source.ContentHash.Length > 0)
            {
                var twin = await db.Reports
                    .Where(r => r.ContentHash == source.ContentHash && r.FileName != source.FileName && r.Status == ReportStatus.Extracted)
                    .Select(r => r.FileName)
                    .FirstOrDefaultAsync(ct);
                if (twin is not null)
                {
                    reason = $"same content as {twin}, which is already loaded";
                }
            }

            var prior = await ExtractionOverrides.CaptureAsync(db, source.FileName, ct);
            var formerEvents = Linking.FormerEvents.None;
            if (stored is not null)
            {
                formerEvents = await Linking.EventLinker.EventsOfReportAsync(db, stored.Id, ct);
                await db.Reports.Where(r => r.Id == stored.Id).ExecuteDeleteAsync(ct);
            }
            var report = Build(source, reason is null ? extraction : null, reason);
            // The report keeps its id (and its address) when its file is stored again.
            report.Id = prior.ReportId ?? 0;
            db.Reports.Add(report);
            if (report.Status == ReportStatus.Extracted && extraction is not null)
            {
                ExtractionMapper.SetConfidence(db, report, extraction);
            }
            await ExtractionOverrides.SaveAsync(db, report, prior, user, report.IngestedAtUtc, ct);
            // Event linking (issue 10): the report's operations join the events other reports already tell.
            await Linking.EventLinker.LinkReportAsync(db, report.Id, formerEvents, time.GetUtcNow().UtcDateTime, ct);
            await tx.CommitAsync(ct);
            return new ImportOutcome(
                source.FileName,
                stored is null ? ImportChange.Added : ImportChange.Replaced,
                report.Status,
                report.Id,
                report.Operations.Count,
                report.Tallies.Count,
                report.FailureReason);
        }, cancellationToken);
    }

    private Report Build(SourceFile source, ExtractionResult? extraction, string? failure)
    {
        var report = new Report
        {
            FileName = source.FileName,
            ContentHash = source.ContentHash,
            Outlet = source.Sidecar.Outlet,
            Url = source.Sidecar.Url,
            Published = source.Sidecar.Published,
            PublishedSource = source.Sidecar.Published is null ? PublicationDateSource.Unknown : PublicationDateSource.Known,
            Text = source.Text?.Text ?? "",
            IngestedAtUtc = time.GetUtcNow().UtcDateTime,
            ExtractorVersion = extractor.Version,
        };
        if (failure is not null || extraction is null)
        {
            report.Status = ReportStatus.Failed;
            report.FailureReason = failure ?? "not extracted";
            return report;
        }
        var unknown = new List<string>();
        ExtractionMapper.Fill(report, extraction, ProvinceCatalog.Default, unknown);
        foreach (var code in unknown.Distinct(StringComparer.Ordinal))
        {
            logger.LogWarning("{FileName}: the extractor gave the unknown province code {ProvinceCode}; the operation is kept without a province", source.FileName, code);
        }
        report.Status = ReportStatus.Extracted;
        return report;
    }

    private async Task<ImportOutcome?> StoredByOtherAsync(SourceFile source, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await StoredAsync(db, source.FileName, cancellationToken);
        return stored is not null && stored.Matches(source, extractor.Version) ? stored.Outcome(ImportChange.Unchanged) : null;
    }

    private static Task<StoredReport?> StoredAsync(OpsTrackerDbContext db, string fileName, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking()
            .Where(r => r.FileName == fileName)
            .Select(r => new StoredReport(
                r.Id, r.FileName, r.ContentHash, r.ExtractorVersion, r.Outlet, r.Url, r.Published, r.PublishedSource,
                r.Status, r.FailureReason, r.Operations.Count, r.Tallies.Count))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<SourceFile> ReadAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        var sidecar = ReportSidecar.None;
        try
        {
            sidecar = ReportSidecar.Read(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Ignoring the sidecar of {FileName}: {Reason}", fileName, e.Message);
        }

        string hash;
        try
        {
            await using var stream = File.OpenRead(path);
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(fileName, "", null, e.Message, sidecar);
        }

        try
        {
            return new SourceFile(fileName, hash, ReportDecoder.ReadFile(path), null, sidecar);
        }
        catch (ReportReadException e)
        {
            return new SourceFile(fileName, hash, null, e.Reason, sidecar);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(fileName, hash, null, e.Message, sidecar);
        }
    }

    /// <summary>A file as read: its text when it could be decoded, else why not.</summary>
    private sealed record SourceFile(string FileName, string ContentHash, ReportText? Text, string? FailureReason, ReportSidecar Sidecar);

    private sealed record StoredReport(
        int Id,
        string FileName,
        string ContentHash,
        string ExtractorVersion,
        string? Outlet,
        string? Url,
        DateOnly? Published,
        PublicationDateSource PublishedSource,
        ReportStatus Status,
        string? FailureReason,
        int Operations,
        int Tallies)
    {
        /// <summary>Same bytes, same sidecar, same extractor: storing it again would change nothing.</summary>
        public bool Matches(SourceFile source, string extractorVersion) =>
            ContentHash == source.ContentHash
            && ExtractorVersion == extractorVersion
            && Outlet == source.Sidecar.Outlet
            && Url == source.Sidecar.Url
            && (source.Sidecar.Published is { } given
                ? PublishedSource == PublicationDateSource.Known && Published == given
                : PublishedSource != PublicationDateSource.Known);

        public ImportOutcome Outcome(ImportChange change) =>
            new(FileName, change, Status, Id, Operations, Tallies, FailureReason);
    }
}
