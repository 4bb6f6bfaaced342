using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests told on another time (helper arrests28, session 28; every sentence here is INVENTED). A sentence that opens
/// in the pluperfect of background ("وكانت الشرطة أعلنت أمس ...") or with a calendar day fronted before its verb
/// ("وفي 3 أيار، أعلن مصدر ...") steps to another event (<c>Rules.AnotherTimeOpeners</c>, lexicon
/// <c>backgroundOpeners</c>, <c>frontedDayPrepositions</c>): its man is not one of a group counted before it
/// (<c>Passes.ImplicitFigureAbsorption</c>), and its count is no part of a summary spread over several provinces
/// (<c>Passes.SeveralEventsTotalRemoval</c>). And hideouts destroyed by burning in the first form of the verb
/// ("حرقت"، "تحرق", beside the fourth form "أحرقت" and the masdar "حرق") or filled in ("ردم نفقين", "ردمت"): lexicon
/// <c>triggerVerbs.destroyed</c> gains حرق and ردم, <c>triggers.destroyed</c> the imperfects and the masdar ردم.
/// </summary>
public class ArrestsTests28
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 9);

    [Fact]
    public void A_background_arrest_below_a_spread_summary_is_no_part_of_it()
    {
        const string text = "أعلنت قيادة العمليات المشتركة اعتقال سبعة إرهابيين في عدة محافظات خلال حملة أمنية.\n"
            + "وكانت الشرطة أعلنت أمس القبض على إرهابي في قضاء الحويجة بمحافظة كركوك.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 7);
        Assert.Contains(ops, o => o.Arrested == 1 && o.Province == "IQ-KI");
    }

    [Fact]
    public void A_man_told_under_a_fronted_day_is_not_one_of_the_group_before()
    {
        const string text = "قال مصدر في الشرطة إن مفرزة ألقت القبض على أربعة عناصر من داعش في قضاء القائم بمحافظة الأنبار.\n"
            + "وفي 3 آذار، ذكر المصدر نفسه أن قوة خاصة اعتقلت قياديا في التنظيم بإنزال جوي غرب الأنبار.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 4);
        Assert.Contains(ops, o => o.Arrested == 1);
    }

    [Fact]
    public void A_summary_whose_parts_the_body_tells_on_its_own_time_stays_a_sum()
    {
        // What it must not take: the body's counts, told with no other time, are the summary's parts.
        const string text = "جهاز مكافحة الإرهاب يعتقل خمسة إرهابيين بمناطق متفرقة\n\n"
            + "قال جهاز مكافحة الإرهاب إن رجاله اعتقلوا خمسة إرهابيين في مناطق متفرقة.\n"
            + "وأوضح البيان أن قوة من الجهاز اعتقلت ثلاثة منهم في قضاء الحويجة بمحافظة كركوك.\n"
            + "واعتقلت قوة أخرى اثنين في قضاء تلعفر بمحافظة نينوى.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested == 5);
    }

    [Fact]
    public void A_man_told_under_the_same_day_again_stays_one_of_the_group()
    {
        // What it must not take: "وفي اليوم نفسه" counts from the telling, no calendar day: the same time goes on.
        const string text = "ألقت مفرزة من الجيش القبض على خمسة عناصر من داعش قرب الحويجة في كركوك.\n"
            + "وفي اليوم نفسه، أوضح مصدر أن القوة اعتقلت قياديا في التنظيم خلال العملية ذاتها.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        var op = Assert.Single(ops, o => o.Arrested is not null);
        Assert.Equal(5, op.Arrested);
    }

    [Fact]
    public void Guesthouses_burned_by_the_first_form_of_the_verb_are_destroyed()
    {
        const string text = "ذكرت قيادة عمليات سامراء أن قطعاتها حرقت 6 مضافات للتنظيم في جزيرة سامراء بمحافظة صلاح الدين.\n";
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(6, op.HideoutsDestroyed);
    }

    [Fact]
    public void Tunnels_filled_in_are_destroyed()
    {
        const string text = "وبين البيان أن مفارز الهندسة تمكنت من ردم نفقين للإرهابيين قرب بحيرة الثرثار في محافظة الأنبار.\n";
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(2, op.HideoutsDestroyed);
    }

    [Fact]
    public void Crops_isis_burned_are_no_hideouts()
    {
        // What it must not take: the verb burns fields, which no hideout noun counts.
        const string text = "وحرقت عناصر داعش 40 دونما من حقول الحنطة في قرية تابعة لقضاء الدبس بمحافظة كركوك.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.HideoutsDestroyed is not null);
    }
}
