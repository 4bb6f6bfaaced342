using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>
/// Every way a phrase's second word may be written that the matcher takes (as listed, with or without the article,
/// past a mark, the last word with a suffix), and the longest phrase winning among many after one first word: what a
/// shortcut that passes over phrases which cannot fit must keep (session 31, speed31c tried one; docs/benchmarks.md).
/// Every phrase and sentence here is INVENTED.
/// </summary>
public class PhraseSecondWordTests
{
    private static PhraseMatcher<string> Forces()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("قوات الجيش", "army");
        matcher.Add("قوات الشرطة الاتحادية", "federal police");
        matcher.Add("قوات الشرطة", "police");
        matcher.Add("قوات", "forces");
        matcher.Add("قوات حرس الحدود", "border guard");
        matcher.Add("منذ بداية", "since the start");
        return matcher;
    }

    private static TokenList Tokens(string text) => Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(text));

    [Theory]
    [InlineData("قوات الجيش العراقي", "army", 1)]
    [InlineData("قوات جيش", "army", 1)] // the listed word with the article, the token without
    [InlineData("قوات - الجيش", "army", 2)]
    [InlineData("قوات (الجيش)", "army", 2)]
    [InlineData("قوات الشرطة الاتحادية", "federal police", 2)]
    [InlineData("قوات الشرطة المحلية", "police", 1)]
    [InlineData("قوات الحرس الحدود", "border guard", 2)] // the token with the article, the listed word without
    [InlineData("قوات ، الجيش", "forces", 0)] // a comma is no mark a phrase holds
    [InlineData("قوات", "forces", 0)]
    [InlineData("منذ بدايتها", "since the start", 1)] // the last word with an attached pronoun
    [InlineData("منذ البداية", "since the start", 1)]
    public void A_phrase_that_fits_is_found(string text, string value, int last)
    {
        var tokens = Tokens(text);
        var match = Forces().MatchAt(tokens, 0);
        Assert.NotNull(match);
        Assert.Equal((value, last), (match.Value, match.Last));
        Assert.True(Forces().StartsAt(tokens, 0));
    }

    [Theory]
    [InlineData("منذ")]
    [InlineData("منذ ، بداية")]
    [InlineData("منذ نهاية")]
    [InlineData("منذ بدء")]
    public void A_phrase_that_does_not_fit_is_not_found(string text)
    {
        var tokens = Tokens(text);
        Assert.Null(Forces().MatchAt(tokens, 0));
        Assert.False(Forces().StartsAt(tokens, 0));
    }

    /// <summary>
    /// Three hundred phrases after one first word, whose second words share letters and lengths: each is found as
    /// written and with the article, and none is lost to another.
    /// </summary>
    [Fact]
    public void Every_phrase_of_a_crowded_first_word_is_found_as_written_and_with_the_article()
    {
        const string letters = "بتثجحخدذرزسشصضطظعغفقكلمن";
        var matcher = new PhraseMatcher<string>();
        matcher.Add("عناصر", "one word");
        var seconds = new List<string>();
        for (var k = 0; seconds.Count < 300; k += 7)
        {
            seconds.Add(string.Concat(letters[k % letters.Length], letters[k / letters.Length % letters.Length], letters[(k + 3) % letters.Length]));
        }
        foreach (var second in seconds.Distinct())
        {
            matcher.Add("عناصر " + second, second);
        }
        var lost = new List<string>();
        foreach (var second in seconds.Distinct())
        {
            foreach (var written in new[] { second, "ال" + second })
            {
                var tokens = Tokens("عناصر " + written + " في");
                if (matcher.MatchAt(tokens, 0)?.Value != second || !matcher.StartsAt(tokens, 0))
                {
                    lost.Add(written);
                }
            }
        }
        Assert.Empty(lost);
        Assert.Equal("one word", matcher.MatchAt(Tokens("عناصر في"), 0)?.Value);
    }
}
