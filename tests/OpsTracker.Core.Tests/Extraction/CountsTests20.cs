using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Counting (helper counts20, session 20; every sentence here is INVENTED). A second count added to the first by an
/// additive phrase ("إلى جانب"، "فضلا عن"، "بالإضافة إلى"، "علاوة على") shares the first count's verb or verbal noun,
/// the phrase having none of its own; whose people they are is its own noun's.
/// </summary>
public class CountsTests20
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2022, 5, 9));

    [Fact]
    public void Militants_alongside_soldiers_share_the_verbal_noun_of_death()
    {
        var result = Read("أفادت مصادر أمنية في محافظة صلاح الدين بمقتل 4 جنود، إلى جانب 7 إرهابيين من داعش، في اشتباك قرب قضاء طوز خورماتو.");
        Assert.Equal(4, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(7, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Wanted_men_besides_others_share_the_arrest()
    {
        var result = Read("تمكنت مفارز الاستخبارات من اعتقال 6 مطلوبين بالإضافة إلى 2 من عناصر داعش في قضاء الحويجة بمحافظة كركوك.");
        Assert.Equal(8, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void Gunmen_in_addition_to_civilians_share_the_killing_verb()
    {
        var result = Read("قتلت القوات الأمنية في محافظة الأنبار 5 مسلحين فضلا عن 3 انتحاريين كانوا يحاولون التسلل إلى قضاء حديثة.");
        Assert.Equal(8, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void An_additive_phrase_before_a_count_of_things_adds_no_people()
    {
        var result = Read("أسفرت العملية في محافظة نينوى عن مقتل 3 إرهابيين، إلى جانب 4 عجلات أحرقت قرب قضاء سنجار.");
        Assert.Equal(3, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_count_after_a_list_comma_and_wa_shares_the_killing()
    {
        var result = Read("أعلنت خلية الإعلام الأمني مقتل 6 إرهابيين، و3 انتحاريين في ضربة جوية على وادي حوران بمحافظة الأنبار.");
        Assert.Equal(9, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void Wanted_men_after_a_comma_and_wa_share_the_arrest()
    {
        var result = Read("داهمت مفرزة من الشرطة قرية شمال بيجي في صلاح الدين واعتقلت 5 مطلوبين، و2 من عناصر داعش كانوا مختبئين فيها.");
        Assert.Equal(7, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }
}
