using System.Globalization;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Queries;

/// <summary>The order of the reports list.</summary>
public enum ReportSort
{
    File,
    Published,
    Ingested,
    Operations,
}

/// <summary>
/// What the reports list shows (the Reports page and <c>GET /api/reports</c>): a status, an outlet, a range of
/// publication dates, a text found in the file name or the outlet, an order, and a page. Parsed once from query
/// parameters by <see cref="Parse"/>, which names each bad parameter.
/// </summary>
public sealed record ReportFilter
{
    public const int DefaultPageSize = 50;

    /// <summary>The API's page size when none is given: large enough that a small installation gets every report at once.</summary>
    public const int MaxPageSize = 500;

    public ReportStatus? Status { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Text { get; init; }
    public ReportSort Sort { get; init; } = ReportSort.File;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public static (ReportFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        string? status = null, string? outlet = null, string? from = null, string? to = null, string? q = null,
        string? sort = null, string? page = null, string? pageSize = null, int defaultPageSize = DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        ReportStatus? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<ReportStatus>(status.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _))
            {
                parsedStatus = s;
            }
            else
            {
                errors["status"] = ["One of extracted, failed."];
            }
        }
        var descending = false;
        var parsedSort = ReportSort.File;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            var name = sort.Trim();
            descending = name.StartsWith('-');
            if (!Enum.TryParse(name.TrimStart('-'), ignoreCase: true, out parsedSort) || !Enum.IsDefined(parsedSort) || int.TryParse(name.TrimStart('-'), out _))
            {
                errors["sort"] = ["One of file, published, ingested, operations; a leading '-' for descending."];
            }
        }
        var fromDate = ParseDate("from", from, errors);
        var toDate = ParseDate("to", to, errors);
        if (fromDate > toDate)
        {
            errors["from"] = ["Must not be after 'to'."];
        }
        var pageNumber = ParseInt("page", page, 1, int.MaxValue / MaxPageSize, 1, errors);
        var size = ParseInt("pageSize", pageSize, 1, MaxPageSize, defaultPageSize, errors);
        var text = Clean("q", q, errors);
        var outletName = Clean("outlet", outlet, errors);
        return (new ReportFilter
        {
            Status = parsedStatus,
            Outlet = outletName,
            From = fromDate,
            To = toDate,
            Text = text,
            Sort = parsedSort,
            Descending = descending,
            Page = pageNumber,
            PageSize = size,
        }, errors);
    }

    private static string? Clean(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > OperationFilter.MaxTextLength)
        {
            errors[name] = [$"At most {OperationFilter.MaxTextLength} characters."];
            return null;
        }
        if (trimmed.Any(c => char.IsControl(c) || char.IsSurrogate(c) && !char.IsSurrogatePair(trimmed, trimmed.IndexOf(c, StringComparison.Ordinal))))
        {
            errors[name] = ["Control characters are not allowed."];
            return null;
        }
        return trimmed;
    }

    private static DateOnly? ParseDate(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        errors[name] = ["A date of the form YYYY-MM-DD."];
        return null;
    }

    private static int ParseInt(string name, string? value, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        errors[name] = [string.Create(CultureInfo.InvariantCulture, $"A whole number from {min} to {max}.")];
        return fallback;
    }
}
