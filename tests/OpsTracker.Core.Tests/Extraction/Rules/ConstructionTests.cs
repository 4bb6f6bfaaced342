using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions of Arabic news prose (not single sentences) found by invented probe reports, each read as an
/// analyst reads it. Every sentence here is invented.
/// </summary>
public class ConstructionTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 6, 10);

    [Theory]
    [InlineData("أعلن لواء في الحشد الشعبي قتل (خمسة) إرهابيين خلال تفتيش وادٍ صحراوي غربي الأنبار.", 5)]
    [InlineData("أعلن لواء في الحشد الشعبي قتل (ثلاثة) عناصر من داعش خلال تفتيش وادٍ صحراوي غربي الأنبار.", 3)]
    [InlineData("أعلن لواء في الحشد الشعبي قتل خمسة (5) إرهابيين خلال تفتيش وادٍ صحراوي غربي الأنبار.", 5)]
    public void A_figure_in_words_set_in_brackets_is_counted_as_the_bare_word_is(string sentence, int killed)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        Assert.Equal(killed, op.Killed);
        Assert.Equal(CasualtySide.Isis, Assert.Single(op.Casualties).Side);
    }

    [Fact]
    public void A_list_index_in_a_bracket_is_no_figure()
    {
        // Only a bracket the figure opened is passed: "2)" numbering a bullet counts nobody.
        var ops = Extractor.Extract(
            "حصيلة عمليات الأسبوع في ديالى:\n1) قتل 4 إرهابيين في حوض العظيم.\n2) إرهابيين اثنين اعتقلا قرب المقدادية.",
            Published).Operations;
        Assert.DoesNotContain(ops.SelectMany(o => o.Casualties), c => c.Count == 1 || (c.Category == CasualtyCategory.Killed && c.Count == 2));
    }

    [Theory]
    [InlineData("أفاد مصدر محلي بأن عناصر داعش أعدموا أربعة مدنيين رميا بالرصاص قرب قرية نائية جنوبي الموصل.")]
    [InlineData("أفاد مصدر محلي بأن تنظيم داعش أعدم أربعة مدنيين رميا بالرصاص قرب قرية نائية جنوبي الموصل.")]
    public void Civilians_executed_by_the_organisation_are_killed(string sentence)
    {
        var op = Assert.Single(Extractor.Extract(sentence, Published).Operations);
        var dead = Assert.Single(op.Casualties);
        Assert.Equal((CasualtySide.Civilian, CasualtyCategory.Killed, 4), (dead.Side, dead.Category, dead.Count));
        Assert.Equal("IQ-NI", op.Province);
    }
}
