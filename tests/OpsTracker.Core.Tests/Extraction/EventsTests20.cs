using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// How ISIS figures group into events (helper events20, session 20; every sentence here is INVENTED). A man killed
/// with his companions counts himself, even when a count of another event stands before a connector ("فيما"،
/// "بينما") earlier in the sentence; "ومعه"/"برفقته" (with him) joins a man's own companions as "مع" does; a verb
/// of resulting with "also" after it ("أسفرت أيضا عن") adds more of the event told before, not a new operation.
/// </summary>
public class EventsTests20
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2016, 5, 9));

    private static List<int> KilledPerOperation(ExtractionResult result) =>
        result.Operations.Select(o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed)).Where(n => n > 0).Order().ToList();

    [Fact]
    public void A_man_with_his_companions_after_another_events_count_and_a_connector_counts_himself()
    {
        var result = Read("أعلن قائد الشرطة اليوم أن 12 عنصرا من داعش قتلوا بقصف مدفعي على مواقعهم شمال تكريت، فيما قتلت قوة من العشائر والي التنظيم وهو عراقي الجنسية مع ثلاثة من مساعديه قرب بيجي.");
        Assert.Equal([4, 12], KilledPerOperation(result));
    }

    [Fact]
    public void A_man_with_his_companions_after_bayna_ma_counts_himself()
    {
        var result = Read("وأسفرت ضربة جوية عن مقتل 7 إرهابيين في وادي حوران بمحافظة الأنبار، بينما تمكنت قوة خاصة من قتل أمير التنظيم في القائم برفقة اثنين من مرافقيه.");
        Assert.Equal([3, 7], KilledPerOperation(result));
    }

    [Fact]
    public void A_companion_told_with_him_is_one_more()
    {
        var result = Read("أعلنت قيادة شرطة كركوك، الأحد، عن مقتل قيادي في داعش يحمل جنسية أجنبية ومعه سائقه جنوب الحويجة.");
        Assert.Equal([2], KilledPerOperation(result));
    }

    [Fact]
    public void Companions_counted_with_him_join_the_man()
    {
        var result = Read("وتمكنت قوة من الجيش من اعتقال المسؤول المالي للتنظيم في قضاء الشرقاط وبرفقته اثنان من معاونيه.");
        Assert.Equal(3, result.Operations.Sum(o => Count(o, CasualtySide.Isis, CasualtyCategory.Arrested)));
    }

    [Fact]
    public void A_result_verb_with_also_adds_to_the_event_told_before()
    {
        var result = Read("أعلن التحالف الدولي اليوم عن مقتل ستة من قادة داعش خلال عمليات نفذتها القوات العراقية في وادي الشاي بمحافظة كركوك الأسبوع الماضي.\n"
            + "وتابع البيان أن تلك العمليات وقد جرت بإسناد جوي يوم الخامس من الشهر الجاري قد أسفرت أيضا عن قتل 20 مسلحا ينتمون إلى التنظيم.");
        Assert.Equal([26], KilledPerOperation(result));
    }

    [Fact]
    public void The_strike_that_also_caused_more_dead_is_the_same_strike()
    {
        var result = Read("قتل 4 من عناصر داعش بغارة لطيران الجيش على مضافة في جبال حمرين بمحافظة ديالى.\n"
            + "وأضاف المصدر أن الغارة أدت كذلك إلى مقتل 3 إرهابيين كانوا يحرسون المضافة.");
        Assert.Equal([7], KilledPerOperation(result));
    }

    [Fact]
    public void Also_after_a_verb_of_saying_is_no_more_of_the_event()
    {
        var result = Read("قتل 4 من عناصر داعش بغارة لطيران الجيش على مضافة في جبال حمرين بمحافظة ديالى.\n"
            + "وفي محافظة الأنبار أكد مصدر أمني أيضا مقتل 3 إرهابيين باشتباك مع قوة من الحشد.");
        Assert.Equal([3, 4], KilledPerOperation(result));
    }

    private static int Arrested(ExtractionResult result) =>
        result.Operations.Sum(o => Count(o, CasualtySide.Isis, CasualtyCategory.Arrested));

    [Fact]
    public void Counts_closed_by_an_ordinal_split_the_group_told_before()
    {
        var result = Read("ذكرت مديرية الاستخبارات أنها اعتقلت ستة إرهابيين ينتمون لداعش بصلاح الدين.\n"
            + "وبين المتحدث أن خمسة منهم اعتقلوا في قضاء بيجي، والسادس في ناحية العلم بعد مراقبة استمرت أسابيع.");
        Assert.Equal(6, Arrested(result));
        Assert.Single(result.Operations);
    }

    [Fact]
    public void Counts_closed_by_the_last_one_split_the_group_told_before()
    {
        var result = Read("تمكنت قوة من الشرطة من اعتقال شبكة إرهابية وعددهم خمسة متهمين نفذوا تفجيرات في ديالى.\n"
            + "وتابع أن اثنين من المتهمين أوقفا في بعقوبة، واثنين في الخالص، والأخير في كركوك.");
        Assert.Equal(5, Arrested(result));
    }

    [Fact]
    public void Counts_closed_by_an_ordinal_with_no_group_of_that_size_before_stay_events()
    {
        var result = Read("ذكرت مديرية الاستخبارات أنها اعتقلت إرهابيين اثنين بصلاح الدين.\n"
            + "وفي محافظة نينوى اعتقلت قوة من الجيش ثلاثة من عناصر داعش في قضاء تلعفر، والرابع في قضاء سنجار.");
        Assert.Equal(5, Arrested(result));
    }
}
