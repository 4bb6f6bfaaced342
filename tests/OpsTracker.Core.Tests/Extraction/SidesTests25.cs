using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Whose casualties (helper sides25). Invented sentences.
/// A count of people told as the dead and the wounded together is a figure of neither outcome, whether the count is in
/// words ("ثلاثة من ... سقطوا بين قتيل وجريح") or a noun that counts itself after two verbal nouns of different
/// outcomes ("مقتل وإصابة شخصين") (TwoOutcomeCounts.CountsBothOutcomes, TwoOutcomeCounts.NounAfterTwoOutcomeVerbs).
/// The victims the UN mission counts by a statistic's head ("عدد القتلى بلغ") are its statistic of all violence over a
/// month or a year, no attack's toll (VictimStatistics.VictimStatisticOfAMonitor).
/// </summary>
public class SidesTests25
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 9, 6);

    [Theory]
    [InlineData("قال مصدر في الشرطة إن ثلاثة من مقاتلي العشائر سقطوا بين قتيل وجريح بانفجار عبوة زرعها داعش قرب مزرعة في القضاء.")]
    [InlineData("أفاد ضابط بأن سبعة من أفراد الحشد وقعوا بين شهيد وجريح في هجوم لداعش على ربيئة قرب النهر.")]
    public void A_count_in_words_divided_between_the_dead_and_the_wounded_is_no_figure(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("أعلنت مصادر أمنية مقتل وإصابة شخصين بهجوم لداعش على قرية زراعية قرب البحيرة.")]
    [InlineData("أعلنت خلية الإعلام استشهاد وإصابة جنديين بهجوم لمسلحي داعش على ربيئة قرب الوادي.")]
    public void A_dual_after_the_verbal_nouns_of_two_outcomes_is_no_figure(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void Each_outcome_with_its_own_noun_keeps_its_figure()
    {
        var result = Extractor.Extract("أعلنت مصادر أمنية مقتل مزارع وإصابة شخصين بهجوم لداعش على قرية زراعية قرب البحيرة.", Published);
        Assert.Equal(1, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(2, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_count_in_words_of_one_outcome_stays()
    {
        var result = Extractor.Extract("قال مصدر في الشرطة إن ثلاثة من مقاتلي العشائر قتلوا بانفجار عبوة زرعها داعش قرب مزرعة في القضاء.", Published);
        Assert.Equal(3, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وكانت بعثة الأمم المتحدة قد أعلنت أن حصيلة ضحايا أعمال العنف في شهر تموز بلغت 62 قتيلا و140 جريحا.")]
    [InlineData("وأضافت يونامي في تقريرها أن عدد قتلى المدنيين وصل إلى 310، بينهم 12 من عناصر الشرطة، فيما بلغ عدد الجرحى 95 من منتسبي الجيش.")]
    public void The_victims_the_un_mission_counts_by_a_statistic_are_no_attacks(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void An_attack_the_un_mission_condemns_keeps_its_victims()
    {
        var result = Extractor.Extract("أدانت بعثة الأمم المتحدة الهجوم الذي شنه داعش على سوق شعبي في القضاء وأسفر عن مقتل 9 مدنيين.", Published);
        Assert.Equal(9, Victims(result, CasualtyCategory.Killed));
    }
}
