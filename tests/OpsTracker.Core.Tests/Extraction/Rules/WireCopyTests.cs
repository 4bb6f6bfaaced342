using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of 2022-2025 wire copy (news agencies' headline, dateline, lead, quoted statement and background
/// paragraph), Security Media Cell posts, Kurdistan Region statements and court news, found by invented probe reports
/// and read as an analyst reads them. Every sentence here is invented.
/// </summary>
public class WireCopyTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 8, 12);

    [Fact]
    public void The_people_of_an_arrest_of_N_of_them_are_those_counted_before_not_the_force_that_arrests()
    {
        var ops = Extractor.Extract(
            "أعلنت وزارة الداخلية، اليوم الاثنين، اعتقال تسعة مطلوبين بتهم إرهابية في كركوك وديالى.\n"
            + "وقالت الوزارة في بيان إن مفارز مديرية الاستخبارات ألقت القبض على ستة منهم في كركوك، وثلاثة في ديالى.",
            Published).Operations;
        var arrests = ops.SelectMany(o => o.Casualties.Select(c => (o.Province, c.Side, c.Category, c.Count))).OrderBy(c => c.Province).ToList();
        Assert.Equal(
            [("IQ-DI", CasualtySide.Isis, CasualtyCategory.Arrested, 3), ("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 6)],
            arrests);
    }

    [Fact]
    public void A_toll_first_reported_told_after_the_risen_toll_is_the_same_count_before_it_rose()
    {
        var op = Assert.Single(Extractor.Extract(
            "ارتفعت حصيلة ضحايا التفجير الإرهابي الذي استهدف سوقا شعبية في ناحية العظيم مساء أمس، إلى 8 قتلى و14 جريحا.\n"
            + "وكان مصدر في الشرطة قد أفاد في وقت سابق بمقتل خمسة أشخاص وإصابة عشرة آخرين بالتفجير.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtyCategory.Killed, 8), (CasualtyCategory.Wounded, 14)], tolls);
        Assert.Equal(Published.AddDays(-1), op.Date);
    }

    [Fact]
    public void The_earlier_telling_gives_the_update_what_it_does_not_count_again_and_its_day()
    {
        var op = Assert.Single(Extractor.Extract(
            "ارتفعت حصيلة الهجوم على نقطة للشرطة في قضاء الدبس إلى ثلاثة شهداء، بعد وفاة شرطي متأثرا بجراحه.\n"
            + "وكان الهجوم الذي وقع مساء أمس قد أسفر عن استشهاد شرطيين اثنين وإصابة أربعة آخرين.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 3), (CasualtySide.Security, CasualtyCategory.Wounded, 4)], tolls);
        Assert.Equal(Published.AddDays(-1), op.Date);
    }

    [Theory]
    [InlineData("تحديث: ارتفعت حصيلة الهجوم إلى ثلاثة قتلى وجريحين بعد وفاة أحد الجنود الجرحى متأثرا بإصابته.")]
    [InlineData("وارتفعت حصيلة الهجوم لاحقا إلى 3 قتلى و2 جرحى.")]
    public void A_risen_toll_replaces_the_whole_count_told_before_in_parts_in_every_telling(string update)
    {
        // The earlier toll is an officer and a soldier (1 + 1) in the headline, the lead and the quote.
        var op = Assert.Single(Extractor.Extract(
            "مقتل ضابط وجندي وإصابة ثلاثة آخرين بهجوم لداعش في وادي الشاي جنوبي كركوك\n"
            + "أفاد مصدر أمني في محافظة كركوك، اليوم الاثنين، بمقتل ضابط وجندي وإصابة ثلاثة آخرين بهجوم شنه عناصر داعش على نقطة للجيش في وادي الشاي.\n"
            + "وقال المصدر إن \"مسلحين من داعش هاجموا نقطة للجيش ما أسفر عن مقتل ضابط وجندي وإصابة ثلاثة جنود آخرين\".\n"
            + update,
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 3), (CasualtySide.Security, CasualtyCategory.Wounded, 2)], tolls);
    }

    [Fact]
    public void The_number_of_isis_dead_risen_to_a_count_of_men_is_isis_dead_and_replaces_every_earlier_telling()
    {
        var ops = Extractor.Extract(
            "مقتل 12 عنصرا من داعش بصد هجوم على ناحية البغدادي غرب الأنبار\n"
            + "أعلن مصدر في قيادة عمليات الأنبار، اليوم الاثنين، مقتل 12 عنصرا من داعش خلال صد هجوم للتنظيم على ناحية البغدادي.\n"
            + "وقال المصدر إن القوات الأمنية صدت الهجوم ما أسفر عن مقتل 12 عنصرا من التنظيم.\n"
            + "تحديث: أفاد المصدر بأن عدد قتلى داعش في الهجوم ارتفع إلى 15 عنصرا، بعد العثور على ثلاث جثث أخرى.",
            Published).Operations;
        var casualties = ops.SelectMany(o => o.Casualties).Select(c => (c.Side, c.Category, c.Count)).ToList();
        Assert.Equal([(CasualtySide.Isis, CasualtyCategory.Killed, 15)], casualties);
    }

    [Fact]
    public void A_toll_risen_to_a_dual_noun_counts_two_and_dying_of_ones_wound_wounds_no_one_more()
    {
        var op = Assert.Single(Extractor.Extract(
            "أفاد مصدر أمني في كركوك، اليوم الاثنين، باستشهاد مقاتل في الحشد العشائري برصاص قناص من داعش قرب ناحية الرياض.\n"
            + "تحديث: أفاد المصدر لاحقا بوفاة مقاتل آخر متأثرا بإصابته، لترتفع الحصيلة إلى شهيدين.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).ToList();
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 2)], tolls);
    }

    [Fact]
    public void A_claim_of_the_attack_told_after_the_toll_says_whose_it_was_and_its_risen_toll_is_the_same_attacks()
    {
        var op = Assert.Single(Extractor.Extract(
            "أفاد مصدر أمني، اليوم الاثنين، بمقتل تسعة مدنيين وإصابة 20 آخرين بانفجار سيارة مفخخة في سوق شعبي بقضاء الخالص.\n"
            + "وقال المصدر إن السيارة كانت مركونة قرب مدخل السوق وانفجرت وقت الذروة.\n"
            + "وأضاف أن الانفجار ألحق أضرارا بعشرات المحال التجارية.\n"
            + "وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق التابعة له.\n"
            + "تحديث: ارتفعت حصيلة ضحايا التفجير إلى 13 قتيلا و31 جريحا، بحسب مصدر طبي.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Civilian, CasualtyCategory.Killed, 13), (CasualtySide.Civilian, CasualtyCategory.Wounded, 31)], tolls);
    }

    [Fact]
    public void A_bombing_nobody_claims_stays_no_isis_attack()
    {
        Assert.Empty(Extractor.Extract(
            "أفاد مصدر أمني، اليوم الاثنين، بمقتل تسعة مدنيين وإصابة 20 آخرين بانفجار سيارة مفخخة في سوق شعبي بقضاء الخالص.\n"
            + "وقال المصدر إن السيارة كانت مركونة قرب مدخل السوق وانفجرت وقت الذروة.\n"
            + "ولم تتبن أي جهة الهجوم حتى الآن.",
            Published).Operations);
    }

    [Fact]
    public void A_toll_of_the_dead_risen_to_a_bare_count_replaces_the_dead_told_before_and_alone_counts_nothing()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت وزارة البيشمركة مقتل اثنين من مقاتليها وإصابة ثلاثة آخرين بهجوم لداعش قرب قضاء كفري.\n"
            + "تحديث: أعلنت الوزارة لاحقا أن أحد الجرحى فارق الحياة، لترتفع حصيلة قتلى الهجوم إلى ثلاثة.",
            Published).Operations);
        Assert.Equal(3, op.Casualties.Single(c => c.Category == CasualtyCategory.Killed).Count);

        Assert.Empty(Extractor.Extract("وارتفعت حصيلة قتلى الهجوم إلى ثلاثة بحسب مصدر طبي.", Published).Operations);
    }

    [Theory]
    [InlineData("وقال أحد وجهاء الناحية إن القرية قدمت أكثر من 140 شهيدا منذ عام 2014.")]
    [InlineData("وقال أحد وجهاء الناحية إن القرية قدمت أكثر من 140 شهيدا منذ 2014.")]
    public void More_than_a_count_since_a_year_is_the_span_s_dead_not_an_attack_s(string sentence)
    {
        Assert.Empty(Extractor.Extract(sentence, Published).Operations);
    }

    [Fact]
    public void The_number_of_our_wounded_risen_to_a_bare_count_is_their_toll()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت وزارة البيشمركة أن أربعة من مقاتليها استشهدوا وأصيب 9 آخرون بهجوم لداعش على محور الكوير.\n"
            + "تحديث: قال مصدر طبي إن عدد جرحى البيشمركة الذين نقلوا إلى مستشفى أربيل ارتفع إلى 12، حالة اثنين منهم خطرة.",
            Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 4), (CasualtySide.Security, CasualtyCategory.Wounded, 12)], tolls);
    }

    [Theory]
    [InlineData("أفاد مصدر أمني بأن جنديا استشهد وأصيب ثلاثة آخرون بانفجار عبوة ناسفة زرعها داعش في قضاء الطارمية.", 1, 3)]
    [InlineData("أكد المصدر أن أربعة من مقاتلي الحشد شهداء وأصيب 8 آخرون في هجوم لداعش قرب بيجي.", 4, 8)]
    public void Others_wounded_after_people_killed_are_no_count_of_the_dead_and_the_wounded_together(string sentence, int killed, int wounded)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtyCategory.Killed, killed), (CasualtyCategory.Wounded, wounded)], tolls);
    }

    [Fact]
    public void Verbs_of_both_outcomes_before_one_count_still_count_neither()
    {
        Assert.Empty(Extractor.Extract("قتل وأصيب ثلاثة من عناصر الشرطة بهجوم لداعش في قضاء الطارمية.", Published).Operations.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void A_dual_after_the_noun_of_the_dead_is_a_count_of_its_own()
    {
        var op = Assert.Single(Extractor.Extract("أسفر هجوم لداعش على نقطة للجيش في قضاء الطارمية عن ثلاثة قتلى وجريحين من الجنود.", Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtyCategory.Killed, 3), (CasualtyCategory.Wounded, 2)], tolls);
    }

    [Fact]
    public void An_older_attack_told_in_the_pluperfect_is_not_the_toll_first_reported()
    {
        var ops = Extractor.Extract(
            "ارتفعت حصيلة ضحايا التفجير الإرهابي الذي استهدف سوقا شعبية في ناحية العظيم مساء أمس، إلى 8 قتلى.\n"
            + "وكان تفجير مماثل في السوق ذاتها قد أسفر في الثالث من أيار 2024 عن مقتل خمسة أشخاص.",
            Published).Operations;
        Assert.Equal(2, ops.Count);
    }

    [Theory]
    [InlineData("رصدت مفرزة من الاستخبارات ثلاثة إرهابيين قرب بحيرة حمرين في ديالى، وتمكنت من قتلهم.", CasualtyCategory.Killed, 3)]
    [InlineData("شخصت قوة من الشرطة إرهابيين اثنين يتنقلان بين القرى في ناحية الرياض بكركوك وتمكنت من قتلهما.", CasualtyCategory.Killed, 2)]
    [InlineData("تعقبت قوة من الاستخبارات خمسة إرهابيين فروا من وادي الشاي في كركوك وتمكنت بعد ساعات من اعتقالهم.", CasualtyCategory.Arrested, 5)]
    public void People_counted_without_an_outcome_take_the_one_a_later_verb_gives_its_object_pronoun(string sentence, CasualtyCategory category, int count)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var people = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Isis, category, count), (people.Side, people.Category, people.Count));
    }

    [Fact]
    public void A_pronoun_that_points_to_someone_else_gives_the_counted_people_no_outcome()
    {
        // ـه is the commander's, not the three guards'.
        var casualties = Extractor.Extract("رصدت القوة ثلاثة إرهابيين يحرسون قياديا في وادي حوران وتمكنت من قتله.", Published)
            .Operations.SelectMany(o => o.Casualties);
        Assert.DoesNotContain(casualties, c => c.Count == 3);
    }

    [Theory]
    [InlineData("حاصرت قوة من الحشد الشعبي مجموعة من عناصر داعش في مزرعة قرب جبال مكحول، وتمكنت من قتلهم جميعا وعددهم سبعة.", CasualtyCategory.Killed, 7)]
    [InlineData("داهمت قوة من الشرطة منزلا يختبئ فيه مطلوبون للقضاء في قضاء الشرقاط وألقت القبض عليهم والبالغ عددهم أربعة.", CasualtyCategory.Arrested, 4)]
    public void A_count_after_their_number_counts_the_people_the_verb_before_took(string sentence, CasualtyCategory category, int count)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var people = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Isis, category, count), (people.Side, people.Category, people.Count));
    }

    [Theory]
    [InlineData("قال مسؤول في وزارة البيشمركة إن مسلحي داعش هاجموا نقطة في ناحية قره تبه، ما أسفر عن استشهاد بيشمركة واحد وإصابة اثنين آخرين.")]
    [InlineData("استشهد بيشمركة واحد وأصيب اثنان آخران بهجوم شنه داعش على موقع قرب ناحية قره تبه.")]
    public void A_collective_noun_followed_by_the_numeral_one_counts_one(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var tolls = op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Security, CasualtyCategory.Killed, 1), (CasualtySide.Security, CasualtyCategory.Wounded, 2)], tolls);
    }

    [Theory]
    [InlineData("وذكر مجلس القضاء الأعلى أن محكمة جنايات نينوى أصدرت حكما بالإعدام بحق إرهابي ثبت اشتراكه في قتل تسعة من عناصر الشرطة في قضاء تلعفر عام 2015.")]
    [InlineData("يذكر أن عصابات داعش قتلت أكثر من 40 مدنيا في قرية نائية جنوبي الموصل خلال شهر آب من عام 2014.")]
    public void Figures_told_with_a_year_long_past_and_no_nearer_date_are_history(string sentence)
    {
        Assert.DoesNotContain(Extractor.Extract(sentence, Published).Operations, o => o.Casualties.Count > 0);
    }

    [Theory]
    [InlineData("قتلت القوات الأمنية، اليوم الاثنين، أربعة إرهابيين في جزيرة سامراء التي لجأوا إليها منذ عام 2017.")]
    [InlineData("قتلت طائرات القوة الجوية أربعة إرهابيين في جبال مكحول، التي يتخذها التنظيم ملاذا منذ 2017.")]
    [InlineData("في الذكرى العاشرة لهجوم عام 2014، قتلت القوات الأمنية أمس الأحد أربعة إرهابيين في جزيرة سامراء.")]
    public void A_year_after_since_or_beside_a_recent_day_leaves_the_operation_standing(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(4, op.Killed);
    }

    [Theory]
    [InlineData("قتل مسلحون من داعش راعيا في صحراء الحضر جنوبي الموصل.")]
    [InlineData("أفاد مصدر في الشرطة بأن مزارعا قتل بانفجار عبوة ناسفة زرعها داعش في بستانه بقضاء الخالص.")]
    public void One_victim_named_by_an_indefinite_accusative_is_one_civilian(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var dead = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Civilian, CasualtyCategory.Killed, 1), (dead.Side, dead.Category, dead.Count));
    }

    [Fact]
    public void An_accusative_that_is_an_adverb_is_nobody()
    {
        var ops = Extractor.Extract("وأكد المتحدث أن القوات الأمنية أنهت وجود التنظيم بعد القضاء عليه عسكريا في صحراء الحضر.", Published).Operations;
        Assert.DoesNotContain(ops, o => o.Casualties.Count > 0);
    }

    [Theory]
    [InlineData("قتل جنديان وأصيب ثلاثة آخرون بهجوم شنه مسلحو داعش على ربيئة للجيش في حوض زراعي شمالي ديالى.", "IQ-DI")]
    [InlineData("قتل جنديان وأصيب ثلاثة آخرون بهجوم شنه مسلحو داعش على ربيئة للجيش في منطقة صحراوية غربي الأنبار.", "IQ-AN")]
    [InlineData("قتل جنديان وأصيب ثلاثة آخرون بهجوم شنه مسلحو داعش على ربيئة للجيش في منطقة نائية جنوبي نينوى.", "IQ-NI")]
    public void A_direction_from_a_province_whose_name_is_no_city_lies_inside_it(string sentence, string province)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void A_direction_from_a_city_that_names_its_province_is_still_only_a_bearing()
    {
        // North of the city of Baghdad may be Salah al-Din: the province stays unknown rather than guessed.
        var op = Assert.Single(Extractor.Extract("قتل جنديان وأصيب ثلاثة آخرون بهجوم شنه مسلحو داعش على ربيئة للجيش في منطقة زراعية شمالي بغداد.", Published).Operations);
        Assert.Null(op.Province);
    }

    [Fact]
    public void Figures_of_different_measures_placed_in_two_provinces_are_two_operations()
    {
        var ops = Extractor.Extract(
            "قتلت قطعات الجيش ثلاثة إرهابيين في جزيرة سامراء، وألقت قوة أخرى القبض على خمسة إرهابيين في قضاء تلعفر.", Published).Operations;
        var byProvince = ops.Select(o => (o.Province, o.Killed, o.Arrested)).OrderBy(o => o.Province).ToList();
        Assert.Equal([("IQ-NI", (int?)null, (int?)5), ("IQ-SD", (int?)3, (int?)null)], byProvince);
    }

    [Fact]
    public void Figures_of_different_measures_at_two_spots_of_one_province_stay_one_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت قطعات الجيش ثلاثة إرهابيين في جزيرة سامراء، واعتقلت خمسة آخرين قرب قضاء بلد.", Published).Operations);
        Assert.Equal((3, 5), (op.Killed, op.Arrested));
    }

    [Fact]
    public void A_singular_noun_and_the_numeral_one_after_its_trigger_are_one_person_not_two()
    {
        var op = Assert.Single(Extractor.Extract("أسفر الهجوم على الربيئة عن مقتل عنصر واحد من داعش قرب ناحية العظيم.", Published).Operations);
        var dead = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Isis, CasualtyCategory.Killed, 1), (dead.Side, dead.Category, dead.Count));
    }

    [Fact]
    public void A_place_within_a_provinces_administrative_bounds_lies_in_that_province()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت طائرات القوة الجوية ثلاثة إرهابيين في منطقة نائية ضمن الحدود الإدارية لمحافظة ديالى.", Published).Operations);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void A_place_near_the_border_with_a_province_does_not_lie_in_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت طائرات القوة الجوية ثلاثة إرهابيين في منطقة نائية قرب الحدود مع محافظة ديالى.", Published).Operations);
        Assert.NotEqual("IQ-DI", op.Province);
    }

    [Fact]
    public void One_of_the_wounded_who_died_is_no_new_wounded()
    {
        var op = Assert.Single(Extractor.Extract(
            "ارتفع عدد ضحايا انفجار العبوة الناسفة التي زرعها داعش على طريق قرية نائية في قضاء الدبس مساء أمس، إلى ثلاثة قتلى، بعد وفاة أحد الجرحى في المستشفى.",
            Published).Operations);
        var dead = Assert.Single(op.Casualties);
        Assert.Equal((CasualtyCategory.Killed, 3), (dead.Category, dead.Count));
    }

    [Fact]
    public void People_still_being_treated_are_wounded()
    {
        var casualties = Extractor.Extract(
            "قتل ثلاثة عمال بانفجار عبوة ناسفة زرعها داعش في قضاء الدبس، فيما لا يزال اثنان آخران يتلقيان العلاج.", Published)
            .Operations.SelectMany(o => o.Casualties).Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList();
        Assert.Equal([(CasualtySide.Civilian, CasualtyCategory.Killed, 3), (CasualtySide.Civilian, CasualtyCategory.Wounded, 2)], casualties);
    }
}
