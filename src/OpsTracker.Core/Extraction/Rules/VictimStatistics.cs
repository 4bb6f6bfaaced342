using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Victims a statistic counts, of a battle, a season or a month of all violence, are neither one attack's toll nor a
/// tally (tallies count ISIS's losses only): a statistic's head before the dead or wounded in a sentence that names a
/// period (<see cref="VictimStatisticOfAPeriod"/>), or a body that monitors the victims of all violence
/// (<see cref="VictimStatisticOfAMonitor"/>).
/// Holds only the lexicon: safe to share.
/// </summary>
internal sealed class VictimStatistics(ExtractionLexicon lexicon)
{
    /// <summary>Takes out of <paramref name="figures"/> the victims a statistic of a period or of a monitor counts.</summary>
    public void LeaveOut(ReportText report, Sentence sentence, List<Figure> figures)
    {
        if (figures.Exists(f => f.Kind == FigureKind.Casualty) && VictimStatisticOfAPeriod(report, sentence) is { } statistic)
        {
            figures.RemoveAll(f => f.Kind == FigureKind.Casualty && (f.Side != CasualtySide.Isis || ForcesNamedBetween(report, statistic, f.First)));
        }
        if (figures.Exists(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis) && VictimStatisticOfAMonitor(report, sentence))
        {
            figures.RemoveAll(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis);
        }
    }

    /// <summary>
    /// "وقالت القيادة إن عدد شهداء القوات الأمنية منذ انطلاق العمليات بلغ 9 شهداء": a statistic's head ("عدد"،
    /// "حصيلة") right before the dead or wounded, in a sentence that names a period (a strong tally cue such as "منذ
    /// انطلاق"، or a period of dates), counts the victims of a whole battle or season, not one attack; tallies count
    /// ISIS's losses only, so the victims are neither. "ارتفع عدد ضحايا التفجير إلى 30" names no period and stays the
    /// attack's toll. Returns the head's token, or null.
    /// </summary>
    private int? VictimStatisticOfAPeriod(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        int? found = null;
        var headAt = -1;
        for (var i = sentence.First; i < sentence.Last && found is null; i++)
        {
            if (lexicon.StatisticHeads.MatchAt(tokens, i) is { } head && head.Last + 1 <= sentence.Last
                && (lexicon.CategoryNouns.MatchAt(tokens, head.Last + 1) is { Value: CasualtyCategory.Killed or CasualtyCategory.Wounded }
                    || lexicon.Martyrdom.MatchAt(tokens, head.Last + 1) is not null))
            {
                found = head.Last + 1;
                headAt = i;
            }
        }
        if (found is null || NamesIsisAsWhoseDead(report, sentence, found.Value))
        {
            return null;
        }
        // The period: a strong cue other than the head itself ("حصيلة" is one), or a period of dates.
        var periodCue = Enumerable.Range(sentence.First, sentence.Last - sentence.First + 1)
            .Any(i => i != headAt && lexicon.TallyStrongCues.MatchAt(tokens, i) is not null);
        return periodCue || report.DateReadings.MentionsIn(sentence).Any(m => m.Kind is DateMentionKind.Period) ? found : null;
    }

    /// <summary>
    /// "كانت بعثة الأمم المتحدة قد أعلنت أن حصيلة الضحايا في شهر أيلول بلغت 80 قتيلا"، "وتابعت يونامي أن عدد قتلى
    /// المدنيين وصل إلى 400": a body that counts the victims of all violence (lexicon casualtyMonitors) named in a sentence
    /// that gives its count by a statistic's head (عدد، حصيلة، إجمالي) tells its statistic of a month's or a year's
    /// attacks, not one attack's toll, though the sentence may name no period (the statement's period was told in the
    /// sentence before). The mission that condemns one attack ("أدانت البعثة التفجير الذي أودى بحياة 12") gives no
    /// statistic's head, and that attack's victims stay.
    /// </summary>
    private bool VictimStatisticOfAMonitor(ReportText report, Sentence sentence) =>
        report.Has(lexicon.CasualtyMonitors, sentence) && report.Has(lexicon.StatisticHeads, sentence);

    /// <summary>
    /// "أعلنت حصيلة القتلى من مسلحي داعش في سنة 2018": the statistic's noun followed, within
    /// <see cref="AssemblerLimits.StatisticOwnerReach"/> words, by ISIS's name counts ISIS's dead, which an authority's
    /// tally holds, however the forces are named before the count ("نجحت القطعات في قتل 96").
    /// </summary>
    private bool NamesIsisAsWhoseDead(ReportText report, Sentence sentence, int noun)
    {
        for (var i = noun + 1; i <= Math.Min(sentence.Last, noun + StatisticOwnerReach); i++)
        {
            if (report.Tokens[i].IsClauseBreak)
            {
                return false;
            }
            if (lexicon.IsisOrgs.MatchAt(report.Tokens, i) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "حصيلة جرحى الحشد الشعبي ... 85 جريحا": the forces (or martyrs) named between a statistic's noun and its count
    /// make the count theirs, though the count's own noun names no side.
    /// </summary>
    private bool ForcesNamedBetween(ReportText report, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (lexicon.SecurityOrgs.MatchAt(report.Tokens, i) is not null || lexicon.Martyrdom.MatchAt(report.Tokens, i) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
