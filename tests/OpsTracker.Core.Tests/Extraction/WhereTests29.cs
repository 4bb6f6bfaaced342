using OpsTracker.Core.Extraction;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened (helper where29, session 29; every sentence here is INVENTED).
/// A province named by no city, as the second term of a site's construct ("حي القادسية"، "منشأة المثنى"), names the
/// site, not the province.
/// </summary>
public class WhereTests29
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 3, 12);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    private static int Wounded(ExtractedOperation o) =>
        o.Casualties.Where(c => c.Category == CasualtyCategory.Wounded).Sum(c => c.Count);

    [Fact]
    public void A_quarter_bearing_a_province_s_name_lies_in_the_city_it_is_told_of()
    {
        var op = Assert.Single(Read("قتلت قوات مكافحة الإرهاب ثلاثة إرهابيين من داعش في منطقة القادسية الأولى (شرقي الموصل)."), o => o.Killed == 3);
        Assert.Equal("IQ-NI", op.Province);
    }

    [Fact]
    public void A_facility_bearing_a_province_s_name_takes_the_province_told_before()
    {
        var ops = Read("هاجم عناصر من داعش مقرا للجيش قرب مدينة سامراء صباح اليوم.\n"
            + "وقتلت القوات سبعة من المهاجمين عند منشأة المثنى بعد اشتباكات استمرت ساعتين.");
        var op = Assert.Single(ops, o => o.Killed == 7);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_province_named_as_a_province_is_still_the_province()
    {
        var op = Assert.Single(Read("اعتقلت القوات الأمنية أربعة إرهابيين في محافظة المثنى جنوبي البلاد."), o => o.Arrested == 4);
        Assert.Equal("IQ-MU", op.Province);
    }
}
