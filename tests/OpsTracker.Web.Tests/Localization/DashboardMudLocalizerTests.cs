using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpsTracker.Web.Localization;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Localization;

/// <summary>MudBlazor's own words come from the dashboard's resources in Arabic; a key without one falls back to MudBlazor's English.</summary>
public sealed class DashboardMudLocalizerTests
{
    [Theory]
    [InlineData("MudBaseDatePicker_Open", "فتح التقويم")]
    [InlineData("MudBaseDatePicker_PrevMonth", "الشهر السابق")]
    [InlineData("MudInput_Clear", "مسح")]
    public async Task In_arabic_mudblazor_keys_read_the_dashboards_resources(string key, string expected)
    {
        await using var ctx = BunitSetup.Create("ar-IQ");
        var localizer = new DashboardMudLocalizer(ctx.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        var text = localizer[key];
        Assert.False(text.ResourceNotFound);
        Assert.Equal(expected, text.Value);
    }

    [Fact]
    public async Task A_key_without_a_translation_is_reported_missing_so_mudblazor_uses_its_english()
    {
        await using var ctx = BunitSetup.Create("ar-IQ");
        var localizer = new DashboardMudLocalizer(ctx.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        Assert.True(localizer["MudColorPicker_HueSlider"].ResourceNotFound);
    }
}
