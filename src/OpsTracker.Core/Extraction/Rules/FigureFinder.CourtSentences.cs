using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The verbal noun of execution names a deed or a penalty (lexicon courtSentences). As a deed it is a word of killing
/// ("قاموا بإعدام تسعة مدنيين"، triggers.killed); as a penalty, governed by a word of judgement ("حكما بإعدام خمسة"،
/// "قضت المحكمة بإعدام") or carrying the article that names the punishment ("حكم عليهم بالإعدام"), it tells a
/// sentence passed, and the count after it is nobody killed: read as a charge is (<see cref="IsCharge"/>).
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// How many words before the noun its word of judgement may stand: the court named between them ("قضت المحكمة
    /// الجنائية المركزية بإعدام") is the longest a judgement's subject gets in the press.
    /// </summary>
    private const int JudgementReach = 4;

    /// <summary>Whether the casualty word at <paramref name="trigger"/> is the execution noun read as a penalty.</summary>
    private bool IsCourtSentence(TokenList tokens, Sentence s, int trigger)
    {
        var noun = tokens[trigger];
        // Most casualty words are no execution noun: one set look-up first.
        if (!noun.ReadsAsOneOf(lexicon.PenaltyNouns))
        {
            return false;
        }
        if (noun.ReadingsKeepingArticle.AnyIn(lexicon.DefinitePenalties))
        {
            return true;
        }
        var words = 0;
        for (var j = trigger - 1; j >= s.First && words < JudgementReach; j--)
        {
            if (tokens[j].IsClauseBreak)
            {
                return false;
            }
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (tokens[j].ReadsAsOneOf(lexicon.Judgements))
            {
                return true;
            }
            words++;
        }
        return false;
    }
}
