using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OpsTracker.Web.Localization;

/// <summary>The CLDR plural categories a count can take in a language (Arabic uses all six, English one and other).</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// ICU/CLDR cardinal plural rules for the dashboard's languages, for whole non-negative counts (the only counts it
/// shows). No kept ICU MessageFormat library is served to this project, so the table is here, from CLDR's
/// plurals.xml:
/// <list type="bullet">
/// <item>ar: zero n = 0; one n = 1; two n = 2; few n % 100 = 3..10; many n % 100 = 11..99; other (100, 101, 102, ...).</item>
/// <item>en: one n = 1; other.</item>
/// </list>
/// A counted phrase is a resource string per category, keyed "KEY|zero", "KEY|one", ... "KEY|other" with the count as
/// {0}: Arabic "{0} قتلى" (few) but "{0} قتيلًا" (many), so numbers and nouns agree without concatenation. A category a
/// language lacks a string for falls back to "KEY|other".
/// </summary>
public static class PluralRules
{
    public static PluralCategory For(CultureInfo culture, long n)
    {
        ArgumentNullException.ThrowIfNull(culture);
        n = Math.Abs(n);
        if (culture.TwoLetterISOLanguageName == "ar")
        {
            var mod100 = n % 100;
            return n switch
            {
                0 => PluralCategory.Zero,
                1 => PluralCategory.One,
                2 => PluralCategory.Two,
                _ when mod100 is >= 3 and <= 10 => PluralCategory.Few,
                _ when mod100 is >= 11 and <= 99 => PluralCategory.Many,
                _ => PluralCategory.Other,
            };
        }
        return n == 1 ? PluralCategory.One : PluralCategory.Other;
    }

    /// <summary>The resource key suffix of a category ("|few").</summary>
    public static string Suffix(PluralCategory category) => "|" + category.ToString().ToLowerInvariant();

    /// <summary>
    /// "KEY" counted <paramref name="n"/> times in the current UI language: the string for n's plural category, else
    /// the "other" one, with n (plain digits) as {0} and <paramref name="more"/> as {1}, {2}, ...
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, long n, params object[] more)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var args = new object[more.Length + 1];
        args[0] = n.ToString(CultureInfo.InvariantCulture);
        more.CopyTo(args, 1);
        var exact = localizer[key + Suffix(For(CultureInfo.CurrentUICulture, n)), args];
        return exact.ResourceNotFound ? localizer[key + Suffix(PluralCategory.Other), args] : exact;
    }
}
