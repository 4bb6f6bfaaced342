using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// The same report written by another hand must read the same. Found by rewriting the 222 tuning reports in ways that
/// keep their meaning (numbers in digits or in words, dates in Levant or Egyptian month names, the headline or the
/// dateline dropped, other names of ISIS and of the forces, other reporting verbs) and comparing the readings: each
/// test pairs the wording the rules already read with the other hand's, and asserts both read the same figures.
/// Every sentence here is invented.
/// </summary>
public class OtherHandsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2021, 3, 6);

    private static List<(CasualtySide Side, CasualtyCategory Category, int Count)> Figures(string text) =>
        [.. Extractor.Extract(text, Published).Operations.SelectMany(o => o.Casualties)
            .Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ThenBy(c => c.Side)];

    // ---- a distancing "so-called" before ISIS's name -------------------------------------------------------------

    [Theory]
    [InlineData("أفاد مصدر أمني بأن 7 مسلحين من تنظيم داعش قتلوا في عملية أمنية بقضاء طوزخورماتو في صلاح الدين.")]
    [InlineData("أفاد مصدر أمني بأن 7 مسلحين من ما يسمى بتنظيم الدولة قتلوا في عملية أمنية بقضاء طوزخورماتو في صلاح الدين.")]
    [InlineData("أفاد مصدر أمني بأن 7 مسلحين مما يسمى بـ\"داعش\" قتلوا في عملية أمنية بقضاء طوزخورماتو في صلاح الدين.")]
    [InlineData("أفاد مصدر أمني بأن 7 مسلحين من ما يعرف بتنظيم الدولة قتلوا في عملية أمنية بقضاء طوزخورماتو في صلاح الدين.")]
    public void A_so_called_before_the_name_of_isis_keeps_the_verb_after_the_name_in_reach(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal([(CasualtySide.Isis, CasualtyCategory.Killed, 7)], op.Casualties.Select(c => (c.Side, c.Category, c.Count)));
        Assert.Equal("IQ-SD", op.Province);
    }

    [Fact]
    public void A_so_called_before_a_name_that_is_no_organisation_changes_nothing()
    {
        // "ما يسمى" before a place: no name of ISIS follows, so the men are still read from the sentence's own words.
        Assert.Equal(
            [(CasualtySide.Isis, CasualtyCategory.Killed, 4)],
            Figures("قتلت القوات الأمنية 4 إرهابيين من داعش في ما يسمى وادي الذئاب شمال ديالى."));
    }

    // ---- the conjunction "و" written on digits ------------------------------------------------------------------

    [Theory]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل أمير القاطع ومعاونه وأربعة من مرافقيه في كمين شرقي قضاء الشرقاط.", 6)]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل أمير القاطع ومعاونه و4 من مرافقيه في كمين شرقي قضاء الشرقاط.", 6)]
    [InlineData("أعلنت قيادة العمليات المشتركة مقتل أمير القاطع و4 من مرافقيه في كمين شرقي قضاء الشرقاط.", 5)]
    public void Companions_joined_by_and_written_on_digits_count_with_the_man(string sentence, int killed)
    {
        Assert.Equal([(CasualtySide.Isis, CasualtyCategory.Killed, killed)], Figures(sentence));
    }

    // ---- people described before "و" and the next count -------------------------------------------------------

    [Theory]
    [InlineData("أسفر الهجوم عن مقتل ستة جنود عراقيين وثلاثة مدنيين قرب قضاء خانقين.")]
    [InlineData("أسفر الهجوم عن مقتل 6 جنود عراقيين وثلاثة مدنيين قرب قضاء خانقين.")]
    [InlineData("أسفر الهجوم عن مقتل 6 جنود عراقيين و3 مدنيين قرب قضاء خانقين.")]
    [InlineData("أسفر الهجوم عن مقتل 6 جنود من الجيش و 3 مدنيين قرب قضاء خانقين.")]
    public void A_count_joined_past_words_that_describe_the_people_before_it_shares_their_fate(string sentence)
    {
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 6), (CasualtySide.Civilian, CasualtyCategory.Killed, 3)],
            Figures(sentence).OrderBy(f => f.Side).ToList());
    }

    [Fact]
    public void A_count_after_a_clause_of_its_own_is_not_joined_past_its_verb()
    {
        // The words between name a second outcome: the count after them is that verb's, not the first figure's.
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 6), (CasualtySide.Civilian, CasualtyCategory.Wounded, 3)],
            Figures("أسفر الهجوم عن مقتل 6 جنود وإصابة 3 مدنيين قرب قضاء خانقين.").OrderBy(f => f.Category).ToList());
    }

    [Theory]
    [InlineData("أسفر الهجوم عن مقتل ستة جنود وثلاثة من المدنيين قرب قضاء خانقين.")]
    [InlineData("أسفر الهجوم عن مقتل 6 جنود عراقيين و3 من المدنيين قرب قضاء خانقين.")]
    public void People_of_another_side_after_a_partitive_are_no_companions_of_the_men_before(string sentence)
    {
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 6), (CasualtySide.Civilian, CasualtyCategory.Killed, 3)],
            Figures(sentence).OrderBy(f => f.Side).ToList());
    }

    // ---- the counted named after "هم" ------------------------------------------------------------------------------

    [Theory]
    [InlineData("قال مسؤول محلي إن الهجوم الذي شنه داعش على قرية قرب داقوق في كركوك أدى إلى مقتل خمسة أشخاص، هم اثنان من الشرطة وثلاثة فلاحين.")]
    [InlineData("قال مسؤول محلي إن الهجوم الذي شنه داعش على قرية قرب داقوق في كركوك أدى إلى مقتل 5 أشخاص، هم اثنان من الشرطة وثلاثة فلاحين.")]
    [InlineData("قال مسؤول محلي إن الهجوم الذي شنه داعش على قرية قرب داقوق في كركوك أدى إلى مقتل 5 أشخاص هم اثنان من الشرطة و3 فلاحين.")]
    [InlineData("قال مسؤول محلي إن الهجوم الذي شنه داعش على قرية قرب داقوق في كركوك أدى إلى مقتل خمسة أشخاص هم اثنان من الشرطة وثلاثة فلاحين.")]
    [InlineData("قال مسؤول محلي إن الهجوم الذي شنه داعش على قرية قرب داقوق في كركوك أدى إلى مقتل 5 أشخاص هم شرطيان و3 فلاحين.")]
    public void The_counted_named_after_an_identity_pronoun_share_the_fate_of_a_total_in_digits(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 2), (CasualtySide.Civilian, CasualtyCategory.Killed, 3)],
            op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Side).ToList());
        Assert.Equal("IQ-KI", op.Province);
    }

    // ---- "عدد (N)": the noun "number" before a count in digits ------------------------------------------------------

    [Theory]
    [InlineData("أعلنت قيادة عمليات نينوى اليوم مقتل وإصابة 12 إرهابيا في عملية جنوب الموصل.")]
    [InlineData("أعلنت قيادة عمليات نينوى اليوم مقتل وإصابة عدد (12) إرهابيا في عملية جنوب الموصل.")]
    [InlineData("أعلنت قيادة عمليات نينوى اليوم مقتل وإصابة عدد 12 إرهابيا في عملية جنوب الموصل.")]
    public void A_count_after_the_noun_number_is_still_one_count_of_two_outcomes(string sentence)
    {
        // The dead and the wounded together: a figure of neither.
        Assert.Empty(Figures(sentence));
    }

    [Theory]
    [InlineData("اعتقلت مفارز وكالة الاستخبارات عدد (4) متهمين بالإرهاب في قضاء الحويجة بكركوك.", CasualtyCategory.Arrested, 4)]
    [InlineData("قتلت القوات الأمنية عدد 4 إرهابيين في قضاء الحويجة بكركوك.", CasualtyCategory.Killed, 4)]
    public void A_count_after_the_noun_number_counts_as_it_would_without_it(string sentence, CasualtyCategory category, int count)
    {
        Assert.Equal([(CasualtySide.Isis, category, count)], Figures(sentence));
    }
}
