using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Seeding;

/// <summary>A report an analyst adds: an uploaded file's bytes or pasted text, and what a sidecar would say.</summary>
public sealed record ReportSubmission(string? FileName, byte[] Bytes, string? Outlet, string? Url, string? Published)
{
    /// <summary>Pasted text, stored as UTF-8.</summary>
    public static ReportSubmission FromText(string? fileName, string? text, string? outlet, string? url, string? published) =>
        new(fileName, Encoding.UTF8.GetBytes(text ?? ""), outlet, url, published);
}

/// <summary>
/// What adding a report did: stored (its outcome), refused (<see cref="Refusals"/>: templates and arguments by field,
/// for the dashboard to show in its language; <see cref="Errors"/>: the same in English, for the API), or already
/// loaded (<see cref="ExistingReportId"/>, and <see cref="ConflictRefusal"/> naming the field that collides).
/// </summary>
public sealed record SubmissionResult(ImportOutcome? Outcome, IReadOnlyList<FieldRefusal> Refusals, int? ExistingReportId, FieldRefusal? ConflictRefusal)
{
    public bool Stored => Outcome is not null;

    /// <summary>The refusals as English messages by field (the API's 400).</summary>
    public IReadOnlyDictionary<string, string[]> Errors => FieldRefusal.Errors(Refusals);

    /// <summary>The conflict in English (the API's 409 detail).</summary>
    public string? Conflict => ConflictRefusal?.Message;
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

    /// <summary>The refusals' templates: English composite formats, and the dashboard's resource keys for them.</summary>
    public static class Messages
    {
        public const string FileNameNeeded = "A file name is needed.";
        public const string FileNamePlain = "A plain file name ending in {1}, at most {0} characters, with no folder.";
        public const string TextEmpty = "The report's text is empty.";
        public const string TextWhiteSpace = "The report's text holds only white space.";
        public const string TextTooLarge = "The report is {0} bytes, over the {1} MB limit.";
        public const string TextBinary = "The file is binary, not text.";
        public const string TextEncoding = "The file is neither UTF-8, UTF-16 nor Arabic Windows-1256 text.";
        public const string Url = "An absolute http:// or https:// address.";
        public const string TooLong = ReviewService.ReasonTooLong;
        public const string DateFormat = "A date as YYYY-MM-DD.";
        public const string DateRange = "The publication date must be between {0} and today ({1}); {2} is not.";
        public const string SameContent = "The same content is already loaded as {0}.";
        public const string SameName = "A report named {0} is already loaded; choose another name.";
    }

    /// <summary>The only file name extension taken.</summary>
    public const string Extension = ".txt";

    public Task<SubmissionResult> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default) =>
        SubmitAsync(submission, Review.ExtractionOverrides.SystemUser, cancellationToken);

    /// <summary>As <see cref="SubmitAsync(ReportSubmission, CancellationToken)"/>; the import is audited as done by <paramref name="user"/>.</summary>
    public async Task<SubmissionResult> SubmitAsync(ReportSubmission submission, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var refusals = new List<FieldRefusal>();
        var fileName = submission.FileName?.Trim() ?? "";
        if (fileName.Length == 0)
        {
            refusals.Add(new FieldRefusal("fileName", Messages.FileNameNeeded));
        }
        else if (fileName.Length > MaxFileNameLength || fileName.IndexOfAny(['/', '\\', '\0']) >= 0 || fileName.StartsWith('.')
                 || !fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add(new FieldRefusal("fileName", Messages.FileNamePlain, MaxFileNameLength, Extension));
        }
        if (TextRefusal(fileName, submission.Bytes) is { } textRefusal)
        {
            refusals.Add(textRefusal);
        }
        var url = string.IsNullOrWhiteSpace(submission.Url) ? null : submission.Url.Trim();
        if (url is not null && (url.Length > MaxUrlLength || !IsHttpUrl(url)))
        {
            refusals.Add(new FieldRefusal("url", Messages.Url));
        }
        var outlet = string.IsNullOrWhiteSpace(submission.Outlet) ? null : submission.Outlet.Trim();
        if (outlet is { Length: > MaxOutletLength })
        {
            refusals.Add(new FieldRefusal("outlet", Messages.TooLong, MaxOutletLength));
        }
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(submission.Published))
        {
            if (!DateOnly.TryParseExact(submission.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                refusals.Add(new FieldRefusal("published", Messages.DateFormat));
            }
            else if (PublicationDates.Check(date, time) is not null)
            {
                refusals.Add(new FieldRefusal("published", Messages.DateRange, Day(PublicationDates.Earliest),
                    Day(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), Day(date)));
            }
            else
            {
                published = date;
            }
        }
        if (refusals.Count > 0)
        {
            return new SubmissionResult(null, refusals, null, null);
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
                return new SubmissionResult(null, [], twin.Id, new FieldRefusal("text", Messages.SameContent, twin.FileName));
            }
            var named = await db.Reports.AsNoTracking()
                .Where(r => r.FileName == fileName)
                .Select(r => (int?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (named is { } id)
            {
                return new SubmissionResult(null, [], id, new FieldRefusal("fileName", Messages.SameName, fileName));
            }
        }

        var outcome = await importer.ImportBytesAsync(fileName, submission.Bytes, new ReportSidecar(outlet, url, published), user, cancellationToken);
        return new SubmissionResult(outcome, [], null, null);
    }

    /// <summary>
    /// Why the decoder would refuse these bytes, as a refusal of the text field; null when they decode. The decoder's
    /// own reasons are English sentences; the checks it makes are named here so each has its own template.
    /// </summary>
    private static FieldRefusal? TextRefusal(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return new FieldRefusal("text", Messages.TextEmpty);
        }
        if (bytes.Length > ReportDecoder.MaxBytes)
        {
            return new FieldRefusal("text", Messages.TextTooLarge, bytes.Length, ReportDecoder.MaxBytes / (1024 * 1024));
        }
        try
        {
            ReportDecoder.Decode(fileName.Length > 0 ? fileName : "report" + Extension, bytes);
            return null;
        }
        catch (ReportReadException e)
        {
            // The decoder's reasons are fixed sentences of its own (tests cover each); any other is an encoding problem.
            return e.Reason.StartsWith("file holds only white space", StringComparison.Ordinal) ? new FieldRefusal("text", Messages.TextWhiteSpace)
                : e.Reason.StartsWith("file is binary", StringComparison.Ordinal) ? new FieldRefusal("text", Messages.TextBinary)
                : new FieldRefusal("text", Messages.TextEncoding);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An absolute http or https address.</summary>
    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
