using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// What a report says of where a place lies and of who did the killing, read over what the gazetteer or a loose word
/// would say. Every sentence here is invented.
/// </summary>
public class WhereAndByWhomTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 3, 4);

    [Theory]
    [InlineData("هاجم مسلحون من داعش قرية الرشاد التابعة لقضاء المقدادية في ديالى وقتلوا ثلاثة مزارعين.")]
    [InlineData("هاجم مسلحون من داعش قرية الرشاد بقضاء المقدادية وقتلوا ثلاثة مزارعين.")]
    public void A_place_the_text_puts_in_a_district_lies_in_its_province_not_the_gazetteers(string sentence)
    {
        // The gazetteer knows a Rashad in Kirkuk; the text places this one in Diyala's Muqdadiya.
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal((CasualtySide.Civilian, 3), (Assert.Single(op.Casualties).Side, Assert.Single(op.Casualties).Count));
    }

    [Fact]
    public void Every_mention_of_the_place_takes_the_province_the_text_gives_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "هجوم على قرية الرشاد يقتل ثلاثة مزارعين\nأفاد مصدر أمني بأن مسلحين من داعش هاجموا ليلة أمس قرية الرشاد بناحية أبي صيدا في محافظة ديالى.",
            Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal((CasualtySide.Civilian, 3), (Assert.Single(op.Casualties).Side, Assert.Single(op.Casualties).Count));
    }

    [Fact]
    public void A_place_the_text_puts_in_the_gazetteers_province_stays_there()
    {
        var op = Assert.Single(Extractor.Extract("هاجم مسلحون من داعش قرية الرشاد في كركوك وقتلوا ثلاثة مزارعين.", Published).Operations);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Theory]
    [InlineData("ناحية أبي صيدا")]
    [InlineData("ناحية أبو صيدا")]
    public void A_kunya_place_name_is_found_in_the_genitive(string place)
    {
        var op = Assert.Single(Extractor.Extract($"اعتقلت قوة من الشرطة أربعة إرهابيين في {place}.", Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Theory]
    [InlineData("أعلنت خلية الإعلام الأمني مقتل أربعة مقاتلين بإطلاق نار من قبل عناصر داعش استهدف نقطة للحشد الشعبي قرب بيجي.", CasualtySide.Security)]
    [InlineData("أفاد مصدر محلي بمقتل ثلاثة أشخاص على يد عصابات داعش في قرية قرب الحويجة.", CasualtySide.Civilian)]
    public void People_killed_by_the_organisation_named_as_the_doer_are_its_victims(string sentence, CasualtySide side)
    {
        // The sentence names ISIS, which alone would make them ISIS members: "من قبل" / "على يد" says ISIS did it.
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(side, Assert.Single(op.Casualties).Side);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
    }

    [Fact]
    public void People_killed_by_the_forces_named_as_the_doer_stay_the_organisations()
    {
        var op = Assert.Single(Extractor.Extract("أفاد مصدر بمقتل أربعة مسلحين من داعش من قبل قوات الجيش في قرية قرب الحويجة.", Published).Operations);
        Assert.Equal(CasualtySide.Isis, Assert.Single(op.Casualties).Side);
    }

    [Fact]
    public void A_single_fighter_killed_in_a_place_of_its_own_is_not_one_of_an_earlier_count()
    {
        var ops = Extractor.Extract(
            "أفادت الخلية بمقتل ستة مقاتلين بهجوم لداعش على نقطة للحشد الشعبي في مكيشيفة.\n\nوأعلنت مقتل مقاتل، بإطلاق نار من قبل عناصر داعش استهدف دورية للواء 50 من الحشد الشعبي عند قرية الجلام قرب سامراء.",
            Published).Operations;
        Assert.Equal([1, 6], ops.Select(o => Assert.Single(o.Casualties).Count).Order());
        Assert.All(ops.SelectMany(o => o.Casualties), c => Assert.Equal(CasualtySide.Security, c.Side));
    }

    [Fact]
    public void A_force_named_in_quotation_marks_after_its_members_says_whose_they_are()
    {
        var op = Assert.Single(Extractor.Extract("قتل خمسة عناصر من \"الحشد الشعبي\" باشتباك مع داعش في قضاء الطارمية.", Published).Operations);
        Assert.Equal((CasualtySide.Security, 5), (Assert.Single(op.Casualties).Side, Assert.Single(op.Casualties).Count));
    }

    [Fact]
    public void An_official_of_an_organisation_body_arrested_with_his_aide_is_two()
    {
        var op = Assert.Single(Extractor.Extract("ألقت قوة أمنية القبض على مسؤول ما يسمى ديوان الجند في داعش ومعاونه في الفلوجة.", Published).Operations);
        Assert.Equal(2, op.Arrested);
    }

    [Fact]
    public void An_official_who_speaks_is_no_figure()
    {
        var op = Assert.Single(Extractor.Extract("صرح مسؤول محلي بأن داعش قتل ثلاثة رعاة قرب الحضر.", Published).Operations);
        Assert.Equal((CasualtySide.Civilian, 3), (Assert.Single(op.Casualties).Side, Assert.Single(op.Casualties).Count));
    }

    [Theory]
    [InlineData("نفذت قوة من جهاز مكافحة الإرهاب عملية في صحراء الموصل (شمال العاصمة بغداد) دمرت فيها ثلاثة أنفاق.")]
    [InlineData("نفذت قوة من جهاز مكافحة الإرهاب عملية في صحراء الموصل شمالي العاصمة العراقية بغداد دمرت فيها ثلاثة أنفاق.")]
    public void A_direction_from_the_capital_named_by_its_title_is_no_place_in_baghdad(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal("IQ-NI", op.Province);
        Assert.Equal(3, op.HideoutsDestroyed);
    }

    [Theory]
    [InlineData("قتل جنديان بهجوم لداعش على سيطرة عند المدخل الشمالي لبغداد.", "IQ-BG")]
    [InlineData("قتل جنديان بهجوم لداعش على سيطرة في الطرف الغربي للموصل.", "IQ-NI")]
    public void A_definite_direction_before_a_place_joined_by_lam_is_a_part_of_it(string sentence, string province)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void A_bare_direction_from_a_capital_is_still_no_place_in_it()
    {
        var op = Assert.Single(Extractor.Extract("قتل جنديان بهجوم لداعش على سيطرة شمالي بغداد.", Published).Operations);
        Assert.Null(op.Province);
    }

    [Fact]
    public void People_counted_before_an_aside_of_who_was_among_them_take_the_verb_after_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "وكان تسعة عراقيين، بينهم منتسبون في الشرطة، قتلوا الأسبوع الماضي بهجوم لداعش على نقطة تفتيش في الطارمية.", Published).Operations);
        var dead = Assert.Single(op.Casualties);
        Assert.Equal((CasualtyCategory.Killed, 9), (dead.Category, dead.Count));
    }

    [Theory]
    [InlineData("أعلن رئيس الوزراء مقتل قائد \"ولاية الجنوب\" في داعش بضربة جوية قرب الرطبة.", CasualtySide.Isis)]
    [InlineData("قتل قائد فوج في الحشد الشعبي بهجوم لداعش قرب جلولاء.", CasualtySide.Security)]
    [InlineData("قتل قائد الشرطة في قضاء الحويجة بهجوم لداعش.", CasualtySide.Security)]
    public void A_commander_is_whoever_the_text_says_he_commands_for(string sentence, CasualtySide side)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal((side, 1), (Assert.Single(op.Casualties).Side, Assert.Single(op.Casualties).Count));
    }

    [Theory]
    [InlineData("وأكد المسؤول أن أغلب الانتحاريين قتلوا على يد قوات البيشمركة قبل بلوغ أهدافهم في جلولاء.")]
    [InlineData("وأكد المسؤول أن جميع المهاجمين قتلوا على يد قوات البيشمركة قبل بلوغ أهدافهم في جلولاء.")]
    public void A_quantified_definite_plural_counts_nobody(string sentence) =>
        Assert.DoesNotContain(Extractor.Extract(sentence, Published).Operations, o => o.Casualties.Any(c => c.Count == 2));

    [Fact]
    public void A_definite_dual_without_a_quantifier_is_still_two()
    {
        var op = Assert.Single(Extractor.Extract("وأكد المسؤول مقتل الانتحاريين قبل بلوغ أهدافهما في جلولاء.", Published).Operations);
        Assert.Equal(2, Assert.Single(op.Casualties).Count);
    }

    [Fact]
    public void Gunmen_a_clause_calls_unknown_are_no_isis_members()
    {
        var result = Extractor.Extract("وفي حادث منفصل قتل مسلحان اثنان في تبادل لإطلاق النار بين دورية للشرطة ومسلحين مجهولين جنوبي الفلوجة.", Published);
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Isis));
    }

    [Fact]
    public void Gunmen_of_the_organisation_beside_unknown_ones_stay_its_members()
    {
        var op = Assert.Single(Extractor.Extract("قتل مسلحان من داعش في تبادل لإطلاق النار بين دورية للشرطة ومسلحين مجهولين جنوبي الفلوجة.", Published).Operations);
        Assert.Equal((CasualtySide.Isis, 2), (Assert.Single(op.Casualties).Side, Assert.Single(op.Casualties).Count));
    }

    [Fact]
    public void A_report_of_fighting_abroad_that_names_no_place_in_iraq_gives_no_operation()
    {
        var result = Extractor.Extract(
            "ذكرت قوات سوريا الديمقراطية في بيان أن المعارك تتواصل قرب سد الفرات.\nوقتل في المعارك نحو 12 مسلحا من داعش خلال اليومين الماضيين.", Published);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void A_report_that_names_iraq_keeps_an_operation_told_without_a_place()
    {
        var op = Assert.Single(Extractor.Extract(
            "العراق يعلن مقتل قيادي بارز في داعش\nأعلن رئيس الوزراء مقتل الإرهابي المكنى أبو سارة بعملية نوعية للمخابرات بالتنسيق مع التحالف الدولي، وكان قد تنقل بين سوريا والعراق.",
            Published).Operations);
        Assert.Equal(1, op.Killed);
    }

    [Theory]
    // A regional newsroom's dateline over a story that names no province: the province it was filed from.
    [InlineData("ديالى - شفق نيوز\nأفاد مصدر أمني، اليوم الاثنين، بمقتل إرهابيين اثنين في قرية البو عيسى.", "IQ-DI")]
    [InlineData("كركوك/ المسلة: قتل إرهابيان في قرية البو عيسى.", "IQ-KI")]
    // The capital's is every national agency's, and a province the story names wins over any dateline.
    [InlineData("بغداد - واع\nقتل إرهابيان في قرية البو عيسى.", null)]
    [InlineData("كركوك - شفق نيوز\nقتل إرهابيان في قرية البو عيسى بمحافظة ديالى.", "IQ-DI")]
    public void A_regional_dateline_places_a_story_that_names_no_province(string text, string? province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2024, 5, 20)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    // An operations sector named after a province holds the place the text puts in it, over the gazetteer.
    [InlineData("قتل إرهابيان بضربة جوية في منطقة مطيبيجة ضمن قاطع عمليات سامراء.", "IQ-SD")]
    [InlineData("قتل إرهابيان بضربة جوية في منطقة مطيبيجة ضمن قاطع عمليات ديالى.", "IQ-DI")]
    [InlineData("قتل إرهابيان بضربة جوية في وادي الشاي ضمن قاطع مسؤولية قيادة عمليات كركوك.", "IQ-KI")]
    public void An_operations_sector_holds_the_place_put_in_it(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2024, 5, 20)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void The_province_the_head_names_places_a_body_operation_that_names_none_when_the_report_names_others()
    {
        var op = Assert.Single(Extractor.Extract(
            "عملية نوعية لمكافحة الإرهاب في كركوك\n"
            + "أعلن جهاز مكافحة الإرهاب، اليوم الاثنين، تنفيذ عملية نوعية بناء على معلومات استخبارية دقيقة.\n"
            + "وقال الجهاز في بيان إن العملية جاءت بعد متابعة استمرت أسابيع.\n"
            + "وأضاف البيان أن قوة من الجهاز نفذت إنزالا جويا.\n"
            + "وأسفرت العملية عن مقتل ثلاثة إرهابيين في قرية البو عيسى.\n"
            + "يذكر أن القوات الأمنية نفذت الشهر الماضي عمليات مماثلة في ديالى وصلاح الدين.",
            new DateOnly(2024, 5, 20)).Operations);
        Assert.Equal((3, "IQ-KI"), (op.Killed, op.Province));
    }

    [Fact]
    public void A_head_that_names_two_provinces_places_nothing()
    {
        var ops = Extractor.Extract(
            "عمليات أمنية في كركوك وديالى\n"
            + "أعلنت قيادة العمليات المشتركة، اليوم الاثنين، تنفيذ عمليات أمنية بناء على معلومات استخبارية.\n"
            + "وقال بيان للقيادة إن القطعات باشرت عمليات تفتيش واسعة.\n"
            + "وأضاف البيان أن قوة نفذت إنزالا جويا.\n"
            + "وأسفرت العمليات عن مقتل ثلاثة إرهابيين في قرية البو عيسى.\n"
            + "يذكر أن القوات الأمنية نفذت الشهر الماضي عمليات مماثلة في صلاح الدين.",
            new DateOnly(2024, 5, 20)).Operations;
        Assert.Null(Assert.Single(ops, o => o.Killed == 3).Province);
    }

    [Fact]
    public void The_town_of_the_hospital_the_wounded_were_taken_to_is_not_where_it_happened()
    {
        var op = Assert.Single(Extractor.Extract(
            "أصيب ثلاثة جنود بهجوم لداعش على نقطة عسكرية في قرية البو عيسى بقضاء خانقين، ونقلوا إلى مستشفى بعقوبة.",
            new DateOnly(2024, 5, 20)).Operations);
        Assert.Equal("خانقين", op.Place);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void A_hospital_in_another_province_does_not_unplace_the_report()
    {
        var op = Assert.Single(Extractor.Extract(
            "أصيب ثلاثة جنود بهجوم لداعش على نقطة عسكرية في قرية البو عيسى، ونقلوا إلى مستشفى كركوك.\n"
            + "وقالت مصادر إن الهجوم وقع قرب ناحية العظيم في ديالى.",
            new DateOnly(2024, 5, 20)).Operations);
        Assert.Equal("IQ-DI", op.Province);
    }
}
