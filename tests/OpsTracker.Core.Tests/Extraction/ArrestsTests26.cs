using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests and who is arrested (helper arrests26, session 26; every sentence here is INVENTED). The arrested told by
/// the pronoun of the arrest: the preposition of "القبض على" carries him ("وتم القبض عليه" one, "عليهما" two:
/// <c>FigureFinder.ReadPrepositionPronoun</c>, lexicon <c>arrestedByPrepositionPronoun</c>), and people counted as new
/// referents and then taken by a later arrest word's pronoun ("لمطلوبين اثنين ... واعتقالهما") are the object of an
/// event, neither a head total nor a group the man told before them is one of (<c>Figure.TakenByALaterPronoun</c>).
/// </summary>
public class ArrestsTests26
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 9);

    [Fact]
    public void The_pronoun_on_the_preposition_of_an_arrest_counts_one()
    {
        const string text = "أوضحت مديرية الاستخبارات أن المطلوب إرهابي بارز في التنظيم، وتم القبض عليه في قضاء الحويجة بمحافظة كركوك.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal(1, op.Arrested);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void The_dual_pronoun_on_the_preposition_of_an_arrest_counts_two()
    {
        const string text = "وذكر البيان أن المدعوين (س. ع) و(ح. م) من قادة ما يسمى ولاية كركوك، وجرى القبض عليهما في ناحية الرياض جنوب غربي كركوك.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        var op = Assert.Single(ops);
        Assert.Equal(2, op.Arrested);
        Assert.Equal("IQ-KI", op.Province);
    }

    [Fact]
    public void A_warrant_for_his_arrest_is_no_arrest()
    {
        const string text = "وأصدرت محكمة التحقيق في الرمادي مذكرة إلقاء القبض عليه بتهمة الانتماء إلى داعش.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested is not null);
    }

    [Fact]
    public void After_their_arrest_retells_the_arrest_told_before()
    {
        const string text = "اعتقلت قوة من الشرطة عنصرين من داعش في قضاء تلعفر غربي الموصل.\n"
            + "وبثت الوزارة مقطعا مصورا لهما عقب القبض عليهما في مقر الشرطة.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        var op = Assert.Single(ops, o => o.Arrested is not null);
        Assert.Equal(2, op.Arrested);
    }

    [Fact]
    public void People_taken_by_a_later_pronoun_are_an_event_not_the_sum_of_later_arrests()
    {
        // 2 = 1 + 1 by chance: the two are found through the first man's words and arrested by "واعتقالهما".
        const string text = "أعلنت قيادة العمليات المشتركة اليوم نتائج حملة لملاحقة خلايا داعش في عدة محافظات.\n"
            + "وذكرت القيادة أن الحملة بدأت في بغداد حين اعتقلت قوة خاصة قياديا في التنظيم، وأن الموقوف اعترف بمكان مخبأ قرب قضاء الطارمية وجدت فيه القوة هويات لمطلوبين اثنين تتبعتهما الأجهزة واعتقالهما.\n"
            + "وأضافت أن مفرزة أخرى اعتقلت إرهابيا في ناحية العظيم بمحافظة ديالى، كما تم اعتقال إرهابي قرب قضاء بيجي بمحافظة صلاح الدين.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        // The leader, the two and the men of Diyala and Salahuddin: none is a sum of the others, nor absorbed.
        Assert.Equal(5, ops.Sum(o => o.Arrested ?? 0));
        Assert.Equal(3, ops.Count(o => o.Arrested is not null));
    }

    [Fact]
    public void A_lead_count_with_its_arrest_before_it_stays_the_sum_of_the_arrests_below()
    {
        // What it must not take: the trigger stands before the count, which sums 1 + 1.
        const string text = "أعلنت قيادة العمليات المشتركة اليوم اعتقال إرهابيين اثنين في محافظتي ديالى وصلاح الدين.\n"
            + "وقالت القيادة إن مفرزة اعتقلت إرهابيا في ناحية العظيم بمحافظة ديالى، كما تم اعتقال إرهابي قرب قضاء بيجي بمحافظة صلاح الدين.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Arrested == 2);
        Assert.Equal(2, ops.Sum(o => o.Arrested ?? 0));
    }
}
