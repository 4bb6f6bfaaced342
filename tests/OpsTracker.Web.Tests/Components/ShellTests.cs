using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Web.Components.Layout;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests.Components;

/// <summary>The shell: navigation, the language switch (through /culture, reloading) and light/dark mode.</summary>
public sealed class ShellTests
{
    private static RenderFragment Body => b => b.AddMarkupContent(0, "<p id=body>body</p>");

    [Fact]
    public async Task In_english_it_offers_arabic_and_lays_out_left_to_right()
    {
        await using var ctx = BunitSetup.Create().AsInteractiveServer();
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/timeline?province=IQ-KI");
        var cut = ctx.Render<MainLayout>(p => p.Add(c => c.Body, Body));

        Assert.Equal(["/timeline", "/map", "/tallies", "/reports"], cut.FindAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Timeline", "Map", "Tallies", "Reports"], cut.FindAll("nav a").Select(a => a.TextContent.Trim()));
        Assert.Empty(cut.FindAll(".mud-application-layout-rtl"));

        var language = cut.Find("[data-testid=language-switch]");
        Assert.Equal("العربية", language.TextContent.Trim());
        // On a phone the words are hidden (app.css, .app-bar-label) and the button keeps its name.
        Assert.Equal("العربية", language.GetAttribute("aria-label"));
        Assert.Equal("العربية", language.QuerySelector(".app-bar-label")?.TextContent);
        Assert.Equal("Sign in", cut.Find("[data-testid=sign-in]").GetAttribute("aria-label"));
        language.Click();
        Assert.Equal("http://localhost/culture?culture=ar&redirectUri=%2Ftimeline%3Fprovince%3DIQ-KI", navigation.Uri);
    }

    [Fact]
    public async Task In_arabic_the_whole_ui_is_translated_and_right_to_left()
    {
        await using var ctx = BunitSetup.Create("ar-IQ").AsInteractiveServer();
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        var cut = ctx.Render<MainLayout>(p => p.Add(c => c.Body, Body));

        Assert.NotEmpty(cut.FindAll(".mud-application-layout-rtl"));
        Assert.Equal(["الخط الزمني", "الخريطة", "الحصائل", "التقارير"], cut.FindAll("nav a").Select(a => a.TextContent.Trim()));
        var language = cut.Find("[data-testid=language-switch]");
        Assert.Equal("English", language.TextContent.Trim());
        language.Click();
        Assert.StartsWith("http://localhost/culture?culture=en&", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dark_mode_toggles_and_is_remembered_in_the_browser()
    {
        await using var ctx = BunitSetup.Create().AsInteractiveServer();
        var cut = ctx.Render<MainLayout>(p => p.Add(c => c.Body, Body));
        Assert.Equal("Dark mode", cut.Find("[data-testid=dark-mode]").GetAttribute("aria-label"));

        cut.Find("[data-testid=dark-mode]").Click();
        Assert.Equal("Light mode", cut.Find("[data-testid=dark-mode]").GetAttribute("aria-label"));
        var saved = ctx.JSInterop.VerifyInvoke("opsTracker.setDarkMode");
        Assert.Equal(true, saved.Arguments[0]);
    }
}
