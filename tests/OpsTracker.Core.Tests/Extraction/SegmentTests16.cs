using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where one operation ends and the next begins, and where it happened (helper segment16, session 16; every sentence
/// here is INVENTED). A verb whose subject is a new, indefinite force ("، واعتقلت قوة ثالثة ..."، "كما قتلت قوة من
/// الفرقة ...") opens another force's operation: the sentence is cut there, and a man it counts is not one of the count
/// before it. A linking word of another event ("ولاحقا"، "وفي حادث آخر"، "أما في X ف...") cuts a sentence as "وفي سياق آخر" does, so
/// victims of two provinces are never added. A headline stored as the page's last line is a headline: the lead keeps
/// the count, and a total of the operations told apart is no operation. The command that tells the news ("وذكرت قيادة
/// عمليات بغداد أن ...") does not place what it tells when the sentence names a place of its own; nor does a place
/// inside the description of a man the count names ("بينهم المدعو ...، أحد الأمراء السابقين في ..."). A background
/// sentence that tells the launch of the campaign ("وكانت القوات قد بدأت عملية ... قبل يومين") dates the launch, not
/// the operation the lead tells. A figure whose noun follows a demonstrative ("بتدمير هذين الوكرين") goes on telling
/// the operation before it, however many sentences lie between: one operation's results keep one date.
/// </summary>
public class SegmentTests16
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Fact]
    public void A_new_force_after_a_comma_opens_an_operation_of_its_own()
    {
        var ops = Extractor.Extract(
            "وتمكنت قوة من الشرطة الاتحادية من قتل 4 إرهابيين في قضاء الحويجة، وقتلت مفرزة ثالثة إرهابيين اثنين في وادي الذئاب.",
            new DateOnly(2019, 3, 2)).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Contains(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) == 4);
        Assert.Contains(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) == 2);
    }

    [Fact]
    public void A_man_killed_by_a_force_told_with_also_is_not_one_of_the_count_before()
    {
        var ops = Extractor.Extract(
            "قتلت قوات الجيش 20 إرهابيا في عملية بجزيرة الخالدية.\n"
            + "كما قتلت قوة من الفرقة الخامسة إرهابيا وجرحت اثنين آخرين قرب منطقة السجر.",
            new DateOnly(2019, 3, 2)).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Contains(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) == 20);
        Assert.Contains(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) == 1);
    }

    [Fact]
    public void Later_opens_another_event_and_victims_of_two_provinces_are_not_added()
    {
        var ops = Extractor.Extract(
            "فجر انتحاري من داعش حزاما ناسفا في سوق شعبي ببغداد ما أسفر عن مقتل 6 مدنيين، ولاحقا قتل مسلحو داعش 4 جنود في هجوم بمحافظة ديالى.",
            new DateOnly(2020, 5, 9)).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Equal(6, Count(Assert.Single(ops, o => o.Province == "IQ-BG"), CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(4, Count(Assert.Single(ops, o => o.Province == "IQ-DI"), CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_headline_stored_last_is_a_headline_and_the_lead_total_is_no_operation()
    {
        var ops = Extractor.Extract(
            "قتلت القوات الأمنية 12 إرهابيا في عمليتين بمحافظة الأنبار.\n"
            + "وقال بيان أمني إن قوة من الجيش قتلت 9 إرهابيين في منطقة الصقلاوية.\n"
            + "كما قتلت قوة من الشرطة 3 إرهابيين في قضاء هيت.\n"
            + "وتواصل القوات عملياتها في المحافظة.\n"
            + "الأمن: مقتل 12 إرهابيا بالأنبار",
            new DateOnly(2019, 3, 2)).Operations;
        Assert.Equal(2, ops.Count);
        Assert.All(ops, o => Assert.Equal("IQ-AN", o.Province));
        Assert.Contains(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) == 9);
        Assert.Contains(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) == 3);
    }

    [Fact]
    public void The_command_that_tells_the_news_does_not_place_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "وذكرت قيادة عمليات بغداد، اليوم، أن فرقة المشاة قتلت 12 إرهابيا ودمرت عجلتين، وتفكيك عبوات في مناطق: الصقلاوية بالأنبار.",
            new DateOnly(2019, 3, 2)).Operations);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void The_command_that_tells_the_news_places_it_when_nothing_else_is_named()
    {
        var op = Assert.Single(Extractor.Extract(
            "وذكرت قيادة عمليات بغداد، اليوم، أن فرقة المشاة قتلت 12 إرهابيا خلال عملية تفتيش.",
            new DateOnly(2019, 3, 2)).Operations);
        Assert.Equal("IQ-BG", op.Province);
    }

    [Fact]
    public void A_place_in_the_description_of_a_man_among_the_dead_is_not_where_it_happened()
    {
        // Whether "أحد الأمراء" is one more of the count is another reading's: here only where it happened is asked.
        var ops = Extractor.Extract(
            "قتل 30 مسلحا من داعش بقصف جوي على مواقع التنظيم في قضاء القائم.\n"
            + "وأضاف البيان أن 30 من المسلحين قتلوا جراء القصف، بينهم المدعو سالم خلف، أحد الأمراء السابقين في الحويجة (جنوب غرب كركوك).",
            new DateOnly(2018, 6, 14)).Operations;
        Assert.All(ops, o => Assert.Equal("IQ-AN", o.Province));
        Assert.Single(ops, o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed) >= 30);
    }

    [Fact]
    public void One_of_them_counted_by_the_verb_is_placed_where_the_clause_says()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت الشرطة مقتل أحد عناصر داعش في الحويجة خلال اشتباك مع قوة أمنية.",
            new DateOnly(2018, 6, 14)).Operations);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void A_day_told_of_the_campaigns_launch_in_the_background_does_not_date_the_lead()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل 4 من عناصر داعش، الجمعة، في غارة جوية على مقر للتنظيم قرب قضاء الحويجة.\n"
            + "وأضاف مصدر أمني أن الغارة استهدفت مقرا يستخدمه التنظيم.\n"
            + "وكانت القوات الأمنية قد بدأت عملية واسعة لتحرير القضاء قبل يومين.",
            new DateOnly(2018, 6, 15)).Operations);
        Assert.Equal(new DateOnly(2018, 6, 15), op.Date);
    }

    [Fact]
    public void Hideouts_a_demonstrative_points_back_at_stay_with_the_operation_however_far_back()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت قوة من الجيش 5 إرهابيين خلال عملية تفتيش في وادي حوران ليلة أمس.\n"
            + "وقال بيان للقيادة إن العملية استمرت عدة ساعات.\n"
            + "وأضاف البيان أن القوة عثرت بعد انتهاء الاشتباك على وكرين للتنظيم.\n"
            + "وتابع البيان أن القوة قامت بتدمير هذين الوكرين بالكامل.",
            new DateOnly(2019, 4, 10)).Operations);
        Assert.Equal(5, op.Killed);
        Assert.Equal(2, op.HideoutsDestroyed);
        Assert.Equal(new DateOnly(2019, 4, 9), op.Date);
    }

    [Fact]
    public void As_for_a_place_opens_another_event_there()
    {
        var ops = Extractor.Extract(
            "هاجم مسلحو داعش ربيئة للجيش قرب بيجي وأصابوا 5 جنود، أما في هيت فقد لقي 3 مزارعين حتفهم وجرح 4 آخرون بعبوة زرعها التنظيم.",
            new DateOnly(2019, 4, 10)).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Equal(5, Count(Assert.Single(ops, o => o.Province == "IQ-SD"), CasualtySide.Security, CasualtyCategory.Wounded));
        var anbar = Assert.Single(ops, o => o.Province == "IQ-AN");
        Assert.Equal(3, Count(anbar, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(4, Count(anbar, CasualtySide.Civilian, CasualtyCategory.Wounded));
    }
}
