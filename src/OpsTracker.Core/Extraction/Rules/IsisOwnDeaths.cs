using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// ISIS members killed that no operation killed: those ISIS executes itself (<see cref="IsisExecutesItsOwn"/>) and those
/// the blast of their own device killed (<see cref="KilledByTheirOwnBlast"/>, <see cref="KilledInTheBlastToldBefore"/>).
/// Holds only the lexicon: safe to share.
/// </summary>
internal sealed class IsisOwnDeaths(ExtractionLexicon lexicon)
{
    /// <summary>How many words before the count the pronoun of the event may stand ("وقتل خلالها 12": the verb's place).</summary>
    private const int DuringItReach = 2;

    /// <summary>Takes out of <paramref name="figures"/> the ISIS members killed by ISIS itself or by their own blast.</summary>
    public void LeaveOut(ReportText report, Sentence sentence, List<Figure> figures)
    {
        // The two tests below ask only of ISIS members killed (most sentences count none): their delegates are made for those.
        if (figures.Exists(IsIsisKilled))
        {
            figures.RemoveAll(f => IsIsisKilled(f) && IsisExecutesItsOwn(report, sentence, f));
            figures.RemoveAll(f => IsIsisKilled(f) && (KilledByTheirOwnBlast(report, sentence, f) || KilledInTheBlastToldBefore(report, sentence, f)));
        }
    }

    private static bool IsIsisKilled(Figure f) => f is { Kind: FigureKind.Casualty, Side: CasualtySide.Isis, Category: CasualtyCategory.Killed };

    /// <summary>
    /// "وأقدم داعش على إعدام 4 من عناصره بتهمة الفرار"، "أعدم التنظيم 3 من مسلحيه": an execution word within
    /// <see cref="AssemblerLimits.ExecutionReach"/> words before ISIS members counted as killed, with an ISIS name as the
    /// executioner just before it (<see cref="AssemblerLimits.ExecutionerReach"/> words) or between it and the count:
    /// ISIS punishing its own, not an operation against it.
    /// </summary>
    private bool IsisExecutesItsOwn(ReportText report, Sentence sentence, Figure f)
    {
        var tokens = report.Tokens;
        for (var e = f.First - 1; e >= Math.Max(sentence.First, f.First - ExecutionReach); e--)
        {
            if (lexicon.Executions.MatchAt(tokens, e) is not { } execution || execution.Last >= f.First)
            {
                continue;
            }
            for (var j = Math.Max(sentence.First, e - ExecutionerReach); j < f.First; j++)
            {
                if (j != e && lexicon.IsisOrgs.MatchAt(tokens, j) is { } isis && isis.Last < f.First && (isis.Last < e || j > execution.Last))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "لقي القيادي مصرعه مع ثلاثة من رفاقه بانفجار عبوة كانوا يزرعونها"، "ستة من مسلحي التنظيم قضوا في انفجار
    /// عجلتهم المفخخة قبل وصولها": ISIS members the blast of their own device killed (an explosion word within
    /// <see cref="AssemblerLimits.OwnBlastReach"/> words after their count, an ISIS device within
    /// <see cref="AssemblerLimits.OwnDeviceReach"/> words after it; lexicon ownBlasts). The forces set off no car bomb
    /// or roadside bomb on ISIS, so no operation killed them, as a suicide bomber's own death is none (d22, b05). Not
    /// when the sentence names a strike, which may have set the device off. The explosion word may be run onto the
    /// preposition before it ("إثرانفجار"), a typing slip of stored pages.
    /// </summary>
    private bool KilledByTheirOwnBlast(ReportText report, Sentence sentence, Figure f)
    {
        var tokens = report.Tokens;
        var to = Math.Min(sentence.Last, f.Last + OwnBlastReach);
        for (var j = f.Last + 1; j <= to; j++)
        {
            var blastEnd = lexicon.OwnBlastExplosions.MatchAt(tokens, j) is { } blast ? blast.Last
                : tokens[j].Text.Length > 6 && tokens[j].Text.EndsWith("انفجار", StringComparison.Ordinal) ? j : -1;
            if (blastEnd < 0)
            {
                continue;
            }
            return NamesOwnDeviceAfter(tokens, blastEnd, sentence.Last) && !NamesAStrike(report, sentence);
        }
        return false;
    }

    /// <summary>
    /// An ISIS device (lexicon ownBlasts.devices) within <see cref="AssemblerLimits.OwnDeviceReach"/> words after the
    /// explosion word ending at <paramref name="blastEnd"/>, and not past <paramref name="last"/>.
    /// </summary>
    private bool NamesOwnDeviceAfter(TokenList tokens, int blastEnd, int last)
    {
        for (var d = blastEnd + 1; d <= Math.Min(last, blastEnd + OwnDeviceReach); d++)
        {
            if (lexicon.OwnBlastDevices.MatchAt(tokens, d) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "تكررت حوادث انفجار الأحزمة الناسفة ... وقتل خلالها 12 من مسلحي التنظيم": ISIS members killed in an event a
    /// pronoun right before their count points back to (lexicon duringIt), when the sentence told before it the blast of
    /// an ISIS device (lexicon ownBlasts: an explosion word, the device within OwnDeviceReach words after it): their own
    /// blast killed them, no operation did. Not when the sentence names a strike, which may have set the device off.
    /// </summary>
    private bool KilledInTheBlastToldBefore(ReportText report, Sentence sentence, Figure f)
    {
        var tokens = report.Tokens;
        var during = false;
        for (var j = f.First - 1; j >= Math.Max(sentence.First, f.First - DuringItReach) && !during; j--)
        {
            during = lexicon.DuringIt.MatchAt(tokens, j) is { } it && it.Last == j;
        }
        if (!during)
        {
            return false;
        }
        for (var j = sentence.First; j < f.First; j++)
        {
            if (lexicon.OwnBlastExplosions.MatchAt(tokens, j) is { } blast && NamesOwnDeviceAfter(tokens, blast.Last, f.First - 1))
            {
                return !NamesAStrike(report, sentence);
            }
        }
        return false;
    }

    /// <summary>The sentence names an air strike or a strike (lexicon kinds.airstrike, strikeNouns).</summary>
    private bool NamesAStrike(ReportText report, Sentence sentence)
    {
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (lexicon.StrikeNouns.MatchAt(report.Tokens, i) is not null || lexicon.Kinds.MatchAt(report.Tokens, i) is { Value: OperationKind.Airstrike })
            {
                return true;
            }
        }
        return false;
    }
}
