using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Readings learned from the third batch of invented whole pages (CasesPages s01-s60, session 35). Each test is an
/// INVENTED text built on the construction the pages used: a risen toll whose own sentence counts only the rise
/// ("ثلاث جثث أخرى ... ليرتفع عدد القتلى إلى ثمانية") replaces the count told before it (5 + 3 = 8); a page's tags line
/// ("الكلمات الدالة: ...") is no sentence; "بعملية نوعية" (a special operation) names no means beside the strike the
/// clause tells, so the lead's and the statement's tellings are one; a count a statement says it announced before
/// ("التي أعلنا في حينها مقتل ثلاثة") yields to the larger count found since; "أحد الجنود الجرحى" who died is one of
/// the wounded counted, and "والجرحى إلى أربعة" after the risen dead is the wounded's risen toll; the body telling again, in
/// words that name no side, an arrest the lead called a drug arrest is not ISIS's; "هلاك 8 منهم" after "تجمع للإرهابيين" in its own sentence counts
/// some of that gathering, not of the lead's dead; Mutaibija lies on the border of Salah al-Din and Diyala (places.json
/// candidates), so the province its sentence names places it; the town of a press conference locates nothing; a leader named among a count ("بينهم الوالي") brings his men among
/// it too ("واثنان من معاونيه"), with or without a comma before the cue; caves searched ("تفتش 9 كهوف") are only
/// found, and a destroying verb with a hideout of its own ("وتدمير نفق واحد") destroys that one, not those found; a
/// statistic's phrase naming civilians ("عدد القتلى المدنيين ... ارتفع إلى سبعة") is their risen toll, and a shelling's
/// risen toll is the toll it corrects, whose doer that one named; of suspects counted with no charge ("7 متهمين بينهم
/// إرهابيان") only the ISIS men a dual names are ISIS's arrests; the men a force or ISIS lost ("خسرت القوات ثلاثة من
/// عناصرها"، "فقدت") are its own (lexicon lossVerbs).
/// </summary>
public class PagesTests35
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 5);

    [Fact]
    public void A_rise_told_as_more_bodies_found_replaces_the_count_told_before_it()
    {
        var result = Extractor.Extract(
            "القوة الجوية تدك كهوف داعش في مكحول.. وارتفاع حصيلة القتلى إلى 8 بينهم قيادي\n\nوقال المتحدث إن \"الضربة أسفرت عن تدمير كهفين\"، مبينا أن \"قوة من الجيش وصلت إلى موقع الضربة صباح أمس الجمعة وعثرت على خمس جثث للإرهابيين\".\n\nتحديث: عثرت القوة على ثلاث جثث أخرى تحت أنقاض أحد الكهوف، ليرتفع عدد قتلى الضربة إلى ثمانية إرهابيين.",
            Published);
        Assert.Equal(8, Isis(result, CasualtyCategory.Killed));
        Assert.DoesNotContain(result.Operations, o => o.Killed == 5);
    }

    [Fact]
    public void A_tags_line_under_the_report_is_no_operation()
    {
        var result = Extractor.Extract(
            "قتلت قوة من الجيش ثلاثة إرهابيين في اشتباك قرب الحويجة في كركوك.\n\nالكلمات الدالة: وادي الشاي، كركوك، F-16، داعش، العمليات المشتركة",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(3, op.Killed);
        Assert.DoesNotContain("الكلمات الدالة", op.Evidence.Text);
    }

    [Fact]
    public void A_special_operation_told_with_its_air_strike_is_the_strike_the_lead_told()
    {
        var result = Extractor.Extract(
            "أعلنت خلية الإعلام الأمني، يوم الأحد، مقتل ثلاثة عناصر من داعش بينهم قيادي بضربة جوية نفذها طيران الجيش في سلسلة جبال حمرين.\n\n"
            + "وذكرت الخلية في بيان أنه \"بعملية نوعية وبمعلومات استخبارية دقيقة، وجهت طائرات طيران الجيش ضربة جوية على أوكار لداعش في سلسلة جبال حمرين ضمن قاطع عمليات ديالى، أسفرت عن قتل (3) إرهابيين من بينهم قيادي، فضلا عن تدمير مضافتين\".",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(OperationKind.Airstrike, op.Kind);
        Assert.Equal(3, op.Killed);
        Assert.Equal(2, op.HideoutsDestroyed);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void A_count_announced_before_yields_to_the_larger_count_found_since()
    {
        var result = Extractor.Extract(
            "إلحاقا ببياننا السابق بشأن الضربة الجوية التي نفذت يوم الأحد على وكر لداعش في صحراء الرطبة بالأنبار، والتي أعلنا في حينها مقتل ثلاثة إرهابيين، فقد أكملت مفارزنا تفتيش الموقع.\n"
            + "وأظهرت النتائج مقتل سبعة إرهابيين بينهم قيادي بارز.",
            new DateOnly(2024, 5, 6));
        var op = Assert.Single(result.Operations);
        Assert.Equal(7, op.Killed);
        Assert.Equal("IQ-AN", op.Province);
        Assert.Equal(new DateOnly(2024, 5, 5), op.Date);
    }

    [Fact]
    public void A_count_announced_before_stands_when_nothing_larger_follows()
    {
        var result = Extractor.Extract(
            "إلحاقا ببياننا السابق بشأن الضربة الجوية على وكر لداعش في صحراء الرطبة بالأنبار، والتي أعلنا في حينها مقتل ثلاثة إرهابيين، فقد أكملت مفارزنا تفتيش الموقع وضبطت أسلحة.",
            new DateOnly(2024, 5, 6));
        Assert.Equal(3, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_wounded_man_who_died_raises_the_dead_and_lowers_the_wounded()
    {
        var result = Extractor.Extract(
            "أصيب خمسة جنود وقتل جندي بهجوم لداعش على نقطة للجيش في الطارمية شمالي بغداد.\n\n"
            + "تحديث: توفي أحد الجنود الجرحى في المستشفى، ليرتفع عدد الشهداء إلى اثنين، والجرحى إلى أربعة.",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(4, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Fact]
    public void The_body_telling_again_an_arrest_the_lead_called_a_drug_arrest_is_no_isis_arrest()
    {
        var result = Extractor.Extract("القبض على أربعة تجار مخدرات في البصرة\n\nالبصرة - واع\nأعلنت المديرية العامة لشؤون المخدرات، اليوم، القبض على أربعة متهمين بتجارة المواد المخدرة في قضاء الزبير.\n\nوذكرت المديرية في بيان أن \"مفارزها نصبت كمينا لعجلة قادمة من الحدود، أسفر عن القبض على أربعة متهمين بالجرم المشهود\".", Published);
        Assert.Equal(0, Isis(result, CasualtyCategory.Arrested));
    }

    [Fact]
    public void Some_of_a_group_its_own_sentence_names_are_no_part_of_the_leads_dead()
    {
        var ops = Extractor.Extract("القوات العراقية تحرر قرية البو حياة في صلاح الدين\n\nوقال بيان لقيادة العمليات المشتركة إن \"قطعات الجيش اقتحمت قرية البو حياة في جزيرة سامراء، وتمكنت من قتل 30 إرهابيا\".\nوتابع البيان أن \"طائرات التحالف الدولي نفذت ضربة دقيقة على تجمع للإرهابيين قرب القرية أسفرت عن هلاك 8 منهم\".", Published).Operations;
        Assert.Contains(ops, o => o.Killed == 30);
        Assert.Contains(ops, o => o.Killed == 8);
    }

    [Fact]
    public void Mutaibija_on_the_border_takes_the_province_its_section_names()
    {
        var op = Assert.Single(Extractor.Extract("حصاد اليوم الأمني\n\nوفي ديالى، قال مصدر في الشرطة إن طيران الجيش قصف تجمعا لداعش في حوض المطيبيجة، ما أسفر عن مقتل خمسة منهم.", Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal(5, op.Killed);
    }

    [Fact]
    public void Where_a_spokesman_held_his_press_conference_locates_nothing_he_tells()
    {
        var op = Assert.Single(Extractor.Extract("القوات العراقية تتقدم في أحياء الموصل الشرقية\n\nوقال الناطق باسم القيادة في مؤتمر صحافي ببغداد إن المعارك مستمرة منذ أسبوع.\nوأضاف أن قوات جهاز مكافحة الإرهاب قتلت 19 من عناصر التنظيم في حي القدس أمس.", new DateOnly(2016, 12, 1)).Operations);
        Assert.Equal("IQ-NI", op.Province);
        Assert.Equal(19, op.Killed);
    }

    [Theory]
    [InlineData("أسفرت العملية عن قتل ستة إرهابيين، بينهم ما يسمى (والي الأنبار) واثنان من معاونيه.")]
    [InlineData("أسفرت العملية عن قتل ستة إرهابيين، بينهم والي الأنبار واثنان من معاونيه.")]
    [InlineData("أسفرت العملية عن قتل ستة إرهابيين بينهم والي الأنبار واثنان من معاونيه.")]
    [InlineData("أسفرت العملية عن قتل ستة إرهابيين بينهم والي الأنبار وأحد مساعديه.")]
    public void A_leaders_men_named_among_the_counted_are_among_them_too(string text)
    {
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(6, op.Killed);
    }

    [Fact]
    public void A_leader_and_his_men_with_no_count_before_them_are_counted_together()
    {
        var op = Assert.Single(Extractor.Extract("أسفرت العملية عن قتل والي الأنبار واثنين من معاونيه.", Published).Operations);
        Assert.Equal(3, op.Killed);
    }

    [Fact]
    public void Caves_only_searched_are_not_destroyed_with_the_tunnel_destroyed_beside_them()
    {
        var op = Assert.Single(Extractor.Extract("قيادة عمليات كركوك تدمر نفقاً وتفتش 9 كهوف في وادي زغيتون\n\nنفذت قطعات الجيش عملية تفتيش في وادي زغيتون جنوب غربي كركوك، وتمكنت من تفتيش 9 كهوف ومغارات وتدمير نفق واحد كان يستخدمه الإرهابيون.", Published).Operations);
        Assert.Equal(1, op.HideoutsDestroyed);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void A_risen_toll_of_civilians_killed_by_shells_is_the_toll_of_the_attack_told_before()
    {
        var op = Assert.Single(Extractor.Extract("قال مسؤول محلي إن خمسة مدنيين قتلوا صباح اليوم عندما سقطت قذائف هاون أطلقها مسلحو داعش على حي في الجانب الأيمن من الموصل.\n\nتحديث: قال المسؤول لاحقا إن عدد القتلى المدنيين بقذائف الهاون ارتفع إلى سبعة.", new DateOnly(2017, 6, 22)).Operations);
        Assert.Equal(7, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal("IQ-NI", op.Province);
    }

    [Theory]
    [InlineData("الأمن: القبض على 7 متهمين بينهم إرهابيان في كركوك", 2)]
    [InlineData("اعتقال 5 أشخاص بينهم إرهابيان في البصرة", 2)]
    [InlineData("القبض على ستة إرهابيين بينهم انتحاريان في كركوك", 6)]
    public void Of_suspects_counted_with_no_charge_only_the_isis_men_named_by_a_dual_are_isis_arrests(string text, int arrested)
    {
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(arrested, op.Arrested);
    }

    [Theory]
    [InlineData("وأكد القائد أن القوات خسرت ثلاثة من عناصرها في معركة الصينية غربي بيجي.", CasualtySide.Security, 3)]
    [InlineData("وأكد القائد أن القوات فقدت ثلاثة من عناصرها في معركة الصينية غربي بيجي.", CasualtySide.Security, 3)]
    [InlineData("وأشار المتحدث إلى أن القوات الأمنية فقدت \"ضابطا برتبة نقيب وثلاثة جنود\" خلال اقتحام مصفى بيجي.", CasualtySide.Security, 4)]
    [InlineData("وأكد القائد أن التنظيم خسر ثلاثين من عناصره في معركة الصينية غربي بيجي.", CasualtySide.Isis, 30)]
    public void The_men_a_force_or_isis_lost_are_its_own(string text, CasualtySide side, int killed)
    {
        var op = Assert.Single(Extractor.Extract(text, Published).Operations);
        Assert.Equal(killed, Count(op, side, CasualtyCategory.Killed));
    }

    [Fact]
    public void Losing_control_of_a_road_kills_no_one()
    {
        Assert.DoesNotContain(Extractor.Extract("وقال إن الجيش فقد السيطرة على الطريق لساعات قرب بيجي.", Published).Operations, o => o.Casualties.Count > 0);
    }
}
