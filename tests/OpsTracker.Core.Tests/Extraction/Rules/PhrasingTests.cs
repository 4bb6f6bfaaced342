using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>Ways the press phrases a figure, each read as an analyst reads it.</summary>
public class PhrasingTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 6, 10);

    [Fact]
    public void A_statement_a_participle_opens_is_its_own_operation_and_the_lead_that_adds_them_up_is_a_total()
    {
        // "مشيرة إلى أن ..." opens what the ministry went on to say: another strike, not more of the first.
        var ops = Extractor.Extract(
            "قصف طيران الجيش مواقع لداعش في نينوى وقتل 15 إرهابيا جنوب الموصل.\n"
            + "وذكرت وزارة الدفاع أن الطائرات دمرت مخزنا للعتاد في منطقة زراعية وقتلت 6 إرهابيين، مشيرة إلى أن 9 إرهابيين قتلوا في قرية أخرى بالتنسيق مع قيادة العمليات.",
            Published).Operations;
        Assert.Equal([6, 9], ops.Where(o => o.Killed is not null).Select(o => o.Killed!.Value).Order());
        Assert.All(ops, o => Assert.Equal("IQ-NI", o.Province));
    }

    [Theory]
    [InlineData("قتل 12 عنصرا من تنظيم «داعش» بعد هجوم للقوات الأمنية على مواقعهم في جزيرة سامراء.")]
    [InlineData("قتل 12 عنصرا من تنظيم (داعش) بعد هجوم للقوات الأمنية على مواقعهم في جزيرة سامراء.")]
    [InlineData("قتل 12 عنصرا من تنظيم \"داعش\" بعد هجوم للقوات الأمنية على مواقعهم في جزيرة سامراء.")]
    public void A_name_in_quotation_marks_or_brackets_still_says_whose_members(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(12, op.Killed);
        Assert.Equal(CasualtySide.Isis, Assert.Single(op.Casualties).Side);
    }

    [Fact]
    public void A_headline_that_kills_and_wounds_a_number_counts_both_together_not_the_dead()
    {
        var ops = Extractor.Extract(
            "هجوم انتحاري في قضاء هيت يقتل ويصيب 9 عراقيين\n"
            + "أعلن مصدر أمني أن انتحاريا من داعش فجر نفسه قرب مقر للجيش في هيت ما تسبب بمقتل ثلاثة جنود وإصابة ستة آخرين.",
            Published).Operations;
        var casualties = ops.SelectMany(o => o.Casualties).ToList();
        Assert.DoesNotContain(casualties, c => c.Count == 9);
        Assert.Contains(casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Killed, Count: 3 });
        Assert.Contains(casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Wounded, Count: 6 });
    }

    [Fact]
    public void A_death_toll_that_rises_to_a_bare_number_replaces_the_first_figure()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل 3 عناصر من داعش في البداية، ثم ارتفع عدد القتلى إلى 5 بعد العثور على جثتين، في قصف على وادي زغيتون جنوبي كركوك.",
            Published).Operations);
        Assert.Equal(5, op.Killed);
    }

    [Fact]
    public void A_bare_number_after_a_category_noun_with_no_correction_cue_is_no_figure()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل 3 عناصر من داعش في قصف على وادي زغيتون جنوبي كركوك، ونقلت جثث القتلى إلى 2 من المستشفيات.",
            Published).Operations);
        Assert.Equal(3, op.Killed);
    }

    [Fact]
    public void A_total_split_between_two_districts_of_one_province_is_told_by_its_parts()
    {
        var ops = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة مقتل 12 إرهابيا في عمليتين منفصلتين، 7 منهم في قضاء الحويجة بمحافظة كركوك و5 في ناحية الرياض.",
            Published).Operations;
        Assert.Equal([5, 7], ops.Select(o => o.Killed!.Value).Order());
        Assert.All(ops, o => Assert.Equal("IQ-KI", o.Province));
        Assert.Equal(2, ops.Select(o => o.Place).Distinct().Count());
    }

    [Fact]
    public void A_headline_that_rounds_a_tally_the_body_gives_exactly_is_the_same_figure()
    {
        var result = Extractor.Extract(
            "الدفاع العراقية: مقتل أكثر من 300 إرهابي خلال العام الماضي\n\n"
            + "أعلنت وزارة الدفاع العراقية، اليوم الثلاثاء، أن قطعاتها قتلت 331 إرهابيا واعتقلت 520 آخرين خلال عام 2023 في عمليات نفذتها في عموم البلاد.",
            new DateOnly(2024, 3, 5));
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((331, 520, false), (tally.Killed, tally.Arrested, tally.Approximate));
    }

    [Theory]
    [InlineData("قتل شخصان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة زرعها داعش على سيارة مدنية في قضاء المقدادية.")]
    [InlineData("قتل الأشخاص الثلاثة وأصيب اثنان بانفجار عبوة ناسفة زرعها داعش على سيارة مدنية في قضاء المقدادية.")]
    public void People_at_large_killed_by_a_bomb_are_its_victims_not_isis(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Null(op.Killed);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.All(op.Casualties, c => Assert.NotEqual(CasualtySide.Isis, c.Side));
    }

    [Theory]
    [InlineData("اعتقلت مفرزة من مديرية الاستخبارات العسكرية الإرهابي المكنى أبو عمر في قضاء الحويجة.", 1)]
    [InlineData("اعتقلت قوة من شرطة كركوك مطلوبا بتهمة الإرهاب في قضاء الحويجة.", 1)]
    public void One_member_named_after_the_verb_and_its_subject_is_one_arrest(string sentence, int arrested)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(arrested, op.Arrested);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void The_adjective_of_the_organisation_is_no_member()
    {
        var op = Assert.Single(Extractor.Extract("اعتقلت قوة من شرطة كركوك عنصرين من تنظيم داعش الإرهابي بقضاء الحويجة.", Published).Operations);
        Assert.Equal(2, op.Arrested);
    }

    [Theory]
    [InlineData("ذكرت مصادر محلية أن 4 من عناصر الحشد العشائري استشهدوا وأصيب 7 آخرون بهجوم لداعش على نقطة تفتيش في ناحية العلم.")]
    [InlineData("ذكرت مصادر أن 4 جنود قتلوا وأصيب 7 آخرون بهجوم لداعش على نقطة تفتيش في ناحية العلم.")]
    public void A_plural_verb_after_the_people_closes_their_figure_and_the_next_verb_counts_its_own(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Contains(op.Casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Killed, Count: 4 });
        Assert.Contains(op.Casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Wounded, Count: 7 });
    }

    [Fact]
    public void The_wounded_told_with_a_months_statistic_of_the_dead_are_the_same_statistic()
    {
        var result = Extractor.Extract("ذكرت أرقام بعثة الأمم المتحدة أن 940 عراقي قتلوا وأصيب 310 آخرون بجروح بسبب العنف خلال شهر شباط الماضي في أنحاء البلاد.", Published);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("أعلن جهاز الأمن الوطني، اليوم، الإطاحة بـ3 إرهابيين في قضاء الفلوجة.", 3)]
    [InlineData("أعلن جهاز الأمن الوطني الإطاحة بإرهابيين اثنين في قضاء الفلوجة.", 2)]
    [InlineData("أعلن جهاز الأمن الوطني الإطاحة بأخطر القياديين في تنظيم داعش في قضاء الفلوجة.", 1)]
    [InlineData("أعلن جهاز الأمن الوطني الإطاحة بـ«أبرز» القياديين في تنظيم داعش في قضاء الفلوجة.", 1)]
    public void Toppling_is_how_security_statements_say_arrested_and_the_most_dangerous_of_the_leaders_is_one(string sentence, int arrested)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(arrested, op.Arrested);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void An_announcement_told_as_background_does_not_date_the_operation_of_the_lead()
    {
        // Published on a Tuesday: "اليوم الثلاثاء" is the operation's day; the Sunday is when the campaign was announced.
        var op = Assert.Single(Extractor.Extract(
            "سيطرت القوات الأمنية، اليوم الثلاثاء، على منطقة جبلية شرق تكريت وقتلت خمسة من عناصر داعش.\n\n"
            + "وكان وزير الدفاع أعلن، الأحد الماضي، عن انطلاق حملة واسعة لتطهير ما تبقى من قضاء الشرقاط.",
            new DateOnly(2015, 3, 3)).Operations);
        Assert.Equal(new DateOnly(2015, 3, 3), op.Date);
    }

    [Fact]
    public void The_operation_itself_told_in_the_pluperfect_still_dates_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قيادة عمليات الأنبار، اليوم السبت، تدمير 9 أوكار لداعش في صحراء الرطبة.\n\n"
            + "وكانت القيادة قد باشرت بتنفيذ عمليات تفتيش واسعة منذ الخميس الماضي في صحراء الرطبة.",
            new DateOnly(2019, 4, 13)).Operations, o => o.HideoutsDestroyed == 9);
        Assert.Equal(new DateOnly(2019, 4, 11), op.Date);
    }

    [Fact]
    public void A_bulletin_of_two_places_counting_alike_is_two_operations_and_the_numeral_two_after_its_noun_counts()
    {
        var ops = Extractor.Extract("اعتقلت القوات الأمنية إرهابيين اثنين في قضاء الرمادي، واعتقلت قوة أخرى إرهابيين اثنين في قضاء الفلوجة.", Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.All(ops, o => Assert.Equal((2, "IQ-AN"), (o.Arrested, o.Province)));
        Assert.Equal(2, ops.Select(o => o.Place).Distinct().Count());
    }

    [Fact]
    public void A_definite_number_after_a_definite_noun_counts()
    {
        var op = Assert.Single(Extractor.Extract("أعلنت قيادة عمليات ديالى مقتل الإرهابيين الثلاثة الذين نفذوا الهجوم على قرية في ناحية العظيم.", Published).Operations);
        Assert.Equal(3, op.Killed);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void Counted_hideouts_joined_by_and_share_the_outcome_and_add_up()
    {
        var op = Assert.Single(Extractor.Extract("دمرت قوات الحشد الشعبي 4 مضافات و3 أنفاق في جبال مكحول شمالي صلاح الدين.", Published).Operations);
        Assert.Equal(7, op.HideoutsDestroyed);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_month_of_results_is_a_tally()
    {
        var result = Extractor.Extract("أعلن جهاز مكافحة الإرهاب أنه قتل 18 إرهابياً واعتقل 42 آخرين خلال شهر تشرين الأول الماضي في عمليات متفرقة.", Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((18, 42), (tally.Killed, tally.Arrested));
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31)), (tally.PeriodStart, tally.PeriodEnd));
        Assert.Equal("Counter-Terrorism Service", tally.ReportedBy);
    }

    [Fact]
    public void A_clash_that_hits_both_sides_is_two_operations()
    {
        var ops = Extractor.Extract("قتل ثلاثة من عناصر داعش وأصيب اثنان من القوات الأمنية في اشتباك مسلح بقضاء الدبس.", Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.All(ops, o => Assert.Equal(OperationKind.Clash, o.Kind));
        Assert.Contains(ops, o => o.Killed == 3);
        Assert.Contains(ops, o => o.Killed is null && o.Casualties.Any(c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Wounded, Count: 2 }));
        Assert.All(ops, o => Assert.Equal("IQ-KI", o.Province));
    }

    [Fact]
    public void Soldiers_killed_by_an_ied_are_victims_not_isis_figures()
    {
        var op = Assert.Single(Extractor.Extract("قتل جنديان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة على دوريتهم في قضاء الطارمية شمالي بغداد.", Published).Operations);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Null(op.Killed);
        Assert.Equal(2, op.Casualties.Single(c => c.Category == CasualtyCategory.Killed).Count);
        Assert.Equal(CasualtySide.Security, op.Casualties.Single(c => c.Category == CasualtyCategory.Wounded).Side);
        Assert.Equal("IQ-BG", op.Province);
    }

    [Fact]
    public void A_leader_among_the_dead_is_not_one_more()
    {
        var op = Assert.Single(Extractor.Extract("أسفرت الضربة الجوية عن مقتل خمسة دواعش بينهم قيادي بارز في وادي حوران.", Published).Operations);
        Assert.Equal(5, op.Killed);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void A_count_since_the_start_of_a_campaign_with_a_pronoun_is_a_tally()
    {
        var result = Extractor.Extract("قال قائد الشرطة الاتحادية إن الحملة في صحراء الحضر أسفرت منذ بدايتها قبل شهرين عن مقتل 212 إرهابيا واعتقال 57 آخرين.", Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((212, 57), (tally.Killed, tally.Arrested));
        Assert.Equal("Federal Police", tally.ReportedBy);
    }

    [Fact]
    public void A_sentence_going_on_with_a_tally_statement_adds_to_the_tally()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة مقتل 140 إرهابيا منذ انطلاق عمليات تحرير المدينة. وبين البيان أن الحملة شملت أيضا تفجير خمسة أنفاق.",
            Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((140, 5), (tally.Killed, tally.HideoutsDestroyed));
    }

    [Fact]
    public void A_headline_tally_without_a_period_takes_the_period_of_the_body()
    {
        var result = Extractor.Extract(
            "الداخلية: اعتقال 61 إرهابيا\nأعلنت وزارة الداخلية اعتقال 61 إرهابيا خلال شهر آذار الماضي في عمليات متفرقة.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(61, tally.Arrested);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void People_killed_in_a_strike_on_a_village_are_of_no_side_the_text_names()
    {
        // Neither ISIS members nor victims of ISIS: the strike's dead are nobody's to count (Passes.AttackAttribution).
        var ops = Extractor.Extract("قتل خمسة أشخاص في ضربة جوية على قرية الزركة التابعة لقضاء الخالص.", Published).Operations;
        Assert.All(ops, op => Assert.Null(op.Killed));
        Assert.Empty(ops.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void Members_killed_where_nothing_names_isis_or_an_operation_are_of_unknown_side()
    {
        // Of no side the text names, and in no attack it gives to anyone: counted neither as ISIS nor as its victims
        // (Passes.AttackAttribution).
        var ops = Extractor.Extract("قتل ثلاثة عناصر وأصيب اثنان في ناحية العظيم.", Published).Operations;
        Assert.All(ops, op => Assert.Null(op.Killed));
        Assert.DoesNotContain(ops.SelectMany(o => o.Casualties), c => c.Side == CasualtySide.Isis);
        Assert.Empty(ops.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void Members_killed_in_a_strike_on_an_isis_den_are_isis()
    {
        var op = Assert.Single(Extractor.Extract("قتل أربعة عناصر بضربة جوية استهدفت وكرا لداعش في وادي الشاي جنوبي كركوك.", Published).Operations);
        Assert.Equal(4, op.Killed);
        Assert.All(op.Casualties.Where(c => c.Category == CasualtyCategory.Killed), c => Assert.Equal(CasualtySide.Isis, c.Side));
    }

    [Fact]
    public void Hundreds_killed_in_a_battle_are_a_commanders_tally_not_one_operation()
    {
        var result = Extractor.Extract("قال قائد عمليات تحرير تلعفر إن القتال أوقع أكثر من 900 قتيل من الإرهابيين في المحور الغربي.", Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(900, tally.Killed);
        Assert.True(tally.Approximate);
        Assert.Equal("Operations Command", tally.ReportedBy);
    }

    [Fact]
    public void Hundreds_killed_that_no_authority_announces_are_no_operation()
    {
        var result = Extractor.Extract("وتشير التقديرات إلى مقتل نحو 700 مسلح في معارك المدينة القديمة.", Published);
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
    }

    [Fact]
    public void Figures_in_brackets_are_figures()
    {
        var tally = Assert.Single(Extractor.Extract("أعلن جهاز مكافحة الإرهاب أن قواته نفذت (96) عملية خلال شهر نيسان الماضي، أسفرت عن قتل (14) إرهابياً واعتقال (38) آخرين وتدمير (20) وكراً.", Published).Tallies);
        Assert.Equal((96, 14, 38, 20), (tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void Missions_and_duties_are_counted_operations()
    {
        var tally = Assert.Single(Extractor.Extract("قالت قيادة العمليات المشتركة إن القطعات نفذت 180 مهمة وواجباً أمنياً في النصف الأول من العام الحالي.", Published).Tallies);
        Assert.Equal(180, tally.Operations);
    }

    [Fact]
    public void Only_iraqs_share_of_a_combined_iraq_and_syria_count_is_kept()
    {
        var tally = Assert.Single(Extractor.Extract("أعلن التحالف الدولي أنه نفذ 31 عملية في العراق وسوريا طيلة شهر تموز الماضي، قتل فيها 16 عنصراً، منها 12 عملية في العراق قتل خلالها 5 عناصر.", Published).Tallies);
        Assert.Equal((12, 5), (tally.Operations, tally.Killed));
        Assert.Equal("International coalition", tally.ReportedBy);
    }

    [Fact]
    public void A_death_toll_that_rises_later_replaces_the_first_figure()
    {
        var op = Assert.Single(Extractor.Extract("قتل ستة من عناصر الجيش بهجوم لداعش في ناحية العظيم. وارتفعت حصيلة قتلى الهجوم لاحقا إلى تسعة قتلى.", Published).Operations);
        Assert.Equal(9, op.Casualties.Single(c => c.Category == CasualtyCategory.Killed).Count);
    }

    [Fact]
    public void A_burrow_destroyed_is_a_hideout()
    {
        var op = Assert.Single(Extractor.Extract("دمرت القوات الأمنية جحرين لعصابات داعش في وادي حوران غربي الأنبار.", Published).Operations);
        Assert.Equal(2, op.HideoutsDestroyed);
    }

    [Theory]
    [InlineData("كشف جهاز مكافحة الإرهاب أنه اعتقل 2100 إرهابي منذ عام 2018 ولغاية عام 2021.")]
    [InlineData("كشف جهاز مكافحة الإرهاب أنه اعتقل 2100 إرهابي خلال الأعوام من 2018 إلى 2021.")]
    [InlineData("كشف جهاز مكافحة الإرهاب أنه اعتقل 2100 إرهابي خلال الفترة 2018-2021.")]
    public void A_span_of_years_is_one_period(string text)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(2100, tally.Arrested);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2021, 12, 31)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void Two_years_compared_are_not_a_span()
    {
        var tally = Assert.Single(Extractor.Extract("أعلنت وزارة الداخلية اعتقال 450 إرهابيا خلال عام 2023 مقارنة بعام 2022.", Published).Tallies);
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void Two_named_months_are_one_period()
    {
        var tally = Assert.Single(Extractor.Extract("أعلنت وزارة الداخلية اعتقال 80 إرهابيا خلال شهري كانون الثاني وشباط.", Published).Tallies);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 29)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void A_total_the_text_splits_by_province_is_told_by_its_parts()
    {
        var ops = Extractor.Extract("أعلنت وزارة الداخلية اعتقال 9 إرهابيين في عمليات متفرقة، 5 منهم في نينوى و4 في الأنبار.", Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Contains(ops, o => o is { Province: "IQ-NI", Arrested: 5 });
        Assert.Contains(ops, o => o is { Province: "IQ-AN", Arrested: 4 });
    }

    [Fact]
    public void A_comma_then_in_and_a_province_opens_the_next_operation_of_a_bulletin()
    {
        var ops = Extractor.Extract("أعلنت خلية الإعلام الأمني مقتل 6 إرهابيين في ضربة جوية في وادي الشاي بكركوك، وفي صلاح الدين اعتقلت قوة من الجيش 2 من الإرهابيين.", Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Contains(ops, o => o is { Province: "IQ-KI", Killed: 6, Arrested: null });
        Assert.Contains(ops, o => o is { Province: "IQ-SD", Arrested: 2, Killed: null });
    }

    [Fact]
    public void An_airborne_landing_in_the_accusative_is_a_raid()
    {
        var op = Assert.Single(Extractor.Extract("نفذت قوة من جهاز مكافحة الإرهاب إنزالا جويا في وادي حوران أسفر عن قتل 6 إرهابيين.", Published).Operations);
        Assert.Equal(OperationKind.Raid, op.Kind);
        Assert.Equal(6, op.Killed);
    }

    [Fact]
    public void A_statement_breaking_its_own_tally_down_adds_no_operation()
    {
        var result = Extractor.Extract(
            "أعلنت مديرية الأسايش في السليمانية اعتقال 120 متهما بالانتماء لداعش خلال العام الماضي. وأوضح المتحدث أن من بين المعتقلين 100 رجلا و20 امرأة.",
            Published);
        Assert.Empty(result.Operations);
        Assert.Equal(120, Assert.Single(result.Tallies).Arrested);
    }

    [Fact]
    public void A_subtotal_in_the_body_that_its_parts_add_up_to_is_no_operation()
    {
        var ops = Extractor.Extract(
            "وفي ناحية العظيم بمحافظة ديالى قتل 19 عنصرا من داعش. وقالت المصادر إن قوة من الحشد قتلت 7 مسلحين قرب ناحية العظيم. كما قصف الطيران مخابئ للتنظيم في بساتين المخيسة فقتل 12 من مسلحي داعش في ديالى.",
            Published).Operations;
        Assert.DoesNotContain(ops, o => o.Killed == 19);
        Assert.Contains(ops, o => o.Killed == 7);
        Assert.Contains(ops, o => o.Killed == 12);
    }

    [Fact]
    public void The_items_listed_under_a_statement_that_announces_a_tally_are_its_figures_for_its_period()
    {
        var result = Extractor.Extract(
            "نشرت قيادة العمليات المشتركة إحصائية بنتائج عملياتها خلال شهر نيسان 2024، وتضمنت:\n"
            + "- تنفيذ 85 عملية\n"
            + "- قتل 14 إرهابيا\n"
            + "- القبض على 40 مطلوبا\n"
            + "- تفجير 19 مضافة\n",
            Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((85, 14, 40, 19), (tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)), (tally.PeriodStart, tally.PeriodEnd));
        Assert.Equal("Joint Operations Command", tally.ReportedBy);
    }

    [Fact]
    public void The_sentences_after_an_announced_tally_that_name_no_day_and_no_place_give_its_figures()
    {
        var result = Extractor.Extract(
            "كشفت وزارة الداخلية، الاثنين، حصيلة عمليات مديرياتها خلال شهر أيار.\n"
            + "وبحسب الوزارة فقد قتل 11 إرهابيا خلال الشهر. كما ألقي القبض على 23 آخرين، وهدمت 7 أوكار.",
            Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((11, 23, 7), (tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
        Assert.Equal((new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31)), (tally.PeriodStart, tally.PeriodEnd));
    }

    [Fact]
    public void An_operation_told_after_an_announced_tally_in_a_place_of_its_own_stays_an_operation()
    {
        var result = Extractor.Extract(
            "كشفت وزارة الداخلية حصيلة عمليات مديرياتها خلال شهر أيار.\n"
            + "واعتقلت مفرزة من الاستخبارات 3 إرهابيين في قضاء الحويجة.",
            Published);
        Assert.Empty(result.Tallies);
        var op = Assert.Single(result.Operations);
        Assert.Equal(3, op.Arrested);
    }

    [Fact]
    public void A_summary_of_one_day_announces_no_tally()
    {
        var result = Extractor.Extract(
            "أعلنت خلية الإعلام الأمني حصيلة عمليات اليوم.\n"
            + "وقتل إرهابيان اثنان بضربة جوية.",
            Published);
        Assert.Empty(result.Tallies);
    }

    [Fact]
    public void An_officer_quoted_in_the_first_person_on_a_period_gives_a_tally()
    {
        // "قتلنا": the verb with its subject attached; the rank tells an official is speaking.
        var tally = Assert.Single(Extractor.Extract(
            "وقال العميد الركن سامي الكعبي في مؤتمر صحفي: قتلنا منذ مطلع العام الحالي 120 إرهابيا في الصحراء.",
            Published).Tallies);
        Assert.Equal(120, tally.Killed);
        Assert.Equal(new DateOnly(2024, 1, 1), tally.PeriodStart);
    }

    [Fact]
    public void A_named_authority_later_in_the_sentence_is_the_tally_s_authority_rather_than_the_security_forces()
    {
        var tally = Assert.Single(Extractor.Extract(
            "وأوضح أن القوات الأمنية قتلت خلال عام 2023 نحو 90 إرهابيا، بحسب جهاز مكافحة الإرهاب.",
            Published).Tallies);
        Assert.Equal("Counter-Terrorism Service", tally.ReportedBy);
    }

    [Fact]
    public void Others_arrested_after_also_are_the_people_of_the_sentence_not_civilians()
    {
        // "كما" once read as the truffle word كمأ (a kind of civilian) after folding the hamza.
        var casualty = Assert.Single(Assert.Single(Extractor.Extract(
            "واعتقلت قوة أمنية مطلوبا في ناحية العلم، كما اعتقلت 4 آخرين في الدور.",
            Published).Operations, o => o.Arrested == 4).Casualties);
        Assert.Equal(CasualtySide.Isis, casualty.Side);
    }

    [Fact]
    public void A_town_introduced_by_in_after_a_border_is_where_it_happened()
    {
        var op = Assert.Single(Extractor.Extract(
            "صدت القوات الأمنية تعرضا لعناصر داعش قرب الشريط الحدودي في قضاء الرطبة، وقتلت 3 منهم.",
            Published).Operations);
        Assert.Equal("IQ-AN", op.Province);
        Assert.Equal(3, op.Killed);
    }

    [Fact]
    public void A_town_a_border_runs_along_is_not_where_it_happened()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت القوات الأمنية 3 من عناصر داعش على الحدود مع قضاء الرطبة.",
            Published).Operations);
        Assert.Null(op.Place);
    }

    [Fact]
    public void The_remains_in_a_mass_grave_are_no_casualties_of_an_operation()
    {
        var result = Extractor.Extract(
            "كشفت فرق الدفاع المدني عن مقبرة جماعية تضم رفات 25 شخصا قتلهم داعش قرب قضاء تلعفر.",
            Published);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Count == 25);
    }

    [Theory]
    [InlineData("ألقت قوة من الاستخبارات القبض على ما يسمى والي الفلوجة في عملية بحي الجولان.")]
    [InlineData("قتلت قوة من جهاز مكافحة الإرهاب أمير قاطع الجزيرة في داعش بعملية إنزال جوي.")]
    public void An_isis_title_with_what_it_rules_after_the_verb_and_its_subject_is_one_man(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var casualty = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Isis, 1), (casualty.Side, casualty.Count));
    }

    [Fact]
    public void Members_the_speaker_calls_ours_are_the_forces()
    {
        var casualty = Assert.Single(Assert.Single(Extractor.Extract(
            "وقال آمر الفوج إن الاشتباك أسفر عن جرح ثلاثة من عناصرنا قرب ناحية العباسي.",
            Published).Operations).Casualties);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Wounded, 3), (casualty.Side, casualty.Category, casualty.Count));
    }

    [Fact]
    public void Fighters_a_force_mourns_are_its_dead()
    {
        var casualty = Assert.Single(Assert.Single(Extractor.Extract(
            "نعت قيادة الشرطة الاتحادية 2 من منتسبيها سقطا بتفجير عبوة ناسفة قرب قضاء الدبس.",
            Published).Operations).Casualties);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed, 2), (casualty.Side, casualty.Category, casualty.Count));
    }

    [Fact]
    public void Two_others_in_the_dual_are_two_more_of_the_same_people()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل راع وجرح آخران بانفجار لغم زرعه داعش في صحراء النخيب.",
            Published).Operations);
        Assert.Contains(op.Casualties, c => c is { Side: CasualtySide.Civilian, Category: CasualtyCategory.Wounded, Count: 2 });
    }

    [Fact]
    public void Members_of_a_civilian_s_family_are_civilians()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل مزارع وأصيب ثلاثة من أفراد أسرته بهجوم لعناصر داعش على قرية في ناحية السعدية.",
            Published).Operations);
        Assert.Contains(op.Casualties, c => c is { Side: CasualtySide.Civilian, Category: CasualtyCategory.Wounded, Count: 3 });
    }

    [Theory]
    [InlineData("وأضاف القائد أن اثنين من المقاتلين استشهدا وأصيب ثلاثة آخرون خلال التصدي للتعرض في قرية الخان جنوب الموصل.")]
    [InlineData("وبين أن ثلاثة من المقاتلين استشهدوا وأصيب ثلاثة آخرون في مواجهة مع داعش في قرية الخان جنوب الموصل.")]
    public void A_martyrdom_verb_after_its_subject_makes_the_people_before_it_the_forces_dead(string sentence)
    {
        var casualties = Extractor.Extract(sentence, Published).Operations.SelectMany(o => o.Casualties).ToList();
        Assert.Contains(casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Killed });
        Assert.Contains(casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Wounded, Count: 3 });
        Assert.DoesNotContain(casualties, c => c.Side == CasualtySide.Isis);
    }

    [Fact]
    public void A_place_named_to_say_where_another_lies_is_not_where_it_happened()
    {
        var op = Assert.Single(Extractor.Extract(
            "صدت قوات الحشد هجوما لداعش على أطراف ناحية الكرمة شرقي الفلوجة، وقتلت 6 إرهابيين.", Published).Operations, o => o.Killed == 6);
        Assert.Equal("IQ-AN", op.Province);
        Assert.Contains("الكرمة", op.Place ?? "");
    }

    [Fact]
    public void The_district_that_holds_a_sub_district_is_not_its_place()
    {
        var op = Assert.Single(Extractor.Extract(
            "هاجم مسلحو داعش قرية في ناحية العباسي التابعة لقضاء الحويجة، وقتلوا أربعة من أبناء العشائر.", Published).Operations);
        Assert.Equal("العباسي", op.Place);
        Assert.Equal("IQ-KI", op.Province);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Security, 4), (killed.Side, killed.Count));
    }

    [Fact]
    public void Villagers_hit_in_an_attack_are_civilians_and_tribal_fighters_are_the_forces()
    {
        var casualties = Extractor.Extract(
            "هاجم عناصر من داعش قرية في قضاء طوزخورماتو وقتلوا ثلاثة من أهالي القرية، فيما قتل اثنان من مقاتلي العشائر في الاشتباك.",
            Published).Operations.SelectMany(o => o.Casualties).ToList();
        Assert.Contains(casualties, c => c is { Side: CasualtySide.Civilian, Category: CasualtyCategory.Killed, Count: 3 });
        Assert.Contains(casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Killed, Count: 2 });
    }

    [Theory]
    [InlineData("ديالى", "IQ-DI")]
    [InlineData("صلاح الدين", "IQ-SD")]
    public void A_place_that_lies_in_several_provinces_takes_the_province_of_the_dateline(string dateline, string province)
    {
        var op = Assert.Single(Extractor.Extract(
            "قصف جوي يقتل ثلاثة إرهابيين\n" + dateline + " - مراسلنا\n"
            + "قتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات القوة الجوية على مخبأ لهم في جبال حمرين.", Published).Operations);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void A_sentence_that_refers_back_to_the_attack_goes_on_telling_it()
    {
        var ops = Extractor.Extract(
            "هجوم لداعش على سيطرة للشرطة في قضاء الدبس\n"
            + "استشهد شرطيان، مساء أمس الأحد، بهجوم شنه مسلحو داعش على سيطرة للشرطة الاتحادية في قضاء الدبس شمال غربي كركوك.\n"
            + "وأوضح المصدر أن الاعتداء أسفر كذلك عن إصابة شرطي ثالث نقل إلى مستشفى المدينة.",
            Published).Operations;
        var attack = Assert.Single(ops);
        Assert.Equal(new DateOnly(2024, 6, 9), attack.Date);
        Assert.Contains(attack.Casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Killed, Count: 2 });
        Assert.Contains(attack.Casualties, c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Wounded, Count: 1 });
    }

    [Fact]
    public void Two_attacks_of_a_bulletin_told_one_to_a_sentence_stay_apart()
    {
        var ops = Extractor.Extract(
            "استشهد جندي بهجوم لداعش على نقطة للجيش في قضاء الدبس.\n"
            + "وفي حادث منفصل، أصيب مدنيان بانفجار عبوة ناسفة في ناحية الرشاد.",
            Published).Operations;
        Assert.Equal(2, ops.Count);
    }

    [Fact]
    public void A_figure_the_headline_and_the_body_both_tell_stays_with_the_body_and_its_day()
    {
        var ops = Extractor.Extract(
            "مقتل انتحاريين اثنين وإصابة شرطيين في هجوم على الرطبة\n"
            + "الأنبار - مراسلنا\n"
            + "قتلت القوات الأمنية، مساء أمس الأحد، انتحاريين اثنين حاولا اقتحام مقر الفوج الأول في قضاء الرطبة غربي الأنبار.\n"
            + "وقال ضابط في الشرطة إن شرطيين أصيبا بجروح طفيفة.",
            Published).Operations;
        Assert.All(ops, o => Assert.Equal(new DateOnly(2024, 6, 9), o.Date));
        var wounded = Assert.Single(ops.SelectMany(o => o.Casualties), c => c.Category == CasualtyCategory.Wounded);
        Assert.Equal((CasualtySide.Security, 2), (wounded.Side, wounded.Count));
        Assert.Equal("شرطيين", wounded.Evidence.Text);
        Assert.All(ops, o => Assert.Equal("الرطبة", o.Place));
    }

    [Fact]
    public void A_coalition_statement_for_Iraq_and_Syria_keeps_the_figures_it_then_gives_for_Iraq_as_a_tally()
    {
        var result = Extractor.Extract(
            "أوضح التحالف الدولي في بيانه الشهري أن طائراته وشركاءه نفذوا خلال شهر نيسان الماضي 31 عملية في العراق وسوريا.\n"
            + "وتابع البيان أن تلك العمليات أدت إلى مقتل 7 عناصر من داعش واعتقال 22 آخرين في العراق، فيما قتل 12 واعتقل 35 في سوريا.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((7, 22), (tally.Killed, tally.Arrested));
        Assert.Null(tally.Operations);
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)), (tally.PeriodStart, tally.PeriodEnd));
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Count > 0);
    }

    [Fact]
    public void The_air_strikes_a_tally_s_list_counts_are_no_operation()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة حصيلة عملياتها خلال شهر أيار الماضي:\n"
            + "- قتل 19 إرهابيا.\n"
            + "- تنفيذ 14 ضربة جوية على مواقع التنظيم.\n"
            + "- تدمير 23 مضافة.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((19, 23), (tally.Killed, tally.HideoutsDestroyed));
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void The_sentences_that_count_an_event_the_lead_told_without_a_figure_take_its_place_and_day()
    {
        var ops = Extractor.Extract(
            "صدت قوات الحشد الشعبي، فجر أمس الأحد، تعرضا لعناصر داعش على قرية في ناحية العظيم شمالي ديالى.\n"
            + "وقال بيان للحشد إن المقاتلين قتلوا أربعة من المهاجمين، فيما أصيب ثلاثة من المقاتلين بجروح.",
            Published).Operations;
        Assert.NotEmpty(ops);
        Assert.All(ops, o => Assert.Equal((new DateOnly(2024, 6, 9), "العظيم", "IQ-DI"), (o.Date, o.Place, o.Province)));
        Assert.All(ops, o => Assert.NotEmpty(o.Casualties));
        Assert.Contains(ops.SelectMany(o => o.Casualties), c => c is { Side: CasualtySide.Isis, Category: CasualtyCategory.Killed, Count: 4 });
        // The fighters who killed the attackers are the forces when the statement goes on to their wounded.
        Assert.Contains(ops.SelectMany(o => o.Casualties), c => c is { Side: CasualtySide.Security, Category: CasualtyCategory.Wounded, Count: 3 });
    }

    [Fact]
    public void A_day_set_off_between_the_verb_and_its_object_does_not_part_them()
    {
        var op = Assert.Single(Extractor.Extract(
            "اعتقلت قوة من جهاز الأمن الوطني، مساء أمس الأحد، ما يسمى والي الجزيرة في قضاء هيت.",
            Published).Operations);
        var arrested = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Isis, CasualtyCategory.Arrested, 1), (arrested.Side, arrested.Category, arrested.Count));
    }

    [Fact]
    public void A_first_sentence_ended_by_a_full_stop_is_the_lead_not_a_headline_and_keeps_its_figure()
    {
        // A copy that dropped its headline starts with the lead: a later restatement does not take the figure from it.
        const string lead = "قتلت قوة من الجيش، أمس الأحد، ثلاثة إرهابيين في كمين قرب قضاء حديثة غربي الأنبار.";
        var op = Assert.Single(Extractor.Extract(
            lead + "\nوقال مصدر عسكري إن ثلاثة إرهابيين قتلوا وإن القوة لم تتكبد أي خسائر.", Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.True(killed.Evidence.End <= lead.Length, "the figure's evidence is the lead's");
    }

    [Theory]
    [InlineData("أسفر تفجير انتحاري استهدف مجلس عزاء في ناحية جلولاء عن سقوط 12 قتيلا و30 جريحا.", CasualtySide.Civilian)]
    [InlineData("ارتفعت حصيلة ضحايا انفجار السيارة المفخخة لداعش في سوق شعبي بقضاء بلد إلى 9 قتلى و17 جريحا.", CasualtySide.Civilian)]
    [InlineData("أسفر هجوم لداعش على سيطرة للجيش قرب ناحية جلولاء عن سقوط 3 قتلى و4 جرحى.", CasualtySide.Security)]
    public void The_dead_an_attack_counts_by_category_alone_are_civilians_where_it_hit_a_place_people_gather(string sentence, CasualtySide side)
    {
        var casualties = Extractor.Extract(sentence, Published).Operations.SelectMany(o => o.Casualties).ToList();
        Assert.Equal(2, casualties.Count);
        Assert.All(casualties, c => Assert.Equal(side, c.Side));
    }

    [Theory]
    [InlineData("ألقت مفارز وكالة الاستخبارات القبض على خمسة متهمين بالإرهاب في الرمادي، وثلاثة في كركوك، واثنين في بعقوبة.")]
    [InlineData("أعلنت وزارة الداخلية القبض على 10 متهمين بالإرهاب، ستة منهم في الرمادي، وثلاثة في كركوك، وواحد في بعقوبة.")]
    public void Counts_that_leave_out_the_verb_and_noun_they_repeat_are_the_same_people_in_each_place(string sentence)
    {
        var ops = Extractor.Extract(sentence, Published).Operations;
        var byProvince = ops.Where(o => o.Arrested is not null).ToDictionary(o => o.Province!, o => o.Arrested!.Value);
        Assert.Equal(3, byProvince.Count);
        Assert.Equal((3, 10), (byProvince["IQ-KI"], byProvince.Values.Sum()));
    }
}
