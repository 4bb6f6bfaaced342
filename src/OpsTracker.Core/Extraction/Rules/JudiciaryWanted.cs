using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "ضبط 40 مطلوبا للقضاء بتهم شتى"، "اعتقال 12 من أخطر المطلوبين للقضاء": the wanted of the judiciary
/// (lexicon judiciaryWanted: the participle "مطلوب" as the counted noun, right after the count or after a partitive
/// "من" and a superlative, then "للقضاء" or "قضائيا") is a judicial
/// status, not a charge: police bulletins count thieves, smugglers and killers so. Counted so with no terror charge or
/// ISIS in the count's own words (lexicon terrorCharges, from the count up to <see cref="ArrestQualifierReach"/> words
/// after its noun and before the next figure), they are no arrest of ISIS members. "ثمانية إرهابيين مطلوبين للقضاء"
/// and "متهم مطلوب للقضاء بموجب المادة 4 إرهاب" name terror and stay. Holds nothing.
/// </summary>
internal static class JudiciaryWanted
{
    /// <summary>
    /// How far after the count the participle may stand: "12 من أخطر المطلوبين" (a partitive and a superlative between).
    /// </summary>
    private const int WantedNounReach = 3;

    /// <summary>Whether <paramref name="figure"/> counts the judiciary's wanted and its own words name no terror.</summary>
    public static bool WithoutTerror(ReportText report, ExtractionLexicon lexicon, Figure figure, IReadOnlyList<Figure> figures, Sentence sentence)
    {
        // The cheap test first: most figures are no arrest count.
        if (figure is not { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested })
        {
            return false;
        }
        var tokens = report.Tokens;
        var wanted = -1;
        for (var k = figure.First + 1; k <= Math.Min(sentence.Last - 1, figure.First + WantedNounReach); k++)
        {
            if (tokens[k].ReadsAsOneOf(lexicon.WantedNouns) && tokens[k + 1].ReadsAsOneOf(lexicon.JudiciaryWords))
            {
                wanted = k;
                break;
            }
            // Only a partitive and a superlative stand between: "6 إرهابيين مطلوبين للقضاء" counts terrorists.
            if (tokens[k].Text != Text.Particles.Min && !tokens[k].ReadsAsOneOf(lexicon.WantedSuperlatives))
            {
                return false;
            }
        }
        if (wanted < 0)
        {
            return false;
        }
        var own = ArrestShares.OwnWords(figure, figures, sentence, wanted + 1);
        return !report.Has(lexicon.TerrorCharges, own) && !report.Has(lexicon.IsisOrgs, own);
    }
}
