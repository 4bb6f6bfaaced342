namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وحررت القوات الأمنية حي الضباط وبوابة المدينة"، "أعلن المتحدث أن قوات الجيش دخلت مدينة بيجي": a force of ours that
/// takes a place by a finite verb (lexicon forcesTakePlace: liberating, entering, taking control) tells the place
/// taken, a clash there without figures, as a force that managed to take it does (<see cref="TakesAPlace"/>).
/// </summary>
internal sealed partial class FigurelessOperations
{
    /// <summary>
    /// The token of the first verb of forcesTakePlace in the clause whose subject is a force of ours (lexicon
    /// securityOrgs) named right after it or ending right before it, with a place named within
    /// <see cref="AssemblerLimits.TakenPlaceReach"/> words after it; or null. ISIS as the subject ("دخل مسلحو داعش
    /// القرية") is no force of ours, and nothing after "منذ"، "مع"، "عند" is taken now.
    /// </summary>
    private int? ForcesTakeAPlace(ReportText report, Sentence clause)
    {
        var tokens = report.Tokens;
        for (var i = clause.First; i < clause.Last; i++)
        {
            if (!tokens[i].ReadsAsOneOf(lexicon.ForcesTakePlaceVerbs) || (i > clause.First && lexicon.LaunchesNotAfter.Contains(tokens[i - 1].Text))
                || !(ForceRightAfter(report, clause, i) || ForceEndsRightBefore(report, clause, i)))
            {
                continue;
            }
            var from = tokens[i].End;
            var to = tokens[Math.Min(clause.Last, i + AssemblerLimits.TakenPlaceReach)].End;
            if (NamesAPlaceWithin(report, clause, from, to))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>The first word after the verb opens a force's name ("وحررت القوات الأمنية").</summary>
    private bool ForceRightAfter(ReportText report, Sentence clause, int verb)
    {
        var tokens = report.Tokens;
        for (var j = verb + 1; j <= clause.Last; j++)
        {
            if (tokens[j].IsWord)
            {
                return lexicon.SecurityOrgs.MatchAt(tokens, j) is not null;
            }
        }
        return false;
    }

    /// <summary>A force's name ends right before the verb ("أن القوات العراقية دخلت"), a verb not joined by "و" to one before.</summary>
    private bool ForceEndsRightBefore(ReportText report, Sentence clause, int verb)
    {
        var tokens = report.Tokens;
        if (tokens[verb].Text.StartsWith('و'))
        {
            return false;
        }
        for (var j = verb - 1; j >= Math.Max(clause.First, verb - AssemblerLimits.ForceNameWords); j--)
        {
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is { } force && force.Last == verb - 1)
            {
                return true;
            }
        }
        return false;
    }
}
