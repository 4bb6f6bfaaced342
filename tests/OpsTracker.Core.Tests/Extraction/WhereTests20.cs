using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where and when an operation happened, read from the structure of a report (helper where20, session 20; every
/// sentence here is INVENTED). A place told as where ("في محافظة X", "بناحية X") and followed by a direction or "قرب"
/// and a landmark in another province lies in its own province: the landmark only says where it lies. Two tellings of
/// one count, each with its own day, more than a statement's lag apart (weeks, months) are two operations, each with its
/// day, not one told twice. A district's name after a locality noun ("منطقة الرفاعي", "حي الخالص") in a report whose
/// places lie in another province is a neighbourhood there, not the distant district.
/// </summary>
public class WhereTests20
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("وقصفت الطائرات أوكارا للتنظيم في محافظة كركوك قرب صلاح الدين، ما أدى إلى مقتل أربعة إرهابيين.", "IQ-KI")]
    [InlineData("قتل ثلاثة من عناصر داعش بغارة جوية بمحافظة الأنبار بالقرب من كربلاء.", "IQ-AN")]
    [InlineData("وأعلنت القوات مقتل سبعة إرهابيين في ناحية العلم شمال بغداد.", "IQ-SD")]
    public void A_place_told_as_where_keeps_its_province_before_a_landmark_in_another(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 3, 3)).Operations);
        Assert.Equal(province, op.Province);
        Assert.True(Count(op, CasualtySide.Isis, CasualtyCategory.Killed) > 0);
    }

    [Fact]
    public void A_place_not_told_as_where_leaves_the_landmark_its_province()
    {
        // A camp "on the outskirts of" a province near a city is described, not told as where the figure fell.
        var op = Assert.Single(Extractor.Extract(
            "وذكر آمر فوج يرابط عند أطراف محافظة دهوك قرب الموصل أن خمسة إرهابيين قتلوا بضربة جوية.",
            new DateOnly(2021, 3, 3)).Operations);
        Assert.Equal(5, Count(op, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal("IQ-NI", op.Province);
    }

    [Theory]
    [InlineData("قالت الشرطة في بيان صدر الاثنين (7 حزيران 2021) إنها اعتقلت ثلاثة إرهابيين في قضاء الحويجة.\nوكانت القوات قد اعتقلت في 12 شباط الماضي ثلاثة إرهابيين في القضاء نفسه.")]
    [InlineData("ذكرت الشرطة يوم 7 حزيران 2021 أنها ألقت القبض على ثلاثة من عناصر داعش في كركوك.\nوفي 3 آذار الماضي، ألقت مفارز الاستخبارات القبض على ثلاثة من عناصر التنظيم في المحافظة ذاتها.")]
    public void One_count_told_with_two_own_days_months_apart_is_two_operations(string text)
    {
        var ops = Extractor.Extract(text, new DateOnly(2021, 6, 7)).Operations;
        Assert.Equal(2, ops.Count(o => Count(o, CasualtySide.Isis, CasualtyCategory.Arrested) == 3 || o.Arrested == 3));
        Assert.Contains(ops, o => o.Date == new DateOnly(2021, 6, 7));
    }

    [Fact]
    public void One_count_told_on_its_day_and_on_its_statements_day_stays_one()
    {
        var ops = Extractor.Extract(
            "أعلنت قيادة العمليات، اليوم الاثنين 7 حزيران 2021، اعتقال ثلاثة إرهابيين في قضاء الحويجة.\nوأوضحت أن القوات اعتقلت الثلاثة يوم السبت 5 حزيران 2021 في قرية نائية.",
            new DateOnly(2021, 6, 7)).Operations;
        Assert.Single(ops);
    }

    [Theory]
    [InlineData("تواصل القوات تقدمها في الساحل الأيمن من الموصل.\nوقتلت قوة من الشرطة ثلاثة إرهابيين في منطقة الرفاعي بعد اشتباك قصير.", "IQ-NI")]
    [InlineData("شنت القوات حملة تفتيش واسعة في أحياء مدينة كركوك، وقتلت خلالها أربعة من عناصر داعش في حي الخالص.", "IQ-KI")]
    public void A_district_named_as_a_locality_in_a_report_about_another_province_is_its_namesake(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2017, 4, 4)).Operations, o => o.Casualties.Count > 0);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("قتلت القوات ثلاثة إرهابيين في قضاء الرفاعي.", "IQ-DQ")]
    [InlineData("وقتلت قوة من الشرطة ثلاثة إرهابيين في منطقة الرفاعي شمال الناصرية.", "IQ-DQ")]
    public void A_district_told_by_its_own_noun_or_with_its_province_keeps_its_province(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2017, 4, 4)).Operations);
        Assert.Equal(province, op.Province);
    }
}
