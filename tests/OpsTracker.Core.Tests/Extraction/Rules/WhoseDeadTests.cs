using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Whose dead a count on real text is, and how many. "مقتل تسعة أشخاص في الأقل، هم أربعة مدنيين وخمسة من المقاتلين":
/// past a pronoun of apposition (lexicon appositionPronouns) the counts are the count before it told again by whose
/// they are, never more people joined to it; the walk that gathers joined people ("وخمسة من المقاتلين" added to the
/// count) stops there (FigureRelations.OpensPartsOfTheCount), so nine is not read as fourteen. "نجحت القطعات في قتل
/// المهاجمين البالغ عددهم 20": a headcount word counts the people named just before it, so their noun gives the side
/// (ISIS's gunmen), not the sentence's attack words (CasualtySides.HeadcountNounSide); a fraction before that noun
/// ("نصف المسلحين", lexicon groupFractions) makes the dead that share of the group (FigureFinder.FractionOfGroup).
/// Invented sentences.
/// </summary>
public class WhoseDeadTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2020, 3, 3);

    [Theory]
    [InlineData("ذكرت وزارة البيشمركة يوم الجمعة مقتل تسعة أشخاص في الأقل، هم أربعة مدنيين وخمسة من المقاتلين، بهجوم شنه داعش على قرية قرب مخمور.")]
    [InlineData("ذكرت وزارة البيشمركة يوم الجمعة مقتل تسعة أشخاص، هم أربعة مدنيين وخمسة من المقاتلين، بهجوم شنه داعش على قرية قرب مخمور.")]
    public void Parts_after_the_apposition_pronoun_are_not_added_to_the_count(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Count == 14);
        Assert.Equal(9, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Parts_whose_side_is_named_stand_for_the_count()
    {
        var result = Extractor.Extract("ذكرت وزارة البيشمركة يوم الجمعة مقتل تسعة أشخاص هم أربعة مدنيين وخمسة جنود بهجوم شنه داعش على قرية قرب مخمور.", Published);
        Assert.Equal(4, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(5, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void Joined_people_without_an_apposition_pronoun_still_add_up()
    {
        var result = Extractor.Extract("قتل مسلحو داعش، الاثنين، خمسة أشخاص وثلاثة من المدنيين بهجوم على قرية قرب قضاء مخمور.", Published);
        Assert.Equal(8, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_headcount_of_gunmen_killed_by_the_forces_is_isis()
    {
        var result = Extractor.Extract("هاجم مسلحون قرية قرب سامراء ليل الاثنين، وتمكنت قوات الحشد من قتل المسلحين البالغ عددهم 20.", Published);
        Assert.Equal(20, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_headcount_of_soldiers_killed_in_an_ambush_is_the_forces()
    {
        var result = Extractor.Extract("نصب مسلحو داعش كمينا لقوة من الجيش قرب سامراء ليل الاثنين، ما أدى إلى مقتل الجنود البالغ عددهم 4.", Published);
        Assert.Equal(4, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("نصف", 10, true)]
    [InlineData("ربع", 5, false)]
    public void A_fraction_of_a_counted_group_is_its_share(string fraction, int killed, bool approximate)
    {
        var result = Extractor.Extract($"هاجم مسلحون قرية قرب سامراء ليل الاثنين، وتمكنت قوات الحشد من قتل {fraction} المسلحين البالغ عددهم 20" + (approximate ? " تقريبا." : "."), Published);
        Assert.Equal(killed, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.All(result.Operations.SelectMany(o => o.Casualties), c => Assert.Equal(approximate, c.Approximate));
    }
}
