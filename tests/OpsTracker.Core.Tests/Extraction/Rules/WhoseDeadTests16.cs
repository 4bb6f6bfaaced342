using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Whose dead by the construction of the clause (CasualtySides.ByConstruction): the partitive "منهم" after the counted noun
/// points back to the people last named; "N آخرين" beside a man of ours just counted are ours; a verb of inflicting
/// losses (lexicon inflictVerbs) makes its object the other side's dead, its doer named after it or opening the
/// sentence; "في صفوف X" names whose ranks were hit; factions of the PMF (lexicon securityOrgs) are the forces.
/// Invented sentences.
/// </summary>
public class WhoseDeadTests16
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 4, 6);

    [Fact]
    public void Of_them_after_the_noun_counts_the_attackers_named_before()
    {
        var result = Extractor.Extract("صد هجوم لعصابات داعش ومقتل 14 عنصرا منهم قرب قضاء طوزخورماتو.", Published);
        Assert.Equal(14, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Among_them_after_the_noun_opens_a_breakdown_not_a_partitive()
    {
        var result = Extractor.Extract("قتل 6 أشخاص بينهم جنديان في تفجير انتحاري تبناه داعش في سوق بقضاء المقدادية.", Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Others_beside_a_martyr_are_the_forces()
    {
        var result = Extractor.Extract("أسفرت المعارك في قرى جنوب مخمور عن استشهاد آمر الفوج الثاني في البيشمركة، و9 مقاتلين آخرين إضافة إلى إصابة 30 بجروح.", Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Wounded));
        Assert.Equal(10, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(30, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Others_beside_an_isis_member_stay_isis()
    {
        var result = Extractor.Extract("قتلت قوات الجيش قياديا في داعش و7 عناصر آخرين بضربة على وكر في وادي الشاي.", Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Dead_inflicted_by_isis_named_first_in_a_headline_are_its_victims()
    {
        var result = Extractor.Extract("داعش يهاجم نقطة للجيش ويوقع ثلاثة قتلى قرب قضاء خانقين", Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(3, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void Dead_inflicted_by_isis_named_after_the_verb_are_its_victims()
    {
        var result = Extractor.Extract("وأوقع مسلحو داعش خمسة قتلى بهجوم على نقطة للجيش قرب خانقين.", Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(5, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Wounded_in_the_ranks_of_civilians_are_victims()
    {
        var result = Extractor.Extract("واشتبك مسلحو التنظيم مع القوات في المدينة وسقط 19 جريحا في صفوف المدنيين ورجال الشرطة.", Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Wounded));
        Assert.Equal(19, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("هاجمت مجموعة من داعش نقطة لسرايا السلام قرب سامراء، وأسفر الهجوم عن مقتل عنصر من السرايا وإصابة 3 آخرين.")]
    [InlineData("هاجمت مجموعة من داعش نقطة لعصائب أهل الحق قرب سامراء، أسفرت عن مقتل عنصرين من العصائب.")]
    public void A_man_of_a_pmf_faction_hit_in_an_attack_is_the_forces(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.True(Count(result, CasualtySide.Security, CasualtyCategory.Killed) > 0);
    }

    [Fact]
    public void A_category_noun_after_and_is_joined_to_the_count_not_what_it_counts()
    {
        var result = Extractor.Extract("هاجم داعش نقطة للشرطة قرب بيجي فجر اليوم، وقتل منها 6 وجريحين.", Published);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Category == CasualtyCategory.Wounded && c.Count == 6);
    }

    [Fact]
    public void Men_counted_after_a_foiled_attack_are_the_attackers()
    {
        var result = Extractor.Extract("إحباط هجوم لداعش ومقتل 9 عناصر قرب قضاء بيجي", Published);
        Assert.Equal(9, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Men_counted_after_an_attack_that_was_not_foiled_are_its_victims()
    {
        var result = Extractor.Extract("هجوم لداعش ومقتل 9 عناصر قرب قضاء بيجي", Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتل قيادي بالحشد الشعبي في هجوم لمسلحين على نقطة قرب قضاء الطارمية.")]
    [InlineData("مقتل قيادي بارز في الحشد العشائري بهجوم لمسلحين على منزله قرب قضاء الطارمية.")]
    public void A_leader_in_a_force_of_ours_is_the_forces(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(1, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_leader_in_isis_stays_isis()
    {
        var result = Extractor.Extract("قتلت قوات الجيش قياديا في داعش بضربة على وكر في وادي الشاي.", Published);
        Assert.Equal(1, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
