using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victim figures are an attack's toll (helper victims26). Invented sentences.
/// A span back to an earlier event told after the news ("وجاء الاعتداء بعد أيام على انفجار ... أسفر عن مقتل 30")
/// opens a clause of its own when a toll follows it: the toll is the earlier event's, undated, and not the news's
/// (lexicon recalledEvents, Sentence.Clauses, Passes/EarlierTimeUndating).
/// A victim told by a singular noun with no numeral counts one: a kin noun with its possessive pronoun ("وأصيب
/// والدهم"، "إصابة شقيقهم", read through the pronoun to the lemma in persons.civilian), and, beside the dead or the
/// wounded, a singular noun an additive phrase adds ("بالإضافة إلى ابن عمهم", SingularFigures.AdditiveOneAt).
/// A report whose headline tells one attack counts its toll once: another source's count of the same outcome, a little
/// more or less, is that toll told again (Passes/OtherSourceTollRemoval).
/// </summary>
public class VictimsTests26
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 4, 11);

    [Fact]
    public void A_toll_after_a_span_back_is_the_earlier_attacks_own()
    {
        var result = Extractor.Extract(
            "شن طيران التحالف غارة على مخبأ في جبال حمرين، بعد أيام من هجوم نفذه التنظيم الإرهابي بسيارة مفخخة في سوق ببغداد أسفر عن مقتل 14 شخصا وإصابة 30 آخرين.",
            Published);
        Assert.Equal(14, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(30, Victims(result, CasualtyCategory.Wounded));
        var attack = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Side != CasualtySide.Isis && c.Count == 14));
        Assert.Null(attack.Date);
    }

    [Fact]
    public void The_news_before_the_span_keeps_its_day_and_its_toll()
    {
        var result = Extractor.Extract(
            "قتل مسلحو داعش اليوم ثلاثة رعاة في قرية قرب الحويجة، وجاء الاعتداء بعد أيام على انفجار عبوة ناسفة زرعها التنظيم أسفر عن مقتل جنديين على طريق القرية.",
            Published);
        Assert.Equal(5, Victims(result, CasualtyCategory.Killed));
        var news = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Count == 3));
        Assert.Equal(Published, news.Date);
        Assert.DoesNotContain(news.Casualties, c => c.Count == 2);
        var earlier = Assert.Single(result.Operations, o => o.Casualties.Any(c => c.Count == 2));
        Assert.Null(earlier.Date);
    }

    [Fact]
    public void A_span_that_opens_the_sentence_dates_the_news_after_it()
    {
        var result = Extractor.Extract("بعد أيام من انطلاق العملية، قتلت القوات الأمنية اليوم ستة إرهابيين في وادي الشاي جنوب كركوك.", Published);
        Assert.Equal(6, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(Published, Assert.Single(result.Operations).Date);
    }

    [Fact]
    public void A_span_back_that_tells_no_toll_cuts_nothing()
    {
        var result = Extractor.Extract(
            "حررت قطعات الجيش وسط بيجي من قبضة التنظيم بعد أيام من المواجهات.",
            Published);
        var op = Assert.Single(result.Operations);
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_kin_noun_with_its_pronoun_counts_one()
    {
        var result = Extractor.Extract("قتل مسلحو داعش ثلاثة رعاة في قرية قرب خانقين وأصيب والدهم بجروح بليغة.", Published);
        Assert.Equal(3, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(1, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_singular_noun_an_additive_phrase_adds_to_the_wounded_is_one_more()
    {
        var result = Extractor.Extract("وقال مصدر إن هجوم داعش على البستان أدى إلى إصابة شقيقهما الأكبر بالإضافة إلى ابن عمهما.", Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_plural_after_the_additive_phrase_adds_no_count()
    {
        var result = Extractor.Extract("أسفر هجوم لداعش على ربيئة قرب النهر عن مقتل جنديين إضافة إلى مدنيين من القرية.", Published);
        Assert.Equal(2, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_suspect_an_additive_phrase_adds_to_the_arrested_is_not_counted()
    {
        var result = Extractor.Extract("اعتقلت قوة من الجيش أربعة إرهابيين من داعش بالإضافة إلى سائق كان ينقلهم قرب القائم.", Published);
        Assert.Equal(4, Isis(result, CasualtyCategory.Arrested));
        Assert.Equal(0, Count(result, CasualtySide.Civilian, CasualtyCategory.Arrested));
    }

    [Fact]
    public void Another_sources_count_of_the_one_attack_is_its_toll_told_again()
    {
        var result = Extractor.Extract(
            "هجوم انتحاري يوقع عشرات الضحايا في سوق بالحلة\n"
            + "قتل 25 مدنيا وأصيب 40 آخرون اليوم بتفجير انتحاري تبناه تنظيم داعش في سوق للخضار وسط مدينة الحلة.\n"
            + "ونقلت وكالة محلية عن مصادر طبية أن 24 مدنيا قتلوا في الهجوم الذي نفذه انتحاري من التنظيم.",
            Published);
        Assert.Equal(25, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(40, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_headline_of_two_attacks_keeps_both_tolls()
    {
        var result = Extractor.Extract(
            "هجومان لداعش في ديالى\n"
            + "قتل 6 مدنيين اليوم بهجوم لمسلحي داعش على قرية زراعية قرب المقدادية في ديالى.\n"
            + "وفي هجوم ثان قتل مسلحو التنظيم 5 مدنيين في قرية قرب خانقين.",
            Published);
        Assert.Equal(11, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_close_count_of_a_second_attack_is_its_own()
    {
        var result = Extractor.Extract(
            "هجوم لداعش يقتل مدنيين في ديالى\n"
            + "قتل 6 مدنيين اليوم بهجوم لمسلحي داعش على قرية زراعية قرب المقدادية في ديالى.\n"
            + "وقتل مسلحو التنظيم 5 مدنيين بهجوم ثان على قرية قرب المقدادية.",
            Published);
        Assert.Equal(11, Victims(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_count_far_from_the_first_is_no_retelling()
    {
        var result = Extractor.Extract(
            "هجوم لداعش يقتل مدنيين في ديالى\n"
            + "قتل 7 مدنيين اليوم بهجوم لمسلحي داعش على قرية زراعية قرب المقدادية في ديالى.\n"
            + "وقال مصدر أمني إن مسلحي داعش قتلوا 3 رعاة في قرية أخرى قرب المقدادية.",
            Published);
        Assert.Equal(10, Victims(result, CasualtyCategory.Killed));
    }
}
