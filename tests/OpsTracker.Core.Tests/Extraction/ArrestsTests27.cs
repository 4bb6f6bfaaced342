using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests told twice, once briefly and once with what they were (helper arrests27, session 27; every sentence here
/// is INVENTED). A headline or lead counts an arrest, and the body tells it again as a crime (a tribal feud, a family
/// quarrel) or as an arrest abroad; the body's telling is left out, and the other telling of the same count of the
/// same noun goes with it (<c>Passes.NotOursArrestRepetitionRemoval</c>, <c>ReportText.ArrestsNotOurs</c>; lexicon
/// <c>nonIsisContext</c> gains the family quarrel). The same count of another noun stays.
/// </summary>
public class ArrestsTests27
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 9);

    [Fact]
    public void A_headline_arrest_the_body_tells_as_a_tribal_feud_is_no_arrest_of_ours()
    {
        const string text = "الشرطة تعتقل 4 متهمين بالإرهاب في البصرة\n\n"
            + "قالت مديرية الشرطة إن مفارزها ألقت القبض على أربعة متهمين شاركوا في الدكة العشائرية التي شهدها قضاء الزبير الأسبوع الماضي.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested is not null);
    }

    [Fact]
    public void A_headline_arrest_the_body_places_in_syria_is_no_arrest_of_ours()
    {
        const string text = "اعتقال 13 عنصرا من داعش قرب الحدود\n\n"
            + "ذكر مصدر أن قوات سوريا الديمقراطية اعتقلت 13 عنصرا من داعش خلال حملة في ريف دير الزور.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested is not null);
    }

    [Fact]
    public void A_man_the_lead_adds_to_an_arrest_and_the_body_tells_as_a_family_quarrel_is_left_out()
    {
        const string text = "وأعلنت مديرية الاستخبارات عن القبض على 6 إرهابيين في الأنبار ومتهم أطلق النار على سيارة في كربلاء.\n"
            + "وقالت المديرية إن مفارزها اعتقلت المتهم بعد يومين من الحادث، وتبين أن الدافع خلاف عائلي بينه وبين جاره.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        var op = Assert.Single(ops, o => o.Arrested is not null);
        Assert.Equal(6, op.Arrested);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void The_same_count_of_another_noun_is_another_arrest()
    {
        // The body's crime is of 3 "أشخاص"; the headline's 3 "إرهابيين" are another arrest, and stay.
        const string text = "القبض على 3 إرهابيين في كركوك\n\n"
            + "أعلنت قيادة الشرطة القبض على 3 إرهابيين في قضاء الحويجة بمحافظة كركوك.\n"
            + "وفي سياق آخر اعتقلت الشرطة 3 أشخاص بتهمة سرقة محل في بغداد.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        var op = Assert.Single(ops, o => o.Arrested is not null);
        Assert.Equal(3, op.Arrested);
        Assert.Equal("IQ-KI", op.Province);
    }
}
