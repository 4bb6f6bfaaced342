using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>Attached pronouns are read off a word so that the lexicon lists each lemma once.</summary>
public class CliticsTests
{
    [Theory]
    [InlineData("قتلهم", "قتل")]
    [InlineData("اوكارها", "اوكار")]
    [InlineData("بدايتها", "بدايه")]
    [InlineData("وبدايتها", "بدايه")]
    [InlineData("مقراتهم", "مقرات")]
    [InlineData("عملياتنا", "عمليات")]
    [InlineData("انزالا", "انزال")]
    [InlineData("كمينا", "كمين")]
    public void A_pronoun_suffix_is_read_off(string word, string stem)
    {
        Assert.Contains(stem, Clitics.SuffixReadings(word));
    }

    [Theory]
    [InlineData("مجموعه")] // a group (ta marbuta, normalised to ه), not "his total"
    [InlineData("به")]
    [InlineData("لها")]
    [InlineData("قتل")]
    public void A_word_without_an_attached_pronoun_has_no_suffix_reading(string word)
    {
        Assert.Empty(Clitics.SuffixReadings(word));
    }

    [Fact]
    public void A_token_tries_its_own_readings_before_its_stems()
    {
        var token = Tokenizer.Tokenize("وقتلهم")[0];
        Assert.Equal("وقتلهم", token.Stems[0]);
        Assert.Contains("قتلهم", token.Stems);
        Assert.Contains("قتل", token.Stems);
        Assert.True(Array.IndexOf(token.Stems, "قتل") > Array.IndexOf(token.Stems, "قتلهم"));
    }
}
