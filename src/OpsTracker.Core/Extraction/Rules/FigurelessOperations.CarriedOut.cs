using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "نفذت قوة من الجيش عملية أمنية في قرية الحيدرية"، "تواصل القطعات تنفيذ عملية تفتيش حول بحيرة الثرثار": a
/// verb or the verbal noun of carrying out with an operation noun as its object tells the operation done, whatever its
/// results: an operation without figures, as a launch word tells one begun (<see cref="LaunchesAnOperation"/>).
/// </summary>
internal sealed partial class FigurelessOperations
{
    /// <summary>
    /// Whether the clause holds a verb or verbal noun of carrying out (lexicon operationCarriedOut) whose object, the
    /// next word, is an operation noun (lexicon operationNouns) that is the forces': not qualified by an adjective of
    /// terror (notOurs: "عملية إرهابية"), not the head of an idafa that names another deed ("عمليات التفخيخ"، "عمليات
    /// اختطاف": <see cref="QualifiesTheOperation"/>), and ISIS not named as the doer just before the verb or between
    /// it and the noun; not after "منذ"، "مع"، "عند".
    /// </summary>
    private (int Verb, int Noun)? CarriesOutAnOperation(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i < clause.Last; i++)
        {
            if (lexicon.OperationCarriedOut.MatchAt(tokens, i) is not { } verb || (i > clause.First && lexicon.LaunchesNotAfter.Contains(tokens[i - 1].Text))
                || ObjectOf(report, clause, verb.Last) is not { } noun)
            {
                continue;
            }
            if (noun.Last < clause.Last && !QualifiesTheOperation(tokens[noun.Last + 1]))
            {
                continue;
            }
            if (!lexicon.IsisAgent.AnyIn(tokens, Math.Max(clause.First, i - AssemblerLimits.IsisDoerBeforeVerb), noun.Last))
            {
                return (i, noun.First);
            }
        }
        return null;
    }

    /// <summary>
    /// The operation noun the verb at <paramref name="verbLast"/> carries out: right after it (the verbal noun's idafa,
    /// "تنفيذ عملية"; a verb after its subject, "قوة نفذت عملية") or after the subject a verb opens the sentence with
    /// ("نفذت قوة من الجيش عملية": VSO), at most <see cref="AssemblerLimits.CarriedOutObjectReach"/> words on and no
    /// comma between; or null.
    /// </summary>
    private PhraseMatch<bool>? ObjectOf(ReportText report, Sentence clause, int verbLast)
    {
        var tokens = report.Tokens;
        for (var j = verbLast + 1; j <= Math.Min(clause.Last, verbLast + AssemblerLimits.CarriedOutObjectReach); j++)
        {
            if (!tokens[j].IsWord)
            {
                return null;
            }
            if (lexicon.OperationNouns.MatchAt(tokens, j) is { } noun)
            {
                return noun;
            }
        }
        return null;
    }

    /// <summary>
    /// What may follow the operation noun of an operation carried out by the forces: no word (a mark), a word opening
    /// with a preposition ("في"، "لتطهير"، "بمنطقة"), or an adjective agreeing with the noun, indefinite and feminine
    /// (a non-human plural agrees in the feminine singular): "ميدانية"، "واسعة", not one of terror (notOurs). A definite
    /// word or one without the feminine ending is a genitive in idafa, another deed's name ("عمليات التفخيخ"، "عمليات
    /// اختطاف").
    /// </summary>
    private bool QualifiesTheOperation(Text.Token next)
    {
        if (!next.IsWord)
        {
            return true;
        }
        var word = next.Text;
        if (lexicon.OperationPlacePrepositions.Contains(word) || word.StartsWith('ل') || word.StartsWith('ب'))
        {
            return true;
        }
        return !Text.Article.Begins(word) && word.EndsWith('ه') && !next.ReadsAsOneOf(lexicon.OperationsNotOurs);
    }
}
