using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Rules;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Operations told without figures (helper figureless29, session 29; every sentence here is INVENTED).
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
        Assert.Equal(OperationDescriber.IsisDeedRule, op.Rule);
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
        Assert.DoesNotContain(Read("وأقدمت السلطات على إعدام مدانين بالإرهاب في سجن الناصرية المركزي."), o => o.Kind == OperationKind.IsisAttack);
    }
}
