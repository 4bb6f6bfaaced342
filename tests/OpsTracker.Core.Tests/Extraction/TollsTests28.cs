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
    // A toll that calls itself preliminary ("كمعلومات أولية"، "حصيلة أولية") yields to the same attack's toll told
    // otherwise elsewhere in the report; told alone, it is the toll (Passes/PreliminaryTollRemoval).

    [Fact]
    public void A_preliminary_toll_yields_to_the_attacks_other_toll()
    {
        var result = Extractor.Extract(
            "انفجار سيارة مفخخة في كركوك\n"
            + "وفي كركوك، قتل أربعة أشخاص وأصيب 11 آخرون بجروح مساء الاثنين بعدما انفجرت سيارة مفخخة في سوق حي الواسطي.\n"
            + "وقال محافظ كركوك إن التفجير يحمل بصمات تنظيم داعش.\n"
            + "بدورها، قالت قيادة الشرطة في بيان إن اعتداء إرهابيا بسيارة مفخخة وقع في حي الواسطي.\n"
            + "وأضافت أنه أدى إلى استشهاد مدنيين اثنين وإصابة ستة آخرين كحصيلة أولية.",
            Published);
        Assert.Equal(4, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(11, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_preliminary_toll_wrapped_at_a_line_end_still_yields()
    {
        var result = Extractor.Extract(
            "انفجار سيارة مفخخة في كركوك\n"
            + "وفي كركوك، قتل أربعة أشخاص وأصيب 11 آخرون بجروح مساء الاثنين بعدما انفجرت سيارة مفخخة في سوق حي الواسطي.\n"
            + "وقال محافظ كركوك إن التفجير يحمل بصمات تنظيم داعش.\n"
            + "بدورها، قالت قيادة الشرطة في بيان إن اعتداء إرهابيا بسيارة مفخخة وقع في حي الواسطي.\n"
            + "وأضافت أنه أدى إلى استشهاد مدنيين اثنين وإصابة ستة آخرين كمعلومات\nأولية.",
            Published);
        Assert.Equal(4, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(11, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_preliminary_toll_told_alone_is_the_toll()
    {
        var result = Extractor.Extract(
            "وقال ضابط في الشرطة إن هجوما لعناصر داعش على نقطة تفتيش في ناحية العظيم أدى إلى مقتل شرطي وإصابة ثلاثة آخرين كحصيلة أولية.",
            Published);
        Assert.Equal(1, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(3, Victims(result, CasualtyCategory.Wounded));
    }
}
