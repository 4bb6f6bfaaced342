using OpsTracker.Data.Queries;

namespace OpsTracker.Data.Tests.Queries;

/// <summary>Values at and past the edges that once made a query fail (issue 12): each is refused by name or read correctly.</summary>
public sealed class FilterBoundsTests
{
    [Theory]
    [InlineData("2147483647", "50")]
    [InlineData("42949673", "50")]
    [InlineData("4294968", "500")]
    public void A_page_whose_offset_overflows_is_refused(string page, string pageSize)
    {
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, page, pageSize);
        Assert.Equal("page", Assert.Single(errors).Key);
        Assert.Equal(1, filter.Page);
    }

    [Theory]
    [InlineData("unreviewed", Data.Review.ReviewState.Unreviewed)]
    [InlineData("Confirmed", Data.Review.ReviewState.Confirmed)]
    [InlineData(" corrected ", Data.Review.ReviewState.Corrected)]
    [InlineData("REJECTED", Data.Review.ReviewState.Rejected)]
    public void A_review_state_is_read_ignoring_case_and_written_back(string value, Data.Review.ReviewState expected)
    {
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, null, null, review: value);
        Assert.Empty(errors);
        Assert.Equal(expected, filter.Review);
        Assert.True(filter.IsFiltered);
        Assert.Equal("?review=" + expected.ToString().ToLowerInvariant(), filter.ToQueryString());
        var (again, _) = OperationFilter.Parse(null, null, null, null, null, null, review: expected.ToString().ToLowerInvariant());
        Assert.Equal(filter, again);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("rejected,confirmed")]
    public void An_unknown_review_state_is_refused_by_name(string value)
    {
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, null, null, review: value);
        Assert.Equal("review", Assert.Single(errors).Key);
        Assert.Null(filter.Review);
    }

    [Fact]
    public void The_last_page_whose_offset_fits_is_read()
    {
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, "42949672", "50");
        Assert.Empty(errors);
        Assert.True((long)(filter.Page - 1) * filter.PageSize <= int.MaxValue);
    }

    [Theory]
    [InlineData("9999-12", null, "9999-12-31")]
    [InlineData("9999", null, "9999-12-31")]
    [InlineData("9999-12-31", null, "9999-12-31")]
    [InlineData(null, "0001", "0001-01-01")]
    [InlineData(null, "0001-01", "0001-01-01")]
    [InlineData("2024-02", null, "2024-02-29")]
    public void Dates_at_the_ends_of_the_calendar_expand_within_it(string? to, string? from, string expected)
    {
        var (filter, errors) = OperationFilter.Parse(null, from, to, null, null, null);
        Assert.Empty(errors);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), to is null ? filter.From : filter.To);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("10000")]
    [InlineData("10000-01-01")]
    [InlineData("9999-13")]
    public void Dates_outside_years_1_to_9999_are_refused(string value)
    {
        var (_, errors) = OperationFilter.Parse(null, null, value, null, null, null);
        Assert.Equal("to", Assert.Single(errors).Key);
    }

    [Theory]
    [InlineData("q", "حمرين\0")]
    [InlineData("q", "\0")]
    [InlineData("q", "a\u001Bb")]
    [InlineData("q", "a\u007Fb")]
    [InlineData("actor", "Army\0")]
    public void Control_characters_and_broken_surrogates_are_refused(string parameter, string value)
    {
        var (_, errors) = parameter == "q"
            ? OperationFilter.Parse(null, null, null, null, null, null, q: value)
            : OperationFilter.Parse(null, null, null, null, null, null, actor: value);
        Assert.Equal(parameter, Assert.Single(errors).Key);
    }

    [Fact]
    public void Half_of_a_surrogate_pair_is_refused()
    {
        // Built here: xunit would turn a lone surrogate in an attribute into U+FFFD.
        foreach (var value in (string[])["\uD83D", "a\uDE00b", "حمرين\uD83D"])
        {
            var (_, errors) = OperationFilter.Parse(null, null, null, null, null, null, q: value);
            Assert.Equal("q", Assert.Single(errors).Key);
        }
    }

    [Theory]
    [InlineData("جبال\tحمرين", "جبال حمرين")]
    [InlineData("\r\nحمرين\n", "حمرين")]
    [InlineData("😀", "😀")]
    [InlineData("داعش 😀 حمرين", "داعش 😀 حمرين")]
    public void Tabs_and_line_breaks_are_spaces_and_emoji_stay_whole(string value, string expected)
    {
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, null, null, q: value);
        Assert.Empty(errors);
        Assert.Equal(expected, filter.Text);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("حمرين😀")]
    [InlineData("🇮🇶")]
    public void A_search_pattern_keeps_surrogate_pairs_whole(string query)
    {
        var texts = OperationSearch.Terms(query).Texts;
        var pattern = string.Concat(texts.Select(OperationSearch.LikePattern));
        for (var i = 0; i < pattern.Length; i++)
        {
            if (char.IsHighSurrogate(pattern[i]))
            {
                Assert.True(i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]), $"a pair is split at {i} in {pattern}");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(pattern[i]), $"a lone low surrogate at {i} in {pattern}");
            }
        }
        var stored = OperationSearchText.Of(null, "قرب " + query + " أمس", []);
        Assert.Contains(texts, t => stored.Contains(t, StringComparison.Ordinal));
    }
}
