using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>Verbs are conjugated from their past-tense lemma, so the trigger lists give each verb once.</summary>
public class VerbFormsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void A_simple_verb_takes_every_person_of_the_past_and_the_imperfect()
    {
        var forms = VerbForms.Of("قتل").ToList();
        Assert.Subset(forms.ToHashSet(), new HashSet<string> { "قتلت", "قتلوا", "قتلن", "قتلنا", "قتلا", "قتلتا", "يقتل", "تقتل", "يقتلون" });
    }

    [Fact]
    public void A_derived_verb_drops_its_connecting_alef_in_the_imperfect()
    {
        var forms = VerbForms.Of("اعتقل").ToList();
        Assert.Contains("يعتقل", forms);
        Assert.Contains("اعتقلوا", forms);
        Assert.DoesNotContain("ياعتقل", forms);
    }

    [Theory]
    [InlineData("أسر")]
    public void A_short_word_opening_with_alef_gets_no_imperfect(string lemma) =>
        Assert.DoesNotContain(VerbForms.Of(lemma), f => f.StartsWith('ي') || f.StartsWith('ن'));

    [Theory]
    [InlineData("ألقت القبض على")]
    [InlineData("نعى")]
    [InlineData("المقتل")]
    [InlineData("قتلت")]
    public void Phrases_weak_verbs_definite_words_and_inflected_forms_make_no_forms(string lemma) =>
        Assert.Empty(VerbForms.Of(lemma));

    [Theory]
    [InlineData("وكانت تسع نساء قتلن بهجوم لداعش على قرية قرب المقدادية.", CasualtyCategory.Killed, 9)]
    [InlineData("وقال آمر اللواء: اعتقلنا أربعة إرهابيين في قرية قرب الحويجة.", CasualtyCategory.Arrested, 4)]
    public void A_conjugation_no_list_spells_out_still_triggers(string sentence, CasualtyCategory category, int count)
    {
        var casualty = Assert.Single(Assert.Single(Extractor.Extract(sentence, Published).Operations).Casualties);
        Assert.Equal((category, count), (casualty.Category, casualty.Count));
    }
}
