using Bunit;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>A date is shown as precisely as it is known, never more.</summary>
public sealed class DateLabelTests
{
    [Theory]
    [InlineData("2025-01-06", "day", null, "6 Jan 2025")]
    [InlineData("2024-10-01", "month", null, "Oct 2024")]
    [InlineData("2024-01-01", "year", null, "2024")]
    [InlineData("2025-03-03", "week", null, "week of 3 Mar 2025")]
    [InlineData(null, "unknown", "الاثنين الماضي", "date unknown: 'الاثنين الماضي'")]
    [InlineData(null, "unknown", null, "date unknown")]
    public async Task Shows_each_precision_honestly(string? date, string precision, string? relative, string expected)
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<DateLabel>(p => p
            .Add(c => c.Date, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .Add(c => c.Precision, precision)
            .Add(c => c.RelativeDate, relative));
        Assert.Equal(expected, cut.Find("[data-testid=op-date]").TextContent);
    }

    [Fact]
    public async Task The_reports_own_words_are_isolated_right_to_left()
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<DateLabel>(p => p.Add(c => c.Precision, "unknown").Add(c => c.RelativeDate, "الاثنين الماضي"));
        var words = cut.Find("bdi");
        Assert.Equal(("rtl", "ar", "الاثنين الماضي"), (words.GetAttribute("dir"), words.GetAttribute("lang"), words.TextContent));
    }

    [Theory]
    [InlineData("2025-01-06", "day", null, "6 كانون الثاني 2025")]
    [InlineData("2024-10-01", "month", null, "تشرين الأول 2024")]
    [InlineData("2025-03-03", "week", null, "أسبوع 3 آذار 2025")]
    [InlineData(null, "unknown", "الاثنين الماضي", "تاريخ غير معروف: «الاثنين الماضي»")]
    public async Task In_arabic_months_are_named_as_the_iraqi_press_names_them(string? date, string precision, string? relative, string expected)
    {
        await using var ctx = BunitSetup.Create("ar-IQ");
        var cut = ctx.Render<DateLabel>(p => p
            .Add(c => c.Date, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .Add(c => c.Precision, precision)
            .Add(c => c.RelativeDate, relative));
        Assert.Equal(expected, cut.Find("[data-testid=op-date]").TextContent);
    }

    [Theory]
    [InlineData("en-GB", "6 Jan 2025 (day announced)")]
    [InlineData("ar-IQ", "6 كانون الثاني 2025 (يوم الإعلان)")]
    public async Task A_date_that_stands_for_the_announcement_day_says_so(string culture, string expected)
    {
        await using var ctx = BunitSetup.Create(culture);
        var cut = ctx.Render<DateLabel>(p => p
            .Add(c => c.Date, new DateOnly(2025, 1, 6))
            .Add(c => c.Precision, "day")
            .Add(c => c.Basis, "announcement"));
        Assert.Equal(expected, cut.Find("[data-testid=op-date]").TextContent);
        Assert.False(string.IsNullOrWhiteSpace(cut.Find("[data-testid=op-date-basis]").GetAttribute("title")));
    }

    [Fact]
    public async Task A_stated_date_has_no_mark()
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<DateLabel>(p => p.Add(c => c.Date, new DateOnly(2025, 1, 6)).Add(c => c.Precision, "day").Add(c => c.Basis, "stated"));
        Assert.Empty(cut.FindAll("[data-testid=op-date-basis]"));
    }
}
