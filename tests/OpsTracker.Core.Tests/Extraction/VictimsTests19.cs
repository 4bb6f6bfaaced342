using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victims count (helper victims19): victims counted over a span of time (Passes/SpanVictimRemoval), victims of
/// old ordnance ISIS left (Passes/RemnantVictimRemoval), and a count's second noun in the same tamyiz
/// (SingularFigures.SharedTamyiz). Invented sentences.
/// </summary>
public class VictimsTests19
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 6, 14);

    [Theory]
    [InlineData("أعلنت قيادة الشرطة مقتل 64 من المدنيين والعسكريين على يد عناصر داعش منذ مطلع العام الحالي في محافظة ديالى.")]
    [InlineData("وقال مسؤول محلي إن 38 شخصا من المدنيين قتلوا بنيران مسلحي داعش خلال الأشهر الأربعة الماضية في أطراف قضاء خانقين.")]
    [InlineData("وذكر البيان أن عدد شهداء القوات الأمنية بلغ خلال هذه الفترة 27 شهيدا في قواطع كركوك.")]
    [InlineData("سقط 52 شهيدا من المقاتلين منذ بدء الهجوم على مواقع داعش في جبال حمرين.")]
    [InlineData("قتل عناصر داعش 19 مدنيا خلال نحو شهرين في قرى جنوب كركوك.")]
    public void Victims_counted_over_a_span_of_time_are_no_event(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتل ثلاثة جنود في أعنف هجوم لداعش منذ مطلع العام على ربيئة للجيش في قضاء الطارمية.", 3)]
    [InlineData("أفاد مصدر أمني بأن عناصر داعش قتلوا أربعة رعاة منذ يومين في صحراء النخيب.", 4)]
    [InlineData("قتل جنديان بهجوم شنه عناصر داعش خلال الليل على نقطة للجيش في قضاء الدبس.", 2)]
    public void An_attack_compared_with_a_span_or_dated_days_ago_keeps_its_victims(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_span_in_another_clause_leaves_the_attacks_victims_standing()
    {
        var result = Extractor.Extract(
            "قتل جنديان بهجوم لداعش على ربيئة في قضاء خانقين، فيما قتلت القوات 80 إرهابيا منذ مطلع العام.", Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتل طفلان وأصيب ثالث حين انفجرت بهم عبوة قديمة من مخلفات داعش قرب قرية في قضاء سنجار.")]
    [InlineData("لقي مزارع مصرعه إثر انفجار قنبلة يدوية من مخلفات تنظيم \"داعش\" الإرهابي أثناء حراثة بستانه بقضاء بلد.")]
    [InlineData("قتل جندي بالجيش العراقي بانفجار صاروخ من مخلفات عصابات داعش أثناء نقله في معسكر بقضاء الكرمة.")]
    public void Victims_of_ordnance_isis_left_are_no_victims_of_an_attack(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_remnant_told_next_to_the_count_makes_its_explosion_an_accident()
    {
        var result = Extractor.Extract(
            "قتل صبيان بانفجار عبوة ناسفة في أطراف قضاء تلعفر مساء اليوم.\nوقال مصدر في الشرطة إن العبوة من مخلفات داعش وكانت مطمورة في أرض زراعية.",
            Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void An_attack_of_isis_told_beside_remnants_keeps_its_victims()
    {
        var result = Extractor.Extract(
            "قتل ثلاثة جنود بهجوم شنه عناصر داعش على ربيئة للجيش في قضاء الدبس، بعد تفكيك عبوات من مخلفات التنظيم في المنطقة.", Published);
        Assert.Equal(3, Victims(result, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("مقتل 36 عسكريا ومدنيا بهجمات لداعش على قرى جنوب الموصل.", 36)]
    [InlineData("أعلنت الشرطة مقتل 24 جنديا وشرطيا بهجوم لداعش على مخفر في قضاء حديثة.", 24)]
    public void A_second_noun_in_the_counts_tamyiz_is_the_same_people(string sentence, int killed)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Equal(killed, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_man_joined_in_another_case_is_one_more()
    {
        var result = Extractor.Extract("قتل خمسة جنود ومدني بهجوم لداعش على ربيئة في قضاء خانقين.", Published);
        Assert.Equal(6, Victims(result, CasualtyCategory.Killed));
    }
}
