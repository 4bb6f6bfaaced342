using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "استهدفت طائرات أجنبية موقعا للفوج بضربتين ... وأشار إلى أن القصف خلف ثلاثة قتلى من المقاتلين": a bare definite strike
/// or attack noun ("القصف"، "للهجوم") points back to the strike told just before. When that one was another state's
/// (lexicon otherAgents) and the sentence names no ISIS, its dead are that state's victims, not ISIS's. Holds only the
/// lexicon: safe to share.
/// </summary>
internal sealed class StrikeAnaphora(ExtractionLexicon lexicon)
{
    /// <summary>
    /// The sentence names no ISIS and no strike of its own but a bare definite one, and one of the
    /// <see cref="StrikeAnaphoraSentences"/> sentences before it names another state's strike.
    /// </summary>
    public bool PointsToAnotherStatesStrike(ReportText report, Sentence sentence)
    {
        if (!report.Has(lexicon.AnaphoricStrikes, sentence) || report.Has(lexicon.IsisNames, sentence) || report.Has(lexicon.IsisOrgs, sentence))
        {
            return false;
        }
        var index = sentence.Index;
        for (var back = 1; back <= StrikeAnaphoraSentences && index - back >= 0; back++)
        {
            if (report.Has(lexicon.OtherAgents, report.Sentences[index - back]))
            {
                return true;
            }
        }
        return false;
    }
}
