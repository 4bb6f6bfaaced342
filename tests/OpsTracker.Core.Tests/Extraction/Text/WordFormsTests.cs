using System.Collections.Concurrent;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

public class WordFormsTests
{
    [Theory]
    [InlineData("وبالمضافات")]
    [InlineData("قتلهم")]
    [InlineData("منذ")]
    [InlineData("بدايتها")]
    public void Forms_are_the_clitic_readings_of_the_word(string word)
    {
        var forms = WordForms.Of(word);

        Assert.Equal(Clitics.Readings(word), forms.Readings);
        Assert.Equal(Clitics.ReadingsWithoutArticleRemoval(word), forms.ReadingsKeepingArticle);
        Assert.Equal(Clitics.SuffixReadings(word), forms.SuffixReadings);
        Assert.Equal(Clitics.Readings(word).Concat(Clitics.SuffixReadings(word)).Distinct(), forms.Stems);
    }

    [Fact]
    public void Tokens_of_one_word_share_its_forms()
    {
        var tokens = Tokenizer.Tokenize("قتل الارهابي ثم قتل اخر");

        Assert.Same(tokens[0].Forms, tokens[3].Forms);
        Assert.NotEqual(tokens[0].Forms, tokens[1].Forms);
    }

    [Fact]
    public void Many_threads_reading_the_same_words_get_the_same_readings()
    {
        var words = Enumerable.Range(0, 2_000).Select(i => "وال" + new string((char)('ا' + i % 20), 1 + i % 5) + "هم").ToArray();
        var expected = words.Distinct().ToDictionary(w => w, w => Clitics.Readings(w).Concat(Clitics.SuffixReadings(w)).Distinct().ToArray());
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            foreach (var w in words)
            {
                if (!WordForms.Of(w).Stems.SequenceEqual(expected[w]))
                {
                    wrong.Add(w);
                }
            }
        });

        Assert.Empty(wrong);
    }
}
