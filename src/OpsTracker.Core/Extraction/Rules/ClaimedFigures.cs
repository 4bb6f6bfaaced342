using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "زعم تنظيم داعش، عبر وكالة أعماق، أنه قتل 30 جنديا"، "نفت القيادة مزاعم التنظيم بقتل 30 جنديا": a figure its
/// clause tells after a claim word is what someone alleges (ISIS's propaganda, most often, which the forces deny),
/// not an event the report tells. Figures before the claim word, in another clause, or after a new statement of
/// the one who denies it ("وإن المقاتلين صدوا الهجوم وقتلوا 11"، "لكن القيادة قالت") stay. Holds only the lexicon:
/// safe to share.
/// </summary>
internal sealed class ClaimedFigures(ExtractionLexicon lexicon)
{
    /// <summary>Takes out of <paramref name="figures"/> those a claim word before them in their clause alleges.</summary>
    public void LeaveOut(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures)
    {
        if (figures.Count > 0 && report.Has(lexicon.Claims, sentence))
        {
            figures.RemoveAll(f => clauses.Any(c => c.Contains(f.First) && ClaimedBefore(report, c, f.First)));
        }
    }

    /// <summary>A claim word between the clause's start and the figure, not ended by the denier's own statement.</summary>
    private bool ClaimedBefore(ReportText report, Sentence clause, int figureFirst)
    {
        var claimed = false;
        for (var i = clause.First; i < figureFirst; i++)
        {
            if (lexicon.Claims.MatchAt(report.Tokens, i) is not null)
            {
                claimed = true;
            }
            else if (claimed && lexicon.ClaimEnds.MatchAt(report.Tokens, i) is not null)
            {
                claimed = false;
            }
        }
        return claimed;
    }
}
