using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victim figures are an attack's toll, and their values (helper tolls28). Invented sentences.
/// </summary>
public class TollsTests28
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 14);

    // A nisba adjective agrees with its noun in number and definiteness: "شرطيان كرديان" are two policemen, not four
    // (FigureFinder.IsNisbaOfDual).

    [Fact]
    public void A_dual_nisba_after_a_dual_noun_is_its_adjective()
    {
        var result = Extractor.Extract(
            "قتل شرطيان كرديان بهجوم لعناصر داعش على نقطة تفتيش في قضاء مخمور مساء الأحد.",
            Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_dual_nisba_after_a_dual_victim_of_a_bomb_is_its_adjective()
    {
        var result = Extractor.Extract(
            "لقي مزارعان عراقيان مصرعهما بانفجار عبوة ناسفة زرعها تنظيم داعش قرب قرية في أطراف ناحية العظيم.",
            Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Two_pairs_joined_by_and_are_four()
    {
        var result = Extractor.Extract(
            "قتل شرطيان ومدنيان بهجوم لعناصر داعش على نقطة تفتيش في قضاء مخمور مساء الأحد.",
            Published);
        Assert.Equal(4, Victims(result, CasualtyCategory.Killed));
    }
}
