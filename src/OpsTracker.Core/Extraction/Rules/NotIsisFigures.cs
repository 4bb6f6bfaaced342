using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What a sentence's figures are once those that are not about ISIS's operations leave them, in this order: crime and
/// another conflict (<see cref="CrimeFigures"/>), victims no one attributes to ISIS and unknown gunmen
/// (<see cref="UnattributedVictims"/>), claims (<see cref="ClaimedFigures"/>), ISIS members no operation killed
/// (<see cref="IsisOwnDeaths"/>) and victims a statistic counts (<see cref="VictimStatistics"/>). Holds only those
/// stateless readers: safe to share.
/// </summary>
internal sealed class NotIsisFigures(ExtractionLexicon lexicon, NumberReader numbers)
{
    private readonly CrimeFigures _crime = new(lexicon, numbers);
    private readonly UnattributedVictims _unattributed = new(lexicon);
    private readonly ClaimedFigures _claimed = new(lexicon);
    private readonly IsisOwnDeaths _ownDeaths = new(lexicon);
    private readonly VictimStatistics _statistics = new(lexicon);

    /// <summary>Takes out of <paramref name="figures"/>, in place, those not about ISIS's operations.</summary>
    /// <param name="otherConflict">The sentence's clauses about another conflict (<see cref="CrimeFigures.OtherConflictClauses"/>).</param>
    public void LeaveOut(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures, List<Sentence> otherConflict)
    {
        _crime.LeaveOut(report, sentence, clauses, figures, otherConflict);
        _unattributed.LeaveOut(report, sentence, clauses, figures);
        _claimed.LeaveOut(report, sentence, clauses, figures);
        _ownDeaths.LeaveOut(report, sentence, figures);
        _statistics.LeaveOut(report, sentence, figures);
    }
}
