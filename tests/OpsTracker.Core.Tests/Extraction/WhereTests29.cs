using OpsTracker.Core.Extraction;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened (helper where29, session 29; every sentence here is INVENTED).
/// A province named by no city, as the second term of a site's construct ("حي القادسية"، "منشأة المثنى"), names the
/// site, not the province. The town of a hospital told after the hospital's name ("مستشفيات العاصمة بغداد"، "مستشفى
/// مدينة الطب ببغداد") is where the wounded were taken, not where they fell.
/// A time told after the count and after a word of the people's part in a crime ("المتورطين بتفجير حصل الشهر
/// الماضي"، "اشتركوا بالهجوم ... الأسبوع الماضي") dates the crime, not the arrest.
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

    [Fact]
    public void The_capital_s_hospitals_the_wounded_were_flown_to_are_not_where_they_fell()
    {
        var ops = Read("هاجم عناصر تنظيم داعش نقطة للجيش في قضاء الرطبة بمحافظة الأنبار فجر اليوم.\n"
            + "وأسفر الهجوم عن إصابة خمسة جنود نقلتهم طائرة عسكرية إلى مستشفيات العاصمة بغداد.");
        var op = Assert.Single(ops, o => Wounded(o) == 5);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void A_hospital_s_town_after_its_name_and_a_joined_preposition_is_the_hospital_s()
    {
        var ops = Read("هاجم عناصر تنظيم داعش نقطة للجيش في قضاء الرطبة بمحافظة الأنبار فجر اليوم.\n"
            + "وقال طبيب في مستشفى مدينة الطب ببغداد إن المستشفى استقبل ستة جرحى من الجنود أصيبوا في الهجوم.");
        Assert.DoesNotContain(ops, o => o.Province == "IQ-BG");
    }

    [Fact]
    public void A_hospital_attacked_in_a_town_told_by_a_verb_stays_in_that_town()
    {
        var op = Assert.Single(Read("أصيب أربعة مدنيين في هجوم لتنظيم داعش على مستشفى يقع في بعقوبة."), o => Wounded(o) == 4);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void A_time_in_the_crime_the_arrested_took_part_in_does_not_date_the_arrest()
    {
        var op = Assert.Single(Read("أعلنت وزارة الداخلية اليوم القبض على ثلاثة إرهابيين اشتركوا بالهجوم على نقطة للجيش "
            + "في قضاء الطارمية الأسبوع الماضي."), o => o.Arrested == 3);
        Assert.Equal(Published, op.Date);
    }

    [Fact]
    public void The_crime_s_victims_keep_its_time_and_the_arrest_is_dated_apart()
    {
        var ops = Read("اعتقلت مفارز الاستخبارات إرهابيين اثنين من المتورطين بهجوم مسلح حصل الأسبوع الماضي "
            + "وقتل فيه ثلاثة مزارعين قرب ناحية أبي صيدا.\n"
            + "وكان مسلحون من التنظيم قد هاجموا القرية يوم الثلاثاء الماضي.");
        var arrest = Assert.Single(ops, o => o.Arrested == 2);
        Assert.Equal(Published, arrest.Date);
        Assert.All(ops.Where(o => o.Casualties.Any(c => c.Category == CasualtyCategory.Killed && c.Count == 3)),
            o => Assert.NotEqual(Published, o.Date));
    }

    [Fact]
    public void A_time_told_after_a_comma_past_a_charge_dates_the_arrest()
    {
        var op = Assert.Single(Read("اعتقلت قوة من الشرطة متهما مطلوبا للقضاء بتهمة الإرهاب، قبل يومين، في قضاء الحويجة."), o => o.Arrested == 1);
        Assert.Equal(new DateOnly(2024, 3, 10), op.Date);
    }
}
