using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened, read from the structure of a report (helper where21, session 21; every sentence here
/// is INVENTED). "The same place" ("في القضاء ذاته"، "بالمنطقة نفسها") names again the place told before it: the
/// operation told with it lies in that place's province, and a village it locates lies there too, whatever namesake
/// the gazetteer knows elsewhere. Nukhayb is disputed between Anbar and Karbala: the province named with it decides,
/// and a place said to lie in another ("X، الواقعة شرقي Y") lies in that one's province in every mention. Gwer, a
/// sub-district of Makhmour, shares its district's two candidates (Nineveh by law, Erbil by administration). The
/// dual of a locality noun ("منطقتي"، "قريتي") heads localities: a province's name after it is a town's.
/// </summary>
public class WhereTests21
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("قتلت القوات الأمنية ثلاثة إرهابيين قرب ناحية الرشاد جنوب غربي كركوك.\nوفي حادث منفصل استهدف مسلحون ربيئة للجيش داخل قرية الحمدانية التابعة للناحية ذاتها وقتلوا جنديين.", "IQ-KI")]
    [InlineData("اعتقلت مفارز الاستخبارات أربعة مطلوبين في قضاء الطارمية شمالي العاصمة.\nوفي تطور آخر، أصيب شرطيان بانفجار عبوة ناسفة بالمنطقة نفسها.", "IQ-BG")]
    public void The_same_place_lies_where_the_place_named_before_lies(string text, string province)
    {
        var ops = Extractor.Extract(text, new DateOnly(2022, 2, 20)).Operations;
        var victims = Assert.Single(ops, o => o.Casualties.Any(c => c.Side == CasualtySide.Security));
        Assert.Equal(province, victims.Province);
    }

    [Fact]
    public void A_place_named_on_its_own_is_not_moved_by_a_same_place_phrase_elsewhere()
    {
        // "في الوقت ذاته" is the same time, not the same place: the village keeps its own province.
        var op = Assert.Single(Extractor.Extract(
            "قتلت القوات الأمنية في محافظة كركوك ثلاثة إرهابيين.\nوفي الوقت ذاته، اعتقلت قوة من الشرطة خمسة مطلوبين في قضاء الحمدانية.",
            new DateOnly(2022, 2, 20)).Operations, o => Count(o, CasualtySide.Isis, CasualtyCategory.Arrested) == 5 || o.Arrested == 5);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Theory]
    [InlineData("باشرت قيادة عمليات كربلاء بتنفيذ عملية تفتيش واسعة في صحراء النخيب.", "IQ-KA")]
    [InlineData("نفذت قطعات من الجيش حملة تفتيش في صحراء النخيب غربي محافظة الأنبار.", "IQ-AN")]
    public void Nukhayb_lies_in_the_province_named_with_it(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 5, 5)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("أغار مسلحو التنظيم ليلا على بلدة النخيب، الواقعة غربي الأنبار، وفجروا مخفرا للشرطة.\nوأكد مصدر محلي مقتل أربعة من الشرطة في النخيب.", "IQ-AN")]
    [InlineData("قتل مسلحو داعش مزارعين اثنين في قرية الحمدانية الواقعة في قضاء داقوق.", "IQ-KI")]
    [InlineData("عثرت القوات على جثث ثلاثة رعاة قتلهم داعش قرب ناحية الكوير، التي تقع جنوب الموصل.", "IQ-NI")]
    public void A_place_said_to_lie_in_another_lies_in_its_province(string text, string province)
    {
        var ops = Extractor.Extract(text, new DateOnly(2015, 6, 23)).Operations;
        Assert.NotEmpty(ops);
        Assert.All(ops, o => Assert.Equal(province, o.Province));
    }

    [Theory]
    [InlineData("وأعلنت البيشمركة مقتل خمسة من مسلحي داعش في هجوم على ناحية الكوير التابعة لقضاء مخمور في محافظة نينوى.", "IQ-NI")]
    [InlineData("قتل ثلاثة من عناصر التنظيم بقصف مدفعي قرب بلدة كوير في محافظة أربيل.", "IQ-AR")]
    public void Gwer_lies_in_the_province_named_with_it_as_Makhmour_does(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2016, 10, 30)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("سقطت قذائف هاون أطلقها داعش على منطقتي المثنى والزهور شمالي الموصل، ما أدى إلى مقتل أربعة مدنيين.", "IQ-NI")]
    [InlineData("وقتل مسلحو التنظيم ثلاثة رعاة في قريتي القادسية والنصر جنوب كركوك.", "IQ-KI")]
    public void Names_headed_by_the_dual_of_a_locality_noun_are_localities_not_provinces(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2017, 3, 31)).Operations);
        Assert.Equal(province, op.Province);
    }
}
