using System.Globalization;
using OpsTracker.Web.Localization;
using OpsTracker.Web.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace OpsTracker.Web.Tests.Localization;

/// <summary>Counts and nouns agree in both languages, through CLDR's plural categories rather than concatenation.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(10, PluralCategory.Few)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(99, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Few)]
    [InlineData(111, PluralCategory.Many)]
    public void Arabic_has_six_categories(int n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.For(new CultureInfo("ar-IQ"), n));

    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    public void English_has_one_and_other(int n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.For(new CultureInfo("en"), n));

    [Theory]
    [InlineData("en", "count: hideouts destroyed", 1, "1 hideout destroyed")]
    [InlineData("en", "count: hideouts destroyed", 4, "4 hideouts destroyed")]
    [InlineData("en", "count: operations match", 1, "1 operation matches")]
    [InlineData("en", "count: operations match", 9, "9 operations match")]
    [InlineData("ar-IQ", "count: killed", 4, "4 قتلى")]
    [InlineData("ar-IQ", "count: killed", 15, "15 قتيلًا")]
    [InlineData("ar-IQ", "count: killed", 1, "قتيل واحد")]
    [InlineData("ar-IQ", "count: killed", 2, "قتيلان")]
    [InlineData("ar-IQ", "count: operations match", 9, "9 عمليات مطابقة")]
    [InlineData("ar-IQ", "count: operations match", 344, "344 عمليةً مطابقة")]
    [InlineData("ar-IQ", "count: operations match", 300, "300 عملية مطابقة")]
    [InlineData("en", "count: reports loaded", 1, "1 report loaded")]
    [InlineData("en", "count: reports loaded", 5, "5 reports loaded")]
    [InlineData("ar-IQ", "count: reports loaded", 5, "حُمّلت 5 تقارير")]
    [InlineData("ar-IQ", "count: reports loaded", 1, "حُمّل تقرير واحد")]
    [InlineData("ar-IQ", "count: reports still loading", 0, "، ولا تقرير قيد التحميل")]
    public async Task Counted_phrases_agree_with_their_number(string culture, string key, int n, string expected)
    {
        await using var ctx = BunitSetup.Create(culture);
        var L = ctx.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        Assert.Equal(expected, L.Plural(key, n));
    }
}
