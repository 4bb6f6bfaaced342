using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where and when an operation happened, read from the structure of a report rather than from one report's words
/// (helper where14, learned from the date and province misses of the tuning reports; every sentence here is
/// INVENTED). When: a background sentence whose announcing verb is plural ("كان مسؤولون قالوا، الخميس") does not
/// date the lead; a sentence that opens by stepping back ("وفي وقت سابق من الخميس") tells an earlier thing, not the
/// lead's day; an operation done "قبل ساعات" keeps the publication day; a month with its year that holds the
/// publication day ("اليوم الأحد (التاسع متن تموز 2017)") restates the day and does not displace it; "أول من أمس" is
/// the day before yesterday; a day named inside a statement's quoted words ('"إن قوة أصابت صباح اليوم ثلاثة"') is
/// the day it was done, not an announcement's for the sentences after to correct; the day of an official's statement
/// ("وقال مسؤول في تصريح أمس إن") yields to the earlier day the sentence before gave the event it counts; a relative
/// day inside a statement's quoted words ("قولها في بيان: ... قبل يومين") counts from the day of the statement; a lead
/// that counts two strikes or more keeps its day when later sentences date each strike. Where: an
/// operation told only by its launch ("انطلقت عمليات عسكرية واسعة في ناحية جرف الصخر") is an operation at its town,
/// told once however often the report retells it; "منذ انطلاق"، "مع بدء" and a background launch are not; a town
/// liberated ("تحرير ناحية القيارة جنوب الموصل من سيطرة داعش") is a clash there, areas liberated are not; a wire's
/// dateline after a page's own name and a bar ("أخبار اليوم | بغداد – العراق – (رويترز)") is no place of the news;
/// a statement that goes on in the next sentence ("وأضاف أن الهجوم وقع في قرية تابعة لناحية أبوغريب") places an
/// operation its own sentence did not place, rather than the sentence before it (not a background "وكان"); right
/// after its division noun a district's name with the article added or dropped ("لقضاء الداقوق") is the district;
/// "شنت هجوما" is an attack as "شن هجوما" is.
/// </summary>
public class WhereAndWhenTests
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractedOperation Counted(string text, DateOnly published) =>
        Assert.Single(Extractor.Extract(text, published).Operations, o => o.Casualties.Count > 0);

    [Fact]
    public void A_background_statement_with_a_plural_verb_does_not_date_the_lead()
    {
        var op = Counted(
            "أعلن الجيش مقتل 14 مسلحا من داعش في معارك قرب قضاء الحضر.\n"
            + "وأكد الجيش، الجمعة، استعادة السيطرة على قرية الزهيرات.\n"
            + "كان مسؤولون أمريكيون قالوا، الخميس، إن الهجوم سيتأخر.",
            new DateOnly(2017, 7, 7));
        Assert.Equal(14, op.Killed);
        Assert.Equal(new DateOnly(2017, 7, 7), op.Date);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void A_sentence_opened_as_earlier_does_not_give_the_lead_its_day()
    {
        var op = Counted(
            "أعلنت القيادة اليوم مقتل 5 إرهابيين بضربة جوية في وادي حوران.\n"
            + "وفي وقت سابق من الخميس الماضي، قال محافظ الأنبار إن التنظيم انهار في المنطقة.",
            new DateOnly(2017, 11, 13));
        Assert.Equal(5, op.Killed);
        Assert.Equal(new DateOnly(2017, 11, 13), op.Date);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void An_operation_done_hours_ago_keeps_the_publication_day()
    {
        var op = Counted(
            "وقال المتحدث إن طيران التحالف وجه ضربة قبل ساعات أسفرت عن مقتل 9 عناصر من داعش في قضاء عنه.\n"
            + "وأعلن قائد العمليات، صباح السبت 11 نوفمبر، شروع القطعات بعملية واسعة لتحرير قضاء عنه.",
            new DateOnly(2017, 11, 13));
        Assert.Equal(9, op.Killed);
        Assert.Equal(new DateOnly(2017, 11, 13), op.Date);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void A_month_that_holds_the_publication_day_does_not_displace_today()
    {
        var op = Counted(
            "أفادت قيادة العمليات اليوم الأحد (التاسع متن تموز 2017) أن القطعات قتلت 12 إرهابياً قرب قضاء الحضر.",
            new DateOnly(2017, 7, 9));
        Assert.Equal(12, op.Killed);
        Assert.Equal(new DateOnly(2017, 7, 9), op.Date);
        Assert.Equal(DatePrecision.Day, op.DatePrecision);
    }

    [Fact]
    public void An_earlier_month_beside_today_is_still_the_operations()
    {
        var op = Counted(
            "أعلنت القيادة اليوم أن القطعات قتلت 12 إرهابياً في حزيران 2017 قرب قضاء الحضر.",
            new DateOnly(2017, 7, 9));
        Assert.Equal(new DateOnly(2017, 6, 1), op.Date);
        Assert.Equal(DatePrecision.Month, op.DatePrecision);
    }

    [Fact]
    public void An_operation_told_by_its_launch_is_a_search_at_its_town()
    {
        var op = Assert.Single(Extractor.Extract(
            "انطلقت صباح اليوم عمليات عسكرية واسعة في ناحية جرف الصخر لتطهيرها من داعش.",
            new DateOnly(2020, 3, 5)).Operations);
        Assert.Equal("IQ-BB", op.Province);
        Assert.Equal(OperationKind.Search, op.Kind);
        Assert.Equal(new DateOnly(2020, 3, 5), op.Date);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void A_launch_told_again_at_the_same_town_is_one_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "حملة أمنية واسعة في الحويجة\n"
            + "أعلنت قيادة الشرطة يوم السبت بدء حملة أمنية واسعة لملاحقة الخلايا في قضاء الحويجة.\n"
            + "وقال قائد الشرطة إن الحملة بدأت في قضاء الحويجة بمشاركة ثلاثة ألوية.",
            new DateOnly(2020, 3, 7)).Operations);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal(new DateOnly(2020, 3, 7), op.Date);
    }

    [Theory]
    [InlineData("ومنذ انطلاق العمليات في قضاء الحويجة لم تسجل أي خروقات أمنية.")]
    [InlineData("وكانت عملية تحرير قضاء تلعفر قد انطلقت فجر الأحد الماضي.")]
    [InlineData("ومع بدء عمليات تطهير قضاء الحويجة فر مئات المسلحين نحو الجبال.")]
    public void A_launch_named_as_a_time_or_as_background_is_no_operation(string text) =>
        Assert.Empty(Extractor.Extract(text, new DateOnly(2020, 3, 7)).Operations);

    [Fact]
    public void The_day_before_yesterday_written_with_min_is_two_days_back()
    {
        var op = Counted(
            "أفاد مصدر أمني بمقتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء طوزخورماتو أول من أمس.",
            new DateOnly(2018, 11, 4));
        Assert.Equal(3, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(new DateOnly(2018, 11, 2), op.Date);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_dateline_after_the_pages_name_and_a_bar_is_not_where_it_happened()
    {
        var op = Counted(
            "أخبار اليوم | بغداد – العراق – (رويترز)\n"
            + "قالت خلية الإعلام الأمني اليوم إن ضربة جوية قتلت ثلاثة من عناصر داعش.",
            new DateOnly(2017, 4, 1));
        Assert.Equal(3, op.Killed);
        Assert.Null(op.Province);
    }

    private const string AttackAfterAStrike =
        "قتلت القوات، أمس، ثلاثة انتحاريين بقصف جوي جنوبي الفلوجة.\n"
        + "وقال مصدر أمني إن انتحاريا فجر حزامه الناسف وسط حفل زفاف ما أدى إلى مقتل 6 أشخاص وإصابة 9 آخرين.\n";

    [Fact]
    public void The_next_sentence_of_the_statement_places_an_operation_its_own_sentence_did_not()
    {
        var result = Extractor.Extract(AttackAfterAStrike + "وأضاف أن الهجوم وقع في قرية زراعية تابعة لناحية أبوغريب.", new DateOnly(2016, 5, 9));
        var attack = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Civilian));
        Assert.Equal(6, Count(attack, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(9, Count(attack, CasualtySide.Civilian, CasualtyCategory.Wounded));
        Assert.Equal("IQ-BG", attack.Province);
        var strike = Assert.Single(result.Operations, o => o.Killed == 3);
        Assert.Equal("IQ-AN", strike.Province);
    }

    [Fact]
    public void A_background_sentence_after_it_does_not_place_it()
    {
        var result = Extractor.Extract(AttackAfterAStrike + "وكان الهجوم قد وقع في قرية زراعية تابعة لناحية أبوغريب.", new DateOnly(2016, 5, 9));
        var attack = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Civilian));
        Assert.Equal("IQ-AN", attack.Province); // inherited from the sentence before, as without the background sentence
    }

    [Fact]
    public void A_day_inside_the_quoted_statement_is_the_operations_own()
    {
        var result = Extractor.Extract(
            "هاجم مسلحون من داعش قرية في قضاء خانقين الليلة الماضية وقتلوا مدنيين اثنين.\n"
            + "وقال بيان للجيش \"إن قوة من الفرقة الخامسة أصابت صباح اليوم ثلاثة من المهاجمين قرب القرية\".\n"
            + "وأكد قائد العمليات صد الهجوم قرابة منتصف الليلة الماضية.",
            new DateOnly(2018, 5, 24));
        var attack = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Civilian));
        Assert.Equal(new DateOnly(2018, 5, 23), attack.Date);
        Assert.Equal("IQ-DI", attack.Province);
        var repelled = Assert.Single(result.Operations, o => o.Wounded == 3);
        Assert.Equal(new DateOnly(2018, 5, 24), repelled.Date);
    }

    [Fact]
    public void A_districts_name_with_the_article_added_after_its_division_noun_is_the_district()
    {
        var op = Counted("قتل مسلحون من داعش ثلاثة مدنيين في قرية تابعة لقضاء الداقوق.", new DateOnly(2021, 9, 2));
        Assert.Equal(3, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void A_districts_name_with_the_article_added_is_no_place_without_its_division_noun()
    {
        var op = Counted("قتل مسلحون من داعش ثلاثة مدنيين قرب الداقوق.", new DateOnly(2021, 9, 2));
        Assert.Null(op.Province);
    }

    [Fact]
    public void An_attack_launched_with_no_casualties_is_an_attack_at_its_district()
    {
        var op = Assert.Single(Extractor.Extract(
            "أفادت مصادر أمنية بأن عناصر من داعش شنت هجوما على نقطة للجيش في قرية تابعة لقضاء الداقوق دون وقوع إصابات.",
            new DateOnly(2021, 9, 2)).Operations);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void The_day_of_a_statement_yields_to_the_day_the_sentence_before_gave_the_event()
    {
        var op = Counted(
            "شن داعش مساء الخميس هجوما على مقر للشرطة في قضاء الدبس.\n"
            + "وقال مسؤول محلي في تصريح للصحفيين أمس إن \"الهجوم أسفر عن مقتل 3 من الشرطة وإصابة رابع\".",
            new DateOnly(2021, 2, 13));
        Assert.Equal(3, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(1, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
        Assert.Equal(new DateOnly(2021, 2, 11), op.Date);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void The_day_of_a_statement_stays_when_the_sentence_before_told_no_event()
    {
        var op = Counted(
            "زار وزير الداخلية مساء الخميس قضاء الدبس.\n"
            + "وقال مسؤول محلي في تصريح للصحفيين أمس إن \"هجوما لداعش أسفر عن مقتل 3 من الشرطة وإصابة رابع\".",
            new DateOnly(2021, 2, 13));
        Assert.Equal(new DateOnly(2021, 2, 12), op.Date);
    }

    [Fact]
    public void A_relative_day_in_quoted_words_counts_from_the_day_of_the_statement()
    {
        var result = Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة أمس مقتل 9 إرهابيين في محافظة الأنبار.\n"
            + "ونقلت وكالة الأنباء عن القيادة قولها في بيان: إن القطعات قتلت 6 إرهابيين في صحراء القائم قبل يومين.",
            new DateOnly(2020, 6, 10));
        Assert.Equal(new DateOnly(2020, 6, 9), Assert.Single(result.Operations, o => o.Killed == 9).Date);
        var quoted = Assert.Single(result.Operations, o => o.Killed == 6);
        Assert.Equal(new DateOnly(2020, 6, 7), quoted.Date);
        Assert.Equal("IQ-AN", quoted.Province);
    }

    [Theory]
    [InlineData("وقالت القيادة في بيان أصدرته أمس \"تمكنت قواتنا اليوم من قتل 4 إرهابيين في وادي حوران\".", 9)]
    [InlineData("وقالت القيادة \"تمكنت قواتنا اليوم من قتل 4 إرهابيين في وادي حوران\".", 10)]
    public void Today_in_quotation_marks_is_the_day_the_statement_was_made(string text, int day)
    {
        var op = Counted(text, new DateOnly(2020, 6, 10));
        Assert.Equal(4, op.Killed);
        Assert.Equal(new DateOnly(2020, 6, day), op.Date);
    }

    [Fact]
    public void A_town_liberated_from_isis_is_a_clash_there()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت القوات المشتركة تحرير ناحية القيارة جنوب الموصل من سيطرة داعش.",
            new DateOnly(2016, 8, 25)).Operations);
        Assert.Equal(OperationKind.Clash, op.Kind);
        Assert.Equal("IQ-NI", op.Province);
        Assert.Empty(op.Casualties);
    }

    [Theory]
    [InlineData("وأكد أن البيشمركة حررت مناطق واسعة من قبضة التنظيم في قضاء مخمور خلال العامين الماضيين.")]
    [InlineData("ومنذ تحرير ناحية القيارة من سيطرة داعش عادت مئات الأسر إليها.")]
    public void Areas_liberated_or_a_liberation_named_as_a_time_are_no_operation(string text) =>
        Assert.Empty(Extractor.Extract(text, new DateOnly(2016, 8, 25)).Operations);

    [Fact]
    public void A_lead_of_two_strikes_keeps_its_day_when_each_strike_is_dated_after_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت القيادة اليوم (السبت) تدمير وكرين لداعش بضربتين جويتين واعتقال قيادي بارز في إنزال جوي.\n"
            + "وأوضحت أن الضربة الأولى جرت يوم 12 من الشهر الجاري في وادي حوران.\n"
            + "ونفذت الضربة الثانية يوم 14 من الشهر الجاري على وكر في صحراء الرطبة.",
            new DateOnly(2025, 8, 16)).Operations);
        Assert.Equal(1, op.Arrested);
        Assert.Equal(2, op.HideoutsDestroyed);
        Assert.Equal(new DateOnly(2025, 8, 16), op.Date);
    }
}
