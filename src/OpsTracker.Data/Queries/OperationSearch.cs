using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Data.Queries;

/// <summary>What a text search looks for: folded texts to find in the place or the evidence, and provinces it names.</summary>
public sealed record SearchTerms(IReadOnlyList<string> Texts, IReadOnlyList<string> ProvinceCodes);

/// <summary>
/// The timeline's text search. The query is folded with <see cref="ArabicNormalizer.NormalizeTerm"/> (one alef, ya
/// for alef maqsura and hamza seats, ha for ta marbuta, waw for waw hamza, no diacritics or tatweel, ASCII digits, lower
/// case), then each folded letter is widened back to every letter that folds to it, with diacritics and tatweel allowed
/// between letters (<see cref="Pattern"/>: 'هيئة' gives ه[يىئی]ه...). The stored place and evidence match that regular
/// expression exactly when their fold contains the folded query, so both sides are folded alike without storing a
/// folded column: one regular-expression scan per row (PostgreSQL's ~ operator; SQLite's REGEXP, which EF Core
/// provides), on every row however it was written (docs/decisions/0005-dashboard-search-and-tallies.md).
/// A query that is an English or Arabic province name (Kirkuk, كركوك) also matches that province's operations, and an
/// English place name (Hamrin) is searched under its Arabic names from the gazetteer.
/// </summary>
public static class OperationSearch
{
    /// <summary>The letter foldings of the normaliser that the pattern undoes: each (letter, folded) pair.</summary>
    public static IReadOnlyList<(string From, string To)> Folds { get; } = BuildFolds();

    /// <summary>Characters the fold drops (tatweel, diacritics), allowed anywhere between two letters of a match.</summary>
    private const string Ignorable = "[\u0640\u064B-\u0655\u0670]*";

    /// <summary>The characters with a meaning in a regular expression; others (even '_' or '#') are written as they are.</summary>
    private const string RegexSpecials = "\\^$.|?*+()[]{}";

    private static readonly Dictionary<char, string> Widened = BuildWidened();
    private static readonly MethodInfo IsMatch = typeof(Regex).GetMethod(nameof(Regex.IsMatch), [typeof(string), typeof(string)])!;
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
        // A text containing another adds nothing to "contains": 'جبال حمرين' goes when 'حمرين' is there.
        texts = [.. texts.Where(t => !texts.Any(other => other != t && t.Contains(other, StringComparison.Ordinal)))];
        return new SearchTerms(texts, provinces);
    }

    /// <summary>
    /// A regular expression (the same in .NET and PostgreSQL) matching text whose fold contains one of the folded
    /// <paramref name="texts"/>: each letter widened to the letters that fold to it (Latin letters to both cases),
    /// diacritics and tatweel allowed between letters, any run of white space (or a hashtag's underscores) for a space.
    /// </summary>
    public static string Pattern(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sb = new StringBuilder("(");
        var first = true;
        foreach (var text in texts)
        {
            if (!first)
            {
                sb.Append('|');
            }
            first = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (i > 0)
                {
                    sb.Append(Ignorable);
                }
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    // A character outside the Basic Multilingual Plane (an emoji) stays whole: nothing may come between
                    // its two halves, or the pattern is no longer valid text for PostgreSQL.
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    sb.Append('\uFFFD'); // half a character can match nothing real; the filter refuses it anyway
                }
                else if (char.IsWhiteSpace(c))
                {
                    sb.Append("[\\s_]+"); // '#صلاح_الدين' reads as words, as the normaliser reads it
                }
                else if (Widened.TryGetValue(c, out var widened))
                {
                    sb.Append(widened);
                }
                else if (char.IsAsciiLetter(c))
                {
                    // Case by a class: PostgreSQL takes embedded options only at the very start, where Npgsql puts its own.
                    sb.Append('[').Append(char.ToLowerInvariant(c)).Append(char.ToUpperInvariant(c)).Append(']');
                }
                else if (RegexSpecials.Contains(c))
                {
                    sb.Append('\\').Append(c); // escaped alike in both dialects
                }
                else
                {
                    sb.Append(c);
                }
            }
        }
        return sb.Append(')').ToString();
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
        if (terms.Texts.Count > 0)
        {
            // A member of a closure object becomes a SQL parameter, not a literal.
            var pattern = Expression.Property(Expression.Constant(new Box<string>(Pattern(terms.Texts))), nameof(Box<object>.Value));
            var place = Expression.Property(o, nameof(Operation.Place));
            var evidence = Expression.Property(o, nameof(Operation.EvidenceText));
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.NotEqual(place, Expression.Constant(null, typeof(string))),
                Expression.Call(IsMatch, place, pattern)));
            body = Expression.OrElse(body, Expression.Call(IsMatch, evidence, pattern));
        }
        return Expression.Lambda<Func<Operation, bool>>(body, o);
    }

    private static bool IsLatin(string s) =>
        s.Any(char.IsAsciiLetter) && !s.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static Dictionary<char, string> BuildWidened()
    {
        var widened = new Dictionary<char, string>();
        foreach (var group in Folds.Where(f => f.To.Length == 1).GroupBy(f => f.To[0]))
        {
            widened[group.Key] = "[" + group.Key + string.Concat(group.Select(f => f.From)) + "]";
        }
        return widened;
    }

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
            folds.Add((((char)('\u0660' + d)).ToString(), ((char)('0' + d)).ToString())); // Arabic-Indic digits
            folds.Add((((char)('\u06F0' + d)).ToString(), ((char)('0' + d)).ToString())); // Extended (Persian) digits
        }
        return folds;
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
