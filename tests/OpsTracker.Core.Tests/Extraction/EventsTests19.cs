using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// How ISIS figures group into events (helper events19, session 19; every sentence here is INVENTED). A strike or an
/// operation that is the subject of its own verb of resulting ("أسفرت عن"، "أدى إلى") after a comma tells an event
/// of its own, not more of the count before the comma; "، ما أسفر عن" tells the result of the event before. A head
/// count told as an approximation ("نحو 40"، "أكثر من 30") that the operations told below add up to, within a tenth,
/// is their total, not one more operation.
/// </summary>
public class EventsTests19
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2016, 5, 9));

    private static List<int> KilledPerOperation(ExtractionResult result) =>
        result.Operations.Select(o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed)).Where(n => n > 0).Order().ToList();

    [Fact]
    public void Two_strikes_each_with_its_own_result_verb_are_two_operations()
    {
        var result = Read("وبين البيان أن طيران الجيش نفذ ضربة على قرية في قضاء الحضر بمحافظة نينوى أسفرت عن قتل إرهابيين اثنين، وضربتين على الوادي المجاور أسفرتا عن قتل ستة إرهابيين وتدمير عجلة.");
        Assert.Equal([2, 6], KilledPerOperation(result));
    }

    [Fact]
    public void A_targeted_den_with_its_own_result_verb_after_another_count_is_another_operation()
    {
        var result = Read("كما تم القضاء على 9 إرهابيين في ناحية الرشاد بمحافظة كركوك، كانوا يعدون لهجوم على القرى، إلى جانب قصف نفق للتنظيم في المنطقة ذاتها أدى إلى مقتل 4 من عناصر داعش.");
        Assert.Equal([4, 9], KilledPerOperation(result));
    }

    [Fact]
    public void The_relative_what_before_the_result_verb_tells_the_same_event()
    {
        var result = Read("وقصفت المدفعية تجمعا للتنظيم في جزيرة سامراء وقتلت 5 إرهابيين، ما أسفر عن مقتل 3 آخرين من قادته.");
        Assert.Single(result.Operations);
    }

    [Fact]
    public void A_round_head_count_over_the_strikes_told_below_is_their_total()
    {
        var result = Read("أعلنت خلية الإعلام الأمني مقتل نحو 40 إرهابيا في قضاء القائم بمحافظة الأنبار.\n"
            + "وقالت الخلية في بيان إن ضربة جوية على مقر للتنظيم في القائم أسفرت عن مقتل 22 إرهابيا.\n"
            + "وأضافت أن قصف مضافة في حي الجمعية أدى إلى مقتل 11 من داعش.\n"
            + "وقتلت قوة من الجيش 6 إرهابيين في اشتباك قرب الحدود.");
        Assert.Equal([6, 11, 22], KilledPerOperation(result));
    }

    [Fact]
    public void More_than_a_round_figure_over_two_raids_is_their_total()
    {
        var result = Read("مقتل أكثر من 30 داعشيا بعمليات في صحراء الأنبار\n"
            + "وذكر مصدر في قيادة عمليات الأنبار أن قوة من الجيش داهمت وكرا في وادي حوران وقتلت 17 إرهابيا.\n"
            + "وفي عملية ثانية تمكنت قوة من الحشد من قتل 16 إرهابيا في صحراء الرطبة.");
        Assert.Equal([16, 17], KilledPerOperation(result));
    }

    [Fact]
    public void A_round_count_with_counts_of_another_province_below_stands()
    {
        var result = Read("أعلن التحالف مقتل أكثر من 50 مسلحا من داعش في غارات على جبال مكحول بمحافظة صلاح الدين.\n"
            + "وفي محافظة نينوى أسفرت غارة عن مقتل 20 مسلحا.\n"
            + "كما قتلت القوات 26 مسلحا في قضاء البعاج بمحافظة نينوى.");
        Assert.Contains(50, KilledPerOperation(result));
    }

    [Fact]
    public void The_strikes_named_again_with_others_add_to_the_dead_first_told()
    {
        var result = Read("أعلن التحالف أن غارة على وادي الشاي أسفرت عن مقتل 4 من قادة داعش.\n"
            + "وأضاف أن القادة كانوا مسؤولين عن الهجمات في المنطقة.\n"
            + "وأوضح البيان أن الضربات أسفرت كذلك عن مقتل 12 عنصرا آخرين من التنظيم.");
        Assert.Equal([16], KilledPerOperation(result));
    }

    [Fact]
    public void The_clash_named_again_with_others_adds_to_its_dead()
    {
        var result = Read("قتلت قوة من الجيش 3 إرهابيين في اشتباك قرب قرية في قضاء الطارمية.\n"
            + "وقال مصدر أمني إن الاشتباك أسفر أيضا عن مقتل 2 آخرين من عناصر داعش.");
        Assert.Equal([5], KilledPerOperation(result));
    }

    [Fact]
    public void Others_in_another_incident_are_another_operation()
    {
        var result = Read("قتلت قوة من الجيش 3 إرهابيين في اشتباك قرب قرية في قضاء الطارمية.\n"
            + "وفي حادث آخر أسفر الاشتباك مع مفرزة للتنظيم عن مقتل 2 آخرين من عناصر داعش.");
        Assert.Equal([2, 3], KilledPerOperation(result));
    }

    [Fact]
    public void A_head_total_whose_strike_noun_gave_an_implicit_dead_is_still_the_sum()
    {
        var result = Read("قتل 15 من عناصر داعش بقصف جوي استهدف مواقع عدة في محافظة نينوى.\n"
            + "وقال مصدر إن غارة على قرية في قضاء البعاج أدت إلى مقتل 8 عناصر للتنظيم.\n"
            + "وأضاف أن ضربات على مواقع في قضاء تلعفر أدت إلى مقتل 7 عناصر للتنظيم.");
        Assert.Equal([7, 8], KilledPerOperation(result));
    }

    [Fact]
    public void A_head_total_told_with_air_strikes_over_two_strikes_is_their_sum()
    {
        var result = Read("مقتل 11 إرهابيا بغارات جوية في محافظة الأنبار\n"
            + "وذكرت قيادة العمليات أن غارة على وكر في وادي حوران قتلت 5 إرهابيين.\n"
            + "كما أسفرت غارة أخرى على نفق في صحراء الرطبة عن مقتل 6 إرهابيين.");
        Assert.Equal([5, 6], KilledPerOperation(result));
    }
}
