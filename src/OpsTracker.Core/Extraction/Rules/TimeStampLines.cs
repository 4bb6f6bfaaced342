using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "12/9/2024 - 23:47", "الاثنين 7 تشرين الأول 2024 | 10:18 ص", "آخر تحديث: 07-10-2024": the lines a page prints above
/// its headline to say when it was posted. The date scan reads them for the publication date (its dateline), but they
/// are no sentence of the report: read as one, such a line took the headline's place, and a headline's total over the
/// operations below became one more operation. The report's sentences start below them.
/// </summary>
internal static class TimeStampLines
{
    /// <summary>
    /// The first token below the time-stamp lines that open the report (blank lines between them included), at most
    /// <see cref="AssemblerLimits.TimeStampMaxLines"/> of them; 0 when the report opens with none.
    /// </summary>
    /// <remarks>
    /// A line is a time stamp when it holds a date the scan found or a clock ("23:47"), and nothing else than dates,
    /// numbers, marks and the words of lexicon timeStampWords. The page's first words are the only ones asked, so the
    /// cost is a line or two whatever the report's length.
    /// </remarks>
    public static int FirstTokenBelow(TokenList tokens, DateScan scan, ExtractionLexicon lexicon)
    {
        var below = 0;
        var i = 0;
        for (var stamps = 0; stamps < AssemblerLimits.TimeStampMaxLines && i < tokens.Count;)
        {
            if (tokens[i].Text == "\n")
            {
                i++;
                continue;
            }
            var end = i;
            while (end < tokens.Count && tokens[end].Text != "\n")
            {
                end++;
            }
            if (!IsTimeStamp(tokens, i, end, scan, lexicon))
            {
                break;
            }
            stamps++;
            below = i = Math.Min(end + 1, tokens.Count);
        }
        return below;
    }

    /// <summary>Whether the tokens [<paramref name="first"/>, <paramref name="end"/>) are a time stamp (see the remarks above).</summary>
    private static bool IsTimeStamp(TokenList tokens, int first, int end, DateScan scan, ExtractionLexicon lexicon)
    {
        var dated = false;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (InADate(token, scan))
            {
                dated = true;
            }
            else if (token.IsNumber)
            {
                dated |= i + 2 < end && tokens[i + 1].Text == ":" && tokens[i + 2].IsNumber;
            }
            else if (token.IsWord && !token.ReadsAsOneOf(lexicon.TimeStampWords))
            {
                return false;
            }
        }
        return dated;
    }

    private static bool InADate(Token token, DateScan scan)
    {
        foreach (var hit in scan.Hits)
        {
            if (hit.Start > token.Start)
            {
                return false;
            }
            if (token.End <= hit.End)
            {
                return true;
            }
        }
        return false;
    }
}
