using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Counting and morphology (helper counts17, session 17; every sentence here is INVENTED). The object pronoun on a
/// casualty verb or verbal noun counts whom it hit when no count in the sentence does: "ـه" one ("وقتلوه"، "اعتقاله"،
/// "أدى إلى مقتله"), "ـهما" two; the lone "ـه" is read off a word only where its form shows a verb ("قتلوه") or a
/// verbal noun ("إعدامه"), never off a ta marbuta ("إصابة"، "مجموعة"). A share of people just counted with a casualty
/// verb of its own ("وأسرت 12 منهم") is their other fate, no part of the first count. A bare count right after a
/// casualty word, which only people take ("مقتل 12 وإصابة 20"), counts people though no one was counted before it.
/// An aside of who was among the people ("بينهم أمراء") may run, with no comma, to their plural verb. "الباقون",
/// "المتبقين" (the rest) after a count are others, as "آخرون" are. "شخص" (filed with the plurals, the noun a hundred
/// counts) right after a casualty word is one person.
/// </summary>
public class CountsTests17
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2021, 3, 14));

    [Theory]
    [InlineData("قتلوه", "قتلو")]
    [InlineData("وقتلناه", "قتلنا")]
    [InlineData("باعدامه", "اعدام")]
    [InlineData("واغتياله", "اغتيال")]
    public void The_lone_him_is_read_off_a_verb_or_a_verbal_noun(string word, string stem)
    {
        Assert.Contains(stem, Clitics.SuffixReadings(word));
    }

    [Theory]
    [InlineData("مجموعه", "مجموع")]
    [InlineData("اصابه", "اصاب")]
    [InlineData("اسره", "اسر")]
    [InlineData("قبضته", "قبضت")]
    public void A_ta_marbuta_is_no_him(string word, string notAStem)
    {
        Assert.DoesNotContain(notAStem, Clitics.SuffixReadings(word));
    }

    [Fact]
    public void A_verb_with_his_pronoun_after_gunmen_stopped_a_shepherd_kills_one_civilian()
    {
        var result = Read("قالت مصادر أمنية في محافظة ديالى إن مسلحين من داعش اعترضوا طريق راع للأغنام قرب ناحية السعدية وقتلوه.");
        Assert.Equal(1, Count(result, CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_verbal_noun_with_his_pronoun_after_a_raid_arrests_one()
    {
        var result = Read("ذكرت الشرطة في محافظة نينوى أن قوة أمنية داهمت منزل مطلوب في قضاء تلعفر وتمكنت من اعتقاله.");
        Assert.Equal(1, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void Soldiers_who_killed_him_are_not_the_one_killed()
    {
        var result = Read("وحاول انتحاري آخر تفجير نفسه قرب نقطة تفتيش في قضاء الطارمية شمالي بغداد، لكن الجنود رصدوه وقتلوه.");
        Assert.Equal(1, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(0, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_headline_names_the_man_after_the_verbs_that_hit_him()
    {
        var result = Read("طوقوه وقتلوه.. إرهابي حاول اقتحام سيطرة للجيش في قضاء بيجي بمحافظة صلاح الدين");
        Assert.Equal(1, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void The_dual_pronoun_on_a_verbal_noun_counts_two()
    {
        var result = Read("أعلنت خلية الإعلام الأمني أن قوة من الشرطة حاصرت مطلوبين في قضاء الفلوجة بمحافظة الأنبار وتمكنت من اعتقالهما.");
        Assert.Equal(2, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void A_pronoun_on_the_noun_of_a_wound_after_a_named_casualty_adds_no_one()
    {
        var result = Read("أعلنت خلية الإعلام الأمني أن عبوة ناسفة انفجرت على دورية للجيش في قضاء الطارمية ما أدى إلى مقتل جندي وإصابة ضابط، ونقل إلى المستشفى لإصابته.");
        Assert.Equal(1, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
        Assert.Equal(1, Count(result, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_pronoun_that_did_the_killing_counts_no_one()
    {
        var result = Read("وأعلنت الشرطة في محافظة كركوك اعتقال إرهابي في ناحية الرياض بعد قتله ثلاثة مدنيين الشهر الماضي.");
        Assert.Equal(0, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_share_with_its_own_verb_is_the_other_fate_of_the_people_counted()
    {
        var result = Read("أعلنت قيادة العمليات أن القوات الأمنية قتلت أكثر من 40 من عناصر داعش في قضاء الحويجة بمحافظة كركوك وأسرت 12 منهم.");
        Assert.Equal(40, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(12, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void Captured_of_them_after_a_killed_count_are_arrested_not_killed()
    {
        var result = Read("وقالت مصادر في البيشمركة إن قواتها تمكنت من قتل 25 مسلحا من داعش قرب سد الموصل واعتقلت ستة منهم.");
        Assert.Equal(25, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal(6, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void A_share_with_the_same_verb_stays_a_share()
    {
        var result = Read("وأعلنت الشرطة اعتقال 9 إرهابيين في محافظة ديالى، واعتقل 4 منهم في قضاء بعقوبة.");
        Assert.Equal(9, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void A_bare_count_after_a_casualty_noun_counts_people_with_no_one_counted_before()
    {
        var result = Read("وذكر ضابط في الشرطة أن انتحاريا يرتدي سترة ملغمة فجر نفسه وسط تجمع للمتسوقين في قضاء المحمودية جنوبي بغداد، وأسفر التفجير عن مقتل 12 على الأقل وإصابة 20.");
        var op = Assert.Single(result.Operations);
        Assert.Equal(12, op.Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(20, op.Casualties.Where(c => c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void A_bare_count_after_a_passive_verb_and_before_where_counts_people()
    {
        var result = Read("وقصفت طائرات القوة الجوية مضافة لعصابات داعش في وادي الشاي جنوبي كركوك، وقتل 6 في القصف.");
        Assert.Equal(6, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_bare_count_before_a_noun_of_its_own_is_not_read_as_people()
    {
        var result = Read("وأعلنت الشرطة اعتقال 3 سيارات مفخخة قرب قضاء بعقوبة في محافظة ديالى.");
        Assert.Equal(0, result.Operations.Sum(o => o.Casualties.Sum(c => c.Count)));
    }

    [Fact]
    public void An_aside_of_who_was_among_them_with_no_closing_comma_leaves_the_verb_to_the_whole()
    {
        var result = Read("وذكر مصدر عسكري أن 23 مسلحا من عصابات داعش، بينهم انتحاريون وأمراء قتلوا بغارات للقوة الجوية في جبال حمرين بمحافظة ديالى.");
        Assert.Equal(23, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }

    [Fact]
    public void An_aside_after_the_people_of_a_force_leaves_their_plural_verb_to_them()
    {
        var result = Read("وأفاد مصدر طبي أن تسعة من منتسبي الشرطة الاتحادية، بينهم ضابطان أصيبوا بانفجار عبوة ناسفة قرب قضاء الطارمية شمالي بغداد.");
        Assert.Equal(9, Count(result, CasualtySide.Security, CasualtyCategory.Wounded));
    }

    [Fact]
    public void The_rest_after_a_share_is_a_count_of_its_own_verb()
    {
        var result = Read("وأوضح البيان أن الشبكة تتكون من 40 عنصرا، قتل 5 منهم في اشتباكات مع القوات، بينما اعتقل الـ35 الباقون في مداهمات متفرقة في السليمانية.");
        Assert.Equal(35, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void The_remaining_with_the_article_after_an_arrest_verb_are_arrested()
    {
        var result = Read("وقالت الشرطة في محافظة ديالى إن مفارزها اعتقلت الـ12 المتبقين من أفراد الخلية في قضاء بعقوبة.");
        Assert.Equal(12, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
    }

    [Fact]
    public void One_person_at_large_after_a_casualty_word_is_one()
    {
        var result = Read("وقالت الشرطة إن عبوة ناسفة انفجرت قرب سوق شعبي في قضاء المقدادية بمحافظة ديالى ما أدى إلى مقتل شخص وإصابة اثنين آخرين.");
        var op = Assert.Single(result.Operations);
        Assert.Equal(1, op.Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count));
        Assert.Equal(2, op.Casualties.Where(c => c.Category == CasualtyCategory.Wounded).Sum(c => c.Count));
    }

    [Fact]
    public void One_person_killed_by_gunmen_is_one_and_a_hundred_persons_stay_a_hundred()
    {
        var one = Read("وقال مصدر في محافظة كركوك إن عناصر داعش أقدموا على قتل شخص في قرية قرب ناحية الرياض.");
        Assert.Equal(1, one.Operations.Sum(o => o.Casualties.Where(c => c.Category == CasualtyCategory.Killed).Sum(c => c.Count)));
        var hundred = Read("وأعلنت خلية الإعلام الأمني اعتقال مئة شخص من المطلوبين في محافظة نينوى.");
        Assert.Equal(100, Count(hundred, CasualtySide.Isis, CasualtyCategory.Arrested));
    }
}
