using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened, read from the structure of a report (helper where22, session 22; every sentence here
/// is INVENTED). A toll told as one count of the dead and the wounded together ("مقتل وإصابة N"، "بين قتيل وجريح") is
/// a figure of neither outcome, and a killing of a vague quantity ("مقتل العشرات"، "قتل عدد من") a figure of none, but
/// either tells an event at the place its clause names, a province included: an operation without figures, unless the
/// report tells another operation in that province (then that one tells the event).
/// </summary>
public class WhereTests22
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("أعلنت وكالة أعماق أن الكمين الذي نصبه مقاتلو التنظيم أسفر عن مقتل وإصابة 17 جنديا في محافظة ديالى.", "IQ-DI")]
    [InlineData("قالت مصادر محلية إن تفجيرا انتحاريا نفذه عنصر من داعش أوقع العشرات بين قتيل وجريح في الأنبار أمس.", "IQ-AN")]
    [InlineData("أدى هجوم لعناصر داعش على نقطة للشرطة قرب بلدة الشرقاط إلى مقتل وجرح عدد من المنتسبين.", "IQ-SD")]
    public void A_joint_toll_tells_an_operation_where_its_clause_names(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 3, 14)).Operations);
        Assert.Equal(province, op.Province);
        Assert.Empty(op.Casualties);
    }

    [Theory]
    [InlineData("ذكرت مصادر عسكرية أن غارات للطيران الحربي على أوكار التنظيم في صلاح الدين أدت إلى مقتل العشرات من المسلحين.", "IQ-SD")]
    [InlineData("وبالتزامن مع القصف المدفعي شنت الفرقة هجوما على مواقع داعش في جزيرة الحضر وتمكنت من قتل عدد من عناصره.", "IQ-NI")]
    public void A_killing_of_a_vague_quantity_tells_an_operation_without_figures(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2016, 11, 2)).Operations);
        Assert.Equal(province, op.Province);
        Assert.Empty(op.Casualties);
    }

    [Theory]
    [InlineData("هجوم لداعش يوقع 14 قتيلا وجريحا في كركوك\nوبحسب ضابط في الفرقة، فإن المسلحين اقتحموا قرية تابعة لقضاء داقوق فقتلوا أربعة جنود وجرحوا عشرة.")]
    [InlineData("مقتل وإصابة 9 من الحشد بتفجير في كركوك\nوأوضح المصدر أن عبوة ناسفة انفجرت على دورية للحشد في الحويجة فقتلت ثلاثة وأصابت ستة آخرين.")]
    public void A_joint_toll_the_report_counts_in_the_same_province_adds_no_operation(string text)
    {
        var ops = Extractor.Extract(text, new DateOnly(2021, 3, 14)).Operations;
        var op = Assert.Single(ops);
        Assert.Equal("IQ-KI", op.Province);
        Assert.NotEmpty(op.Casualties);
    }

    [Theory]
    [InlineData("قال معاون قائد الشرطة إن نحو 300 منتسب قتلوا وأصيب نحو 700 آخرين في محافظة نينوى منذ عامين.")]
    [InlineData("وفي إطار آخر، قدم الوزير التعازي لذوي الضحايا وأكد أن المحافظة شهدت حوادث عديدة.")]
    public void Two_counts_or_no_toll_tell_no_joint_toll(string text)
    {
        var ops = Extractor.Extract(text, new DateOnly(2021, 3, 14)).Operations;
        Assert.DoesNotContain(ops, o => o.Casualties.Count == 0);
    }
}
