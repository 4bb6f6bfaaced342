using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of official tallies in 2014-2021 statements: how an authority gives its counts (under other nouns,
/// as "the number of ... reached N", as standing counts of one place), which counts are not ours (ISIS's own
/// operations, the strength it is thought to have, our forces' losses) and how counts are written ("ألف و80").
/// Every sentence here is invented.
/// </summary>
public class TallyConstructionTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 3, 14);

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة أن قطعاتها نفذت خلال الربع الأول من العام الحالي (211) عملية أسفرت عن قتل (36) ستة وثلاثين إرهابيا، وإلقاء القبض على (148) إرهابيا.")]
    [InlineData("أعلنت قيادة العمليات المشتركة أن قطعاتها نفذت خلال الربع الأول من العام الحالي 211 عملية أسفرت عن قتل ستة وثلاثين (36) إرهابيا، وإلقاء القبض على 148 إرهابيا.")]
    public void A_count_in_digits_and_again_in_words_is_one_count(string text)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal((211, 36, 148), (tally.Operations, tally.Killed, tally.Arrested));
    }

    [Fact]
    public void A_statement_told_again_adds_every_kind_of_its_hideouts_to_the_headlines_tally()
    {
        var tally = Assert.Single(Extractor.Extract(
            "عمليات نينوى: مقتل أكثر من 900 إرهابي خلال 2019\n"
            + "أعلنت قيادة عمليات نينوى حصيلة عملياتها خلال عام 2019، مؤكدة مقتل أكثر من 900 إرهابي واعتقال 310 مطلوبين.\n"
            + "وقال قائد العمليات إن قطعات القيادة نفذت خلال العام الماضي عمليات أسفرت عن قتل أكثر من 900 إرهابي، واعتقال 310 مطلوبين، وتدمير 240 وكرا ومضافة و60 نفقا.",
            Published).Tallies);
        Assert.Equal((900, 310, 300), (tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
    }

    [Theory]
    [InlineData("✅")]
    [InlineData("🔹")]
    [InlineData("-")]
    public void A_posts_heading_with_its_period_over_a_bulleted_list_is_the_tally_of_that_period(string bullet)
    {
        var tally = Assert.Single(Extractor.Extract(
            "#قيادة_العمليات_المشتركة\n"
            + "📊 حصاد العمليات الأمنية لشهر تشرين الثاني 2020\n"
            + bullet + " تنفيذ (163) عملية أمنية واستباقية في عموم المحافظات\n"
            + bullet + " مقتل (12) إرهابيا بينهم (2) من القيادات\n"
            + bullet + " إلقاء القبض على (57) إرهابيا\n"
            + bullet + " تدمير (28) وكرا ومضافة\n",
            Published).Tallies);
        Assert.Equal((163, 12, 57, 28), (tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
    }

    [Fact]
    public void A_headings_list_is_its_tally_when_the_heading_names_only_the_forces_at_large()
    {
        var result = Extractor.Extract(
            "حصيلة عمليات القوات الأمنية ضد بقايا داعش خلال عام 2020\n"
            + "▪️ تنفيذ 980 عملية استباقية\n"
            + "▪️ مقتل 140 إرهابيا\n"
            + "▪️ اعتقال 870 إرهابيا\n"
            + "▪️ تدمير 410 أوكار ومضافات\n",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((980, 140, 870, 410), (tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Items_numbered_at_their_lines_start_go_on_with_the_statements_tally()
    {
        var result = Extractor.Extract(
            "قيادة العمليات المشتركة تعلن حصيلة عمليات القطعات الأمنية خلال شهر تشرين الثاني 2020\n"
            + "نفذت القطعات الأمنية خلال شهر تشرين الثاني الماضي عمليات نوعية أسفرت عن الآتي:\n"
            + "1- تنفيذ (163) عملية أمنية واستباقية.\n"
            + "2- قتل (12) إرهابيا، بينهم (2) من القيادات.\n"
            + "3- القبض على (57) متهما وفق أحكام المادة 4 إرهاب.\n"
            + "4- تدمير (28) وكرا ومضافة.\n",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((163, 12, 57, 28), (tally.Operations, tally.Killed, tally.Arrested, tally.HideoutsDestroyed));
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void A_rate_a_day_is_no_count_of_operations()
    {
        var tally = Assert.Single(Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة أن قطعاتها نفذت خلال شهر شباط الماضي 143 عملية استباقية، بمعدل خمس عمليات يوميا، أسفرت عن قتل 19 إرهابيا.",
            Published).Tallies);
        Assert.Equal((143, 19), (tally.Operations, tally.Killed));
    }

    [Fact]
    public void Killed_or_captured_together_is_a_count_of_neither()
    {
        var tally = Assert.Single(Extractor.Extract(
            "قالت القيادة المركزية الأمريكية إن قواتها نفذت مع القوات العراقية 59 عملية ضد داعش في العراق خلال النصف الثاني من عام 2020، أسفرت عن قتل أو اعتقال 44 من عناصر التنظيم.",
            Published).Tallies);
        Assert.Equal(59, tally.Operations);
        Assert.Null(tally.Killed);
        Assert.Null(tally.Arrested);
    }

    [Fact]
    public void A_weeks_highlights_numbered_with_their_days_are_operations_not_tallies_from_the_items_number()
    {
        var result = Extractor.Extract(
            "حصاد عمليات الجهاز للأسبوع الماضي (8 - 14 آذار 2021)\n"
            + "نفذ جهاز مكافحة الإرهاب خلال الأسبوع الماضي (12) عملية أسفرت عن قتل (4) إرهابيين والقبض على (7) آخرين.\n"
            + "وفيما يلي أبرز العمليات:\n"
            + "1- الاثنين 8/3: قوة من الجهاز تنفذ إنزالا جويا في وادي الشاي جنوب غربي كركوك وتقتل إرهابيين اثنين.\n"
            + "2- الخميس 11/3: القبض على ثلاثة إرهابيين في قضاء الحضر جنوبي الموصل.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((12, 4, 7), (tally.Operations, tally.Killed, tally.Arrested));
        Assert.Equal(["IQ-KI killed 2", "IQ-NI arrested 3"],
            result.Operations.Select(o => $"{o.Province} " + string.Join(',', o.Casualties.Select(c => $"{c.Category.ToString().ToLowerInvariant()} {c.Count}"))));
    }

    [Theory]
    [InlineData("أعلنت وزارة الدفاع أن قطعاتها قتلت 3 آلاف و145 إرهابيا خلال عام 2016.", 3145)]
    [InlineData("أعلنت وزارة الدفاع أن قطعاتها قتلت ألف و80 إرهابيا خلال عام 2016.", 1080)]
    [InlineData("أعلنت وزارة الدفاع أن قطعاتها قتلت ألفا و 80 إرهابيا خلال عام 2016.", 1080)]
    public void Thousands_and_digits_joined_by_and_are_one_count(string text, int killed)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(killed, tally.Killed);
    }

    [Theory]
    [InlineData("أعلن جهاز مكافحة الإرهاب في بيان أنه نفذ 64 فعالية خلال شهر تشرين الأول الماضي، أسفرت عن اعتقال 38 إرهابيا.", 64, 38)]
    [InlineData("ذكرت قيادة العمليات المشتركة أن قطعاتها أنجزت 212 فعالية أمنية خلال عام 2020 أسفرت عن القبض على 91 مطلوبا.", 212, 91)]
    public void Operations_counted_as_activities_are_the_tallys_operations(string text, int operations, int arrested)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((operations, arrested), (tally.Operations, tally.Arrested));
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("قال مسؤول في وزارة الداخلية إن تنظيم داعش نفذ 213 عملية إرهابية خلال عام 2019 في عموم البلاد.", 213)]
    [InlineData("أكدت وزارة البيشمركة أن التنظيم شن 87 عملية خلال عام 2018 في المناطق المتنازع عليها.", 87)]
    [InlineData("وبحسب إحصائية لخلية الإعلام الأمني فإن المسلحين نفذوا 45 عملية انتحارية خلال النصف الأول من عام 2017.", 45)]
    public void Operations_the_organisation_carried_out_are_its_attacks(string text, int attacks)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(attacks, tally.IsisAttacks);
        Assert.Null(tally.Operations);
    }

    [Fact]
    public void Our_operations_and_the_organisations_told_side_by_side_keep_their_own_fields()
    {
        var tally = Assert.Single(Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة أن قطعاتها نفذت 140 عملية ضد عصابات داعش خلال عام 2020، في حين نفذ التنظيم 97 عملية إرهابية خلال العام ذاته.",
            Published).Tallies);
        Assert.Equal((140, 97), (tally.Operations, tally.IsisAttacks));
    }

    [Fact]
    public void Attacks_that_were_foiled_are_no_field_of_the_tally()
    {
        var result = Extractor.Extract(
            "أعلنت وزارة الداخلية أن قواتها أحبطت 33 عملية إرهابية واعتقلت 410 مطلوبين خلال عام 2019.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(410, tally.Arrested);
        Assert.Null(tally.IsisAttacks);
        Assert.Null(tally.Operations);
    }

    [Theory]
    [InlineData("أكد قائد عمليات الجزيرة أن قرابة 37 مسلحا من داعش قد قتلوا منذ مطلع العام، متوقعا وجود نحو 600 عنصر للتنظيم في الصحراء حاليا.")]
    [InlineData("أكد قائد عمليات الجزيرة أن قرابة 37 مسلحا من داعش قد قتلوا منذ مطلع العام، مرجحا تواجد قرابة 3 آلاف عنصر للتنظيم داخل الصحراء.")]
    public void The_strength_the_organisation_is_thought_to_have_is_no_count_of_its_dead(string text)
    {
        var result = Extractor.Extract(text, Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(37, tally.Killed);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Our_forces_losses_over_years_are_neither_a_tally_nor_an_operation()
    {
        var result = Extractor.Extract(
            "وقال المتحدث باسم وزارة البيشمركة إن خسائر قوات البيشمركة منذ عام 2014 وصلت إلى ألف و950 قتيلا ونحو 8 آلاف و12 جريحا.\n",
            new DateOnly(2019, 3, 2));
        Assert.DoesNotContain(result.Tallies, t => t.Killed is not null);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("نشرت وزارة الداخلية إحصائية لنتائج عملياتها خلال عام 2019.")]
    [InlineData("نشرت وكالة الأنباء العراقية الرسمية إحصائية لنتائج العمليات الأمنية خلال عام 2019.")]
    public void Counts_given_as_the_number_of_people_reaching_a_figure_are_the_tallys(string statement)
    {
        var result = Extractor.Extract(
            statement + "\n"
            + "وأوضحت الإحصائية أن عدد الإرهابيين الذين ألقي القبض عليهم بلغ 318، وعدد الذين قتلوا في العمليات الأمنية بلغ 146.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((146, 318), (tally.Killed, tally.Arrested));
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("أعلنت وزارة الداخلية نتائج عملياتها خلال عام 2019، وبلغ عدد الإرهابيين المعتقلين 318، فيما بلغ عدد القتلى من عناصر داعش 146.", null, null, 146, 318)]
    [InlineData("أعلنت وزارة الداخلية نتائج عملياتها خلال عام 2019، وأوضحت أن عدد العمليات التي نفذتها قطعاتها بلغ 412، وعدد الهجمات الإرهابية التي تعرضت لها بلغ 75.", 412, 75, null, null)]
    [InlineData("أعلنت وزارة الداخلية أن عدد الإرهابيين المعتقلين خلال عام 2019 بلغ 318.", null, null, null, 318)]
    public void The_number_of_operations_attacks_or_people_reaching_a_figure_in_either_order_is_read(string text, int? operations, int? attacks, int? killed, int? arrested)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal((operations, attacks, killed, arrested), (tally.Operations, tally.IsisAttacks, tally.Killed, tally.Arrested));
    }

    [Theory]
    [InlineData("وقال مصدر في وزارة الصحة إن عدد المدنيين الذين قتلوا في تفجير السوق بلغ 12.")]
    [InlineData("وبحسب إحصائية لوزارة البيشمركة خلال عام 2016 فإن عدد المقاتلين الذين قتلوا في صفوفها بلغ 210.")]
    public void The_number_reached_of_people_not_named_as_isis_is_no_isis_count(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Tallies, t => t.Killed is not null);
        Assert.DoesNotContain(result.Operations.SelectMany(o => o.Casualties), c => c.Side == CasualtySide.Isis);
    }

    [Fact]
    public void A_standing_count_of_one_province_in_the_same_statement_is_a_tally_of_that_province()
    {
        var result = Extractor.Extract(
            "وقال مسؤول في حكومة إقليم كردستان إن قوات الأسايش اعتقلت نحو 1200 شخص ينتمون لداعش منذ عام 2015 ولغاية عام 2018.\n"
            + "وأضاف أن هناك 270 شخصا اعتقلوا في محافظة دهوك وأحيلوا إلى القضاء بعد تحرير سنجار في 13 تشرين الثاني.",
            Published);
        Assert.Equal(new int?[] { 1200, 270 }, result.Tallies.Select(t => t.Arrested).ToArray());
        Assert.Equal("IQ-DA", result.Tallies[1].Scope);
        Assert.DoesNotContain(result.Operations, o => o.Arrested == 270);
    }

    [Fact]
    public void A_standing_count_of_another_field_is_not_added_to_the_countrywide_tally()
    {
        var result = Extractor.Extract(
            "وقال مسؤول في حكومة إقليم كردستان إن قوات الأسايش اعتقلت نحو 1200 شخص ينتمون لداعش منذ عام 2015 ولغاية عام 2018.\n"
            + "وأضاف أن هناك 90 مسلحا قتلوا في محافظة دهوك خلال مواجهات مع القوات الأمنية.",
            Published);
        Assert.Equal(2, result.Tallies.Count);
        Assert.Equal((1200, (int?)null), (result.Tallies[0].Arrested, result.Tallies[0].Killed));
        Assert.Equal((90, "IQ-DA"), (result.Tallies[1].Killed, result.Tallies[1].Scope));
    }

    [Theory]
    [InlineData("وقال مسؤول في حكومة إقليم كردستان في مؤتمر صحافي بأربيل إن قوات الأسايش اعتقلت نحو 1200 شخص ينتمون لداعش منذ عام 2015 ولغاية عام 2018.", "IQ")]
    [InlineData("وقال مسؤول في حكومة إقليم كردستان خلال منتدى السليمانية الأمني إن قوات الأسايش اعتقلت نحو 1200 شخص ينتمون لداعش منذ عام 2015 ولغاية عام 2018.", "IQ")]
    [InlineData("وقال مسؤول في حكومة إقليم كردستان إن قوات الأسايش اعتقلت نحو 1200 شخص ينتمون لداعش في محافظة أربيل منذ عام 2015 ولغاية عام 2018.", "IQ-AR")]
    public void The_place_a_statement_was_made_in_is_not_the_tallys_scope(string text, string scope)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal((1200, scope), (tally.Arrested, tally.Scope));
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة ارتفاع حصيلة قتلى داعش إلى 610 قتلى منذ انطلاق عمليات تحرير تلعفر.", "IQ-NI")]
    [InlineData("وقال المتحدث باسم وزارة الداخلية إن أكثر من 700 إرهابي قتلوا بالمحور الشرقي للرمادي منذ بدء المعارك.", "IQ-AN")]
    public void A_battles_running_tally_counts_the_province_of_its_town(string text, string scope)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(scope, tally.Scope);
    }

    [Fact]
    public void A_tally_announced_for_a_week_takes_the_list_told_after_it()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة القوات البرية حصيلة عملياتها للفترة من 4 – 10 آذار 2021.\n"
            + "وأشار البيان إلى: ضبط 120 عبوة ناسفة، والعثور على 17 مضافة، وتدمير 6 أنفاق.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(6, tally.HideoutsDestroyed);
        Assert.Equal((new DateOnly(2021, 3, 4), new DateOnly(2021, 3, 10)), (tally.PeriodStart, tally.PeriodEnd));
        Assert.DoesNotContain(result.Operations, o => o.HideoutsDestroyed is not null);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة حصيلة عملياتها خلال عام 2020، إذ قتلت القوات 120 إرهابيا واعتقلت 850 آخرين في عموم البلاد، كان أغلبهم في محافظة كركوك.", "IQ")]
    [InlineData("قالت وزارة الداخلية إن قواتها اعتقلت 850 إرهابيا وقتلت 120 خلال عام 2020 في مختلف المحافظات، أبرزها نينوى.", "IQ")]
    [InlineData("أعلنت قيادة شرطة محافظة ديالى حصيلة عملياتها خلال عام 2020: مقتل 120 إرهابيا واعتقال 850 آخرين.", "IQ-DI")]
    public void A_tally_for_the_whole_country_is_not_scoped_to_the_province_it_goes_on_to_name(string text, string scope)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal((120, 850, scope), (tally.Killed, tally.Arrested, tally.Scope));
        Assert.Equal(scope == "IQ" ? 0 : 1, tally.ScopeProvinces.Count);
    }

    [Fact]
    public void The_dead_reported_as_found_are_counted()
    {
        var op = Assert.Single(Extractor.Extract(
            "أفاد مصدر أمني بوجود 4 قتلى من عناصر داعش بعد اشتباك مع قوة من الجيش قرب قضاء الحويجة.", Published).Operations);
        Assert.Equal(4, op.Killed);
    }
}
