using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened, read from the structure of a report (helper where15, session 15, learned from the
/// province misses of the tuning reports; every sentence here is INVENTED). A man killed in a sentence that opens on a
/// province of its own ("وفي الأنبار قتل شرطي") is another operation there, not one of the count told just before in
/// another province; a force that managed to take a place ("تمكنت القطعات من تحرير ناحية البغدادي"، "نجحت القوات من
/// السيطرة على جزيرة سامراء") tells a clash at the place named after the word of taking, not at the places named
/// before it, and not when ISIS is the one that took it; a count whose own day is the day a figureless lead told
/// ("اليوم") is that lead's operation and takes its place; a search by a province's operations command or in its
/// sector ("سرية من قيادة عمليات الأنبار فتشت ..."، "وفي قاطع عمليات ديالى فتشت سرية ...") in places
/// the gazetteer lacks is a search in that province, but not a partner command's, and not beside an operation counted
/// in that province; an attack or ambush told with ISIS as the doer between the verb and its noun ("شن مسلحو داعش
/// هجوما"، "عناصر من داعش نصبوا كمينا") is an ISIS attack at the place it names, but not the forces' ambush nor an
/// attack ISIS intended ("نية داعش شن هجوم"); a bearing told of a neighbourhood ("في حي العامل جنوب غربي بغداد") lies
/// inside the town, so it gives the capital's province where a bare "غربي بغداد" gives none; hideouts counted at one
/// place and then gapped at another ("وكرين في جبال مكحول، وثلاثة في ناحية الرشاد"، "مخبأ ... وآخر في ناحية الرشاد")
/// are an operation at each place, as people so counted are; a basin, countryside or orchards ("حوض العظيم"، "ريف
/// العظيم"، "بساتين العظيم") announce the town they are named by, as "ناحية" does.
/// </summary>
public class WhereTests15
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Fact]
    public void A_man_killed_in_a_sentence_opening_on_another_province_is_not_one_of_the_count()
    {
        var ops = Extractor.Extract(
            "وفي نينوى هاجم مسلحون مقرا لقوات الحشد.\n"
            + "وأوضح ضابط في الحشد أن المسلحين قصفوا المقر بقذائف الهاون، ما أدى إلى سقوط خمسة قتلى.\n"
            + "وفي الأنبار قتل شرطي بانفجار عبوة ناسفة.",
            new DateOnly(2020, 4, 6)).Operations;
        Assert.Equal(2, ops.Count);
        var nineveh = Assert.Single(ops, o => o.Province == "IQ-NI");
        Assert.Equal(5, Count(nineveh, CasualtySide.Security, CasualtyCategory.Killed));
        var anbar = Assert.Single(ops, o => o.Province == "IQ-AN");
        Assert.Equal(1, Count(anbar, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_place_a_force_managed_to_liberate_is_a_clash_there()
    {
        var op = Assert.Single(Extractor.Extract(
            "وأكد قائد العمليات أن القطعات تمكنت بإسناد من الحشد العشائري من تحرير ناحية البغدادي بالكامل.",
            new DateOnly(2016, 3, 10)).Operations);
        Assert.Equal("IQ-AN", op.Province);
        Assert.Equal(OperationKind.Clash, op.Kind);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void Only_the_place_named_after_the_word_of_taking_control_is_where_it_happened()
    {
        var op = Assert.Single(Extractor.Extract(
            "مع استمرار تطهير أحياء قضاء الفلوجة، نجحت القوات الأمنية في قاطع سامراء من السيطرة على جزيرة سامراء بالكامل.",
            new DateOnly(2016, 3, 10)).Operations);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(OperationKind.Clash, op.Kind);
    }

    [Theory]
    [InlineData("وتمكن عناصر داعش من السيطرة على ناحية البغدادي.")]
    [InlineData("وأكد القائد أن القطعات تمكنت من تحرير 90 بالمئة من المناطق.")]
    [InlineData("وقال المحافظ إن القوات الأمنية تمكنت من السيطرة على الوضع في قضاء هيت بعد ساعات.")]
    public void A_place_isis_took_or_areas_with_no_name_are_no_operation(string text)
    {
        Assert.Empty(Extractor.Extract(text, new DateOnly(2016, 3, 10)).Operations);
    }

    [Fact]
    public void A_count_told_on_the_day_of_a_figureless_lead_is_that_leads_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت القيادة اليوم الاثنين أن القوات تمكنت من تحرير قرية الخضر في قضاء تلعفر.\n"
            + "وأضاف أن أربعة من عناصر داعش قتلوا اليوم في المعارك.",
            new DateOnly(2016, 3, 14)).Operations);
        Assert.Equal("IQ-NI", op.Province);
        Assert.Equal(4, op.Killed);
        Assert.NotNull(op.Place);
        Assert.Equal(new DateOnly(2016, 3, 14), op.Date);
    }

    [Theory]
    [InlineData("وأضافت الخلية أن سرية من قيادة عمليات الأنبار فتشت قرى البو خليل والصكار بحثا عن مطلوبين.", "IQ-AN")]
    [InlineData("وفي قاطع عمليات ديالى، فتشت سرية من الفرقة الخامسة بساتين الشيخ علي بحثا عن مطلوبين.", "IQ-DI")]
    public void A_search_by_a_provinces_command_is_a_search_in_that_province(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 3, 1)).Operations);
        Assert.Equal(province, op.Province);
        Assert.Equal(OperationKind.Search, op.Kind);
        Assert.Null(op.Place);
        Assert.Empty(op.Casualties);
    }

    [Fact]
    public void A_partner_command_places_no_search()
    {
        Assert.Empty(Extractor.Extract(
            "وبالتعاون مع قيادة عمليات كركوك، نفذت قوة من الجيش عملية تفتيش في مناطق الوادي.",
            new DateOnly(2021, 3, 1)).Operations);
    }

    [Fact]
    public void A_commands_search_beside_an_operation_counted_in_its_province_is_no_second_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "دمرت القوات الأمنية خمسة أوكار لداعش في وادي حوران.\n"
            + "وأضافت أن سرية من قيادة عمليات الأنبار فتشت في مناطق الصحراء.",
            new DateOnly(2021, 3, 1)).Operations);
        Assert.Equal("IQ-AN", op.Province);
        Assert.Equal(5, op.HideoutsDestroyed);
    }

    [Theory]
    [InlineData("شن مسلحو داعش هجوما على قرية في قضاء سامراء.")]
    [InlineData("وقال مصدر إن عناصر من داعش نصبوا كمينا لدورية من الجيش قرب سامراء.")]
    public void An_attack_isis_did_is_an_attack_at_its_place(string text)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 1, 24)).Operations);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(OperationKind.IsisAttack, op.Kind);
        Assert.Empty(op.Casualties);
    }

    [Theory]
    [InlineData("وحذر الضابط من نية داعش شن هجوم على قرى جنوب سامراء.")]
    [InlineData("ونصبت القوات كمينا لعناصر داعش قرب سامراء.")]
    public void An_attack_intended_or_the_forces_ambush_is_no_isis_attack(string text)
    {
        Assert.Empty(Extractor.Extract(text, new DateOnly(2021, 1, 24)).Operations);
    }

    [Fact]
    public void A_neighbourhood_west_of_the_capital_lies_in_its_province()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتل مدنيان بانفجار عبوة زرعها داعش في حي العامل جنوب غربي بغداد.", new DateOnly(2020, 5, 1)).Operations);
        Assert.Equal("IQ-BG", op.Province);
        Assert.Equal(2, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("قتل مدنيان بانفجار عبوة زرعها داعش في منطقة زراعية غربي بغداد.")]
    [InlineData("قتل مدنيان بانفجار عبوة زرعها داعش غربي بغداد.")]
    public void A_bare_bearing_from_the_capital_still_gives_no_province(string text)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2020, 5, 1)).Operations);
        Assert.Null(op.Province);
        Assert.Equal(2, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("دمرت القوات وكرين لداعش في جبال مكحول، وثلاثة في ناحية الرشاد.", 2, 3)]
    [InlineData("دمرت طائرات القوة الجوية مخبأ لداعش في جبال مكحول، وآخر في ناحية الرشاد.", 1, 1)]
    public void Hideouts_gapped_at_a_second_place_are_an_operation_there(string text, int first, int second)
    {
        var ops = Extractor.Extract(text, new DateOnly(2020, 5, 1)).Operations;
        Assert.Equal(2, ops.Count);
        Assert.Equal(first, Assert.Single(ops, o => o.Province == "IQ-SD").HideoutsDestroyed);
        Assert.Equal(second, Assert.Single(ops, o => o.Province == "IQ-KI").HideoutsDestroyed);
    }

    [Fact]
    public void The_other_after_hideouts_with_no_share_is_no_second_hideout()
    {
        var op = Assert.Single(Extractor.Extract(
            "دمرت القوات وكرا لداعش في جبال مكحول، والآخر في قضاء الحويجة.", new DateOnly(2020, 5, 1)).Operations);
        Assert.Equal("IQ-SD", op.Province);
        Assert.Equal(1, op.HideoutsDestroyed);
    }

    [Theory]
    [InlineData("قتل جنديان بهجوم لداعش في حوض العظيم.")]
    [InlineData("قتل جنديان بهجوم لداعش في بساتين العظيم.")]
    public void A_basin_or_orchards_announce_the_town_they_are_named_by(string text)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2020, 5, 1)).Operations);
        Assert.Equal("IQ-DI", op.Province);
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
    }
}
