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
    public void A_verb_takes_every_person_of_the_past()
    {
        Assert.Equal(["قتلت", "قتلوا", "قتلو", "قتلا", "قتلتا", "قتلن", "قتلنا", "قتلتم"], VerbForms.Of("قتل"));
        Assert.Contains("اعتقلوا", VerbForms.Of("اعتقل"));
    }

    [Theory]
    [InlineData("قتل")]
    [InlineData("احتجز")]
    public void The_imperfect_is_not_made(string lemma) =>
        Assert.DoesNotContain(VerbForms.Of(lemma), f => f[0] is 'ي' or 'ت' or 'ن');

    [Fact]
    public void A_state_told_in_the_imperfect_is_no_arrest()
    {
        // "تحتجز" (holds) tells who is held, not an arrest: no figure, no tally.
        var result = Extractor.Extract("أعلنت حكومة الإقليم أن قواتها تحتجز قرابة ثلاثة آلاف عنصر من داعش في سجونها.", Published);
        Assert.Empty(result.Operations);
        Assert.Empty(result.Tallies);
    }

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
