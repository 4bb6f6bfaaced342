using System.Linq.Expressions;
using System.Reflection;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Data.Queries;

/// <summary>What a text search looks for: folded texts to find in the place or the evidence, and provinces it names.</summary>
public sealed record SearchTerms(IReadOnlyList<string> Texts, IReadOnlyList<string> ProvinceCodes);

/// <summary>
/// The timeline's text search. Both sides are folded the same way, so 'هيئة', 'هيئه' and 'هياة' find each other:
/// the query with <see cref="ArabicNormalizer.NormalizeTerm"/>, the stored place and evidence in SQL by
/// <see cref="FoldSql"/>, a chain of REPLACE calls that applies the letter foldings of the normaliser (one alef, ya for
/// alef maqsura and hamza seats, ha for ta marbuta, waw for waw hamza, no diacritics or tatweel, ASCII digits, lower
/// case). Nothing is stored: the fold is computed by the database at query time, on SQLite and PostgreSQL alike, so it
/// applies to every row however it was written (docs/decisions/0005-dashboard-search-and-tallies.md).
/// A query that is an English or Arabic province name (Kirkuk, كركوك) also matches that province's operations, and an
/// English place name (Hamrin) is searched under its Arabic names from the gazetteer.
/// </summary>
public static class OperationSearch
{
    /// <summary>The foldings applied in SQL, in order; each is one REPLACE. They mirror ArabicNormalizer's letter foldings.</summary>
    public static IReadOnlyList<(string From, string To)> SqlFolds { get; } = BuildFolds();

    private static readonly MethodInfo Replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo ListContains = typeof(List<string>).GetMethod(nameof(List<string>.Contains), [typeof(string)])!;

    /// <summary>A query folded as the stored text is folded: <see cref="ArabicNormalizer.NormalizeTerm"/>, in lower case.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ArabicNormalizer.NormalizeTerm(text).ToLowerInvariant();
    }

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
            var names = p.Variants.Split('|', StringSplitOptions.RemoveEmptyEntries).Append(p.NameEn).Append(p.NameAr).Select(Fold);
            if (names.Any(n => n == folded || (folded.Length >= 3 && n.Contains(folded, StringComparison.Ordinal))))
            {
                provinces.Add(p.Code);
            }
        }
        var places = new List<GazetteerEntry>();
        if (Gazetteer.Default.Lookup(query) is { } exact)
        {
            places.Add(exact);
        }
        if (IsLatin(query) && folded.Length >= 3)
        {
            places.AddRange(Gazetteer.Default.Entries
                .Where(e => e.Type != PlaceType.Province
                    && e.Variants.Append(e.NameEn).Any(n => IsLatin(n) && n.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)))
                .Take(25));
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
            foreach (var name in place.Variants.Prepend(place.NameAr).Where(n => !IsLatin(n)).Select(Fold))
            {
                if (name.Length > 0 && !texts.Contains(name))
                {
                    texts.Add(name);
                }
            }
        }
        return new SearchTerms(texts, provinces);
    }

    /// <summary>
    /// <paramref name="text"/> folded by SQL functions EF Core translates on both providers (REPLACE, LOWER). Compiled
    /// and run in memory it gives the same result, which the tests compare with <see cref="Fold"/>.
    /// </summary>
    public static Expression FoldSql(Expression text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text;
        foreach (var (from, to) in SqlFolds)
        {
            folded = Expression.Call(folded, Replace, Expression.Constant(from), Expression.Constant(to));
        }
        return Expression.Call(folded, ToLower);
    }

    /// <summary>Operations whose place or evidence contains one of the texts, or whose province is one of the provinces.</summary>
    public static Expression<Func<Operation, bool>> Predicate(SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var o = Expression.Parameter(typeof(Operation), "o");
        Expression body = Expression.Constant(false);
        if (terms.ProvinceCodes.Count > 0)
        {
            var codes = Expression.Property(Expression.Constant(new Box<List<string>>([.. terms.ProvinceCodes])), nameof(Box<object>.Value));
            var province = Expression.Property(o, nameof(Operation.ProvinceCode));
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.NotEqual(province, Expression.Constant(null, typeof(string))),
                Expression.Call(codes, ListContains, province)));
        }
        var place = Expression.Property(o, nameof(Operation.Place));
        var evidence = Expression.Property(o, nameof(Operation.EvidenceText));
        foreach (var text in terms.Texts)
        {
            // A member of a closure object becomes a SQL parameter, not a literal.
            var term = Expression.Property(Expression.Constant(new Box<string>(text)), nameof(Box<object>.Value));
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.NotEqual(place, Expression.Constant(null, typeof(string))),
                Expression.Call(FoldSql(place), Contains, term)));
            body = Expression.OrElse(body, Expression.Call(FoldSql(evidence), Contains, term));
        }
        return Expression.Lambda<Func<Operation, bool>>(body, o);
    }

    private static bool IsLatin(string s) =>
        s.Any(char.IsAsciiLetter) && !s.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static List<(string From, string To)> BuildFolds()
    {
        var folds = new List<(string, string)>
        {
            ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"),
            ("ى", "ي"), ("ئ", "ي"), ("ی", "ي"),
            ("ة", "ه"),
            ("ؤ", "و"),
            ("ک", "ك"),
            ("\u0640", ""), // tatweel
            ("\u0670", ""), // superscript alef
        };
        for (var c = '\u064B'; c <= '\u0655'; c++)
        {
            folds.Add((c.ToString(), "")); // tanwin, harakat, shadda, sukun, maddah and hamza above and below
        }
        for (var d = 0; d <= 9; d++)
        {
            folds.Add((((char)('\u0660' + d)).ToString(), ((char)('0' + d)).ToString()));
        }
        return folds;
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
