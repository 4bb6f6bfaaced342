using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Numerals read in whole reports (helper numerals19, session 19; every sentence here is INVENTED): the construct
/// dual ("مئتي مطلوب"، "ألفي مسلح"), a dual multiplier alone ("ألفين"), "ونيف" closing a count before its noun, "ك" +
/// a word that only looks like a numeral ("كمية"), a few and ten, thousands set off by points, and the numbers that
/// count no one (years, units, roads, percentages, hours, ages, articles, phone numbers, money, distances, durations).
/// </summary>
public class NumeralReportsTests19
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2021, 3, 14));

    [Theory]
    [InlineData("ذكرت قيادة الشرطة في محافظة الأنبار أن قواتها اعتقلت مئتي مطلوب بتهم إرهابية خلال حملة تفتيش في قضاء هيت.", CasualtyCategory.Arrested)]
    [InlineData("أعلن مصدر في وزارة الدفاع أن الطائرات الحربية قتلت مائتي عنصر من تنظيم داعش في ضربات على وادي حوران غرب الأنبار.", CasualtyCategory.Killed)]
    public void A_construct_dual_hundred_counts_two_hundred(string text, CasualtyCategory category)
    {
        Assert.Equal(200, Count(Read(text), CasualtySide.Isis, category));
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة أن أكثر من ألفي مسلح من داعش قتلوا منذ انطلاق عمليات تحرير قضاء تلعفر في محافظة نينوى.")]
    [InlineData("قال قائد عمليات صلاح الدين إن قواته قتلت ألفين من عناصر تنظيم داعش منذ بدء المعارك في المحافظة.")]
    public void Two_thousand_in_the_dual_is_a_tally_of_two_thousand_killed(string text)
    {
        var result = Read(text);
        Assert.Contains(result.Tallies, t => t.Killed == 2000);
    }

    [Theory]
    [InlineData("ذكرت خلية الإعلام الأمني أن القوات قتلت ثلاثين ونيف إرهابيا في عملية بصحراء محافظة نينوى.", 30)]
    [InlineData("أفاد مصدر عسكري في محافظة الأنبار بأن طيران الجيش قتل عشرين ونيفا من الإرهابيين في وادي القذف.", 20)]
    public void And_some_closes_the_count_before_its_noun(string text, int killed)
    {
        var result = Read(text);
        Assert.Equal(killed, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.All(result.Operations.SelectMany(o => o.Casualties), c => Assert.True(c.Approximate));
    }

    [Theory]
    [InlineData("ضبطت مفرزة من الشرطة في محافظة بابل كمية من العبوات الناسفة في ناحية جرف النصر واعتقلت ثلاثة مطلوبين.")]
    [InlineData("عثرت قوة من الجيش على كميات من الأعتدة ووكمية من المتفجرات في قرية بقضاء الدبس واعتقلت ثلاثة إرهابيين.")]
    public void A_quantity_is_no_hundred(string text)
    {
        var result = Read(text);
        Assert.Equal(3, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
        Assert.DoesNotContain(result.Operations, o => o.HideoutsDestroyed is 100);
    }

    [Theory]
    [InlineData("قالت مصادر محلية في ديالى إن بضعة عشر مسلحا هاجموا قرية في ناحية العظيم فجرا.")]
    [InlineData("ذكر شهود في محافظة كركوك أن بضع عشرة سيارة تقل مسلحين شوهدت قرب الرياض قبل أن تعتقل القوات ثلاثة منهم.")]
    public void A_few_and_ten_counts_no_ten(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Count == 10);
    }

    [Theory]
    [InlineData("أعلنت وزارة الداخلية أن مجموع من اعتقلتهم الأجهزة الأمنية من عناصر داعش منذ بداية العام بلغ 1.200 إرهابي في عموم البلاد.", 1200)]
    [InlineData("كشفت قيادة الشرطة الاتحادية أن قواتها اعتقلت خلال العام الماضي 2.400 متهم بالإرهاب في المحافظات المحررة.", 2400)]
    public void Thousands_set_off_by_a_point_are_one_tally(string text, int arrested)
    {
        Assert.Contains(Read(text).Tallies, t => t.Arrested == arrested);
    }

    private const string ThreeArrested = "وأكدت خلية الإعلام الأمني أن مفارز الاستخبارات اعتقلت ثلاثة إرهابيين في قضاء الشرقاط بمحافظة صلاح الدين.";

    [Theory]
    [InlineData("وكان المعتقلون قد التحقوا بالتنظيم في عام 2014 بعد سقوط المدينة.")]
    [InlineData("وانضم المتهمون إلى عصابات داعش سنة ألفين وخمسة عشر.")]
    [InlineData("وشاركت في العملية قوة من اللواء 20 في الحشد الشعبي.")]
    [InlineData("وشاركت في العملية قطعات الفرقة الخامسة عشرة من الجيش.")]
    [InlineData("وجرت المداهمة قرب الكيلو 160 على الطريق الدولي.")]
    [InlineData("وأشار البيان إلى أن نسبة الأمن في القضاء بلغت 90 بالمئة.")]
    [InlineData("وذكر المصدر أن 80% من المناطق المحررة باتت آمنة.")]
    [InlineData("ونفذت العملية عند الساعة 10 صباحا.")]
    [InlineData("وأحد المعتقلين يبلغ من العمر 35 عاما.")]
    [InlineData("وبين المعتقلين شاب (19 عاما) كان يعمل مراقبا.")]
    [InlineData("وأحيل المتهمون إلى القضاء وفق أحكام المادة 4 إرهاب.")]
    [InlineData("ودعت الخلية المواطنين إلى الاتصال بالرقم 131 للإبلاغ عن أي خرق.")]
    [InlineData("وضبطت بحوزتهم مبالغ مالية قدرها 5 ملايين دينار.")]
    [InlineData("وعثر بحوزة المتهمين على خمسين ألف دولار.")]
    [InlineData("وتقع القرية على بعد 30 كيلومترا جنوب المدينة.")]
    [InlineData("وجاءت العملية بعد رصد استمر 3 أيام.")]
    [InlineData("ونفذت الخلية خلال 24 ساعة سلسلة عمليات.")]
    [InlineData("ولم يصب أحد من أفراد القوة بأذى خلال المداهمة.")]
    [InlineData("وأشارت الخلية إلى أن آلاف الأسر عادت إلى القضاء.")]
    [InlineData("ويسكن القضاء قرابة مليون نسمة.")]
    public void A_number_that_counts_no_one_adds_no_figure(string aside)
    {
        foreach (var text in new[] { aside + " " + ThreeArrested, ThreeArrested + " " + aside })
        {
            var result = Read(text);
            var op = Assert.Single(result.Operations);
            Assert.Equal(3, Count(op, CasualtySide.Isis, CasualtyCategory.Arrested));
            Assert.Equal(3, op.Casualties.Sum(c => c.Count));
            Assert.Null(op.HideoutsDestroyed);
            Assert.DoesNotContain(result.Tallies, t => t.Killed is not null || t.Arrested is not null || t.HideoutsDestroyed is not null);
        }
    }
}
