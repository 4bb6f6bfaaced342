using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Numbers;

/// <summary>A count read from tokens [FirstToken, LastToken]: digits or words, with its hedge.</summary>
public sealed record CountExpression(int FirstToken, int LastToken, long Value, bool Approximate, bool InWords)
{
    /// <summary>The first token of the number itself (after any hedge such as نحو).</summary>
    public int NumberToken { get; init; } = FirstToken;
}

/// <summary>
/// Reads counts in digits ("26280", "50 ألف") and in words ("خمسة وعشرين", "ثلاثمائة", "أحد عشر"), with the
/// hedges that make them approximate ("نحو", "أكثر من"). Word lists come from numbers.json.
/// </summary>
public sealed class NumberReader
{
    private static readonly Lazy<NumberReader> Lazy = new(() => new NumberReader(EmbeddedData.Open("numbers.json")));

    // Filled from numbers.json, then frozen: they are only read afterwards, at nearly every token of every report.
    private readonly FrozenDictionary<string, int> _units;
    private readonly FrozenDictionary<string, int> _tens;
    private readonly FrozenDictionary<string, int> _hundreds;
    private readonly FrozenDictionary<string, long> _multipliers;
    private readonly FrozenSet<string> _teenSecond;
    private readonly FrozenSet<string> _twelve;
    private readonly FrozenSet<string> _vague;
    private readonly FrozenSet<string> _pluralMultipliers;
    private readonly FrozenSet<string> _oddWords;
    private readonly FrozenSet<string> _fewWords;
    private readonly FrozenDictionary<string, int> _ordinalsAfterWa;
    private readonly List<string[]> _approximators = [];
    private readonly FrozenSet<string> _approximatorFirstWords;

    /// <summary>
    /// Every word a count in words can start with (units, tens, hundreds, multipliers, the first word of twelve):
    /// a word none of whose readings is here starts no count, which most words of a report are told by one look-up.
    /// </summary>
    private readonly FrozenSet<string> _countWords;

    /// <summary>
    /// This reader's number among the word lists of <see cref="PhraseFirstWords"/>, under which every count word and
    /// every first word of a hedge is registered: a word whose shared <see cref="WordForms"/> says none of its
    /// readings is one starts no count, told by one bit test at each token instead of looking each of its readings
    /// up in two sets (the readings it asks are among those the registry looks up, so a clear bit never lies).
    /// </summary>
    private readonly int _countStarts = PhraseFirstWords.NewMatcher();

    public NumberReader(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        _units = Read(root.GetProperty("units"));
        _tens = Read(root.GetProperty("tens"));
        var hundreds = new Dictionary<string, int>(Read(root.GetProperty("hundreds")), StringComparer.Ordinal);
        var multipliers = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("multipliers").EnumerateObject())
        {
            multipliers[ArabicNormalizer.NormalizeTerm(p.Name)] = p.Value.GetInt64();
        }
        NumeralForms.AddJoinedHundreds(hundreds, _units, Words(root.GetProperty("hundredWords")));
        NumeralForms.AddConstructDuals(hundreds);
        NumeralForms.AddConstructDuals(multipliers);
        _hundreds = hundreds.ToFrozenDictionary(StringComparer.Ordinal);
        _multipliers = multipliers.ToFrozenDictionary(StringComparer.Ordinal);
        _pluralMultipliers = Words(root.GetProperty("pluralMultipliers"));
        _oddWords = Words(root.GetProperty("oddWords"));
        _fewWords = Words(root.GetProperty("fewWords"));
        _teenSecond = Words(root.GetProperty("teenSecondWords"));
        _twelve = Words(root.GetProperty("twelve"));
        _vague = Words(root.GetProperty("vague"));
        // "وثالث": kept with the conjunction written on them, the only place they are read.
        _ordinalsAfterWa = Read(root.GetProperty("ordinals")).ToFrozenDictionary(p => "و" + p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var w in root.GetProperty("approximators").EnumerateArray())
        {
            _approximators.Add(ArabicNormalizer.NormalizeTerm(w.GetString()!).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        _approximators.Sort((a, b) => b.Length.CompareTo(a.Length));
        _approximatorFirstWords = _approximators.Select(a => a[0]).ToFrozenSet(StringComparer.Ordinal);
        _countWords = _units.Keys.Concat(_tens.Keys).Concat(_hundreds.Keys).Concat(_multipliers.Keys).Concat(_twelve)
            .ToFrozenSet(StringComparer.Ordinal);
        foreach (var word in _countWords.Concat(_approximatorFirstWords))
        {
            PhraseFirstWords.Add(word, _countStarts);
        }
    }

    public static NumberReader Default => Lazy.Value;

    /// <summary>
    /// "وثالث"، "ورابعا": the value of an indefinite masculine ordinal written with the conjunction و on it (numbers.json
    /// ordinals), which after people counted names one more of them; null for any other word.
    /// </summary>
    public int? OrdinalAfterWa(Token token) => token.IsWord && _ordinalsAfterWa.TryGetValue(token.Text, out var v) ? v : null;

    /// <summary>"عشرات", "عدد من": a quantity that is not a count.</summary>
    public bool IsVague(Token token) => token.IsWord && AnyIn(token.Readings, _vague);

    /// <summary>The value of a single number word ("ثلاثة", "وعشرين", "مئة"), ignoring compounds; null if none.</summary>
    public int? WordValue(string word)
    {
        foreach (var r in WordForms.Of(word).ReadingsKeepingArticle)
        {
            if (AfterLike(word, r))
            {
                continue;
            }
            if (_units.TryGetValue(r, out var u)) return u;
            if (_tens.TryGetValue(r, out var t)) return t;
            if (_hundreds.TryGetValue(r, out var h)) return h;
        }
        return null;
    }

    /// <summary>Reads a count whose hedge or number starts at token <paramref name="i"/>; null when none does.</summary>
    /// <remarks>
    /// Inlined at its callers (the figure finder asks it at every token of every sentence): a token that is neither
    /// digits nor a word a hedge or a count in words starts with is turned away without a call, read straight from
    /// the tokens' array (<see cref="TokenList.AsSpan"/>); the rest goes on to <see cref="ReadFrom"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CountExpression? ReadAt(TokenList tokens, int i)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var span = tokens.AsSpan();
        if (i >= span.Length)
        {
            return null;
        }
        var token = span[i];
        if (!token.IsNumber && !(token.IsWord && token.MayStartAPhraseOf(_countStarts)))
        {
            // Neither digits nor a word that a hedge or a count in words starts with.
            return null;
        }
        return ReadFrom(tokens, i);
    }

    /// <summary><see cref="ReadAt"/> at a token that may start a count.</summary>
    private CountExpression? ReadFrom(TokenList tokens, int i)
    {
        var approximate = false;
        var start = i;
        var hedge = MatchApproximator(tokens, i);
        if (hedge > 0)
        {
            approximate = true;
            i += hedge;
        }
        if (i >= tokens.Count)
        {
            return null;
        }
        var number = tokens[i].IsNumber ? ReadDigits(tokens, i) : ReadWords(tokens, i);
        if (number is null)
        {
            return null;
        }
        var (value, last, inWords) = number.Value;
        last = RestatedInTheOtherForm(tokens, value, last, inWords);
        // "تقريبا" after the number hedges it too.
        if (last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].Text == "تقريبا")
        {
            approximate = true;
        }
        // "ونيف" (and some) is the numeral's own last part: "ثلاثين ونيف إرهابيا" is thirty odd, its noun after it.
        else if (last + 1 < tokens.Count && tokens[last + 1].IsWord && _oddWords.Contains(tokens[last + 1].Text))
        {
            approximate = true;
            last++;
        }
        return new CountExpression(start, last, value, approximate, inWords) { NumberToken = i };
    }

    /// <summary>
    /// "(36) ستة وثلاثين إرهابيا"، "ستة وثلاثين (36) إرهابيا": official statements give a count in digits in brackets and
    /// in words, one after the other; the two are one count, whose noun follows the second. The last token of that
    /// second form, else <paramref name="last"/>.
    /// </summary>
    private int RestatedInTheOtherForm(TokenList tokens, long value, int last, bool inWords)
    {
        // Brackets are no tokens: the two forms stand side by side.
        if (last + 1 >= tokens.Count)
        {
            return last;
        }
        if (!inWords && tokens[last + 1].IsWord && ReadWords(tokens, last + 1) is { InWords: true } words && words.Value == value)
        {
            return words.Last;
        }
        if (inWords && tokens[last + 1].IsNumber && ReadDigits(tokens, last + 1) is { } digits && digits.Value == value)
        {
            return digits.Last;
        }
        return last;
    }

    /// <summary>How many tokens an approximation phrase at <paramref name="i"/> spans (0 when none).</summary>
    public int MatchApproximator(TokenList tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord || !AnyIn(tokens[i].ReadingsKeepingArticle, _approximatorFirstWords))
        {
            return 0;
        }
        foreach (var phrase in _approximators)
        {
            if (i + phrase.Length > tokens.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < phrase.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.IsWord && (k == 0 ? t.ReadingsKeepingArticle.Contains(phrase[k]) : t.Text == phrase[k]);
            }
            if (ok && i + phrase.Length < tokens.Count && (tokens[i + phrase.Length].IsNumber || WordValue(tokens[i + phrase.Length].Text) is not null))
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    private (long Value, int Last, bool InWords)? ReadDigits(TokenList tokens, int i)
    {
        var text = tokens[i].Text;
        if (text.Contains('.', StringComparison.Ordinal))
        {
            // 1.5 مليون: a decimal only makes sense before a multiplier.
            if (i + 1 < tokens.Count && Multiplier(tokens[i + 1]) is { } m && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var dec))
            {
                return ((long)(dec * m), i + 1, false);
            }
            // "1.200": with no multiplier after it, groups of exactly three digits after each point are thousands
            // written the European way (no count of people or hideouts is a fraction).
            return DotGroupedThousands(text) is { } grouped ? (grouped, i, false) : null;
        }
        if (text.Length > 12 || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        if (i + 1 < tokens.Count && Multiplier(tokens[i + 1]) is { } mult)
        {
            var (rest, last) = DigitsAdded(tokens, i + 1, mult);
            return (value * mult + rest, last, false);
        }
        return (value, i, false);
    }

    /// <summary>"1.200" → 1200, "12.500.000" → 12500000: one to three digits, then groups of three after points; null otherwise.</summary>
    private static long? DotGroupedThousands(string text)
    {
        var groups = text.Split('.');
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != ThousandsGroupDigits))
        {
            return null;
        }
        return long.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Digits in each group a thousands separator sets off.</summary>
    private const int ThousandsGroupDigits = 3;

    /// <summary>
    /// "4 آلاف و384", "ألف و720": the digits joined by "و" to a thousand are added to it, when fewer than it (the press
    /// writes the remainder of a large count in digits). Returns what is added and the count's last token.
    /// </summary>
    private static (long Added, int Last) DigitsAdded(TokenList tokens, int multiplierToken, long multiplier)
    {
        var and = multiplierToken + 1;
        if (and + 1 < tokens.Count && tokens[and].IsWord && tokens[and].Text == Particles.Wa && tokens[and + 1].IsNumber
            && long.TryParse(tokens[and + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var rest) && rest < multiplier)
        {
            return (rest, and + 1);
        }
        return (0, multiplierToken);
    }

    private long? Multiplier(Token t)
    {
        if (!t.IsWord)
        {
            return null;
        }
        foreach (var r in t.ReadingsKeepingArticle)
        {
            if (_multipliers.TryGetValue(r, out var m) && !AfterLike(t.Text, r))
            {
                return m;
            }
        }
        return null;
    }

    private (long Value, int Last, bool InWords)? ReadWords(TokenList tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord || !_countWords.Contains(tokens[i].Text) && !AnyIn(tokens[i].ReadingsKeepingArticle, _countWords))
        {
            // Not a count word under any reading: the loop below would stop at this word having read nothing.
            return null;
        }
        if (i > 0 && _teenSecond.Contains(tokens[i].Text) && tokens[i - 1].IsWord && AnyIn(tokens[i - 1].Readings, _fewWords))
        {
            // "بضعة عشر": a few and ten, a vague teen; its ten is no count of its own.
            return null;
        }
        long total = 0, group = 0;
        var last = -1;
        var j = i;
        while (j < tokens.Count && tokens[j].IsWord)
        {
            var word = tokens[j].Text;
            // After the first term, only "و" may join the next term ("خمسة وعشرون").
            // "ثلاث مئة": a hundred written apart from its unit multiplies it.
            var hundredAfterUnit = group is >= 3 and <= 9 && _hundreds.TryGetValue(word, out var h) && h == 100;
            if (j > i && !word.StartsWith('و') && Multiplier(tokens[j]) is null && !_teenSecond.Contains(word) && !hundredAfterUnit)
            {
                break;
            }
            if (j > i && _teenSecond.Contains(word) && group is >= 1 and <= 9)
            {
                group += 10;
                last = j++;
                continue;
            }
            if (_twelve.Contains(Strip(word)) && j + 1 < tokens.Count && _teenSecond.Contains(tokens[j + 1].Text))
            {
                group += 12;
                last = j + 1;
                j += 2;
                continue;
            }
            if (Multiplier(tokens[j]) is { } mult)
            {
                if (last < 0 && _pluralMultipliers.Contains(Strip(word)))
                {
                    // "ألف" alone is a thousand, "ألفين" two and "مليون" a million; the plural "آلاف" alone is vague.
                    break;
                }
                total += (group == 0 ? 1 : group) * mult;
                group = 0;
                last = j++;
                continue;
            }
            var reading = Strip(word);
            // "الأحد" is Sunday, not one: number words do not take the article.
            if (Article.Begins(reading))
            {
                break;
            }
            var v = Lookup(reading);
            if (v is null)
            {
                break;
            }
            if (v >= 100 && group is > 0 and < 10)
            {
                // "ثلاث مئة"
                group *= v.Value;
            }
            else
            {
                group += v.Value;
            }
            last = j++;
        }
        if (last < 0)
        {
            return null;
        }
        if (group == 0 && Multiplier(tokens[last]) is { } lastMultiplier)
        {
            // "ألف و720": the words end on a thousand and its remainder follows in digits.
            var (rest, restLast) = DigitsAdded(tokens, last, lastMultiplier);
            return (total + rest, restLast, rest == 0);
        }
        return (total + group, last, true);
    }

    private int? Lookup(string reading)
    {
        if (_units.TryGetValue(reading, out var u)) return u;
        if (_tens.TryGetValue(reading, out var t)) return t;
        if (_hundreds.TryGetValue(reading, out var h) && reading != "مئات") return h;
        return null;
    }

    /// <summary>The word without its joined conjunction or preposition.</summary>
    private string Strip(string word)
    {
        foreach (var r in WordForms.Of(word).ReadingsKeepingArticle)
        {
            if (AfterLike(word, r))
            {
                continue;
            }
            if (Lookup(r) is not null || _twelve.Contains(r) || _multipliers.ContainsKey(r))
            {
                return r;
            }
        }
        return word;
    }

    /// <summary>
    /// Whether <paramref name="reading"/> is <paramref name="word"/> read without the preposition "ك" (like): no
    /// count is written "like five", and the reading made "كمية" (a quantity) "ك" + "مئة", a hundred.
    /// </summary>
    private static bool AfterLike(string word, string reading) =>
        word.Length > reading.Length && word[word.Length - reading.Length - 1] == 'ك';

    private static bool AnyIn(string[] readings, FrozenSet<string> words)
    {
        foreach (var r in readings)
        {
            if (words.Contains(r))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenDictionary<string, int> Read(JsonElement obj)
    {
        var read = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            read[ArabicNormalizer.NormalizeTerm(p.Name)] = p.Value.GetInt32();
        }
        return read.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Words(JsonElement array) =>
        array.EnumerateArray().Select(w => ArabicNormalizer.NormalizeTerm(w.GetString()!)).ToFrozenSet(StringComparer.Ordinal);
}
