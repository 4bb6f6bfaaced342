using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Numbers about ISIS in 2018-2025 reports that are no operation and no tally: people released or handed over,
/// the kin of old victims, remains, honours and compensation, rewards for information, a convict's part in a past
/// crime, convicts hanged by the state, anniversaries of old attacks (lexicon <c>nonEventObjects</c>,
/// <c>judicialExecutions</c>, <c>anniversaries</c>; <c>NonEvents</c>). Each is read from the word that
/// governs the count, so a true operation told beside them keeps its figures. Found by invented probe reports in the
/// house styles of INA, Shafaq, Alsumaria, Rudaw, Kurdistan24 and the Supreme Judicial Council; every sentence here
/// is invented.
/// </summary>
public class NotOperationsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 4, 15);

    [Theory]
    // released
    [InlineData("أفرجت محكمة تحقيق الكرخ عن 35 موقوفا بعد ثبوت عدم انتمائهم لداعش.")]
    [InlineData("أفرجت السلطات الأمنية، اليوم الاثنين، عن 22 معتقلا من أهالي قضاء الحويجة.")]
    [InlineData("وقرر القاضي إطلاق سراح 18 متهما لعدم كفاية الأدلة.")]
    [InlineData("وأخلت محكمة تحقيق بعقوبة، الأحد، سبيل 27 موقوفا لعدم كفاية الأدلة.")]
    // tried
    [InlineData("وتبدأ الأسبوع المقبل محاكمة 19 متهما من عناصر داعش بقتل مدنيين في قضاء الحضر.")]
    // handed over
    [InlineData("تسلمت الحكومة العراقية 75 معتقلا من عناصر داعش من قوات سوريا الديمقراطية.")]
    [InlineData("العراق يتسلم 90 إرهابيا من سجون شمال شرقي سوريا.")]
    // the kin of old victims, remains, honours, compensation
    [InlineData("واستقبل المحافظ ذوي 40 شهيدا من ضحايا مجزرة سبايكر.")]
    [InlineData("وباشرت فرق الطب العدلي برفع رفات 60 ضحية من ضحايا داعش في قضاء سنجار.")]
    [InlineData("وجرى خلال الحفل تكريم 9 جرحى من منتسبي جهاز مكافحة الإرهاب.")]
    [InlineData("وأعلنت المحافظة صرف التعويضات لذوي 120 شهيدا من ضحايا الإرهاب، و45 جريحا.")]
    // information that would lead to an arrest; a part in a past crime
    [InlineData("ورصدت الحكومة مكافأة لمن يدلي بمعلومات تؤدي إلى اعتقال 7 من قادة داعش.")]
    [InlineData("وأدين المتهم بالمشاركة في قتل 14 جنديا في قضاء بيجي.")]
    [InlineData("وأصدرت المحكمة حكما بالإعدام بحق إرهابي شارك في قتل 11 منتسبا من الشرطة في الموصل.")]
    public void A_count_governed_by_a_word_that_tells_no_operation_gives_no_figure(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
        Assert.Empty(result.Tallies);
    }

    [Theory]
    [InlineData("أعدمت السلطات العراقية، اليوم، 13 إرهابيا مدانين بتفجيرات في سجن الناصرية.")]
    [InlineData("العراق يعدم 21 إرهابيا في سجن الحوت بالناصرية.")]
    [InlineData("وأشار إلى أن 45 إرهابيا من المعتقلين أعدموا منذ مطلع العام.")]
    public void Convicts_hanged_by_the_state_are_no_operation(string sentence)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void Civilians_executed_by_ISIS_stay_an_attack()
    {
        var op = Assert.Single(Extractor.Extract("أعدم عناصر داعش 12 مدنيا رميا بالرصاص في قرية قرب قضاء الحضر جنوب الموصل.", Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Civilian, CasualtyCategory.Killed, 12), (killed.Side, killed.Category, killed.Count));
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void The_victims_of_an_attack_an_anniversary_recalls_are_no_attack()
    {
        var result = Extractor.Extract(
            "وفي الذكرى السادسة لهجوم داعش على قرية في قضاء الدبس الذي أدى إلى مقتل 9 مدنيين، طالب الأهالي بمحاسبة الجناة.", Published);
        Assert.Empty(result.Operations.SelectMany(o => o.Casualties));
    }

    [Fact]
    public void An_attack_told_after_the_anniversary_comma_stays()
    {
        var op = Assert.Single(Extractor.Extract(
            "في الذكرى العاشرة لمجزرة سبايكر، قتل ثلاثة جنود بهجوم لداعش على نقطة للجيش في قضاء الطارمية.", Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed, 3), (killed.Side, killed.Category, killed.Count));
        Assert.Equal("IQ-BG", op.Province);
    }

    [Theory]
    [InlineData("وأفرجت السلطات عن 30 موقوفا، واعتقلت قوة أمنية خمسة إرهابيين في قضاء الحويجة.", 5)]
    [InlineData("وزار المحافظ ذوي 12 شهيدا، واعتقلت القوات 4 إرهابيين في قضاء الحويجة.", 4)]
    public void An_arrest_told_beside_the_released_or_the_kin_keeps_its_figure(string sentence, int arrested)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(arrested, op.Arrested);
        Assert.Null(op.Killed);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void Hideouts_destroyed_beside_an_honour_keep_their_count()
    {
        var op = Assert.Single(Extractor.Extract(
            "ودمرت القوات الأمنية وكرين لداعش، بعد تكريم 6 جرحى من منتسبيها، في جبال مكحول بمحافظة صلاح الدين.", Published).Operations);
        Assert.Equal(2, op.HideoutsDestroyed);
        Assert.Empty(op.Casualties);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Theory]
    [InlineData("واستقبل رئيس الوزراء أسر 25 شهيدا من ضحايا مجزرة سبايكر.")]
    [InlineData("وطالبت أمهات 30 شهيدا من ضحايا الصقلاوية بالكشف عن الجناة.")]
    [InlineData("وقررت اللجنة إعادة 60 معتقلا إلى سجن التاجي.")]
    [InlineData("وقال مصدر قضائي إن عدد المفرج عنهم بلغ 85 موقوفا منذ مطلع الشهر.")]
    public void Families_of_the_dead_and_detainees_moved_back_are_no_operation(string sentence)
    {
        Assert.Empty(Extractor.Extract(sentence, Published).Operations.SelectMany(o => o.Casualties));
    }

    [Theory]
    [InlineData("وأعلنت القوات الأمنية إعادة اعتقال 5 إرهابيين من الفارين من سجن بادوش في الموصل.", "IQ-NI")]
    [InlineData("وأسرت القوات 4 إرهابيين في جزيرة سامراء.", "IQ-SD")]
    public void A_re_arrest_and_a_capture_stay_arrests(string sentence, string province)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.NotNull(op.Arrested);
        Assert.Equal(province, op.Province);
    }

    // ---- the year of a past crime ------------------------------------------------------------------------------

    [Theory]
    [InlineData("اعتقلت قوة من الاستخبارات، اليوم، إرهابيا متورطا بتفجير سوق شعبي عام 2016 في قضاء الشرقاط.", 1)]
    [InlineData("اعتقلت القوات الأمنية، اليوم، إرهابيين اثنين شاركا في مجزرة سبايكر عام 2014 في قضاء تكريت.", 2)]
    [InlineData("اعتقلت القوات الأمنية، اليوم، إرهابيا شارك في قتل 12 جنديا عام 2015 في قضاء بيجي.", 1)]
    public void The_year_of_the_crime_the_arrested_took_part_in_makes_no_tally_and_no_history(string sentence, int arrested)
    {
        var result = Extractor.Extract(sentence, Published);
        Assert.Empty(result.Tallies);
        var op = Assert.Single(result.Operations);
        Assert.Equal(arrested, op.Arrested);
        Assert.Null(op.Killed);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void A_count_over_a_year_stays_a_tally()
    {
        var tally = Assert.Single(Extractor.Extract("وأعلنت قيادة العمليات المشتركة أن القوات الأمنية قتلت 64 إرهابيا خلال عام 2023.", Published).Tallies);
        Assert.Equal(64, tally.Killed);
    }

    [Fact]
    public void A_crime_told_with_its_year_in_a_court_story_is_still_history()
    {
        Assert.Empty(Extractor.Extract("وثبت للمحكمة اشتراك المدانين في قتل سبعة مدنيين عام 2014 في قضاء الشرقاط.", Published).Operations);
    }

    [Fact]
    public void An_operation_told_in_step_with_an_anniversary_stays()
    {
        var op = Assert.Single(Extractor.Extract(
            "وتزامنا مع ذكرى تحرير الموصل قتلت القوات الأمنية 3 إرهابيين في قضاء تلعفر.", Published).Operations);
        Assert.Equal(3, op.Killed);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void A_count_of_one_after_the_kin_is_no_second_object_of_theirs()
    {
        var op = Assert.Single(Extractor.Extract(
            "زار المحافظ ذوي 20 شهيدا من ضحايا سبايكر وقتل جندي واحد بهجوم لداعش في قضاء الطارمية.", Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed, 1), (killed.Side, killed.Category, killed.Count));
    }

    [Fact]
    public void A_soldier_killed_after_the_released_is_no_second_object_of_the_release()
    {
        var op = Assert.Single(Extractor.Extract(
            "أفرجت المحكمة عن 20 موقوفا، وقتل جندي بهجوم لداعش في قضاء الطارمية.", Published).Operations);
        var killed = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Security, CasualtyCategory.Killed, 1), (killed.Side, killed.Category, killed.Count));
    }
}
