namespace OpsTracker.Core.Extraction.Dates;

/// <summary>Whether a full date is a publication dateline rather than a date inside a sentence.</summary>
internal sealed partial class DateScanner
{
    private const string Separators = "|-";
    private const int MaxSeparators = 2;

    /// <summary>
    /// A dateline opens its line (alone, after a weekday, or before the text: 'الإثنين 12/أبريل/2021 - 10:18 ص'),
    /// follows a cue ('تاريخ النشر:') or a separator ('الأناضول - 8 أيار 2020'), or sits next to a clock time
    /// ('4-7-2018 | 21:20'). A date after words of a sentence ('أعلن الجيش، الثلاثاء 6 أبريل 2021، ...') is not.
    /// </summary>
    public bool IsDateline(DateHit hit)
    {
        var first = hit.StartToken;
        return _tokens[first].LineStart
            || AfterCue(first)
            || IsSymbolIn(first - 1, Separators)
            || ClockAfter(hit.EndToken)
            || ClockBefore(first);
    }

    private bool AfterCue(int i)
    {
        while (i > 0 && _tokens[i - 1].IsSymbol && !_tokens[i].LineStart)
        {
            i--;
        }
        return Precedes(_lexicon.DatelineCues, i);
    }

    private bool ClockAfter(int i)
    {
        for (var skipped = 0; skipped <= MaxSeparators && i < _count; skipped++, i++)
        {
            if (IsClock(i))
            {
                return !_tokens[i].LineStart;
            }
            if (!IsSymbolIn(i, Separators + ",("))
            {
                return false;
            }
        }
        return false;
    }

    private bool ClockBefore(int i)
    {
        for (var skipped = 0; skipped <= MaxSeparators && i > 0; skipped++, i--)
        {
            if (_tokens[i].LineStart)
            {
                return false;
            }
            if (IsClock(i - 3))
            {
                return true;
            }
            if (!IsSymbolIn(i - 1, Separators + ",)"))
            {
                return false;
            }
        }
        return false;
    }
}
