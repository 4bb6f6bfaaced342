using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Readings learned from the misses of real reports, most of them from the war years 2014-2019 (helper pagesAD's tuning
/// set of stored public news pages, kept outside the repository). Each test is an INVENTED sentence built on the
/// construction a real report used, never the report's text: pilots ("طياريها") and the Peshmerga spelled without
/// the ya ("البشمركة") are the forces' own people; a word that denies the casualty word after a count ("دون وقوع أي
/// إصابات"، "بدون خسائر") leaves the count to the verb before it, not to the wounded that never were; a definite -ين
/// noun that is also a plural ("قتلت الانتحاريين") is the plural or the men told before, never two more; the next
/// item of a breakdown's list after "بينهم" is part of the total however its people are named ("وسبعة من الجنود");
/// a qualifier after a total ("على الأقل") does not hide the "هم" that opens its parts; a foreign country named in the
/// phrase of the border ("خلف الحدود بين سوريا والعراق") and a faction that is only the channel telling the news
/// ("قناة النجباء") do not take an operation out; 'also' after a clause's figures ("... قرب الناحية أيضا") adds an event
/// whose count equals one told before, where an 'also' of the teller before them ("وأكد المصدر أيضا") does not; two men
/// each arrested at a place of his own ("في قضاء هيت" ... "في قضاء حديثة") are two arrests, not one told twice; a
/// driver ("سائق") is a civilian.
/// </summary>
public class RealPagesADTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2017, 3, 9);

    private static int Victims(IEnumerable<ExtractedOperation> ops, CasualtyCategory category) =>
        ops.Sum(o => o.Casualties.Where(c => c.Side != CasualtySide.Isis && c.Category == category).Sum(c => c.Count));

    [Fact]
    public void Pilots_of_a_downed_helicopter_are_the_forces_dead()
    {
        var op = Assert.Single(Extractor.Extract(
            "نعت وزارة الدفاع، اليوم الخميس، اثنين من طياريها بعد أن أسقط تنظيم داعش مروحيتهما قرب قضاء بيجي بمحافظة صلاح الدين.",
            Published).Operations);
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Null(op.Killed);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_pilot_named_in_the_singular_is_one_of_the_forces()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة مقتل طيار عراقي إثر سقوط طائرته بنيران عصابات داعش في قضاء تلعفر.",
            Published).Operations);
        Assert.Equal(1, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Null(op.Killed);
    }

    [Fact]
    public void Peshmerga_spelled_without_the_ya_are_the_forces_own()
    {
        var op = Assert.Single(Extractor.Extract(
            "أسفر انفجار عبوة ناسفة زرعها عناصر داعش عن مقتل خمسة من البشمركة قرب ناحية سركران في محافظة أربيل، يوم الثلاثاء.",
            Published).Operations);
        Assert.Equal(5, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(0, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Null(op.Killed);
    }

    [Fact]
    public void Without_any_injuries_after_the_count_leaves_it_to_the_verb_before()
    {
        var op = Assert.Single(Extractor.Extract(
            "تمكنت قوة أمنية، اليوم الخميس، من قتل المدعو أبو حمزة في قضاء هيت بمحافظة الأنبار، ما أدى إلى مقتله مع ثلاثة من مرافقيه دون وقوع أي إصابات في صفوف القوة.",
            Published).Operations);
        Assert.Null(op.Wounded);
        Assert.Equal(0, Count(op, CasualtySide.Isis, CasualtyCategory.Wounded));
        Assert.Equal(0, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void Without_injuries_leaves_the_companions_to_the_killing_before()
    {
        var op = Assert.Single(Extractor.Extract(
            "قتلت قوة من الجيش والي الرطبة في تنظيم داعش، وأسفرت العملية عن مقتله مع خمسة من حراسه من دون أي إصابات بين الجنود.",
            Published).Operations);
        Assert.Equal(6, op.Killed);
        Assert.Null(op.Wounded);
        Assert.Equal("IQ-AN", op.Province);
    }

    [Fact]
    public void The_definite_suicide_bombers_told_again_are_no_two_more()
    {
        var ops = Extractor.Extract(
            "أعلن قائممقام القضاء، السبت، مقتل انتحاريين اثنين وخمسة عناصر من داعش حاولوا التسلل إلى قرية شرقي قضاء حديثة في الأنبار.\nوأضاف أن القوات الأمنية قتلت الانتحاريين وباقي المتسللين قبل وصولهم إلى القرية.",
            Published).Operations;
        Assert.Equal(7, ops.Sum(o => o.Killed ?? 0));
        Assert.DoesNotContain(ops, o => o.Killed == 2);
    }

    [Fact]
    public void A_definite_dual_that_is_no_plural_still_counts_two()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت وزارة الدفاع استشهاد الجنديين في هجوم لعصابات داعش على ربيئة في قضاء الدبس بمحافظة كركوك.",
            Published).Operations);
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void The_next_item_of_a_breakdown_named_with_of_is_part_of_the_total()
    {
        var ops = Extractor.Extract(
            "أعلنت الشرطة مقتل تسعة أشخاص بينهم أربعة مدنيين وخمسة من الجنود في هجوم لداعش على قرية في قضاء خانقين بمحافظة ديالى، اليوم الأحد.",
            Published).Operations;
        Assert.Equal(9, Victims(ops, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_qualifier_after_the_total_does_not_hide_its_parts()
    {
        var ops = Extractor.Extract(
            "أعلنت الشرطة مقتل سبعة أشخاص على الأقل هم أربعة جنود وثلاثة مدنيين في هجوم لداعش على قرية في قضاء الدبس بمحافظة كركوك.",
            Published).Operations;
        Assert.Equal(7, Victims(ops, CasualtyCategory.Killed));
        Assert.Equal(3, ops.Sum(o => Count(o, CasualtySide.Civilian, CasualtyCategory.Killed)));
        Assert.Equal(4, ops.Sum(o => Count(o, CasualtySide.Security, CasualtyCategory.Killed)));
    }
    [Fact]
    public void Syria_named_in_the_phrase_of_the_border_keeps_the_operation_iraqs()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلن الجيش، مساء الاثنين، أن قوة من عمليات الجزيرة قتلت أربعة إرهابيين وتقدمت حتى 5 كيلومترات خلف الحدود الدولية بين سوريا والعراق.",
            Published).Operations);
        Assert.Equal(4, op.Killed);
    }

    [Fact]
    public void An_operation_in_syria_stays_out()
    {
        Assert.Empty(Extractor.Extract("قتلت قوات سوريا الديمقراطية ستة عناصر من داعش في ريف دير الزور.", Published).Operations);
    }

    [Fact]
    public void A_factions_channel_telling_the_news_is_no_party_to_it()
    {
        var op = Assert.Single(Extractor.Extract(
            "وذكرت قناة النجباء أن انتحاريا هاجم مقرا للحشد الشعبي في قضاء بلد بمحافظة صلاح الدين، ما أدى إلى إصابة ثلاثة من المقاتلين.",
            Published).Operations);
        Assert.Equal(3, Count(op, CasualtySide.Security, CasualtyCategory.Wounded));
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void The_faction_itself_hit_in_another_conflict_stays_out()
    {
        Assert.Empty(Extractor.Extract("وقتل ثلاثة من عناصر حركة النجباء بقصف أمريكي على مقر لهم في جرف الصخر.", Published).Operations);
    }
    [Fact]
    public void Also_after_the_figures_adds_a_second_strike_with_the_same_count()
    {
        var ops = Extractor.Extract(
            "قصفت طائرات التحالف الدولي، أمس، مقرا لداعش قرب ناحية ربيعة في محافظة نينوى، ما أسفر عن مقتل ثلاثة من عناصر التنظيم.\nوقتل ثلاثة من عناصر داعش بضربة جوية على عربة تقلهم قرب الناحية أيضا.",
            Published).Operations;
        Assert.Equal(6, ops.Sum(o => o.Killed ?? 0));
        Assert.Equal(2, ops.Count(o => o.Killed == 3));
    }

    [Fact]
    public void Also_of_the_teller_before_the_figures_is_the_same_count_told_again()
    {
        var op = Assert.Single(Extractor.Extract(
            "قصفت طائرات التحالف الدولي، أمس، مقرا لداعش قرب ناحية ربيعة في محافظة نينوى، ما أسفر عن مقتل ثلاثة من عناصر التنظيم.\nوأكد المصدر أيضا مقتل ثلاثة من عناصر داعش في القصف.",
            Published).Operations);
        Assert.Equal(3, op.Killed);
    }
    [Fact]
    public void Two_men_each_arrested_at_a_place_of_his_own_are_two_arrests_under_the_leads_sum()
    {
        var ops = Extractor.Extract(
            "أعلنت قيادة شرطة الأنبار، أمس الخميس، اعتقال قياديين اثنين في تنظيم داعش غربي المحافظة.\nوقال قائد الشرطة إن قوة نفذت عملية دهم في قضاء هيت أسفرت عن اعتقال مسؤول التجنيد في التنظيم.\nوأضاف أن قوة تمكنت من اعتقال الأمير العسكري خلال عملية في قضاء حديثة.",
            Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.All(ops, o => Assert.Equal(1, o.Arrested));
        Assert.All(ops, o => Assert.Equal("IQ-AN", o.Province));
    }

    [Fact]
    public void One_man_told_again_at_the_same_place_is_one_arrest()
    {
        var op = Assert.Single(Extractor.Extract(
            "اعتقلت قوة أمنية مسؤول التجنيد في تنظيم داعش في قضاء هيت.\nوقال المصدر إن القوة تمكنت من اعتقال المسؤول في قضاء هيت بعد رصد تحركاته.",
            Published).Operations);
        Assert.Equal(1, op.Arrested);
    }
    [Fact]
    public void A_driver_killed_by_an_infiltrating_bomber_is_a_civilian()
    {
        var ops = Extractor.Extract(
            "تسلل ثلاثة انتحاريين من داعش ليلا إلى أطراف قضاء هيت في الأنبار، وأحدهم قتل سائق أجرة واستولى على سيارته قبل أن يفجر نفسه قرب حاجز للشرطة.",
            Published).Operations;
        Assert.Equal(1, ops.Sum(o => Count(o, CasualtySide.Civilian, CasualtyCategory.Killed)));
        Assert.Equal(0, ops.Sum(o => o.Killed ?? 0));
    }
}
