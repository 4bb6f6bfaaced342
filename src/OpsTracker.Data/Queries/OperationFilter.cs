using System.Globalization;
using System.Text;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Queries;

/// <summary>
/// The dashboard's operation filters, shared by the pages, the JSON API and the CSV exports. Build one from raw query
/// values with <see cref="Parse"/> (the one place where filter values are validated) and write it back to a URL with
/// <see cref="ToQueryString"/>.
/// </summary>
public sealed record OperationFilter
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    /// <summary>The longest text search accepted (characters).</summary>
    public const int MaxTextLength = 200;
    /// <summary>The longest actor name accepted (characters).</summary>
    public const int MaxActorLength = 100;
    /// <summary>The largest page * pageSize accepted: the offset of a page must fit a 32-bit integer.</summary>
    public const int MaxRowOffset = int.MaxValue;

    /// <summary>ISO 3166-2 codes (IQ-NI); empty means every province.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public OperationKind? Kind { get; init; }
    /// <summary>An actor's English name as the extractor writes it (Counter-Terrorism Service); matched exactly, ignoring case.</summary>
    public string? Actor { get; init; }
    /// <summary>
    /// Free text: matched in the place and the evidence whatever the hamza, ya, ta marbuta or diacritics, and as an
    /// English or Arabic province or place name. See <see cref="OperationSearch"/>.
    /// </summary>
    public string? Text { get; init; }
    /// <summary>
    /// Only operations in this review state. Unset, every state but <see cref="ReviewState.Rejected"/>: rejected
    /// operations stay out of the timeline, the counts and the exports unless this asks for them explicitly.
    /// </summary>
    public ReviewState? Review { get; init; }
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
    /// <summary>
    /// Keyset paging (the API's <c>after</c>): the operations after this place in the timeline's order, instead of
    /// <see cref="Page"/>. Exports and counts ignore it, like the page.
    /// </summary>
    public TimelineCursor? After { get; init; }

    /// <summary>True when any filter other than paging is set.</summary>
    public bool IsFiltered => Provinces.Count > 0 || From is not null || To is not null || Kind is not null || Actor is not null || Text is not null || Review is not null;

    /// <summary>
    /// Reads the filters from query-string values. Each problem is listed under the parameter's name: an unknown
    /// province, a date not of the form YYYY-MM-DD (YYYY-MM and YYYY are read as the first day for <c>from</c> and the
    /// last day for <c>to</c>; years 0001 to 9999), from after to, an unknown kind, a page below 1, a page size outside
    /// 1..500, a page whose offset does not fit 32 bits (page * pageSize over <see cref="MaxRowOffset"/>), an actor or
    /// text search that is too long or holds a control character (NUL, escape...) or half of a surrogate pair, a
    /// review state other than unreviewed, confirmed, corrected or rejected, an <c>after</c> that is not a cursor
    /// this API wrote (<see cref="TimelineCursor"/>) or that comes with <c>page</c>. Tabs and line breaks in text read
    /// as spaces. Nothing this returns without errors makes a query fail.
    /// </summary>
    public static (OperationFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        IEnumerable<string?>? province, string? from, string? to, string? kind, string? page, string? pageSize,
        string? actor = null, string? q = null, string? review = null, string? after = null)
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
        var fromDate = ParseDate("from", from, periodEnd: false, errors);
        var toDate = ParseDate("to", to, periodEnd: true, errors);
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
        ReviewState? parsedReview = null;
        if (!string.IsNullOrWhiteSpace(review))
        {
            parsedReview = ParseReview(review);
            if (parsedReview is null)
            {
                errors["review"] = [$"'{review}' is not a review state; use one of {string.Join(", ", Enum.GetValues<ReviewState>().Select(ReviewName))}."];
            }
        }
        var pageNumber = ParseInt("page", page, 1, 1, int.MaxValue, errors);
        var size = ParseInt("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize, errors);
        if ((long)pageNumber * size > MaxRowOffset)
        {
            // The rows skipped, (page - 1) * pageSize, must fit the databases' and LINQ's 32-bit offset.
            errors["page"] = [$"page {pageNumber} of {size} operations is past any result; page * pageSize may be at most {MaxRowOffset}."];
            pageNumber = 1;
        }
        TimelineCursor? cursor = null;
        if (!string.IsNullOrWhiteSpace(after))
        {
            cursor = TimelineCursor.Decode(after.Trim());
            if (cursor is null)
            {
                var shown = after.Length > TimelineCursor.MaxLength ? after[..TimelineCursor.MaxLength] + "..." : after;
                errors["after"] = [$"'{shown}' is not a cursor; use the 'next' value of a previous answer."];
            }
            else if (!string.IsNullOrWhiteSpace(page))
            {
                errors["after"] = ["after and page cannot be combined: after continues from a cursor, page counts from the start."];
                cursor = null;
            }
        }
        var filter = new OperationFilter
        {
            Provinces = provinces,
            From = fromDate,
            To = toDate,
            Kind = parsedKind,
            Actor = ParseText("actor", actor, MaxActorLength, errors),
            Text = ParseText("q", q, MaxTextLength, errors),
            Review = parsedReview,
            Page = pageNumber,
            PageSize = size,
            After = cursor,
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

    /// <summary>A review state by its name (unreviewed, confirmed, corrected, rejected), ignoring case.</summary>
    public static ReviewState? ParseReview(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            if (string.Equals(state.ToString(), v, StringComparison.OrdinalIgnoreCase))
            {
                return state;
            }
        }
        return null;
    }

    /// <summary>A review state as the API, the filter and the CSV write it: unreviewed, confirmed, corrected, rejected.</summary>
    public static string ReviewName(ReviewState state) => state.ToString().ToLowerInvariant();

    /// <summary>
    /// The filter as query parameters, in a fixed order (province, from, to, kind, actor, q, review, page, pageSize, after), leaving out
    /// what is not set and the default page and page size. <see cref="Parse"/> reads them back to an equal filter.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToQueryParameters(bool includePaging = true)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var p in Provinces)
        {
            list.Add(new("province", p));
        }
        if (From is { } from)
        {
            list.Add(new("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (To is { } to)
        {
            list.Add(new("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (Kind is { } kind)
        {
            list.Add(new("kind", ExtractionJson.Name(kind)));
        }
        if (Actor is not null)
        {
            list.Add(new("actor", Actor));
        }
        if (Text is not null)
        {
            list.Add(new("q", Text));
        }
        if (Review is { } review)
        {
            list.Add(new("review", ReviewName(review)));
        }
        if (includePaging && Page != 1)
        {
            list.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }
        if (includePaging && PageSize != DefaultPageSize)
        {
            list.Add(new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
        }
        if (includePaging && After is { } after)
        {
            list.Add(new("after", after.Encode()));
        }
        return list;
    }

    /// <summary>"?province=IQ-KI&amp;from=2024-01-01&amp;q=..." (escaped), or "" when nothing is set.</summary>
    public string ToQueryString(bool includePaging = true)
    {
        var parameters = ToQueryParameters(includePaging);
        if (parameters.Count == 0)
        {
            return "";
        }
        return "?" + string.Join("&", parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>
    /// A short description for file names: "IQ-KI_2020-01-01_to_2025-12-31_airstrike", "all" when nothing is set.
    /// Letters (Arabic too), digits and '-' only.
    /// </summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Provinces.Count > 0)
        {
            parts.Add(string.Join('+', Provinces));
        }
        if (From is not null || To is not null)
        {
            parts.Add($"{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "start"}_to_{To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "end"}");
        }
        if (Kind is { } kind)
        {
            parts.Add(ExtractionJson.Name(kind));
        }
        if (Actor is not null)
        {
            parts.Add(Slug(Actor));
        }
        if (Text is not null)
        {
            parts.Add("q-" + Slug(Text));
        }
        if (Review is { } review)
        {
            parts.Add(ReviewName(review));
        }
        return parts.Count == 0 ? "all" : string.Join('_', parts.Where(p => p.Length > 0));
    }

    private static string Slug(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
            if (sb.Length >= 40)
            {
                break;
            }
        }
        return sb.ToString().Trim('-');
    }

    private static DateOnly? ParseDate(string name, string? value, bool periodEnd, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (DateOnly.TryParseExact(v, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            // The month's last day without adding a month, which overflows past December 9999.
            return periodEnd ? new DateOnly(m.Year, m.Month, DateTime.DaysInMonth(m.Year, m.Month)) : m;
        }
        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return periodEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        errors[name] = [$"'{value}' is not a date of the form YYYY-MM-DD (or YYYY-MM, or YYYY)."];
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

    private static string? ParseText(string name, string? value, int maxLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (TextProblem(value) is { } problem)
        {
            errors[name] = [$"'{name}' {problem}."];
            return null;
        }
        // Tabs and line breaks are white space to a reader: one space each, before trimming.
        var v = value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
        if (v.Length == 0)
        {
            return null;
        }
        if (v.Length > maxLength)
        {
            errors[name] = [$"'{name}' is {v.Length} characters long; at most {maxLength} are accepted."];
            return null;
        }
        return v;
    }

    /// <summary>
    /// Why a text value cannot be searched, or null: a control character other than tab and line breaks (NUL, which
    /// PostgreSQL refuses in text, escape, delete...), or half of a surrogate pair (a character cut in two).
    /// </summary>
    public static string? TextProblem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a whole character outside the Basic Multilingual Plane (an emoji): fine
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return $"holds half of a surrogate pair at position {i + 1}";
            }
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return $"holds the control character U+{(int)c:X4} at position {i + 1}";
            }
        }
        return null;
    }

    /// <summary>Record equality compares the province list by reference; filters compare by value.</summary>
    public bool Equals(OperationFilter? other) =>
        other is not null
        && Provinces.SequenceEqual(other.Provinces, StringComparer.Ordinal)
        && From == other.From && To == other.To && Kind == other.Kind
        && Actor == other.Actor && Text == other.Text && Review == other.Review && Page == other.Page && PageSize == other.PageSize && After == other.After;

    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(string.Join(',', Provinces), From, To, Kind), Actor, Text, Review, Page, PageSize, After);
}
