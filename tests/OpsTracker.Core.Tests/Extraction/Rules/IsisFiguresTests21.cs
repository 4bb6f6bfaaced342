using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// ISIS's own figures and how they group into events (helper isis21): which counts are an operation's, which sum or
/// contain others told apart, and the verbs that tell a killing. Each theory names the reading and the class it tests.
/// Invented sentences.
/// </summary>
public class IsisFiguresTests21
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2016, 4, 12);

    private static int IsisKilled(ExtractionResult r) => OperationCounts.Count(r, CasualtySide.Isis, CasualtyCategory.Killed);

    [Theory]
    [InlineData(
        "أعلنت وزارة الداخلية أمس مقتل 17 مسلحا من داعش في ثلاث هجمات أغلبها في محافظة الأنبار.\n"
        + "وبحسب الناطق فإن مروحيات الجيش ضربت تجمعا لمسلحي التنظيم قرب هيت ما أسفر عن مقتل 9 منهم.\n"
        + "وأضاف أن مفرزة للشرطة قتلت خمسة إرهابيين قرب الطارمية شمال بغداد.\n"
        + "وفي صلاح الدين، قتلت مفرزة من الجيش ثلاثة عناصر من داعش قرب بيجي.", 17)]
    [InlineData(
        "قتلت القوات العراقية 11 عنصرا من تنظيم داعش في أربع عمليات متفرقة يوم الاثنين.\n"
        + "وذكر بيان عسكري أن الطائرات دمرت مقرا للتنظيم في القائم وقتلت أربعة من عناصره.\n"
        + "كما قتلت قوة من الحشد ثلاثة مسلحين في جزيرة سامراء.\n"
        + "وتمكنت الشرطة من قتل إرهابيين اثنين في قضاء الحويجة، وقتل مسلحين اثنين في قضاء الدبس.", 11)]
    public void A_head_count_over_several_attacks_sums_the_operations_told_below(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, IsisKilled(result));
    }

    [Theory]
    [InlineData(
        "أعلنت وزارة الدفاع مقتل 30 إرهابيا بقصف جوي على تجمع لهم غرب الرمادي، كما تمكنت قوة من الجيش من قتل خمسة إرهابيين في بيجي شمال تكريت.\n"
        + "إلى ذلك قصفت الطائرات معسكرا للتنظيم في قضاء الرطبة وقتلت 20 إرهابيا كانوا فيه.\n"
        + "وقصفت المدفعية مقرا لداعش في هيت وقتلت ثلاثة من عناصره.", 58)]
    [InlineData(
        "أكدت خلية الإعلام الأمني مقتل 25 مسلحا بضربة جوية في وادي حوران غربي الأنبار، فيما قتلت قوات الشرطة أربعة مسلحين في قضاء الحويجة بكركوك.\n"
        + "وفي سياق متصل، دمرت الطائرات مضافة في القائم وقتلت 15 مسلحا.\n"
        + "كما قتلت قوة من الحشد ستة مسلحين قرب عنه.", 50)]
    public void A_run_on_sentence_names_the_next_operations_places_after_its_count(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(killed, IsisKilled(result));
    }
}
