using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Which victim figures are an attack's toll (helper victims26). Invented sentences.
/// A span back to an earlier event told after the news ("ويأتي هذا الهجوم بعد أيام على تفجير ... أسفر عن مقتل 30")
/// opens a clause of its own when a toll follows it: the toll is the earlier event's, undated, and not the news's
/// (lexicon recalledEvents, Sentence.Clauses, Passes/EarlierTimeUndating).
/// A victim told by a singular noun with no numeral counts one: a kin noun with its possessive pronoun ("وأصيب
/// والدهم"، "إصابة شقيقهم", read through the pronoun to the lemma in persons.civilian), and, beside the dead or the
/// wounded, a singular noun an additive phrase adds ("بالإضافة إلى ابن عمهم", FigureFinder.AdditiveOneAt).
/// </summary>
public class VictimsTests26
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 4, 11);

    [Fact]
    public void A_toll_after_a_span_back_is_the_earlier_attacks_own()
    {
        var result = Extractor.Extract(
            "شن طيران التحالف غارة على مخبأ في جبال حمرين، بعد أيام من تنفيذ التنظيم الإرهابي هجوما بسيارة مفخخة في سوق ببغداد أسفر عن مقتل 14 شخصا وإصابة 30 آخرين.",
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
            "قتل مسلحو داعش اليوم ثلاثة رعاة في قرية قرب الحويجة، ويأتي هذا الهجوم بعد أيام على تفجير عبوة ناسفة زرعها التنظيم أسفر عن مقتل جنديين على طريق القرية.",
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
        var result = Extractor.Extract("بعد يومين من انطلاق العملية، قتلت القوات الأمنية اليوم ستة إرهابيين في وادي الشاي جنوب كركوك.", Published);
        Assert.Equal(6, Isis(result, CasualtyCategory.Killed));
        Assert.Equal(Published, Assert.Single(result.Operations).Date);
    }

    [Fact]
    public void A_span_back_that_tells_no_toll_cuts_nothing()
    {
        var result = Extractor.Extract(
            "استعادت القوات الأمنية السيطرة على وسط بيجي بعد أيام من المواجهات مع تنظيم داعش.",
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
}
