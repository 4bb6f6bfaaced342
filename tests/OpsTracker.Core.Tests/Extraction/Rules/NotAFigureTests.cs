using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>Numbers that stand in reports but are not figures of operations or tallies.</summary>
public class NotAFigureTests
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static List<int> Figures(string text, DateOnly? published = null)
    {
        var result = Extractor.Extract(text, published ?? new DateOnly(2024, 5, 1));
        var counts = new List<int>();
        foreach (var op in result.Operations)
        {
            counts.AddRange(op.Casualties.Select(c => c.Count));
            counts.AddRange(op.Hideouts.Select(h => h.Count));
        }
        foreach (var t in result.Tallies)
        {
            counts.AddRange(new[] { t.Operations, t.Killed, t.Arrested, t.HideoutsDestroyed, t.IsisAttacks }.Where(v => v is not null).Select(v => v!.Value));
        }
        return counts;
    }

    [Theory]
    [InlineData("خرجت قوة بالساعة 500 من مفارز قيادة العمليات لتفتيش المكان المستهدف.")]
    [InlineData("جمع مبلغ 394 مليون دولار للمناطق المحررة من تنظيم داعش.")]
    [InlineData("كرم التحالف التضحيات على مدار 10 سنوات من الحرب ضد داعش.")]
    [InlineData("قامت قوات التحالف بتدريب نحو 50 ألف مقاتل من البيشمركة.")]
    [InlineData("استمرت العملية 26 ساعة متواصلة وشملت مساحة 110 كيلومترات.")]
    [InlineData("أحيل المتهم إلى القضاء وفق المادة ٤ إرهاب.")]
    [InlineData("سيطر التنظيم على الموصل منذ عام 2014 حتى عام 2017.")]
    [InlineData("تقدر الأمم المتحدة عدد مقاتلي داعش في سوريا بنحو 10 آلاف مقاتل.")]
    [InlineData("أصدرت محكمة الجنايات حكما بالإعدام بحق 3 إرهابيين أدينوا بتفجير سوق شعبي.")]
    public void Are_not_read_as_figures(string text)
    {
        var figures = Figures(text);
        Assert.True(figures.Count == 0, $"read {string.Join(", ", figures)} from «{text}»");
    }

    [Fact]
    public void A_brigade_number_is_not_a_count_of_the_people_named_with_it()
    {
        Assert.Equal([1], Figures("قتل عنصر في الحشد باللواء 47 خلال الواجب."));
    }

    [Fact]
    public void Vague_quantities_give_no_count()
    {
        Assert.Empty(Figures("قصفت الطائرات عددا من الكهوف وأوقعت العشرات من مسلحي التنظيم في وادي زغيتون."));
    }

    [Fact]
    public void A_headline_total_of_the_operations_below_is_not_a_figure()
    {
        const string text = "مصرع 10 إرهابيين في نينوى\nقتلت القوات الأمنية 6 إرهابيين في قضاء تلعفر أمس.\nكما قتلت 4 إرهابيين في قضاء سنجار.";
        Assert.Equal([6, 4], Figures(text).Order().Reverse());
    }

    [Fact]
    public void A_figure_told_twice_is_one_record()
    {
        const string text = "مقتل 3 إرهابيين في كركوك\nأعلنت قيادة عمليات كركوك مقتل 3 إرهابيين بضربة جوية في وادي الشاي اليوم.";
        Assert.Equal([3], Figures(text));
    }

    [Theory]
    // Iraq's other conflicts, told by the same press: the PKK and Turkey, the armed factions and the strikes on them,
    // another state's strike, a war's leftover explosive. Each sentence is invented.
    [InlineData("قتل ثلاثة من عناصر حزب العمال الكردستاني بضربة جوية تركية استهدفت سيارة في قضاء سنجار.")]
    [InlineData("أسفرت غارة بطائرة مسيرة تركية عن مقتل قيادي في وحدات مقاومة سنجار.")]
    [InlineData("قتل جنديان تركيان في اشتباك مع مسلحي حزب العمال الكردستاني في شمال العراق.")]
    [InlineData("قتل ثلاثة من عناصر كتائب حزب الله بضربة أمريكية استهدفت مقرا في منطقة جرف النصر.")]
    [InlineData("أعلنت هيئة الحشد الشعبي مقتل ثلاثة من مقاتليها بقصف أمريكي على مقر في القائم.")]
    [InlineData("قتل ثلاثة أشخاص بانفجار عبوة ناسفة من مخلفات الحرب في قضاء سنجار.")]
    public void Another_conflicts_dead_are_no_operation_of_ours(string text)
    {
        var result = Extractor.Extract(text, new DateOnly(2024, 5, 20));
        Assert.Empty(result.Operations);
        Assert.Empty(result.Tallies);
    }

    [Theory]
    // The same words beside ISIS named: its dead stay ours, whoever struck.
    [InlineData("قتل 15 من عناصر داعش بغارة أمريكية عراقية مشتركة في صحراء الأنبار.", 15)]
    [InlineData("قتل ثلاثة من عناصر داعش حاولوا التسلل من مواقع الفصائل المسلحة السورية قرب القائم.", 3)]
    public void Isis_dead_beside_another_conflicts_words_stay(string text, int killed)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2024, 5, 20)).Operations);
        Assert.Equal(killed, op.Killed);
    }
}
