using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>Duals are made from the singular, so the word lists give each noun once.</summary>
public class NounFormsTests
{
    [Theory]
    [InlineData("مضافة", true, new[] { "مضافتين", "مضافتان" })]
    [InlineData("ملجأ", true, new[] { "ملجاان", "ملجاين" })]
    [InlineData("نفق", true, new[] { "نفقان", "نفقين" })]
    [InlineData("مسلح", false, new[] { "مسلحان" })]
    public void The_dual_is_made_from_the_singular(string singular, bool oblique, string[] expected) =>
        Assert.Equal(expected, NounForms.Duals(singular, oblique));

    [Theory]
    [InlineData("وكرا")]
    [InlineData("مخبأً")]
    [InlineData("الوكر")]
    [InlineData("لقي مصرعه")]
    public void Accusative_definite_and_multi_word_entries_make_no_dual(string entry) =>
        Assert.Empty(NounForms.Duals(entry, obliqueIsUnambiguous: true));

    [Theory]
    [InlineData("دمرت القوات الأمنية ملجأين لعناصر داعش في سلسلة جبال حمرين.", 2)]
    [InlineData("دمرت القوات الأمنية ثلاث مغارات وملجأين لعناصر داعش في سلسلة جبال حمرين.", 5)]
    public void A_dual_the_word_list_does_not_spell_out_still_counts_two(string sentence, int hideouts)
    {
        var op = Assert.Single(new ArabicReportExtractor().Extract(sentence, new DateOnly(2024, 3, 5)).Operations);
        Assert.Equal(hideouts, op.HideoutsDestroyed);
    }
}
