using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Counts of the dead and the wounded together, as war-era reports give them (helper hideouts26, session 26; every
/// sentence here is INVENTED). A count whose people are divided "بين قتيل وجريح" after the group they are of and the
/// verb they are the subject of ("40 مسلحا من عصابات داعش وقعوا بين قتيل وجريح") is of both outcomes, a figure of
/// neither; a singular noun right after a count in words ("أكثر من 5 آلاف قتيلا وجريحا") is that count's tamyiz and
/// counts no one by itself.
/// </summary>
public class BothOutcomesTests26
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2015, 2, 14);

    [Fact]
    public void A_count_divided_between_dead_and_wounded_after_its_group_and_verb_is_no_figure()
    {
        var result = Extractor.Extract(
            "قال مصدر في الشرطة المحلية إن 40 مسلحا من عصابات داعش وقعوا بين قتيل وجريح بغارات للطيران على مواقعهم قرب تلعفر.",
            Published);
        Assert.Equal(0, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(0, Isis(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_count_of_the_dead_before_a_clause_that_divides_others_stays()
    {
        // Must not take: the pair "بين قتيل وجريح" divides the civilians of its own clause, not the dead counted before.
        var result = Extractor.Extract(
            "قتل 12 عنصرا من داعش بقصف مدفعي على قرية شمال بيجي، فيما سقط 5 مدنيين بين قتيل وجريح.",
            Published);
        Assert.Equal(12, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_singular_noun_after_a_thousand_is_the_counts_tamyiz_and_counts_no_one()
    {
        var result = Extractor.Extract(
            "ذكر مسؤول في وزارة البيشمركة أن قواته خسرت في الحرب مع التنظيم منذ صيف عام 2014 أكثر من 5 آلاف قتيلا وجريحا على طول خطوط التماس.",
            Published);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Count == 1);
    }

    [Fact]
    public void A_singular_noun_after_a_verb_still_counts_one()
    {
        // Must not take: with no count before it, "قتيل وجريح" after a verb of falling is one dead and one wounded.
        var result = Extractor.Extract(
            "سقط قتيل وجريح بانفجار عبوة ناسفة زرعها مسلحو داعش على طريق زراعي في قضاء المقدادية.",
            Published);
        Assert.Equal(1, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(1, Victims(result, CasualtyCategory.Wounded));
    }
}
