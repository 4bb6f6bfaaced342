using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened, read from the structure of a report (helper where23, session 23; every sentence here
/// is INVENTED). The border's adjective (nisba: "القرى الحدودية مع محافظة X"، "الشريط الحدودي مع سوريا") says what
/// the place it describes borders, as the noun "الحدود" does: the province after it is not where it happened. The
/// wanted of the judiciary ("مطلوبا للقضاء"، "من أخطر المطلوبين للقضاء"، "مطلوبا قضائيا") counted with no terror charge
/// or ISIS in their own words are arrests of any crime, not of ISIS members.
/// </summary>
public class WhereTests23
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("ذكر ضابط برتبة نقيب أن مقاتلي العشائر قتلوا 12 من عناصر داعش في قرى الصفرة الحدودية مع محافظة صلاح الدين قرب المقدادية.", "IQ-DI", 12)]
    [InlineData("بحسب ضابط في الفرقة فإن دورية راجلة قتلت ثلاثة إرهابيين عند قرية الرملة الحدودية مع محافظة كركوك جنوب تكريت.", "IQ-SD", 3)]
    public void A_province_after_the_border_adjective_is_what_the_place_borders(string text, string province, int killed)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2015, 2, 5)).Operations);
        Assert.Equal(province, op.Province);
        Assert.Equal(killed, Count(op, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("وذكر مدير الشرطة أن دوريات الليل في أحياء المدينة انتهت باعتقال 14 من أخطر المطلوبين للقضاء.")]
    [InlineData("حصيلة يوم واحد لشرطة ميسان: اعتقال 37 مطلوباً قضائياً في أرجاء المحافظة.")]
    public void The_wanted_of_the_judiciary_with_no_terror_charge_are_no_isis_arrest(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, new DateOnly(2022, 3, 1)).Operations, o => o.Arrested is not null);
    }

    [Theory]
    [InlineData("ونجحت مفرزة للاستخبارات في اعتقال 6 مطلوبين للقضاء بتهمة الإرهاب بقضاء الحويجة.", 6)]
    [InlineData("داهمت سرية من الجيش بيتين واعتقلت خمسة إرهابيين مطلوبين للقضاء داخل قضاء الشرقاط.", 5)]
    public void The_wanted_of_the_judiciary_charged_with_terror_stay_isis_arrests(string text, int arrested)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2022, 3, 1)).Operations);
        Assert.Equal(arrested, op.Arrested);
    }
}
