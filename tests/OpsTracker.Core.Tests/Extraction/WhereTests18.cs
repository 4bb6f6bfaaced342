using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened (helper where18, session 18; every sentence here is INVENTED). The noun of a town,
/// village or neighbourhood before the name of a province that names no city ("في قرية القادسية"، "في حي صلاح
/// الدين") makes it a town bearing the name, not the province: the clause is placed by what else it names. "شرع"
/// (the verb of "شروع") before an operation noun tells an operation begun, as "بدأ" and "انطلق" do. A sentence opened by a
/// formula of mention ("يذكر أن"، "والجدير بالذكر") tells background: the day it names is not the operation's.
/// </summary>
public class WhereTests18
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("اعتقلت القوات ثلاثة مطلوبين في حي صلاح الدين شرقي كركوك.", "IQ-KI")]
    [InlineData("أصيب أربعة جنود بانفجار عبوة في بلدة ديالى غرب مدينة الكوت.", "IQ-WA")]
    [InlineData("وأفاد مصدر باعتقال ثلاثة مطلوبين في قرية القادسية شمالي الحلة.", "IQ-BB")]
    public void A_town_bearing_a_provinces_name_is_not_the_province(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2020, 4, 6)).Operations);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("اعتقلت القوات الأمنية خمسة مطلوبين في محافظة القادسية.", "IQ-QA")]
    [InlineData("اعتقلت القوات الأمنية خمسة مطلوبين في قضاء الحويجة بكركوك وفي ديالى.", "IQ-KI")]
    public void A_province_told_as_a_province_stays_one(string text, string province)
    {
        Assert.Contains(Extractor.Extract(text, new DateOnly(2020, 4, 6)).Operations, o => o.Province == province);
    }

    [Fact]
    public void The_wounded_of_a_blast_in_a_town_so_named_keep_their_count()
    {
        var op = Assert.Single(Extractor.Extract("أصيب أربعة جنود بانفجار عبوة في بلدة ديالى غرب مدينة الكوت.", new DateOnly(2020, 4, 6)).Operations);
        Assert.Equal(4, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Theory]
    [InlineData("وشرعت قطعات الفرقة الخامسة صباح اليوم بعملية واسعة في ناحية العلم.")]
    [InlineData("وقال مصدر إن القطعات شرعت في عملية عسكرية لتحرير ناحية العلم.")]
    [InlineData("وشرعت قطعات الفرقة الخامسة بعملية تطهير قرى ناحية العلم.")]
    public void Forces_that_began_an_operation_at_a_town_tell_an_operation_there(string text)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2020, 4, 6)).Operations);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Empty(op.Casualties);
    }

    [Theory]
    [InlineData("وشرعت الحكومة بإعداد خطة لإعمار قضاء سنجار.")]
    [InlineData("وشرع المجلس بمناقشة موازنة محافظة نينوى في قضاء الموصل.")]
    public void Beginning_what_is_no_operation_tells_none(string text)
    {
        Assert.Empty(Extractor.Extract(text, new DateOnly(2020, 4, 6)).Operations);
    }

    private const string StrikeToldToday = "أعلنت قيادة العمليات اليوم الثلاثاء مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي.\n";

    [Theory]
    [InlineData("يذكر أن القوات أطلقت يوم السبت الماضي حملة لتعقب فلول داعش في المنطقة.")]
    [InlineData("والجدير بالذكر أن الأمم المتحدة أعلنت أمس حصيلة ضحايا الشهر الماضي.")]
    public void A_day_named_in_an_aside_does_not_date_the_operation(string aside)
    {
        var op = Assert.Single(Extractor.Extract(StrikeToldToday + aside, new DateOnly(2021, 3, 9)).Operations);
        Assert.Equal(new DateOnly(2021, 3, 9), op.Date);
    }

    [Fact]
    public void A_day_named_in_a_sentence_that_goes_on_telling_the_operation_still_dates_it()
    {
        var op = Assert.Single(Extractor.Extract(StrikeToldToday + "وأوضح البيان أن الضربة نفذت أمس الاثنين.", new DateOnly(2021, 3, 9)).Operations);
        Assert.Equal(new DateOnly(2021, 3, 8), op.Date);
    }
}
