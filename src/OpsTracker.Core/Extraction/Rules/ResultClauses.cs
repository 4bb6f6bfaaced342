using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "نفذ الطيران ضربة في القرية أسفرت عن قتل إرهابي واحد، وضربتين في الوادي أسفرتا عن قتل ثلاثة": each noun of a strike
/// or an operation that is the subject of its own verb of resulting (lexicon resultVerbs: أسفر، أدى، نتج، حصد) tells
/// an event of its own, and what the verb counts is that event's. A clause that counts ISIS members, then, after a
/// comma, names another subject whose own result verb counts ISIS members again, is cut at that comma: the two counts
/// are two operations, not one summed. "، ما أسفر عن" / "، مما أدى إلى" (the relative "what") tells the result of the
/// event before the comma, not a new one, and is left whole. Holds nothing.
/// </summary>
internal static class ResultClauses
{
    /// <summary>"ما" and "مما": the relative before a result verb that refers back to the event already told.</summary>
    private static bool IsRelativeWhat(string word) => word is "ما" or "مما";

    /// <summary>
    /// "، وأسفرت العملية عن مقتله مع خمسة": the result verb's subject is a definite operation or strike noun, the
    /// operation already told, not a new one.
    /// </summary>
    private static bool NamesTheEventTold(Text.TokenList tokens, ExtractionLexicon lexicon, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }
            var text = tokens[j].Text;
            var definite = Text.Article.Begins(text) || Text.Article.FollowsWa(text);
            if (definite && (lexicon.OperationNouns.MatchAt(tokens, j) is not null || lexicon.StrikeNouns.MatchAt(tokens, j) is not null
                || lexicon.AnaphoricStrikes.MatchAt(tokens, j) is not null || lexicon.EventReferences.MatchAt(tokens, j) is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The clause cut before each comma that opens another subject's result verb, when the clause counts ISIS members
    /// of the same measure on both sides of the cut; a clause with fewer than two such figures is left whole.
    /// </summary>
    public static IEnumerable<Sentence> SplitAtNewResult(ReportText report, ExtractionLexicon lexicon, Sentence clause, List<Figure> figures)
    {
        // The cheap condition first: two ISIS counts in the clause, else nothing to cut (most clauses).
        List<Figure>? own = null;
        foreach (var f in figures)
        {
            if (f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis && clause.Contains(f.First))
            {
                (own ??= []).Add(f);
            }
        }
        if (own is null || own.Count < 2)
        {
            yield return clause;
            yield break;
        }
        own.Sort((a, b) => a.First.CompareTo(b.First));
        var tokens = report.Tokens;
        var start = clause.First;
        for (var k = 1; k < own.Count; k++)
        {
            var before = own[k - 1];
            var next = own[k];
            if (before.First < start || !before.SameMeasure(next))
            {
                continue;
            }
            // The result verb that counts the next figure, after the figure before it.
            var verb = -1;
            for (var j = before.Last + 1; j < next.First; j++)
            {
                if (tokens[j].ReadsAsOneOf(lexicon.ResultVerbs))
                {
                    verb = j;
                }
            }
            if (verb < 0 || (tokens[verb - 1].IsWord && IsRelativeWhat(tokens[verb - 1].Text)))
            {
                continue;
            }
            // The first comma after the figure before: the next subject and its verb lie after it.
            var comma = -1;
            for (var j = before.Last + 1; j < verb; j++)
            {
                if (tokens[j].Text == ",")
                {
                    comma = j;
                    break;
                }
            }
            // Right after the comma the verb must carry its "و" ("، وأسفرت الضربة الثانية عن"): bare, it may be a
            // relative clause on the noun before the comma.
            if (comma < 0 || (comma + 1 == verb && tokens[verb].Text[0] != 'و'))
            {
                continue;
            }
            if (NamesTheEventTold(tokens, lexicon, comma + 1, next.First))
            {
                continue;
            }
            yield return clause with { First = start, Last = comma };
            start = comma + 1;
        }
        yield return clause with { First = start, Last = clause.Last };
    }
}
