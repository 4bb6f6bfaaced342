using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>
/// The article's readings on normalised words: where it begins a word, where a one-letter proclitic stands before it,
/// the "لل" of the preposition "ل", and the word without it. Every word here is INVENTED for the test or a common noun.
/// </summary>
public class ArticleTests
{
    [Theory]
    [InlineData("الانفجار", true)]
    [InlineData("ال", true)] // the article alone, as a line break or a hyphen leaves it ("الـ 6")
    [InlineData("والانفجار", false)]
    [InlineData("بالانفجار", false)]
    [InlineData("للانفجار", false)]
    [InlineData("قتال", false)] // "ال" inside a word is no article
    [InlineData("انفجار", false)]
    public void Begins_only_at_the_first_letter(string word, bool begins)
    {
        Assert.Equal(begins, Article.Begins(word));
        Assert.Equal(begins, Article.Begins(word.AsSpan()));
    }

    [Theory]
    [InlineData("والانفجار", true)]
    [InlineData("بالانفجار", true)]
    [InlineData("فالانفجار", true)]
    [InlineData("كالانفجار", true)]
    [InlineData("للانفجار", false)] // after "ل" the article is written "لل"
    [InlineData("الانفجار", false)]
    [InlineData("قتال", false)]
    [InlineData("مالك", false)] // a first letter that is no proclitic
    [InlineData("وال", false)] // nothing after the article
    public void Follows_a_one_letter_proclitic(string word, bool follows) =>
        Assert.Equal(follows, Article.FollowsProclitic(word));

    [Theory]
    [InlineData("والانفجار", true)]
    [InlineData("وال", true)]
    [InlineData("بالانفجار", false)]
    [InlineData("وانفجار", false)]
    public void Follows_wa(string word, bool follows) => Assert.Equal(follows, Article.FollowsWa(word));

    [Theory]
    [InlineData("للانفجار", true)]
    [InlineData("لانفجار", false)]
    [InlineData("الانفجار", false)]
    public void Follows_lam(string word, bool follows)
    {
        Assert.Equal(follows, Article.FollowsLam(word));
        Assert.Equal(follows, Article.FollowsLam(word.AsSpan()));
    }

    [Theory]
    [InlineData("الانفجار", true)]
    [InlineData("والانفجار", true)]
    [InlineData("بالانفجار", true)]
    [InlineData("للانفجار", false)]
    [InlineData("قتال", false)]
    [InlineData("انفجار", false)]
    public void Is_carried_bare_or_after_a_proclitic(string word, bool carried) =>
        Assert.Equal(carried, Article.IsCarriedBy(word));

    [Theory]
    [InlineData("الثلاثة", true)]
    [InlineData("الخلية", true)]
    [InlineData("الباب", true)] // three letters after the article: the shortest definite word
    [InlineData("الذي", false)] // two letters after it: a relative pronoun, not a definite noun
    [InlineData("الي", false)] // the preposition "إلى" as normalised
    [InlineData("ال", false)]
    [InlineData("ثلاثة", false)]
    public void A_definite_word_keeps_a_stem_of_three_letters(string word, bool definite)
    {
        Assert.Equal(definite, Article.IsDefiniteWord(word));
        Assert.Equal(definite, Article.IsDefiniteWord(new Token(0, 0, word.Length, word, TokenKind.Word)));
    }

    [Fact]
    public void A_number_token_is_no_definite_word() =>
        Assert.False(Article.IsDefiniteWord(new Token(0, 0, 5, "الباب", TokenKind.Number)));

    [Theory]
    [InlineData("الثلاثة", "ثلاثة")]
    [InlineData("ال", "")]
    [InlineData("ثلاثة", "ثلاثة")]
    [InlineData("والانفجار", "والانفجار")] // only an article the word begins with is taken off
    public void Without_the_article(string word, string bare)
    {
        Assert.Equal(bare, Article.Without(word));
        Assert.Equal(bare, Article.Without(word.AsSpan()).ToString());
    }
}
