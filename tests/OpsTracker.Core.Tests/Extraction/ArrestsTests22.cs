using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests and hideouts (helper arrests22, session 22; every sentence here is INVENTED).
/// </summary>
public class ArrestsTests22
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 5, 9);

    private static int Arrested(ExtractionResult r) => OperationCounts.Count(r, CasualtySide.Isis, CasualtyCategory.Arrested);

    // FigureFinder.CellArrestTold: the arrest of a group as a whole, told in another sentence, makes its size the
    // count of the arrested.
    [Theory]
    [InlineData("أعلنت مديرية شرطة صلاح الدين اعتقال مجموعة تابعة لتنظيم داعش في قضاء الشرقاط.\nوأوضحت المديرية أن المجموعة مكونة من سبعة أشخاص كانوا يخططون لمهاجمة نقاط التفتيش.", 7)]
    [InlineData("أكد جهاز الأمن الوطني القبض على جميع عناصر الخلية بعد مراقبة استمرت أسابيع.\nوكانت مفارز الجهاز قد فككت خلية إرهابية مؤلفة من 5 عناصر في ناحية الرشاد جنوب كركوك.", 5)]
    [InlineData("تمكنت قوة من الاستخبارات من تفكيك شبكة تضم تسعة إرهابيين في أطراف قضاء هيت.\nوقال ضابط إن معلومات دقيقة قادت للقبض على الشبكة داخل مزرعة مهجورة.", 9)]
    public void A_groups_size_counts_the_arrested_when_the_group_is_arrested_as_a_whole(string text, int count)
    {
        Assert.Equal(count, Arrested(Extractor.Extract(text, Published)));
    }

    [Theory]
    // No arrest of the group is told: its size is no figure.
    [InlineData("أعلنت قيادة العمليات رصد خلية مكونة من ستة إرهابيين تتنقل بين قرى وادي حوران.\nوأضافت أن الطيران يتابع تحركاتها.")]
    // The size is parted in its sentence: the parts tell what became of the group, not the size.
    [InlineData("وأكدت القيادة القبض على عناصر الخلية في عملية دهم.\nوأوضحت أن الخلية تتألف من 12 عنصرا، قتل 4 منهم في اشتباك سابق.")]
    public void A_groups_size_is_no_arrest_count_without_a_whole_arrest(string text)
    {
        Assert.NotEqual(6, Arrested(Extractor.Extract(text, Published)));
        Assert.NotEqual(12, Arrested(Extractor.Extract(text, Published)));
    }

    // ArrestShares.ChargedWithCrime: a charge joining terror to a kind of crime mixes ISIS suspects with
    // criminals in one count, which is no count of ISIS members.
    [Theory]
    [InlineData("وذكرت شرطة المحافظة أن مفارزها ألقت القبض على تسعة مطلوبين بقضايا إرهابية وجنائية في مناطق متفرقة من قضاء بعقوبة.")]
    [InlineData("وأعلنت الاستخبارات اعتقال 40 متهما مطلوبا بجرائم جنائية وإرهابية وتزوير خلال حملة في أحياء الموصل.")]
    public void A_count_charged_with_terror_and_crime_together_is_not_isis(string text)
    {
        Assert.Equal(0, Arrested(Extractor.Extract(text, Published)));
    }

    [Theory]
    [InlineData("وألقت قوة من الشرطة القبض على ثلاثة متهمين بقضايا إرهابية في ناحية العظيم، وتسعة متهمين بقضايا جنائية في قضاء الخالص.", 3)]
    [InlineData("واعتقلت مفارز الأمن الوطني أربعة إرهابيين مطلوبين وفق المادة 4 إرهاب في قضاء الحويجة.", 4)]
    public void A_terror_count_apart_from_a_criminal_one_stays(string text, int count)
    {
        Assert.Equal(count, Arrested(Extractor.Extract(text, Published)));
    }
}
