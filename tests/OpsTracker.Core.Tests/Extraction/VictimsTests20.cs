using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victims count and whose they are (helper victims20): victims counted since a month or a year
/// (Passes/SpanVictimRemoval, lexicon victimSpans.sinceDatePoints); the men of the body a possessive pronoun refers
/// back to (OwnersMen); two attacks told apart at two places keep victims counted alike
/// (Passes/TwoAttacksApart). Invented sentences.
/// </summary>
public class VictimsTests20
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 9, 20);

    [Theory]
    [InlineData("وأعلنت وزارة الداخلية مقتل 84 مدنيا وعسكريا بهجمات لداعش منذ شباط الماضي في محافظة الأنبار.")]
    [InlineData("وقال مسؤول محلي إن عناصر داعش قتلوا 46 من الرعاة والمزارعين منذ عام 2019 في أطراف قضاء طوزخورماتو.")]
    [InlineData("وأشار التقرير إلى استشهاد 57 من المنتسبين بهجمات التنظيم الإرهابي منذ 2017 في صحراء الحضر.")]
    [InlineData("سقط 33 شهيدا من أبناء العشائر بنيران داعش منذ أيلول الماضي في قرى جنوب الموصل.")]
    public void Victims_counted_since_a_month_or_a_year_are_no_event(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتل أربعة جنود في أعنف هجوم لداعش منذ عام 2020 على ربيئة للجيش في قضاء الطارمية.", 4)]
    [InlineData("قتل عناصر داعش ثلاثة رعاة في صحراء النخيب، فيما تشهد المنطقة هجمات متكررة منذ شباط الماضي.", 3)]
    public void An_attack_compared_with_a_year_or_told_beside_a_span_keeps_its_victims(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    private static int SideCount(ExtractionResult r, CasualtySide side, CasualtyCategory category) =>
        r.Operations.Sum(o => o.Casualties.Where(c => c.Side == side && c.Category == category).Sum(c => c.Count));

    [Theory]
    [InlineData("أعلنت هيئة الحشد الشعبي، مساء الثلاثاء، إصابة عنصرين من قواتها بهجوم لفلول داعش على ربيئة في صحراء النخيب.", CasualtyCategory.Wounded, 2)]
    [InlineData("قيادة عمليات سامراء تعلن استشهاد ثلاثة من أفرادها وإصابة آخر خلال تصديهم لتعرض من عناصر داعش شرقي المدينة.", CasualtyCategory.Killed, 3)]
    [InlineData("وأكدت قيادة الشرطة الاتحادية مقتل عنصرين من منتسبيها في اشتباك مع خلية إرهابية قرب قضاء الدبس.", CasualtyCategory.Killed, 2)]
    public void The_men_of_the_force_the_pronoun_refers_to_are_ours(string sentence, CasualtyCategory category, int count)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(count, SideCount(result, CasualtySide.Security, category));
        Assert.Equal(0, SideCount(result, CasualtySide.Isis, category));
    }

    [Theory]
    [InlineData("وقال المتحدث إن طيران الجيش وجه ضربة إلى داعش في وادي زغيتون أسفرت عن مقتل ستة من عناصره.", 6)]
    [InlineData("وذكر البيان أن القوات الأمنية اشتبكت مع مسلحي داعش في جزيرة سامراء ما أدى إلى مقتل أربعة من عناصرهم.", 4)]
    public void The_men_of_isis_named_nearest_stay_isiss(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, SideCount(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("داعش يهاجم القوات الأمنية في ديالى\nقال مصدر في شرطة ديالى إن مسلحي داعش نفذوا هجومين منفصلين في المحافظة مساء الأحد.\nوبين المصدر أن القوات الأمنية استنفرت قطعاتها بعد الهجومين.\nوأضاف أن عناصر داعش هاجموا نقطة للشرطة في ناحية العظيم فجرا، ما أسفر عن استشهاد شرطيين.\nوفي وقت لاحق هاجم مسلحون من التنظيم ربيئة للجيش في قضاء الخالص، مما أدى إلى استشهاد جنديين.")]
    [InlineData("هجمات لداعش في كركوك\nأفاد مصدر أمني بأن عناصر داعش شنوا سلسلة هجمات على القوات الأمنية في محافظة كركوك يوم أمس.\nوأوضح المصدر أن الهجمات وقعت في ساعات المساء.\nواستهدف عناصر التنظيم بعبوة ناسفة عجلة للحشد في ناحية الرشاد، مما أسفر عن مقتل اثنين من المقاتلين.\nوبعد ساعة هاجم مسلحو داعش سرية للجيش في قضاء الدبس، ما أدى الى مقتل جنديين.")]
    public void Two_attacks_at_two_places_keep_victims_counted_alike(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(4, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_quote_retelling_the_attack_without_an_attack_of_its_own_is_one_toll()
    {
        var result = Extractor.Extract(
            "داعش يهاجم الشرطة في ديالى\nقال مصدر في شرطة ديالى إن مسلحي داعش هاجموا نقطة أمنية مساء الأحد.\nوبين المصدر أن القوات الأمنية استنفرت قطعاتها بعد الهجوم.\nوأضاف أن عناصر داعش هاجموا نقطة للشرطة في ناحية العظيم فجرا، ما أسفر عن استشهاد شرطيين.\nوقال مصدر أمني آخر إن الحادث أدى إلى استشهاد شرطيين في قضاء الخالص.",
            Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }
}
