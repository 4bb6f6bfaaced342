using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Counting words (helper counts16, session 16, learned from the count misses of the tuning reports; every sentence here
/// is INVENTED). A count of a man's own companions ("و4 من مساعديه"، "مع أحد مرافقيه") or of others than he ("إضافة إلى
/// خمسة عناصر آخرين") joined to a man the sentence names but does not count counts him too; hideouts after the "على" of
/// a verb of finding that adverbials part from it ("عثرت قوة، أثناء التفتيش، على 9 أوكار") are found, and destroyed when
/// the sentence then destroys them ("تم تدميرها"); a "-ين" noun a dual pronoun refers back to ("طيارين ... مروحيتهما") and a
/// "-ان" noun a dual nisba adjective agrees with ("زعيمان عشائريان") are two; a statistic's "عدد المعتقلين ... بلغ N" is
/// ISIS's when the count's own noun after it bears a terror charge ("N متهما بالإرهاب"), and then restates a rounded
/// "أكثر من" of the same field exactly; "المتطرفين"، "المتشددين" (the wire copy's words for ISIS) are ISIS's men; a count
/// over "the recent period" ("خلال الفترة الأخيرة") is a tally; civilian occupations (فلاح، صياد، تاجر) are civilians,
/// and "آخريين" is the press's misspelt "آخرين"; "N وجريحين" is no count of wounded N (the و parts the noun from the count).
/// </summary>
public class CountsTests16
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static int Killed(string text) =>
        Extractor.Extract(text, new DateOnly(2016, 9, 12)).Operations.Sum(o => Count(o, CasualtySide.Isis, CasualtyCategory.Killed));

    [Fact]
    public void A_named_man_and_a_count_of_his_companions_joined_by_and_are_one_more()
    {
        Assert.Equal(5, Killed("أعلنت قيادة العمليات أن طائرات القوة الجوية قتلت المدعو أبو عمر الشامي و4 من مساعديه في قضاء الحويجة."));
    }

    [Fact]
    public void A_man_killed_with_one_of_his_escorts_is_two()
    {
        Assert.Equal(2, Killed("وقالت مصادر أمنية إن الإرهابي المكنى أبو خالد قتل صباح الأحد مع أحد مرافقيه بغارة جوية قرب قضاء الحويجة."));
    }

    [Fact]
    public void A_named_man_in_addition_to_others_is_one_more_than_the_others()
    {
        Assert.Equal(6, Killed("وأكدت القيادة مقتل زعيم التنظيم في الحويجة أبو خالد بالإضافة إلى خمسة عناصر آخرين بضربة جوية."));
    }

    [Fact]
    public void A_man_the_sentence_counted_is_not_counted_again_with_his_companions()
    {
        Assert.Equal(4, Killed("وتمكنت القوات الأمنية من قتل قيادي في داعش و3 من مساعديه في قضاء الحويجة."));
    }

    [Fact]
    public void Companions_after_a_trigger_count_no_one_more()
    {
        Assert.Equal(3, Killed("وفي قضاء الحويجة قتلت القوات 3 من مرافقي الإرهابي الهارب."));
    }

    [Fact]
    public void Hideouts_after_the_on_of_a_distant_verb_of_finding_then_destroyed_are_destroyed()
    {
        var op = Assert.Single(Extractor.Extract(
            "وعثرت قوة من الجيش، أثناء تفتيش الوديان شمالي قضاء بيجي وبإسناد من طيران الجيش، على 9 أوكار للتنظيم، تم تدميرها بالكامل.",
            new DateOnly(2016, 9, 12)).Operations);
        Assert.Equal(9, op.HideoutsDestroyed);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_count_after_on_with_no_verb_of_finding_is_no_hideout_figure()
    {
        var ops = Extractor.Extract("وسيطرت القوات الأمنية، بعد معارك عنيفة في قضاء بيجي، على 4 أوكار سابقة للتنظيم.", new DateOnly(2016, 9, 12)).Operations;
        Assert.DoesNotContain(ops, o => o.HideoutsDestroyed is not null);
    }

    [Fact]
    public void A_plural_looking_noun_a_dual_pronoun_refers_back_to_is_two()
    {
        var op = Assert.Single(Extractor.Extract("أعلنت قيادة العمليات مقتل طيارين سقطت مروحيتهما قرب قضاء الشرقاط.", new DateOnly(2016, 9, 12)).Operations);
        Assert.Equal(2, Count(op, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void The_same_noun_with_no_dual_pronoun_counts_nobody()
    {
        var ops = Extractor.Extract("وأعلنت قيادة العمليات مقتل طيارين في حوادث متفرقة قرب قضاء الشرقاط خلال الأعوام الماضية.", new DateOnly(2016, 9, 12)).Operations;
        Assert.DoesNotContain(ops, o => o.Casualties.Any(c => c.Count == 2));
    }

    [Fact]
    public void A_noun_no_list_knows_with_a_dual_nisba_adjective_is_two()
    {
        var op = Assert.Single(Extractor.Extract("وقتل زعيمان عشائريان بقصف جوي شمالي قضاء سنجار.", new DateOnly(2016, 9, 12)).Operations);
        Assert.Equal(2, op.Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void A_reached_count_whose_own_noun_bears_a_terror_charge_is_the_tallys_and_the_exact_one_wins()
    {
        var tally = Assert.Single(Extractor.Extract(
            "أعلنت مديرية الاستخبارات العسكرية، اليوم الأحد، اعتقال أكثر من 1200 إرهابي خلال العام 2022.\n"
            + "وأوضحت المديرية أن عدد المعتقلين طيلة عام 2022 بلغ 1217 متهما بقضايا إرهابية، وضبطت معهم كميات من الأسلحة.",
            new DateOnly(2023, 1, 8)).Tallies);
        Assert.Equal(1217, tally.Arrested);
        Assert.False(tally.Approximate);
    }

    [Fact]
    public void A_reached_count_of_people_no_word_ties_to_isis_is_no_tally_figure()
    {
        var result = Extractor.Extract("أعلنت مديرية الاستخبارات العسكرية، اليوم الأحد، أن عدد المعتقلين طيلة عام 2022 بلغ 1217 شخصا.", new DateOnly(2023, 1, 8));
        Assert.Empty(result.Tallies);
    }

    [Fact]
    public void A_spokesmans_dead_of_operations_in_a_province_over_the_recent_period_are_a_tally_of_that_province()
    {
        var result = Extractor.Extract("وقال المتحدث باسم وزارة الدفاع إن 30 من المتشددين قتلوا في عمليات أمنية بمحافظة الأنبار خلال الفترة الأخيرة.", new DateOnly(2021, 3, 8));
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(30, tally.Killed);
        Assert.Equal("IQ-AN", tally.Scope);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Extremists_as_the_wire_copy_calls_them_are_isis()
    {
        var op = Assert.Single(Extractor.Extract("وأعلن مصدر أمني مقتل أربعة متطرفين بضربة جوية قرب قضاء القائم غربي الأنبار.", new DateOnly(2021, 3, 8)).Operations);
        Assert.Equal(4, Count(op, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_farmer_killed_and_two_others_wounded_misspelt_are_civilians()
    {
        var op = Assert.Single(Extractor.Extract("وانفجرت عبوة ناسفة زرعها مسلحو داعش في بستان قرب قضاء خانقين، ما أدى إلى مقتل فلاح وجرح اثنين آخريين.", new DateOnly(2019, 6, 30)).Operations);
        Assert.Equal(1, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(2, Count(op, CasualtySide.Civilian, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_trader_killed_by_isis_is_a_civilian()
    {
        var op = Assert.Single(Extractor.Extract("وقتل مسلحون من داعش تاجرا في سوق قرية قرب قضاء الحويجة.", new DateOnly(2019, 6, 30)).Operations);
        Assert.Equal(1, Count(op, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_category_noun_joined_by_and_after_a_count_is_not_what_the_count_counts()
    {
        var ops = Extractor.Extract("وأوضح المصدر أن سرية من الفوج الثاني هاجمها مسلحو داعش قرب قضاء الدجيل، وقتل منها 4 وجريحين.", new DateOnly(2019, 6, 30)).Operations;
        Assert.DoesNotContain(ops, o => o.Casualties.Any(c => c.Category == CasualtyCategory.Wounded && c.Count == 4));
    }
}
