using System.Buffers;
using System.Text;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Dates;

/// <summary>A date expression over tokens [StartToken, EndToken) and characters [Start, End).</summary>
internal readonly record struct DateHit(int StartToken, int EndToken, int Start, int End, DateMentionKind Kind, DateSpec Spec)
{
    public int Length => End - Start;
}

/// <summary>
/// Reads date expressions from normalised text. The text is tokenised once; at every token each small grammar
/// rule (the Parse* methods) looks a bounded number of tokens ahead, so a scan is linear in the text's length.
/// The longest expression at each token is kept, then overlaps are settled longest first.
/// </summary>
internal sealed partial class DateScanner
{
    private readonly DateLexicon _lexicon;
    /// <summary>Rented from the shared pool (<see cref="DateTokenizer.Tokenize"/>) and given back by <see cref="Release"/>.</summary>
    private DateToken[] _tokens;

    /// <summary>How many entries of <see cref="_tokens"/> are tokens (the array has room to spare).</summary>
    private int _count;

    /// <summary>
    /// Marks a word's <see cref="DateToken.Tables"/> (no table has this bit: PhraseTableIndex.MaxTables): the tables
    /// (<see cref="PhraseTable{T}.Bit"/>) a clitic form of it starts a phrase of, found once per token as it is made
    /// (the eleven rules ask some thirty tables about the same token).
    /// </summary>
    internal const ulong Computed = 1UL << 63;

    /// <param name="words">The text's tokens from <see cref="Tokenizer"/> if the caller has them (<see cref="DateTokenizer.Tokenize"/>).</param>
    /// <param name="answers">The <see cref="WordAnswers"/> <paramref name="words"/> were tokenized with, or null.</param>
    public DateScanner(DateLexicon lexicon, string text, IReadOnlyList<Token>? words = null, WordAnswers? answers = null)
    {
        _lexicon = lexicon;
        _tokens = DateTokenizer.Tokenize(text, lexicon.Tables, words, answers, out _count);
        _dayPhraseOpeners = lexicon.TimesOfDay.Bit | lexicon.DayNouns.Bit | lexicon.DayOffsets.Bit | lexicon.Weekdays.Bit;
        _lookbackOpeners = lexicon.During.Bit | lexicon.NumberWords.Bit | lexicon.Units.Bit;
        _relativeYearOpeners = lexicon.PartOfPeriod.Bit | lexicon.This.Bit | lexicon.DefiniteYearNouns.Bit;
        _relativeMonthOrWeekOpeners = lexicon.PartOfPeriod.Bit | lexicon.This.Bit | lexicon.DefiniteMonthNouns.Bit | lexicon.WeekNouns.Bit;
        _hoursWindowOpeners = lexicon.During.Bit | lexicon.NumberWords.Bit | lexicon.HourNouns.Bit;
        _textDateOpeners = lexicon.OrdinalDays.Bit | lexicon.MonthNouns.Bit | lexicon.Months.Bit;
        _monthOpeners = lexicon.PartOfPeriod.Bit | lexicon.MonthNouns.Bit | lexicon.Months.Bit;
        _nounYearOpeners = lexicon.PartOfPeriod.Bit | lexicon.YearNouns.Bit;
    }

    /// <summary>The tables <see cref="ParseTextDate"/> may open with besides a day number (an ordinal day, the month noun, a month).</summary>
    private readonly ulong _textDateOpeners;

    /// <summary>The tables <see cref="ParseMonth"/> opens with (a part of a period, the month noun, a month).</summary>
    private readonly ulong _monthOpeners;

    /// <summary>The tables <see cref="ParseNounYear"/> opens with (a part of a period, the year noun).</summary>
    private readonly ulong _nounYearOpeners;

    /// <summary>The tables <see cref="ParseRelativeYear"/> opens with (a part of a period, this, the year noun).</summary>
    private readonly ulong _relativeYearOpeners;

    /// <summary>The tables <see cref="ParseRelativeMonthOrWeek"/> opens with (a part of a period, this, the month or week noun).</summary>
    private readonly ulong _relativeMonthOrWeekOpeners;

    /// <summary>The tables <see cref="ParseHoursWindow"/> may open with (during, a count in words, the hour noun); digits and the article open it too.</summary>
    private readonly ulong _hoursWindowOpeners;

    /// <summary>The tables <see cref="ParseDayPhrase"/> reads its first word from (a time of day, a day noun, an offset, a weekday).</summary>
    private readonly ulong _dayPhraseOpeners;

    /// <summary>
    /// The tables <see cref="ParseLookback"/> may open with (during, a count in words, a unit); digits and the article
    /// open it too.
    /// </summary>
    private readonly ulong _lookbackOpeners;

    /// <summary>
    /// Gives the token arrays back to the shared pool once the caller is done with the scan (its hits and their specs
    /// keep nothing of them): a report's scan is read within one extraction, and the next report's rents them again
    /// instead of allocating and zeroing them. The scanner must not be used after.
    /// </summary>
    internal void Release()
    {
        var tokens = _tokens;
        _tokens = [];
        _count = 0;
        if (tokens.Length > 0)
        {
            ArrayPool<DateToken>.Shared.Return(tokens);
        }
    }

    public List<DateHit> Scan()
    {
        var candidates = new List<DateHit>();
        for (var i = 0; i < _count; i++)
        {
            if (MayStartDate(i) && LongestAt(i) is { } hit)
            {
                candidates.Add(hit);
            }
        }
        return SelectNonOverlapping(candidates);
    }

    private DateHit? LongestAt(int i)
    {
        // Every rule in this order; a later one wins only when it reads more. A rule whose first step cannot hold at
        // this token is not called (it would read nothing): the numeric rules need digits here, the others a word
        // that starts a phrase of one of the tables they open with (the token's table bits, found once).
        ref readonly var token = ref _tokens[i];
        var number = token.IsNumber;
        var tables = token.IsWord ? TablesAt(i) : 0;
        DateHit? best = null;
        if (number)
        {
            KeepLonger(ref best, ParseNumericDate(i));
            KeepLonger(ref best, ParseNumericDayMonth(i));
        }
        if (number || (tables & _textDateOpeners) != 0)
        {
            KeepLonger(ref best, ParseTextDate(i));
        }
        if (number || (tables & _lexicon.OrdinalDays.Bit) != 0)
        {
            KeepLonger(ref best, ParseHijriDate(i));
        }
        if ((tables & _dayPhraseOpeners) != 0)
        {
            KeepLonger(ref best, ParseDayPhrase(i));
        }
        if ((tables & _monthOpeners) != 0)
        {
            KeepLonger(ref best, ParseMonth(i));
        }
        if ((tables & _nounYearOpeners) != 0)
        {
            KeepLonger(ref best, ParseNounYear(i));
        }
        if (number)
        {
            KeepLonger(ref best, ParseBareYear(i));
        }
        if ((tables & _relativeYearOpeners) != 0)
        {
            KeepLonger(ref best, ParseRelativeYear(i));
        }
        if ((tables & _relativeMonthOrWeekOpeners) != 0)
        {
            KeepLonger(ref best, ParseRelativeMonthOrWeek(i));
        }
        if ((tables & _lexicon.Since.Bit) != 0)
        {
            KeepLonger(ref best, ParseSince(i));
        }
        if (number || (tables & _lookbackOpeners) != 0 || IsArticle(i))
        {
            KeepLonger(ref best, ParseLookback(i));
        }
        if ((tables & _lexicon.Ago.Bit) != 0)
        {
            KeepLonger(ref best, ParseAgo(i));
        }
        if (number || (tables & _hoursWindowOpeners) != 0 || IsArticle(i))
        {
            KeepLonger(ref best, ParseHoursWindow(i));
        }
        return best;
    }

    private static void KeepLonger(ref DateHit? best, DateHit? hit)
    {
        if (hit is { } h && (best is null || h.Length > best.Value.Length))
        {
            best = h;
        }
    }

    /// <summary>Keeps the longest of overlapping hits (the earlier one on a tie), in text order.</summary>
    private List<DateHit> SelectNonOverlapping(List<DateHit> candidates)
    {
        var taken = new List<DateHit>(candidates.Count);
        var used = new bool[_count];
        // Candidates come one per token, so no two share a start and the order is total.
        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        foreach (var hit in candidates)
        {
            if (used.AsSpan(hit.StartToken, hit.EndToken - hit.StartToken).Contains(true))
            {
                continue;
            }
            used.AsSpan(hit.StartToken, hit.EndToken - hit.StartToken).Fill(true);
            taken.Add(hit);
        }
        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
        return taken;
    }

    /// <summary>A quick filter: only numbers and words some phrase starts with can open a date.</summary>
    private bool MayStartDate(int i)
    {
        ref readonly var token = ref _tokens[i];
        return token.IsNumber || token.IsWord && (token.Tables != Computed || token.IsArticle);
    }

    private DateHit Hit(int startToken, int endToken, DateMentionKind kind, DateSpec spec)
    {
        var start = _tokens[startToken].Start + StartOffset(startToken);
        return new DateHit(startToken, endToken, start, _tokens[endToken - 1].End, kind, spec);
    }

    /// <summary>
    /// Where a mention starts inside its first word: after a conjunction or preposition the lexicon does not know
    /// ('والاثنين' starts at 'الاثنين').
    /// </summary>
    private int StartOffset(int i)
    {
        if (!_tokens[i].IsWord)
        {
            return 0;
        }
        foreach (var (form, offset) in Forms(i))
        {
            if (_lexicon.StartWords.Contains(form))
            {
                return offset;
            }
        }
        return 0;
    }

    // ---- Tokens

    private bool IsWord(int i) => i >= 0 && i < _count && _tokens[i].IsWord;

    private bool IsNumber(int i) => i >= 0 && i < _count && _tokens[i].IsNumber;

    private bool IsSymbol(int i, char c) => i >= 0 && i < _count && _tokens[i].IsSymbol && _tokens[i].Text[0] == c;

    private bool IsSymbolIn(int i, string symbols) =>
        i >= 0 && i < _count && _tokens[i].IsSymbol && symbols.Contains(_tokens[i].Text[0], StringComparison.Ordinal);

    /// <summary>True when token i touches the token before it.</summary>
    private bool Glued(int i) => i >= 0 && i < _count && !_tokens[i].SpaceBefore;

    private bool IsArticle(int i) => i >= 0 && i < _count && _tokens[i].IsArticle;

    /// <summary>A number with the given count of digits and a value in range.</summary>
    private bool IsNumber(int i, int minDigits, int maxDigits, int min, int max, out int value)
    {
        value = IsNumber(i) ? _tokens[i].Value : -1;
        var digits = IsNumber(i) ? _tokens[i].Text.Length : 0;
        return digits >= minDigits && digits <= maxDigits && value >= min && value <= max;
    }

    /// <summary>
    /// True when a number belongs to a larger numeric expression that is not a date word: a clock (10:18), a
    /// decimal (3.5), a range (12-15) or a fraction.
    /// </summary>
    private bool InNumberChain(int i) =>
        Glued(i) && IsSymbolIn(i - 1, ".:/,-") && Glued(i - 1) && IsNumber(i - 2)
        || Glued(i + 1) && IsSymbolIn(i + 1, ".:/,-") && Glued(i + 2) && IsNumber(i + 2);

    private bool IsClock(int i) =>
        IsNumber(i, 1, 2, 0, 24, out _) && IsSymbol(i + 1, ':') && Glued(i + 1) && Glued(i + 2) && IsNumber(i + 2, 2, 2, 0, 59, out _);

    // ---- Phrases

    /// <summary>
    /// The longest phrase of a table at token i, its first word possibly behind clitics. End is the token after it.
    /// </summary>
    private bool Match<T>(PhraseTable<T> table, int i, out T value, out int end)
    {
        value = default!;
        end = -1;
        if (!IsWord(i) || (TablesAt(i) & table.Bit) == 0)
        {
            return false;
        }
        foreach (var (form, _) in Forms(i))
        {
            if (!table.MayStartWith(form))
            {
                continue;
            }
            for (var n = WordRun(i, table.MaxWords); n >= 1; n--)
            {
                if (table.TryGet(Phrase(form, i, n), out var found))
                {
                    value = found;
                    end = i + n;
                    return true;
                }
            }
        }
        return false;
    }

    private bool Match<T>(PhraseTable<T> table, int i, out int end) => Match(table, i, out _, out end);

    private bool Match<T>(PhraseTable<T> table, int i) => Match(table, i, out _, out _);

    /// <summary>True when a phrase of the table ends just before token i.</summary>
    private bool Precedes<T>(PhraseTable<T> table, int i)
    {
        for (var n = 1; n <= table.MaxWords; n++)
        {
            if (Match(table, i - n, out var end) && end == i)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first word's form and the n - 1 words after it, space-separated.</summary>
    private string Phrase(string form, int i, int n)
    {
        if (n == 1)
        {
            return form;
        }
        var sb = new StringBuilder(form);
        for (var k = 1; k < n; k++)
        {
            sb.Append(' ').Append(_tokens[i + k].Text);
        }
        return sb.ToString();
    }

    /// <summary>How many words (at most max) follow one another from token i, separated by spaces only.</summary>
    private int WordRun(int i, int max)
    {
        var n = 1;
        while (n < max && IsWord(i + n) && _tokens[i + n].SpaceBefore)
        {
            n++;
        }
        return n;
    }

    /// <summary>Word token i's clitic forms (<see cref="CliticForms"/>), kept on its shared <see cref="WordForms"/>: found once per word, not per report.</summary>
    private (string Form, int Offset)[] Forms(int i) => _tokens[i].Forms!.DateCliticForms;

    /// <summary>The tables some clitic form of word token i starts a phrase of (with <see cref="Computed"/> set).</summary>
    private ulong TablesAt(int i) => _tokens[i].Tables;

    /// <summary>
    /// A word and what a leading conjunction (و ف) and preposition (ب ل ك) may hide: 'وبالعام' gives 'بالعام',
    /// 'العام'. Offsets say where each form starts in the word.
    /// </summary>
    internal static List<(string Form, int Offset)> CliticForms(string word)
    {
        var forms = new List<(string, int)> { (word, 0) };
        if (word.Length > 2 && word[0] is 'و' or 'ف')
        {
            forms.Add((word[1..], 1));
        }
        var withConjunction = forms.Count;
        for (var k = 0; k < withConjunction; k++)
        {
            var (form, offset) = forms[k];
            if (form.Length <= 2 || form[0] is not ('ب' or 'ل' or 'ك'))
            {
                continue;
            }
            forms.Add((form[1..], offset + 1));
            // Lam before the article swallows its alef: للعام is ل + العام.
            if (form.Length > 3 && form[1] == 'ل')
            {
                forms.Add(("ا" + form[1..], offset));
            }
        }
        return forms;
    }
}
