using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Rules;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Attacks told without a figure (helper events27, session 27; every sentence here is INVENTED). ISIS burning crops,
/// houses or villages and ISIS abducting people are its attacks, events on the timeline, though nobody is counted
/// killed, wounded or arrested (lexicon isisHarmDeeds, FigurelessOperations.IsisHarmDeed). The deed is ISIS's only when an
/// ISIS name is its doer: the subject after the verb, the subject before it, or a name before a verb that says "they";
/// a verbal noun is read after a verb of doing ("قاموا بحرق"). The forces burning a hideout do no such deed, and the
/// imperfect tells a habit. One deed told twice at one place, or told below a head that counts the attack, is one.
/// </summary>
public class EventsTests27
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 5, 20);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    [Fact]
    public void Crops_burned_by_isis_named_before_the_verb_are_an_attack_without_figures()
    {
        var op = Assert.Single(Read("وقال ضابط في الشرطة إن عناصر داعش أحرقوا حقول الشعير في قضاء الدبس فجر اليوم."));
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal(FigurelessOperations.IsisDeedRule, op.Rule);
        Assert.Empty(op.Casualties);
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void An_abduction_whose_subject_follows_the_verb_is_an_attack()
    {
        var op = Assert.Single(Read("اختطف تنظيم داعش مساء أمس راعيين من أهالي قضاء بيجي."));
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void A_verbal_noun_after_a_verb_of_doing_takes_its_doer()
    {
        var op = Assert.Single(Read("وأفاد شهود بأن مسلحي التنظيم قاموا مساء الأحد بحرق بيوت الفلاحين في ناحية العظيم."));
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void The_forces_burning_a_hideout_do_no_isis_deed()
    {
        var ops = Read("وأحرقت القوات الأمنية مخزنا لعناصر داعش في قضاء الحويجة صباح اليوم.");
        Assert.DoesNotContain(ops, o => o.Rule == FigurelessOperations.IsisDeedRule || o.Kind == OperationKind.IsisAttack);
    }

    [Fact]
    public void A_habit_told_in_the_imperfect_is_no_attack()
    {
        Assert.Empty(Read("ويحرق عناصر داعش المحاصيل في قرى قضاء الدبس كل موسم حصاد."));
    }

    [Fact]
    public void One_deed_told_twice_at_the_same_place_is_one()
    {
        var op = Assert.Single(Read("وقال المسؤول المحلي إن التنظيم خطف أربعة صيادين من قضاء عنه. وقال المسؤول المحلي إن التنظيم خطف أربعة صيادين من قضاء عنه."));
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void A_deed_told_below_a_head_that_counts_the_attack_is_that_attack()
    {
        var op = Assert.Single(Read("أعدم تنظيم داعش أمس ثلاثة مدنيين في قضاء الحويجة.\nوقال شهود إن عناصر التنظيم اختطفوا الرجال من قرية في قضاء الحويجة وقاموا بإعدامهم وسط السوق."));
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal(3, op.Casualties.Sum(c => c.Count));
    }

    [Fact]
    public void A_force_liberating_a_town_by_a_finite_verb_is_a_clash_there()
    {
        var op = Assert.Single(Read("وحررت القوات الأمنية صباح اليوم ناحية العظيم والقرى المحيطة بها."));
        Assert.Equal(OperationKind.Clash, op.Kind);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void A_force_entering_a_town_is_a_clash_there_whether_the_verb_or_its_noun_tells_it()
    {
        var entered = Assert.Single(Read("وقال الناطق العسكري إن قوات الجيش دخلت قضاء بيجي بعد حصار دام أسابيع."));
        Assert.Equal(OperationKind.Clash, entered.Kind);
        Assert.Equal("IQ-SD", entered.Province);
        var managed = Assert.Single(Read("وتمكنت القطعات العسكرية من دخول قضاء بيجي من محورين."));
        Assert.Equal("IQ-SD", managed.Province);
    }

    [Fact]
    public void Isis_entering_a_town_is_not_the_forces_taking_it()
    {
        Assert.DoesNotContain(Read("وقال شهود إن مسلحي داعش دخلوا قضاء بيجي ليلا."), o => o.Kind == OperationKind.Clash);
        Assert.Empty(Read("ودخل قرار الحكومة حيز التنفيذ في محافظة ديالى اليوم."));
    }
}
