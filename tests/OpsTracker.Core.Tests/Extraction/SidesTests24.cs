using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Whose casualties (helper sides24): the share "N منهم" after a verb that took "them" through a preposition and named
/// its own subject after it is of the people acted on, never of that subject (FigureFinder.ThemNotTheirDoer), and
/// such victims, told in a sentence that refers back to the attack, join it (Passes/ContinuationMerge); a count of
/// people told as the dead and the wounded together is a figure of no side and no outcome (TwoOutcomeCounts.CountsBothOutcomes);
/// victims whose own nouns give them two sides are never one count told twice (Passes/RepetitionRemoval.OfTwoSides).
/// Invented sentences.
/// </summary>
public class SidesTests24
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 14);

    [Theory]
    [InlineData("وخرج رعاة من القرية لنجدة الجنود، فصوّب عليهم مسلحو داعش بنادقهم من فوق التل فجرحوا أربعة منهم.", CasualtyCategory.Wounded, 4)]
    [InlineData("وتجمع أهالي الحي قرب المسجد، فرمى عليهم عناصر داعش قنبلة يدوية أودت بحياة ثلاثة منهم.", CasualtyCategory.Killed, 3)]
    public void The_share_of_the_people_isis_acted_on_is_its_victims(string sentence, CasualtyCategory category, int count)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(count, Victims(result, category));
        Assert.Equal(0, Isis(result, category));
    }

    [Theory]
    [InlineData("تسلل مسلحون من داعش إلى أطراف الناحية ليلا، فتصدى لهم جنود الفوج الثالث، وتمكنوا بعد اشتباك دام ساعة من قتل ستة منهم.", 6)]
    [InlineData("حاول عناصر من التنظيم عبور النهر قرب الجسر، فتصدت لهم قوة من الحشد الشعبي واشتبكت معهم حتى الفجر وقتلت خمسة منهم.", 5)]
    public void The_share_of_the_people_the_forces_confronted_is_isiss(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("نصب مسلحو داعش كمينا لرتل من الجيش قرب الوادي وفتح عليهم المسلحون نيران رشاشاتهم، فيما قتلت القوات أربعة منهم.")]
    [InlineData("نصب مسلحو داعش كمينا لرتل من الجيش قرب الوادي وفتح عليهم المسلحون نيران رشاشاتهم، وقتلت القوات أربعة منهم.")]
    public void A_share_told_after_a_connector_or_with_its_own_doer_is_not_taken_for_the_people_acted_on(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(4, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Other_people_the_same_attack_hit_join_it()
    {
        const string text = "هاجم مسلحو داعش نقطة للحشد العشائري قرب البساتين، وخلف الهجوم مقتل اثنين من المقاتلين وجرح ثلاثة آخرين. "
            + "وهرع رعاة لنجدة المقاتلين بعد سماعهم بالهجوم، فأطلق عليهم مسلحو داعش الرصاص وجرحوا خمسة منهم.";
        var result = Extractor.Extract(text, Published);
        var attack = Assert.Single(result.Operations);
        Assert.Equal(8, attack.Casualties.Where(c => c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("أعلن مصدر أمني أن تفجيرا نفذه داعش في سوق الناحية سقط فيه 14 مدنيا وشرطيا بين قتيل وجريح.")]
    [InlineData("ارتفع عدد قتلى وجرحى المقاتلين في الهجوم الذي شنه داعش على البلدة إلى 19 عنصرا.")]
    public void A_count_of_the_dead_and_the_wounded_together_is_no_figure(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Counts_with_a_noun_of_one_outcome_after_the_number_of_both_stay()
    {
        var result = Extractor.Extract("ارتفع عدد قتلى وجرحى هجوم داعش على البلدة إلى 9 قتلى و14 جريحا.", Published);
        Assert.Equal(9, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(14, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("قال ضابط في الشرطة إن مسلحي داعش قتلوا شرطيا وابنه قرب مزرعتهما.")]
    [InlineData("وأضاف أن مسلحي التنظيم أعدموا جنديا ووالده أمام أهالي القرية.")]
    public void A_man_of_the_forces_and_his_kin_are_two_victims(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_civilian_and_a_policeman_each_killed_once_are_two_victims()
    {
        const string text = "أفاد مصدر محلي بأن مسلحين من داعش هاجموا قرية جنوب القضاء، ما أسفر عن مقتل مزارع وإصابة ستة آخرين.\n"
            + "ويذكر أن التنظيم هاجم الأسبوع الماضي حاجزا للشرطة قرب البلدة ما أسفر عن مقتل شرطي.";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("مقتل مزارع بهجوم لداعش جنوب القضاء\nأفاد مصدر محلي بأن مسلحين من داعش هاجموا قرية جنوب القضاء، ما أسفر عن مقتل مزارع.")]
    [InlineData("مقتل شرطي بهجوم لداعش قرب البلدة\nأفاد مصدر أمني بأن مسلحين من داعش هاجموا حاجزا قرب البلدة، ما أسفر عن مقتل منتسب في الشرطة.")]
    public void One_victim_told_again_by_a_noun_of_the_same_side_stays_one(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(1, Victims(result, CasualtyCategory.Killed));
    }
}
