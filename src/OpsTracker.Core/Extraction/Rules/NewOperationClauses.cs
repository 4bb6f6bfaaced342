using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "كما نفذت القطعات عملية دهم قرب القرية ..."، "كذلك شنت القطعات عمليات تفتيش ...": a clause opened by
/// "also" (lexicon additiveOpeners) whose verb of carrying out (lexicon carryOutVerbs) takes an indefinite operation
/// noun (lexicon operationNouns, without the article) brings in a new operation, as an indefinite noun brings in a new
/// referent; "العملية" would point back at one told. What it counts is its own, never the count before told again.
/// Holds nothing.
/// </summary>
internal static class NewOperationClauses
{
    /// <summary>Whether the clause, past the marks it opens with, is "also" + carry-out verb + (subject) + indefinite operation.</summary>
    public static bool Opens(ReportText report, ExtractionLexicon lexicon, Sentence clause)
    {
        var tokens = report.Tokens;
        var first = clause.First;
        while (first < clause.Last && tokens[first].IsClauseBreak)
        {
            first++;
        }
        if (!tokens[first].IsWord || lexicon.AdditiveOpeners.MatchAt(tokens, first) is not { } also || also.First != also.Last)
        {
            return false;
        }
        var verb = also.Last + 1;
        if (verb > clause.Last || lexicon.CarryOutVerbs.MatchAt(tokens, verb) is not { } carry)
        {
            return false;
        }
        // The subject may stand between the verb and its object ("نفذت القطعات الأمنية عملية").
        for (var j = carry.Last + 1; j <= Math.Min(clause.Last, carry.Last + AssemblerLimits.SubjectBeforeObjectReach); j++)
        {
            if (tokens[j].IsClauseBreak)
            {
                return false;
            }
            if (lexicon.OperationNouns.MatchAt(tokens, j, allowArticleOnFirst: false) is not null && !Text.Article.Begins(tokens[j].Text))
            {
                return true;
            }
        }
        return false;
    }
}
