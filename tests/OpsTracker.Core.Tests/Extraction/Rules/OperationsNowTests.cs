using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of 2022-2025 reports of ISIS-side losses (air strikes on dens, CTS raids, National Security Service
/// and Falcons cell arrests, Kurdistan CTD and Asayish statements, Security Media Cell bulletins over several
/// provinces, ministry lists of arrests per province, wire copy with its dateline and related-news lines), found by
/// invented probe reports written with their expected reading before the first run, and read as an analyst reads
/// them. Every sentence here is invented.
/// </summary>
public class OperationsNowTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 9, 18);

    private static List<(string? Province, CasualtySide Side, CasualtyCategory Category, int Count)> Casualties(string text) =>
        Extractor.Extract(text, Published).Operations
            .SelectMany(o => o.Casualties.Select(c => (o.Province, c.Side, c.Category, c.Count)))
            .OrderBy(c => c.Province).ThenBy(c => c.Category).ToList();

    // ---- "الاثنين": the numeral "the two" after its noun, or Monday

    [Theory]
    [InlineData("قالت القيادة إن الضربة أسفرت عن تدمير الوكرين ومقتل الإرهابيين الاثنين اللذين كانا بداخلهما في جزيرة سامراء.")]
    [InlineData("أسفرت الضربة، اليوم الأربعاء، عن تدمير وكرين ومقتل الإرهابيين الاثنين في قضاء الحويجة.")]
    public void The_numeral_two_after_a_definite_noun_is_no_Monday(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.NotEqual(new DateOnly(2024, 9, 16), op.Date);
    }

    [Theory]
    [InlineData("قتلت القوات الأمنية إرهابيين اثنين في جزيرة سامراء يوم الاثنين.")]
    [InlineData("قتلت القوات الأمنية، الاثنين الماضي، إرهابيين اثنين في جزيرة سامراء.")]
    [InlineData("قتلت القوات الأمنية إرهابيين اثنين في جزيرة سامراء فجر الاثنين.")]
    public void Monday_led_by_a_day_noun_a_time_of_day_or_followed_by_a_qualifier_stays_Monday(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(new DateOnly(2024, 9, 16), op.Date);
    }

    // ---- people named among the dead the text counted

    [Fact]
    public void Leaders_named_among_the_dead_of_an_earlier_sentence_are_no_second_figure()
    {
        var casualties = Casualties(
            "قتل سبعة مسلحين من داعش بضربات جوية نفذتها طائرات عراقية في وادي الشاي بمحافظة كركوك.\n"
            + "وأوضح مصدر أمني أن بين القتلى قياديين اثنين هما أبو خالد وأبو هاجر.");
        Assert.Equal([("IQ-KI", CasualtySide.Isis, CasualtyCategory.Killed, 7)], casualties);
    }

    [Fact]
    public void People_named_among_the_arrested_are_part_of_the_arrest_count()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الاستخبارات تسعة متهمين بالإرهاب في قضاء تلعفر بمحافظة نينوى.\n"
            + "وقال مصدر إن من بين المعتقلين ثلاثة قياديين في ما يسمى ولاية الجزيرة.");
        Assert.Equal([("IQ-NI", CasualtySide.Isis, CasualtyCategory.Arrested, 9)], casualties);
    }

    // ---- AFP's word for ISIS members

    [Fact]
    public void Jihadists_are_ISIS_members()
    {
        var casualties = Casualties("قتل ستة جهاديين من تنظيم الدولة الإسلامية في ضربة جوية على جبال مكحول، وفق مسؤولين عراقيين.");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Killed, 6)], casualties);
    }

    // ---- related-news lines

    [Fact]
    public void A_related_news_line_is_another_articles_headline()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.\n"
            + "اقرأ أيضا: مقتل خمسة إرهابيين بضربة جوية في وادي حوران");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Fact]
    public void A_related_news_cue_alone_on_its_line_introduces_the_line_after_it()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.\n"
            + "أخبار ذات صلة:\n"
            + "مقتل خمسة إرهابيين بضربة جوية في وادي حوران");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Theory]
    [InlineData("أخبار ذات صلة:\n")]
    [InlineData("اقرأ أيضاً في موقعنا:\n")]
    [InlineData("اخترنا لكم\n")]
    public void A_related_news_cue_heads_every_line_below_it_down_to_a_blank_line(string cue)
    {
        var casualties = Casualties(
            "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.\n\n"
            + cue
            + "• مقتل خمسة إرهابيين بضربة جوية في وادي حوران\n"
            + "• القبض على 4 متهمين بالإرهاب في قضاء بيجي\n"
            + "مقتل 3 إرهابيين بقصف في سلسلة جبال مكحول\n\n"
            + "وأفاد مصدر أمني بأن قوة أخرى اعتقلت إرهابيا في قضاء الحويجة.");
        Assert.Equal([("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 1), ("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Fact]
    public void Related_articles_listed_each_with_its_cue_are_all_other_articles()
    {
        var casualties = Casualties(
            "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.\n"
            + "- اقرأ ايضا: مقتل خمسة إرهابيين بضربة جوية في وادي حوران\n"
            + "- اقرأ ايضا: القبض على 4 متهمين بالإرهاب في قضاء بيجي");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Fact]
    public void A_short_headline_after_a_cue_on_its_line_heads_nothing_below_it()
    {
        // The cue's line is a related headline; the report goes on below it and is read.
        var casualties = Casualties(
            "اقرأ أيضا: مقتل 5 دواعش\n\n"
            + "اعتقلت قوة من الجيش إرهابيين اثنين في قضاء الشرقاط، اليوم الأربعاء.");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Theory]
    [InlineData("- بابل: مصرع 3 أشخاص وإصابة 5 آخرين بحادث تصادم بين عجلتين على الطريق الدولي.")]
    [InlineData("- ذي قار: لقي 3 أشخاص حتفهم بحادث سير قرب قضاء سوق الشيوخ.")]
    [InlineData("- ميسان: إصابة شخصين بمشاجرة في قضاء المجر.")]
    public void An_accident_or_a_brawl_in_a_roundup_under_an_isis_item_is_no_attack(string item)
    {
        var casualties = Casualties(
            "حصاد اليوم الأمني: مقتل إرهابي من داعش في ديالى وحوادث متفرقة\n"
            + "- ديالى: قوة من الحشد الشعبي تنصب كمينا لعناصر داعش في حوض الوقف وتقتل إرهابيا.\n"
            + item);
        Assert.Equal([("IQ-DI", CasualtySide.Isis, CasualtyCategory.Killed, 1)], casualties);
    }

    [Fact]
    public void A_headline_alone_in_the_present_tense_tells_its_arrest()
    {
        Assert.Equal([("IQ-AN", CasualtySide.Isis, CasualtyCategory.Arrested, 2)],
            Casualties("الاستخبارات العسكرية تطيح بإرهابيين اثنين في قضاء الرطبة غربي الأنبار"));
    }

    [Fact]
    public void An_isis_financier_in_a_roundup_is_arrested_though_a_drug_suspect_is_another_item()
    {
        var casualties = Casualties(
            "الموجز الأمني.. أبرز الأحداث في المحافظات خلال الـ24 ساعة الماضية\n\n"
            + "ميسان:\n"
            + "- ألقت مديرية شؤون المخدرات القبض على متهم بالاتجار بالمواد المخدرة في قضاء الميمونة.\n\n"
            + "الديوانية:\n"
            + "- أعلن جهاز الأمن الوطني، أمس، القبض على متهم بتمويل عصابات داعش الإرهابية في مدينة الديوانية.");
        Assert.Equal([("IQ-QA", CasualtySide.Isis, CasualtyCategory.Arrested, 1)], casualties);
    }

    [Fact]
    public void A_city_in_an_outlets_name_is_no_place_of_the_news()
    {
        var casualties = Casualties("وقال مصدر في الشرطة لـ\"بغداد بوست\"، إن قوة من استخبارات الشرطة اعتقلت خمسة عناصر من داعش.");
        Assert.Equal([((string?)null, CasualtySide.Isis, CasualtyCategory.Arrested, 5)], casualties);
    }

    [Fact]
    public void Arrests_over_drugs_named_by_their_adjective_are_not_ours()
    {
        Assert.Empty(Casualties("🔴 شرطة البصرة: ضبط 38 كيلوغراما من المواد المخدرة واعتقال 4 متهمين في قضاء الزبير."));
    }

    // ---- a unit's number between the verb and its object

    [Theory]
    [InlineData("وفي سياق متصل، اعتقلت قوة من استخبارات الفرقة 16 إرهابيين اثنين في قضاء البعاج.", 2)]
    [InlineData("اعتقلت مفرزة من اللواء 44 ثلاثة إرهابيين في قضاء البعاج.", 3)]
    public void A_units_number_in_the_subject_does_not_cut_the_object_from_its_verb(string sentence, int count)
    {
        var casualties = Casualties(sentence);
        Assert.Equal([("IQ-NI", CasualtySide.Isis, CasualtyCategory.Arrested, count)], casualties);
    }

    // ---- a wire dateline with its day

    [Fact]
    public void A_wire_dateline_with_the_day_it_was_filed_is_no_place_of_the_lead()
    {
        var casualties = Casualties(
            "بغداد 18 سبتمبر 2024 (شينخوا) قتل أربعة مسلحين من داعش واعتقل اثنان آخران في عمليتين منفصلتين شمالي العراق.\n"
            + "وقال بيان أمني إن قوة من الجيش قتلت أربعة مسلحين في منطقة مطيبيجة التابعة لمحافظة صلاح الدين.\n"
            + "وأضاف البيان أن مفارز الأمن الوطني اعتقلت إرهابيين اثنين في قضاء الشرقاط بالمحافظة ذاتها.");
        Assert.Equal(
            [("IQ-SD", CasualtySide.Isis, CasualtyCategory.Killed, 4), ("IQ-SD", CasualtySide.Isis, CasualtyCategory.Arrested, 2)],
            casualties);
    }

    // ---- a list of provinces under an operation's statement

    [Fact]
    public void The_items_of_a_list_under_an_arrest_statement_are_its_arrests_per_province()
    {
        var casualties = Casualties(
            "الداخلية: القبض على 11 متهما بالإرهاب في ثلاث محافظات\n"
            + "أعلنت وزارة الداخلية، اليوم الأربعاء، القبض على 11 متهما بالإرهاب في ثلاث محافظات.\n"
            + "وذكر بيان للوزارة أن المتهمين ضبطوا بموجب مذكرات قضائية، وكما يلي:\n"
            + "- ديالى: خمسة متهمين.\n"
            + "- كركوك: أربعة متهمين بينهم عنصر في ما يسمى ديوان الجند.\n"
            + "- بابل: متهمان اثنان.");
        Assert.Equal(
            [
                ("IQ-BB", CasualtySide.Isis, CasualtyCategory.Arrested, 2),
                ("IQ-DI", CasualtySide.Isis, CasualtyCategory.Arrested, 5),
                ("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 4),
            ],
            casualties);
    }

    [Fact]
    public void A_list_item_counting_people_of_another_side_takes_no_outcome_from_the_statement()
    {
        var casualties = Casualties(
            "أعلنت وزارة الداخلية، اليوم الأربعاء، القبض على ثلاثة متهمين بالإرهاب في ديالى، وفق ما يلي:\n"
            + "- المقدادية: سبعة مدنيين.");
        Assert.DoesNotContain(casualties, c => c.Count == 7);
    }

    // ---- the lead of a day's bulletin

    [Fact]
    public void A_days_bulletin_lead_counting_its_few_operations_is_no_tally_and_adds_them_up()
    {
        var result = Extractor.Extract(
            "أعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل أربعة إرهابيين في ثلاث عمليات منفصلة في محافظات نينوى وكركوك والأنبار.\n"
            + "وذكرت الخلية أن طيران الجيش نفذ ضربة جوية في قضاء البعاج أسفرت عن مقتل إرهابيين اثنين.\n"
            + "وأضافت أن قوة من الشرطة اشتبكت مع مجموعة إرهابية في قضاء الحويجة وقتلت واحدا منهم.\n"
            + "وتابعت أن قوة من الجيش قتلت إرهابيا في قضاء الرطبة.",
            Published);
        Assert.Empty(result.Tallies);
        var killed = result.Operations.SelectMany(o => o.Casualties.Select(c => (o.Province, c.Side, c.Count, o.Date))).OrderBy(c => c.Province).ToList();
        Assert.Equal(
            [("IQ-AN", CasualtySide.Isis, 1, (DateOnly?)Published), ("IQ-KI", CasualtySide.Isis, 1, Published), ("IQ-NI", CasualtySide.Isis, 2, Published)],
            killed);
    }

    [Fact]
    public void Operations_counted_over_a_week_are_still_a_tally()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، تنفيذ 4 عمليات خلال الأسبوع الماضي أسفرت عن مقتل ستة إرهابيين.",
            Published);
        Assert.NotEmpty(result.Tallies);
    }

    [Fact]
    public void A_statements_figures_over_several_provinces_go_on_with_its_tally()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، حصيلة عملياتها خلال شهر آب الماضي.\n"
            + "وذكر بيان للقيادة أن القطعات نفذت 52 عملية أسفرت عن مقتل 14 إرهابيا.\n"
            + "وتابع البيان أن القطعات دمرت 23 وكرا واعتقلت 17 متهما بالإرهاب في محافظات ديالى وكركوك ونينوى.",
            Published);
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Any(c => c.Count == 17));
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(((int?)52, (int?)14, (int?)17, (int?)23), (tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
    }

    [Theory]
    [InlineData("اشتبكت قوة من الحشد الشعبي مع مجموعة إرهابية في منطقة حوض الوقف بديالى وقتلت ثلاثة منهم.")]
    [InlineData("داهمت قوة من الجيش مخبأ لخلية إرهابية في قضاء الحويجة وقتلت ثلاثة منهم.")]
    public void Them_after_a_terrorist_group_are_its_members_not_the_force(string sentence)
    {
        var killed = Assert.Single(Casualties(sentence));
        Assert.Equal((CasualtySide.Isis, CasualtyCategory.Killed, 3), (killed.Side, killed.Category, killed.Count));
    }

    // ---- counts that name the people by what they belong to, or by the man and his aides

    [Theory]
    [InlineData("ألقت مفارز الاستخبارات القبض على أفراد الخلية الأربعة في ناحية الرياض بكركوك.", 4)]
    [InlineData("ألقت قوة من الأسايش القبض على عناصر الشبكة الخمسة في قضاء داقوق بكركوك.", 5)]
    [InlineData("ألقت قوة من الأسايش القبض على أفراد الخلية الإرهابية الستة في قضاء داقوق بكركوك.", 6)]
    public void A_definite_numeral_after_what_the_people_belong_to_counts_them(string sentence, int count)
    {
        Assert.Equal([("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, count)], Casualties(sentence));
    }

    [Fact]
    public void An_ordinal_after_a_unit_is_no_count_of_its_members()
    {
        Assert.DoesNotContain(Casualties("قتلت قوة من الجيش عناصر الفوج الثالث في قضاء داقوق بكركوك."), c => c.Count == 3);
    }

    [Fact]
    public void The_man_a_pronoun_names_and_one_of_his_aides_are_two()
    {
        var casualties = Casualties(
            "أعلن جهاز الأمن الوطني، اليوم الأربعاء، اعتقال ما يسمى والي الجنوب في داعش بعملية إنزال جوي في صحراء الحضر بنينوى.\n"
            + "وذكر الجهاز أن مفارزه نفذت عملية محكمة على موقع يختبئ فيه الإرهابي وتمكنت من اعتقاله مع أحد مساعديه.");
        Assert.Equal([("IQ-NI", CasualtySide.Isis, CasualtyCategory.Arrested, 2)], casualties);
    }

    [Fact]
    public void A_leader_confirmed_to_be_one_of_the_dead_of_a_strike_is_one_of_its_count()
    {
        var casualties = Casualties(
            "أكدت السلطات أن فحص الحمض النووي أثبت مقتل القيادي في داعش المدعو أبو حمزة في ضربة جوية على جبال مكحول في الخامس من أيلول.\n"
            + "وقالت خلية الإعلام الأمني إن الضربة أسفرت عن مقتل ستة إرهابيين، وتبين أن أحدهم هو القيادي المذكور.");
        Assert.Equal([("IQ-SD", CasualtySide.Isis, CasualtyCategory.Killed, 6)], casualties);
    }

    // ---- another force's operation; the rise of a toll

    [Fact]
    public void Another_forces_arrest_of_one_repeats_no_arrest_of_one_told_before()
    {
        var casualties = Casualties(
            "ألقت قوة من الشرطة القبض على إرهابي في ناحية الرياض بكركوك، اليوم الأربعاء.\n"
            + "كما تمكنت قوة أخرى من اعتقال أحد المطلوبين في قضاء الحويجة بالمحافظة ذاتها.");
        Assert.Equal(
            [("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 1), ("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 1)],
            casualties);
    }

    [Fact]
    public void The_others_found_after_a_toll_rose_are_the_rise_not_more_dead()
    {
        var casualties = Casualties(
            "ارتفعت حصيلة قتلى داعش في الضربة الجوية على وادي الشاي في كركوك إلى تسعة قتلى، بعد العثور على جثث أربعة آخرين تحت الأنقاض.");
        Assert.Equal([("IQ-KI", CasualtySide.Isis, CasualtyCategory.Killed, 9)], casualties);
    }

    [Fact]
    public void A_man_taken_with_so_many_of_his_aides_counts_them_all()
    {
        var casualties = Casualties("اعتقلت قوة من الأسايش قياديا في داعش برفقة ثلاثة من مرافقيه في قضاء داقوق بكركوك.");
        Assert.Equal([("IQ-KI", CasualtySide.Isis, CasualtyCategory.Arrested, 4)], casualties);
    }
}

