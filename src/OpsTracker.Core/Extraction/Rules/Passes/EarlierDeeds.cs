using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "وذكر ضابط أن مسلحي التنظيم هاجموا مخفرا في وقت سابق ..."، "وكانت مفرزة قد اعتقلت مؤخرا مطلوبا في القرية":
/// an adverb of an earlier time (lexicon earlierUnspecified: في وقت سابق، قبل أيام، مؤخرا) right after the words of a
/// deed (a kind of operation or a casualty trigger, lexicon kinds and triggers) puts that deed before the one just told:
/// a later sentence that steps back to an earlier deed tells another event, whatever it counts. Counted alike, the two
/// are not one told twice (<see cref="RepetitionRemoval"/> asks this of the later draft before it merges a pair). After
/// a verb of telling ("وكانت الوزارة أعلنت في وقت سابق اعتقال ...") the adverb dates the telling, which may retell the
/// same deed: no deed is told as earlier then. Being another event, the earlier deed does not take the province of
/// the one told before it where it gives a bearing from a capital of its own (OperationDescriber, as for another force).
/// </summary>
internal static class EarlierDeeds
{
    /// <summary>Whether the draft's clause tells its deed as done earlier, by the adverb right after the deed's words.</summary>
    public static bool ToldAsEarlier(ReportText report, ExtractionLexicon lexicon, OperationDraft d) => ToldAsEarlier(report, lexicon, d.Clause);

    /// <summary>Whether <paramref name="clause"/> tells its deed as done earlier, by the adverb right after the deed's words.</summary>
    public static bool ToldAsEarlier(ReportText report, ExtractionLexicon lexicon, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First + 1; i <= clause.Last; i++)
        {
            if (lexicon.EarlierUnspecified.MatchAt(tokens, i) is null)
            {
                continue;
            }
            for (var j = i - 1; j >= Math.Max(clause.First, i - AssemblerLimits.EarlierDeedReach); j--)
            {
                if (!tokens[j].IsWord || lexicon.AnnouncementVerbs.MatchAt(tokens, j) is not null)
                {
                    break;
                }
                if (lexicon.Kinds.MatchAt(tokens, j) is not null || lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
