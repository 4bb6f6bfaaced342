using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Rules;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Operations told without figures (helper figureless29, session 29; every sentence here is INVENTED): ISIS's deed as a
/// verbal noun after "أقدم على" (executing, blowing up; FigurelessOperations.IsisHarmDeed), and a search of ours that
/// pursues the doers of the attack told before it, or is done at its scene, in that attack's province
/// (FigurelessOperations.PursuitOfAnAttack).
/// </summary>
public class FigurelessTests29
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 20);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    // ISIS's deed as a verbal noun governed by "على" after "أقدم": the normalised text spells it "علي".

    [Fact]
    public void A_verbal_noun_after_aqdama_ala_takes_isis_as_its_doer()
    {
        var op = Assert.Single(Read("وذكر مصدر محلي أن التنظيم أقدم مساء الخميس على حرق بساتين النخيل في قضاء بلد."));
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(FigurelessOperations.IsisDeedRule, op.Rule);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void Blowing_up_property_after_a_verb_of_doing_is_an_attack_without_figures()
    {
        var op = Assert.Single(Read("وأفاد ضابط بأن عناصر داعش أقدموا فجر اليوم على تفجير جسر صغير قرب ناحية العظيم."));
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void An_execution_by_isis_is_an_attack_without_figures()
    {
        var op = Assert.Single(Read("وقال شهود إن تنظيم داعش أقدم اليوم على إعدام عشرات الأسرى في ناحية حمام العليل."));
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void Dawn_after_an_isis_name_is_no_deed_of_blowing_up()
    {
        Assert.Empty(Read("وقال المتحدث إن عناصر داعش فجر اليوم كانوا يتنقلون بين قرى قضاء الحويجة."));
    }

    [Fact]
    public void A_court_executing_convicts_does_no_isis_deed()
    {
        Assert.DoesNotContain(Read("وأقدمت السلطات على إعدام مدانين بالإرهاب في أحد سجون الجنوب."), o => o.Kind == OperationKind.IsisAttack);
    }

    // A search pursuing the doers of the attack told before it, or at its scene, lies where the attack was.

    [Fact]
    public void A_search_pursuing_the_attackers_is_a_search_in_the_attacks_province()
    {
        var ops = Read("هاجم مسلحون من داعش نقطة تفتيش للشرطة في قضاء الدبس مساء أمس.\nوقال الضابط إن قوات الجيش شنت فجر اليوم حملة تفتيش واسعة لملاحقة منفذي الهجوم.");
        var search = Assert.Single(ops, o => o.Kind == OperationKind.Search);
        Assert.Equal("IQ-KI", search.Province);
        Assert.Equal(FigurelessOperations.PursuitRule, search.Rule);
        Assert.Null(search.Place);
        Assert.Contains(ops, o => o.Kind == OperationKind.IsisAttack && o.Province == "IQ-KI");
    }

    [Fact]
    public void A_search_at_the_scene_of_the_incident_is_a_search_there()
    {
        var ops = Read("انفجرت عبوة ناسفة على دورية للحشد قرب ناحية العلم.\nوأضاف المصدر أن الأجهزة الأمنية تجري حاليا عملية تفتيش في مكان الحادث.");
        Assert.Equal("IQ-SD", Assert.Single(ops, o => o.Kind == OperationKind.Search).Province);
    }

    [Fact]
    public void The_attack_named_with_the_article_tells_that_it_was_told_before()
    {
        var ops = Read("اقتحم مسلحون منزل مختار قرية في ناحية الصقلاوية وفتحوا النار على ساكنيه.\nوذكر المصدر أن القوات بدأت عملية أمنية لتعقب منفذي الاعتداء.");
        Assert.Equal("IQ-AN", Assert.Single(ops, o => o.Kind == OperationKind.Search).Province);
    }

    [Fact]
    public void Searches_in_the_plural_across_the_country_are_a_trend_not_a_pursuit()
    {
        var ops = Read("هاجم مسلحون من داعش نقطة تفتيش للشرطة في قضاء الدبس مساء أمس.\nوتواصل القوات الأمنية عمليات التفتيش وملاحقة فلول التنظيم الفارين في عموم البلاد.");
        Assert.DoesNotContain(ops, o => o.Kind == OperationKind.Search);
    }

    [Fact]
    public void A_search_with_no_attack_told_and_none_named_is_no_pursuit()
    {
        Assert.Empty(Read("وقال الضابط إن القوات ستبدأ الأسبوع المقبل حملة تفتيش لملاحقة المطلوبين في المنطقة."));
    }

    [Fact]
    public void A_pursuit_is_no_lead_for_a_toll_told_after_it()
    {
        var ops = Read("استهدفت عبوة ناسفة عجلة للجيش في قضاء طوزخورماتو.\nوتجري القوات عملية بحث في مكان الحادث.\nوأسفر الانفجار عن مقتل جنديين.");
        Assert.Equal("IQ-SD", Assert.Single(ops, o => o.Kind == OperationKind.Search).Province);
        var toll = Assert.Single(ops, o => o.Casualties.Count > 0);
        Assert.NotEqual(OperationKind.Search, toll.Kind);
    }
}
