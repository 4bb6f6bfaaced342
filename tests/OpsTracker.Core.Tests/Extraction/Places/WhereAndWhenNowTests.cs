using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Places;

/// <summary>
/// Where and when an operation of 2018-2025 wire copy happened, as the press tells it (helper where11): a window of
/// hours back from the bulletin ("خلال الساعات الـ24 الماضية") is the day of publication; a day number joined to its
/// month by "من", a bare day/month after "يوم" and a Hijri day (left unresolved) are days, and none of their numbers
/// is a count; the place the teller of the news sits in ("مصدر أمني في محافظة كركوك") locates nothing the sentence
/// places elsewhere; a bearing from a province's capital with a short distance ("على بعد 20 كم جنوب غربي كركوك") lies
/// in the province, a place between two provinces ("بين محافظتي ديالى وصلاح الدين") in neither; figures told each with
/// its own day at two places are two operations; Baghdad's neighbourhoods are Baghdad's. Every sentence here is
/// invented.
/// </summary>
public class WhereAndWhenNowTests
{
    private static readonly ArabicReportExtractor Extractor = new();

    // ---- dates ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("خلال الساعات الـ24 الماضية")]
    [InlineData("خلال الـ48 ساعة الماضية")]
    [InlineData("خلال 24 ساعة")]
    [InlineData("في الساعات الـ24 الأخيرة")]
    public void A_window_of_hours_back_from_the_bulletin_is_the_day_of_publication(string window)
    {
        var published = new DateOnly(2024, 9, 17);
        var result = Extractor.Extract($"ألقت مفارز وكالة الاستخبارات {window} القبض على ثلاثة إرهابيين في قضاء الدبس.", published);
        var op = Assert.Single(result.Operations);
        Assert.Equal(3, op.Arrested);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Equal(published, op.Date);
        Assert.Equal(DatePrecision.Day, op.DatePrecision);
        Assert.Empty(result.Tallies);
    }

    [Theory]
    [InlineData("في 9 من تشرين الأول")]
    [InlineData("يوم الـ9 من تشرين الأول/أكتوبر")]
    [InlineData("يوم 9/10")]
    public void A_day_joined_to_its_month_by_min_or_a_bare_day_and_month_after_yawm_is_a_day_not_a_count(string day)
    {
        var op = Assert.Single(Extractor.Extract($"قتلت قوة من الجيش {day} إرهابيين اثنين في جزيرة سامراء.", new DateOnly(2022, 10, 12)).Operations);
        Assert.Equal(2, op.Killed);
        Assert.Equal(new DateOnly(2022, 10, 9), op.Date);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Theory]
    [InlineData("في 28 من كانون الأول")]
    [InlineData("يوم 28/12")]
    public void A_day_and_month_without_a_year_just_before_new_year_is_last_years(string day)
    {
        var op = Assert.Single(Extractor.Extract($"دمرت قوة من الحشد {day} ثلاث مضافات في وادي الشاي.", new DateOnly(2024, 1, 3)).Operations);
        Assert.Equal(3, op.HideoutsDestroyed);
        Assert.Equal(new DateOnly(2023, 12, 28), op.Date);
    }

    [Fact]
    public void A_single_hideout_right_after_a_day_is_one_not_a_count_of_the_days_number()
    {
        var op = Assert.Single(Extractor.Extract("دمرت طائرة مسيرة يوم 3/11 وكرا لداعش في وادي حوران.", new DateOnly(2022, 11, 5)).Operations);
        Assert.Equal(1, op.HideoutsDestroyed);
        Assert.Equal(new DateOnly(2022, 11, 3), op.Date);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Theory]
    [InlineData("في 26 شوال")]
    [InlineData("في العاشر من رمضان 1444هـ")]
    public void A_hijri_day_is_a_date_whose_numbers_are_no_counts_but_no_gregorian_day_is_guessed(string day)
    {
        var op = Assert.Single(Extractor.Extract($"قتلت القوات الأمنية {day} إرهابيين اثنين في قضاء الحويجة.", new DateOnly(2023, 5, 17)).Operations);
        Assert.Equal(2, op.Killed);
        Assert.Equal("IQ-KI", op.Province);
        Assert.Null(op.Date);
    }

    [Fact]
    public void A_hijri_day_beside_its_gregorian_one_leaves_the_gregorian_day()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت القوات الأمنية يوم الأحد 10 شوال 1444 هـ الموافق 30 نيسان 2023 إرهابيين اثنين في قضاء الحويجة.", new DateOnly(2023, 5, 2)).Operations);
        Assert.Equal(2, op.Killed);
        Assert.Equal(new DateOnly(2023, 4, 30), op.Date);
    }

    [Fact]
    public void An_article_of_the_law_is_no_day_and_month()
    {
        var op = Assert.Single(Extractor.Extract("اعتقلت القوات الأمنية ثلاثة إرهابيين مطلوبين وفق المادة 4/1 إرهاب في قضاء الحويجة.", new DateOnly(2024, 1, 5)).Operations);
        Assert.Equal(3, op.Arrested);
        // Not the 4th of January: the sentence names no day, so the operation is the announcement's.
        Assert.Equal(new DateOnly(2024, 1, 5), op.Date);
        Assert.Equal(DateBasis.Announcement, op.DateBasis);
    }

    // ---- places --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("أفاد مصدر أمني من محافظة ديالى، اليوم، بأن قوة من الجيش قتلت إرهابيين اثنين في ناحية يثرب.", "IQ-SD")]
    [InlineData("قال مراسل السومرية نيوز في كركوك إن قوة من الحشد قتلت إرهابيين اثنين في قضاء الشرقاط.", "IQ-SD")]
    [InlineData("ذكر ضابط في شرطة نينوى أن إرهابيين اثنين قتلا باشتباك في قضاء القائم.", "IQ-AN")]
    public void Where_the_teller_of_the_news_sits_does_not_locate_what_the_sentence_places_elsewhere(string sentence, string province)
    {
        var op = Assert.Single(Extractor.Extract(sentence, new DateOnly(2023, 5, 17)).Operations);
        Assert.Equal(2, op.Killed);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void Where_the_teller_sits_still_locates_a_sentence_that_names_no_other_place()
    {
        var op = Assert.Single(Extractor.Extract("أفاد مصدر أمني في محافظة كركوك بمقتل إرهابيين اثنين بضربة جوية.", new DateOnly(2023, 5, 17)).Operations);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Theory]
    [InlineData("على بعد 20 كم جنوب غربي كركوك", "IQ-KI")]
    [InlineData("على بعد 25 كيلومترا شمال بغداد", "IQ-BG")]
    [InlineData("على بعد 60 كيلومترا شمال بغداد", null)]
    [InlineData("شمال بغداد", null)]
    public void A_bearing_from_a_capital_with_a_short_distance_lies_in_its_province(string where, string? province)
    {
        var op = Assert.Single(Extractor.Extract($"اعتقلت قوة أمنية إرهابيين اثنين {where}.", new DateOnly(2023, 5, 17)).Operations);
        Assert.Equal(2, op.Arrested);
        Assert.Equal(province, op.Province);
    }

    [Theory]
    [InlineData("في منطقة الحوز الواقعة بين محافظتي ديالى وصلاح الدين", null)]
    [InlineData("في المنطقة الواقعة بين كركوك وصلاح الدين", null)]
    [InlineData("في ناحية العظيم بين محافظتي ديالى وصلاح الدين", "IQ-DI")]
    // Mutaibija lies on the border of the two (places.json candidates): named between both, it is in neither.
    [InlineData("في مطيبيجة بين صلاح الدين وديالى", null)]
    public void Two_provinces_a_place_lies_between_locate_it_in_neither(string where, string? province)
    {
        var op = Assert.Single(Extractor.Extract($"قتلت القوات الأمنية إرهابيين اثنين {where}.", new DateOnly(2023, 5, 17)).Operations);
        Assert.Equal(2, op.Killed);
        Assert.Equal(province, op.Province);
    }

    [Fact]
    public void Figures_told_each_with_a_day_of_its_own_at_two_places_are_two_operations()
    {
        var ops = Extractor.Extract(
            "قتلت قوة من الجيش يوم الأحد إرهابيا في ناحية العباسي، واعتقلت يوم الاثنين ثلاثة آخرين في ناحية الرياض.",
            new DateOnly(2023, 5, 16)).Operations.OrderBy(o => o.Date).ToList();
        Assert.Equal(2, ops.Count);
        Assert.Equal((new DateOnly(2023, 5, 14), 1, (int?)null), (ops[0].Date!.Value, ops[0].Killed!.Value, ops[0].Arrested));
        Assert.Equal((new DateOnly(2023, 5, 15), (int?)null, 3), (ops[1].Date!.Value, ops[1].Killed, ops[1].Arrested!.Value));
        Assert.All(ops, o => Assert.Equal("IQ-KI", o.Province));
    }

    [Fact]
    public void Results_of_one_day_at_two_spots_of_a_province_stay_one_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت قوة من الجيش يوم الأحد إرهابيا في ناحية العباسي، واعتقلت ثلاثة آخرين في ناحية الرياض.", new DateOnly(2023, 5, 16)).Operations);
        Assert.Equal((1, 3), (op.Killed, op.Arrested));
    }

    [Theory]
    [InlineData("منطقة البياع")]
    [InlineData("حي العامل")]
    [InlineData("حي العامرية")]
    [InlineData("منطقة جرف النداف")]
    public void A_neighbourhood_or_belt_area_of_the_capital_is_baghdads(string place)
    {
        var op = Assert.Single(Extractor.Extract($"اعتقلت مفارز الاستخبارات إرهابيا في {place}.", new DateOnly(2023, 5, 17)).Operations);
        Assert.Equal(1, op.Arrested);
        Assert.Equal("IQ-BG", op.Province);
    }
}
