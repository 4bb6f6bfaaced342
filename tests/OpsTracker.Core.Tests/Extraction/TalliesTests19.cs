using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The tally reader (helper tallies19, session 19; every sentence here is INVENTED). The items of a statement's list
/// are the statement's however long the list runs; a tally counts many, and one man killed or taken that a statement
/// names is an operation it tells.
/// </summary>
public class TalliesTests19
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2024, 3, 10));

    [Theory]
    [InlineData("وقالت قيادة العمليات المشتركة إن قواتها نفذت خلال عام 2023 ما مجموعه 900 عملية.\n"
        + "وأضافت أن العمليات أسفرت عن النتائج التالية:\n"
        + "- قتل 210 إرهابيين.\n"
        + "- ضبط 40 صاروخا.\n"
        + "- العثور على 300 قذيفة.\n"
        + "- تفكيك 85 عبوة.\n"
        + "- تدمير 160 وكرا ومضافة.\n", 210, 160)]
    [InlineData("وذكر بيان لوزارة الدفاع أن القطعات نفذت طوال العام الماضي 640 عملية تفتيش.\n"
        + "وبين البيان أن حصيلة تلك العمليات جاءت كالآتي:\n"
        + "- مقتل 95 عنصرا من داعش.\n"
        + "- العثور على 70 عبوة ناسفة.\n"
        + "- ضبط 12 عجلة.\n"
        + "- إتلاف 500 لغم.\n"
        + "- تفجير 33 نفقا.\n", 95, 33)]
    public void The_items_of_a_statements_list_are_its_however_long_the_list_runs(string text, int killed, int hideouts)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(hideouts, tally.HideoutsDestroyed);
        Assert.DoesNotContain(result.Operations, o => o.HideoutsDestroyed == hideouts);
    }

    [Theory]
    [InlineData("وأوضح المتحدث أن جهاز مكافحة الإرهاب اعتقل 420 إرهابيا خلال عام 2023، وشملت عملياته قتل الإرهابي المكنى أبو هاجر في قضاء الحويجة.", 420)]
    [InlineData("وكشف الناطق باسم وزارة الداخلية أن قواتها اعتقلت 75 متهما بالإرهاب طيلة العام الماضي، فضلا عن قتل الإرهابي الملقب أبو سفيان قرب بيجي.", 75)]
    public void One_man_killed_that_a_tally_names_is_an_operation_not_a_figure_of_the_tally(string text, int arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Null(tally.Killed);
        Assert.Contains(result.Operations, o => o.Killed == 1);
    }

    [Theory]
    [InlineData("وأكد قائد عمليات الأنبار أن قواته قتلت 64 إرهابيا بعد خمسة أيام من بدء الحملة العسكرية لتطهير الصحراء.", 64)]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل 48 عنصرا من داعش خلال أسبوعين من انطلاق العمليات في جبال حمرين.", 48)]
    public void A_count_over_days_from_a_campaigns_launch_is_its_tally_whatever_its_size(string text, int killed)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.DoesNotContain(result.Operations, o => o.Killed == killed);
    }

    [Theory]
    [InlineData("أكدت وزارة الدفاع أن قطعاتها منذ شروعها بعمليات التطهير قتلت 57 عنصرا من داعش.", 57)]
    [InlineData("وأوضح المتحدث باسم وزارة الدفاع أن القوات منذ الشروع بالحملة اعتقلت 33 مطلوبا بتهم إرهابية.", 33)]
    public void Since_the_forces_began_opens_a_tally_as_since_the_launch_does(string text, int count)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(count, tally.Killed ?? tally.Arrested);
        Assert.DoesNotContain(result.Operations, o => o.Killed == count || o.Arrested == count);
    }

    [Theory]
    [InlineData("وقال المتحدث باسم وزارة الدفاع إن القطعات قتلت خلال عام 2023 ما يزيد على 700 إرهابي وأكثر من 30 انتحاريا.", 700)]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل نحو 450 إرهابيا وأكثر من 25 قناصا منذ مطلع العام الجاري.", 450)]
    public void A_hedged_count_joined_to_a_tallys_dead_names_a_group_of_them_and_adds_nothing(string text, int killed)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
    }

    [Theory]
    [InlineData("وأوضح المتحدث باسم قيادة العمليات المشتركة أن القوات اعتقلت 310 إرهابيين خلال عام 2023، ونجحت في قتل الإرهابي الملقب أبو زيد، الذي كان يتولى إمرة القاطع، مع مجموعة من عناصره.", 310)]
    [InlineData("وبين الناطق باسم وزارة الداخلية أن مفارزها اعتقلت 90 متهما بالإرهاب طيلة العام الماضي، كما قتلت الإرهابي المكنى أبو سعد مع بعض أتباعه.", 90)]
    public void One_mans_fate_shared_with_uncounted_companions_counts_nobody(string text, int arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Null(tally.Killed);
        Assert.DoesNotContain(result.Operations, o => o.Killed is not null);
    }

    [Theory]
    [InlineData("أعلن قائد عمليات الجزيرة مقتل 45 عنصرا من داعش في عمليات التفتيش، بين 12 كانون الثاني و30 كانون الثاني.", 45)]
    [InlineData("وذكرت قيادة عمليات سامراء أن قطعاتها قتلت 27 إرهابيا في مطاردة الخلايا النائمة من 3 شباط إلى 25 شباط.", 27)]
    public void Figures_told_between_two_dated_days_a_week_or_more_apart_are_a_tally(string text, int killed)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.NotNull(tally.PeriodStart);
        Assert.DoesNotContain(result.Operations, o => o.Killed == killed);
    }

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة حصيلة عمليات شهر آب الماضي.\nوذكرت القيادة في بيان لها اليوم الأحد، أنه تم قتل 34 إرهابيا وتدمير 19 مضافة.", 34, 19)]
    [InlineData("كشفت وزارة الدفاع حصيلة عملياتها خلال عام 2023.\nوقال المتحدث باسم الوزارة أمس، إنها قتلت 120 إرهابيا ونسفت 46 وكرا.", 120, 46)]
    public void The_day_a_statement_was_made_does_not_stop_it_going_on_with_its_tally(string text, int killed, int hideouts)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(hideouts, tally.HideoutsDestroyed);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("وأوضح المتحدث أن جهاز الأمن الوطني نفذ 5 أو 6 عمليات نوعية خلال عام 2023 واعتقل 230 إرهابيا.", 230)]
    [InlineData("وقال الناطق باسم وزارة الداخلية إن مفارزها نفذت طيلة العام الماضي 7 او 8 عمليات كبرى، واعتقلت 140 مطلوبا بتهم إرهابية.", 140)]
    public void A_count_offered_as_one_of_two_is_no_tally_figure(string text, int arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Null(tally.Operations);
    }

    [Theory]
    [InlineData("وقال متحدث باسم قيادة شرطة نينوى إن \"30 مدنيا قتلوا بهجمات التنظيم خلال الأشهر الثلاثة الماضية\"، وتابع:\n\"في المقابل، قتلت القوات الأمنية 140 إرهابيا واعتقلت 60 آخرين\".", 140, 60)]
    [InlineData("أكدت مديرية شرطة الأنبار أن 12 جنديا استشهدوا في هجمات إرهابية منذ مطلع العام الجاري.\nوأضافت أن القطعات قتلت بالمقابل 75 عنصرا من داعش واعتقلت 20 مطلوبا.", 75, 20)]
    public void An_authoritys_victims_over_a_period_open_the_statement_whose_next_sentence_counts_isis(string text, int killed, int arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(arrested, tally.Arrested);
        Assert.DoesNotContain(result.Operations, o => o.Killed == killed);
    }

    [Theory]
    [InlineData("أعلنت وزارة الدفاع مقتل 12 مسلحا من التنظيم في عمليات أمنية متفرقة خلال أسبوع واحد.", 12, null)]
    [InlineData("كشفت قيادة العمليات المشتركة عن اعتقال 40 مطلوبا بعمليات منفصلة خلال الأسبوعين الماضيين.", null, 40)]
    public void Figures_summed_over_scattered_operations_in_a_week_or_more_are_a_tally(string text, int? killed, int? arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("مقتل 5 إرهابيين في ثلاث عمليات منفصلة خلال الساعات الـ24 الماضية.")]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل 4 عناصر من داعش بعمليات متفرقة خلال اليومين الماضيين.")]
    public void Figures_over_scattered_operations_of_hours_or_a_couple_of_days_are_no_tally(string text)
    {
        var result = Read(text);
        Assert.Empty(result.Tallies);
    }

    [Theory]
    [InlineData("وقالت قيادة العمليات المشتركة إن قواتها قتلت 16 إرهابيا ودمرت 9 أوكار من 3 إلى 12 شباط.", 16)]
    [InlineData("أعلنت وزارة الدفاع مقتل 52 عنصرا من داعش من 1 حتى 20 شباط.", 52)]
    public void Figures_over_a_range_of_days_of_a_week_or_more_are_a_tally(string text, int killed)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.DoesNotContain(result.Operations, o => o.Killed == killed);
    }

    [Theory]
    [InlineData("أعلنت وزارة الدفاع مقتل 20 إرهابيا خلال عام 2023.\nوفي سياق متصل تم اعتقال 35 مطلوبا خلال الفترة ذاتها.", 20, 35)]
    [InlineData("كشفت قيادة العمليات المشتركة عن مقتل 14 إرهابيا طوال عام 2023.\nولفتت القيادة إلى اعتقال 26 متهما بالإرهاب.", 14, 26)]
    public void The_same_period_or_a_speaker_pointing_out_goes_on_with_the_tally(string text, int killed, int arrested)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(killed, tally.Killed);
        Assert.Equal(arrested, tally.Arrested);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("وأوضح جهاز مكافحة الإرهاب أن عدد ضرباته الجوية خلال عام 2023 بلغ 60 ضربة، بينما بلغ عدد “أوكار داعش” المدمرة، 75 “وكرا”.", 75)]
    [InlineData("وذكرت وزارة الدفاع أن قطعاتها اعتقلت 90 إرهابيا طوال العام الماضي، فيما بلغ عدد الأنفاق المدمرة، 130 نفقا.", 130)]
    public void A_comma_may_set_a_statistics_subject_off_from_its_count(string text, int hideouts)
    {
        var result = Read(text);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(hideouts, tally.HideoutsDestroyed);
    }
}
