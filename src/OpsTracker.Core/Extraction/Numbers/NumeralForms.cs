namespace OpsTracker.Core.Extraction.Numbers;

/// <summary>
/// Forms of number words the grammar makes from the ones numbers.json lists, so that the list holds lemmas and the
/// reader knows every spelling built from them: the hundreds a unit is written joined to ("ثمانيمائة" as "ثلاثمئة"),
/// and the construct dual, which drops its nun before the counted noun ("مئتي عنصر"، "ألفي مسلح").
/// </summary>
internal static class NumeralForms
{
    /// <summary>The smallest and largest unit a hundred is written joined to: "ثلاثمئة" to "تسعمئة".</summary>
    private const int FirstJoinedUnit = 3;
    private const int LastJoinedUnit = 9;

    /// <summary>
    /// Adds each unit from three to nine (in each of its listed spellings) joined to each spelling of the hundred word
    /// ("مئة"، "مائة"), worth the unit times a hundred; a form already listed keeps its value.
    /// </summary>
    public static void AddJoinedHundreds(Dictionary<string, int> hundreds, IReadOnlyDictionary<string, int> units, IEnumerable<string> hundredWords)
    {
        var words = hundredWords.ToList();
        foreach (var (unit, value) in units)
        {
            if (value is < FirstJoinedUnit or > LastJoinedUnit)
            {
                continue;
            }
            foreach (var hundred in words)
            {
                hundreds.TryAdd(unit + hundred, value * 100);
            }
        }
    }

    /// <summary>
    /// Adds the construct form of each dual the dictionary lists: a word that is its own singular plus "ان" or "ين"
    /// (the ta marbuta of the singular written "ت" before the ending: "مئة" → "مئتان") and is worth twice it, with its
    /// nun dropped ("مئتا"، "مئتي"، "ألفي"). A construct form that spells another listed word ("ألفا", the
    /// accusative of a thousand) is not added: the listed reading stands.
    /// </summary>
    public static void AddConstructDuals<T>(Dictionary<string, T> words)
        where T : System.Numerics.INumber<T>
    {
        var two = T.One + T.One;
        foreach (var (word, value) in words.ToList())
        {
            if (word.Length < 4 || !(word.EndsWith("ان", StringComparison.Ordinal) || word.EndsWith("ين", StringComparison.Ordinal)))
            {
                continue;
            }
            var stem = word[..^2];
            var singular = stem.EndsWith('ت') ? string.Concat(stem.AsSpan(0, stem.Length - 1), "ه") : stem;
            if (words.TryGetValue(singular, out var one) && one * two == value)
            {
                words.TryAdd(word[..^1], value);
            }
        }
    }
}
