using System.Globalization;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Data.Queries;

/// <summary>The dashboard's operation filters. Build one from raw query values with <see cref="Parse"/>.</summary>
public sealed record OperationFilter
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>ISO 3166-2 codes (IQ-NI); empty means every province.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public OperationKind? Kind { get; init; }
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// Reads the filters from query-string values. Each problem is listed under the parameter's name: an unknown
    /// province, a date not of the form YYYY-MM-DD, from after to, an unknown kind, a page below 1, a page size outside
    /// 1..500.
    /// </summary>
    public static (OperationFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        IEnumerable<string?>? province, string? from, string? to, string? kind, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var provinces = new List<string>();
        foreach (var value in province ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            var known = ProvinceCatalog.Default.Find(value.Trim());
            if (known is null)
            {
                errors["province"] = [$"'{value}' is not a known province code (ISO 3166-2, for example IQ-NI)."];
            }
            else if (!provinces.Contains(known.Code))
            {
                provinces.Add(known.Code);
            }
        }
        var fromDate = ParseDate("from", from, errors);
        var toDate = ParseDate("to", to, errors);
        if (fromDate > toDate)
        {
            errors["from"] = [$"from ({fromDate:yyyy-MM-dd}) is after to ({toDate:yyyy-MM-dd})."];
        }
        OperationKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            parsedKind = ParseKind(kind);
            if (parsedKind is null)
            {
                errors["kind"] = [$"'{kind}' is not a kind; use one of {string.Join(", ", Enum.GetValues<OperationKind>().Select(ExtractionJson.Name))}."];
            }
        }
        var pageNumber = ParseInt("page", page, 1, 1, int.MaxValue, errors);
        var size = ParseInt("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize, errors);
        var filter = new OperationFilter
        {
            Provinces = provinces,
            From = fromDate,
            To = toDate,
            Kind = parsedKind,
            Page = pageNumber,
            PageSize = size,
        };
        return (filter, errors);
    }

    /// <summary>A kind by its contract name (isis-attack) or enum name (IsisAttack), ignoring case.</summary>
    public static OperationKind? ParseKind(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        foreach (var k in Enum.GetValues<OperationKind>())
        {
            if (string.Equals(ExtractionJson.Name(k), v, StringComparison.OrdinalIgnoreCase)
                || string.Equals(k.ToString(), v, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }
        return null;
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
        errors[name] = [$"'{value}' is not a date of the form YYYY-MM-DD."];
        return null;
    }

    private static int ParseInt(string name, string? value, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        errors[name] = [max == int.MaxValue
            ? $"'{value}' is not a whole number of at least {min}."
            : $"'{value}' is not a whole number from {min} to {max}."];
        return fallback;
    }
}
