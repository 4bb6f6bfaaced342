using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وتعد الغارة الأعنف في المحافظة منذ تحرير مدنها عام 2017"، "الهجوم الأكثر دموية منذ مطلع العام": a superlative
/// (lexicon superlatives) and, within <see cref="AssemblerLimits.SuperlativeReach"/> words after it and before any
/// comma, "منذ": the sentence compares one event with all those since a time. The time after "منذ", up to the next
/// comma or the clause's end, is no period the sentence counts over. Holds nothing.
/// </summary>
internal static class SuperlativeComparisons
{
    /// <summary>The spans (first and last token) after a superlative's "منذ" in the sentence; none in most sentences.</summary>
    public static List<(int First, int Last)> In(ReportText report, ExtractionLexicon lexicon, Sentence sentence)
    {
        var tokens = report.Tokens;
        List<(int, int)>? spans = null;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            // The cheap test first: most sentences hold no "منذ". A reading only takes clitics off the word's front, so
            // a word that does not end in it has no reading that is it (no look at the shared forms' array).
            if (!tokens[i].IsWord || !tokens[i].Text.EndsWith(Text.Particles.Mundhu, StringComparison.Ordinal) || !tokens[i].Readings.Contains(Text.Particles.Mundhu))
            {
                continue;
            }
            if (!AfterSuperlative(report, lexicon, sentence, i))
            {
                continue;
            }
            var last = i;
            while (last + 1 <= sentence.Last && tokens[last + 1].Text != ",")
            {
                last++;
            }
            (spans ??= []).Add((i, last));
        }
        return spans ?? [];
    }

    /// <summary>The mentions that do not stand in a comparison's span.</summary>
    public static List<DateMention> Outside(ReportText report, List<DateMention> mentions, List<(int First, int Last)> spans) =>
        spans.Count == 0 ? mentions : mentions.Where(m => !spans.Exists(s => report.TokenAt(m.Start) is var t && t >= s.First && t <= s.Last)).ToList();

    /// <summary>
    /// Whether a superlative (lexicon superlatives, read with its article: "الأعنف"، "الأكثر") or, where the caller
    /// names them, an elative of <paramref name="elatives"/> ("أعنف"، "أبرز") stands within
    /// <see cref="AssemblerLimits.SuperlativeReach"/> words before token <paramref name="at"/> of the sentence, no
    /// clause break between: what follows compares, it does not tell.
    /// </summary>
    public static bool AfterSuperlative(ReportText report, ExtractionLexicon lexicon, Sentence sentence, int at, SignedWordSet? elatives = null)
    {
        var tokens = report.Tokens;
        for (var j = at - 1; j >= Math.Max(sentence.First, at - AssemblerLimits.SuperlativeReach) && !tokens[j].IsClauseBreak; j--)
        {
            // "أكثر من 140 شهيدا منذ 2014": an elative with "من" after it compares a count with a number (more than),
            // not one event with all others; the span after "منذ" is the count's.
            if (tokens[j].IsWord && (tokens[j].ReadingsKeepingArticle.AnyIn(lexicon.Superlatives) || (elatives is not null && tokens[j].Readings.AnyIn(elatives)))
                && !(j + 1 < at && tokens[j + 1].Text == Text.Particles.Min))
            {
                return true;
            }
        }
        return false;
    }
}
