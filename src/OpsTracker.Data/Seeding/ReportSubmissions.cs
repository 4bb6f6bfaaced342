using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Data.Seeding;

/// <summary>A report an analyst adds: an uploaded file's bytes or pasted text, and what a sidecar would say.</summary>
public sealed record ReportSubmission(string? FileName, byte[] Bytes, string? Outlet, string? Url, string? Published)
{
    /// <summary>Pasted text, stored as UTF-8.</summary>
    public static ReportSubmission FromText(string? fileName, string? text, string? outlet, string? url, string? published) =>
        new(fileName, Encoding.UTF8.GetBytes(text ?? ""), outlet, url, published);
}

/// <summary>What adding a report did: stored (its id), refused as invalid (errors by field), or already loaded.</summary>
public sealed record SubmissionResult(ImportOutcome? Outcome, IReadOnlyDictionary<string, string[]> Errors, int? ExistingReportId, string? Conflict)
{
    public bool Stored => Outcome is not null;
}

/// <summary>
/// Adds reports from the UI and the API through the same <see cref="ReportImporter"/> as seeding and <c>import</c>,
/// after checking on the server: a plain <c>.txt</c> file name not yet used, text that decodes, an http(s) address, a
/// publication date from 2003-01-01 to today. The same content already loaded (under any name) is refused with its id.
/// </summary>
public sealed class ReportSubmissions(IDbContextFactory<OpsTrackerDbContext> contextFactory, ReportImporter importer, TimeProvider time)
{
    public const int MaxFileNameLength = 200;
    public const int MaxOutletLength = 200;
    public const int MaxUrlLength = 2000;

    public Task<SubmissionResult> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default) =>
        SubmitAsync(submission, Review.ExtractionOverrides.SystemUser, cancellationToken);

    /// <summary>As <see cref="SubmitAsync(ReportSubmission, CancellationToken)"/>; the import is audited as done by <paramref name="user"/>.</summary>
    public async Task<SubmissionResult> SubmitAsync(ReportSubmission submission, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fileName = submission.FileName?.Trim() ?? "";
        if (fileName.Length == 0)
        {
            errors["fileName"] = ["A file name is needed."];
        }
        else if (fileName.Length > MaxFileNameLength || fileName.IndexOfAny(['/', '\\', '\0']) >= 0 || fileName.StartsWith('.')
                 || !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            errors["fileName"] = [$"A plain file name ending in .txt, at most {MaxFileNameLength} characters, with no folder."];
        }
        if (submission.Bytes.Length == 0)
        {
            errors["text"] = ["The report's text is empty."];
        }
        else
        {
            try
            {
                ReportDecoder.Decode(fileName.Length > 0 ? fileName : "report.txt", submission.Bytes);
            }
            catch (ReportReadException e)
            {
                errors["text"] = [e.Reason];
            }
        }
        var url = string.IsNullOrWhiteSpace(submission.Url) ? null : submission.Url.Trim();
        if (url is not null && (url.Length > MaxUrlLength || !IsHttpUrl(url)))
        {
            errors["url"] = ["An absolute http:// or https:// address."];
        }
        var outlet = string.IsNullOrWhiteSpace(submission.Outlet) ? null : submission.Outlet.Trim();
        if (outlet is { Length: > MaxOutletLength })
        {
            errors["outlet"] = [$"At most {MaxOutletLength} characters."];
        }
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(submission.Published))
        {
            if (!DateOnly.TryParseExact(submission.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors["published"] = ["A date as YYYY-MM-DD."];
            }
            else if (PublicationDates.Check(date, time) is { } error)
            {
                errors["published"] = [error];
            }
            else
            {
                published = date;
            }
        }
        if (errors.Count > 0)
        {
            return new SubmissionResult(null, errors, null, null);
        }

        var hash = ReportImporter.HashOf(submission.Bytes);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var twin = await db.Reports.AsNoTracking()
                .Where(r => r.ContentHash == hash && r.Status == ReportStatus.Extracted)
                .Select(r => new { r.Id, r.FileName })
                .FirstOrDefaultAsync(cancellationToken);
            if (twin is not null)
            {
                return new SubmissionResult(null, errors, twin.Id, $"The same content is already loaded as {twin.FileName}.");
            }
            var named = await db.Reports.AsNoTracking()
                .Where(r => r.FileName == fileName)
                .Select(r => (int?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (named is { } id)
            {
                return new SubmissionResult(null, errors, id, $"A report named {fileName} is already loaded; choose another name.");
            }
        }

        var outcome = await importer.ImportBytesAsync(fileName, submission.Bytes, new ReportSidecar(outlet, url, published), user, cancellationToken);
        return new SubmissionResult(outcome, errors, null, null);
    }

    /// <summary>An absolute http or https address.</summary>
    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
