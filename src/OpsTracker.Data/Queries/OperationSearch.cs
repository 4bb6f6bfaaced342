using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Data.Queries;

/// <summary>What a text search looks for: folded texts to find in the search column, and provinces it names.</summary>
public sealed record SearchTerms(IReadOnlyList<string> Texts, IReadOnlyList<string> ProvinceCodes);

/// <summary>
/// The timeline's text search. The query is folded by <see cref="OperationSearchText.Fold"/>, the same function that
/// folded the stored place, evidence and actors into the operation's search column, so a match is a plain substring:
/// <c>LIKE '%text%'</c> with the wildcards of the query escaped, served by a trigram index on PostgreSQL and a scan of
/// the one narrow column on SQLite. No regular expression runs per row, and the work per row is bounded by the
/// lengths of the column and of the query (at most <see cref="OperationFilter.MaxTextLength"/> characters).
/// <para>
/// A query equal to a name of a province, an actor or a synonym group (<c>search-synonyms.json</c>) searches for every
/// name of it, English and Arabic (<c>Kirkuk</c> and <c>كركوك</c>, <c>ISIS</c>, <c>Daesh</c> and <c>داعش</c> find the
/// same rows); a province's name also matches that province's operations, and an English place name (Hamrin) is
/// searched under its Arabic names from the gazetteer (docs/decisions/0006-scale-indexes-search-and-exports.md).
/// </para>
/// </summary>
public static class OperationSearch
{
    /// <summary>The escape character of the LIKE patterns: it, % and _ in a query are matched literally.</summary>
    public const char LikeEscape = '\\';

    /// <summary>Gazetteer places an English query may stand for (more are not searched).</summary>
    private const int MaxPlaces = 25;

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> SynonymGroups = new(LoadSynonymGroups);

    /// <summary>The gazetteer's places (not provinces) with their Latin names, listed once rather than on every search.</summary>
    private static readonly Lazy<IReadOnlyList<(GazetteerEntry Entry, string[] LatinNames)>> LatinPlaces = new(() =>
        [.. Gazetteer.Default.Entries
            .Where(e => e.Type != PlaceType.Province)
            .Select(e => (e, e.Variants.Append(e.NameEn).Where(IsLatin).ToArray()))
            .Where(p => p.Item2.Length > 0)]);

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo StringProperty = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(string));
    private static readonly MethodInfo ListContains = typeof(List<string>).GetMethod(nameof(List<string>.Contains), [typeof(string)])!;

    /// <summary>A query folded as the stored text is folded (<see cref="OperationSearchText.Fold"/>).</summary>
    public static string Fold(string text) => OperationSearchText.Fold(text);

    /// <summary>The texts and provinces a query stands for; empty texts when the query folds to nothing.</summary>
    public static SearchTerms Terms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = Fold(query);
        var texts = new List<string>();
        var provinces = new List<string>();
        if (folded.Length == 0)
        {
            return new SearchTerms(texts, provinces);
        }
        texts.Add(folded);
        foreach (var p in ProvinceCatalog.Default.All)
        {
            var names = ProvinceNames(p).Select(Fold).Where(n => n.Length > 0).ToList();
            if (names.Contains(folded))
            {
                texts.AddRange(names); // one province, whichever language it is named in
                provinces.Add(p.Code);
            }
            else if (folded.Length >= 3 && names.Any(n => n.Contains(folded, StringComparison.Ordinal)))
            {
                provinces.Add(p.Code);
            }
        }
        // A query that names a province exactly stands for that province, whichever language names it.
        var namesProvince = provinces.Count > 0 && texts.Count > 1;
        foreach (var group in SynonymGroups.Value)
        {
            if (group.Contains(folded))
            {
                texts.AddRange(group);
            }
        }
        var places = new List<GazetteerEntry>();
        if (Gazetteer.Default.Lookup(query) is { } exact)
        {
            places.Add(exact);
        }
        if (IsLatin(query) && folded.Length >= 3 && !namesProvince)
        {
            var trimmed = query.Trim();
            places.AddRange(LatinPlaces.Value
                .Where(p => p.LatinNames.Any(n => n.Contains(trimmed, StringComparison.OrdinalIgnoreCase)))
                .Select(p => p.Entry)
                .Take(MaxPlaces));
        }
        foreach (var place in places)
        {
            if (place.Type == PlaceType.Province && place.ProvinceCode is { } code)
            {
                if (!provinces.Contains(code))
                {
                    provinces.Add(code);
                }
                continue;
            }
            texts.AddRange(place.Variants.Prepend(place.NameAr).Where(n => !IsLatin(n)).Select(Fold));
        }
        texts = [.. texts.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
        // A text containing another adds nothing to "contains": 'جبال حمرين' goes when 'حمرين' is there.
        texts = [.. texts.Where(t => !texts.Any(other => other != t && t.Contains(other, StringComparison.Ordinal)))];
        return new SearchTerms(texts, provinces);
    }

    /// <summary>The LIKE pattern finding <paramref name="text"/> anywhere: %text%, its %, _ and \ escaped.</summary>
    public static string LikePattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8).Append('%');
        foreach (var c in text)
        {
            if (c is '%' or '_' or LikeEscape)
            {
                sb.Append(LikeEscape);
            }
            sb.Append(c);
        }
        return sb.Append('%').ToString();
    }

    /// <summary>Operations whose search column contains one of the texts, or whose province is one of the provinces.</summary>
    public static Expression<Func<Operation, bool>> Predicate(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var o = Expression.Parameter(typeof(Operation), "o");
        Expression? body = null;
        if (terms.ProvinceCodes.Count > 0)
        {
            var codes = Expression.Property(Expression.Constant(new Box<List<string>>([.. terms.ProvinceCodes])), nameof(Box<object>.Value));
            var province = Expression.Property(o, nameof(Operation.ProvinceCode));
            body = Expression.AndAlso(
                Expression.NotEqual(province, Expression.Constant(null, typeof(string))),
                Expression.Call(codes, ListContains, province));
        }
        var column = Expression.Call(StringProperty, o, Expression.Constant(OperationSearchText.Column));
        foreach (var text in terms.Texts)
        {
            // A member of a closure object becomes a SQL parameter, not a literal.
            var pattern = Expression.Property(Expression.Constant(new Box<string>(LikePattern(text))), nameof(Box<object>.Value));
            Expression like = Expression.Call(Like, Expression.Constant(EF.Functions), column, pattern,
                Expression.Constant(LikeEscape.ToString()));
            body = body is null ? like : Expression.OrElse(body, like);
        }
        return Expression.Lambda<Func<Operation, bool>>(body ?? Expression.Constant(false), o);
    }

    private static IEnumerable<string> ProvinceNames(Province p) =>
        p.Variants.Split('|', StringSplitOptions.RemoveEmptyEntries).Append(p.NameEn).Append(p.NameAr);

    private static bool IsLatin(string s) =>
        s.Any(char.IsAsciiLetter) && !s.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>
    /// The actors of the extractor's lexicon (an English name and its Arabic names) and the groups of
    /// <c>search-synonyms.json</c>, each folded.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> LoadSynonymGroups()
    {
        var groups = new List<IReadOnlyList<string>>();
        using (var lexicon = JsonDocument.Parse(EmbeddedData.Open("lexicon.json")))
        {
            foreach (var actor in lexicon.RootElement.GetProperty("actors").EnumerateObject())
            {
                groups.Add(Folded(actor.Value.EnumerateArray().Select(n => n.GetString()!).Prepend(actor.Name)));
            }
        }
        using var stream = typeof(OperationSearch).Assembly.GetManifestResourceStream("OpsTracker.Data.Queries.search-synonyms.json")
            ?? throw new InvalidOperationException("search-synonyms.json is not embedded in OpsTracker.Data.");
        using var synonyms = JsonDocument.Parse(stream);
        foreach (var group in synonyms.RootElement.GetProperty("groups").EnumerateArray())
        {
            groups.Add(Folded(group.EnumerateArray().Select(n => n.GetString()!)));
        }
        return groups;

        static IReadOnlyList<string> Folded(IEnumerable<string> names) =>
            [.. names.Select(Fold).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
