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
}
