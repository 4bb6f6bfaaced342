namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Some pages are stored with their headline last: a short line of its own at the end of the page, after the body,
/// with no full stop ("الشرطة: مقتل 9 إرهابيين في الأنبار"). It sums up what the body told, as a headline on top does.
/// Holds nothing.
/// </summary>
internal static class TrailingHeadlines
{
    /// <summary>
    /// The report's last sentence is a line of its own (a line break before it, nothing but the end of the text or a
    /// line break after it), of at most <see cref="AssemblerLimits.TrailingHeadlineMaxWords"/> words, after at least
    /// <see cref="AssemblerLimits.LeadSentences"/> sentences of body.
    /// </summary>
    public static bool Is(ReportText report, int sentence)
    {
        var sentences = report.Sentences;
        if (sentence != sentences.Count - 1 || sentences.Count <= AssemblerLimits.LeadSentences)
        {
            return false;
        }
        var s = sentences[sentence];
        var tokens = report.Tokens;
        if (s.First == 0 || tokens[s.First - 1].Text != "\n" || (s.Last + 1 < tokens.Count && tokens[s.Last + 1].Text != "\n"))
        {
            return false;
        }
        var words = 0;
        for (var t = s.First; t <= s.Last; t++)
        {
            if (tokens[t].IsWord && ++words > AssemblerLimits.TrailingHeadlineMaxWords)
            {
                return false;
            }
        }
        return true;
    }
}
