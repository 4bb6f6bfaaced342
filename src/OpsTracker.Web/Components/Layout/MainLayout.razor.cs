using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using OpsTracker.Web.Hosting;
using OpsTracker.Web.Localization;

namespace OpsTracker.Web.Components.Layout;

/// <summary>
/// The shell: app bar, navigation drawer, light/dark mode (kept in the browser's local storage) and the English /
/// العربية switch, which stores the choice in the culture cookie (<c>/culture</c>) and reloads the page so the new
/// circuit starts in that language; Arabic lays the whole UI out right to left.
/// </summary>
public sealed partial class MainLayout
{
    /// <summary>
    /// Fonts with Arabic glyphs after the Latin ones, so Arabic text is always drawn joined whatever the UI language.
    /// </summary>
    internal static readonly string[] FontFamily =
        ["Roboto", "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Helvetica", "Arial", "sans-serif"];

    /// <summary>
    /// MudBlazor's palettes, with the dark one's text, links, labels and stripes lightened, and the error red darkened
    /// in light mode and lightened in dark mode (a "Remove" button's text), so every text keeps a contrast of at least
    /// 4.5:1 on its background (axe-core checks it in the browser tests).
    /// </summary>
    private static readonly MudTheme Theme = new()
    {
        Typography = new Typography { Default = new DefaultTypography { FontFamily = FontFamily } },
        PaletteLight = new PaletteLight
        {
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Error = "#ff8a80",
            Primary = "#a8b4ff",
            PrimaryContrastText = "#10123a",
            TextPrimary = "rgba(255,255,255,0.92)",
            TextSecondary = "rgba(255,255,255,0.78)",
            DrawerText = "rgba(255,255,255,0.92)",
            DrawerIcon = "rgba(255,255,255,0.78)",
            ActionDefault = "rgba(255,255,255,0.78)",
            TableStriped = "rgba(255,255,255,0.04)",
            TableHover = "rgba(255,255,255,0.06)",
            AppbarBackground = "#2c2d3c",
        },
    };

    private readonly bool _rightToLeft = DashboardCultures.IsRightToLeft;
    private bool _drawerOpen = true;
    private bool _dark;

    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ReadAccess ReadAccess { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool _signedIn;

    /// <summary>
    /// Reading is open (<c>OpsTracker:Auth:AnonymousRead</c>), or the visitor is signed in, or this is the sign-in page.
    /// Checked here too because a circuit started on the sign-in page navigates without new HTTP requests.
    /// </summary>
    private bool MayRead => ReadAccess.Anonymous || _signedIn
        || ReadRequirementHandler.IsAlwaysOpen(new PathString("/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0]));

    protected override async Task OnParametersSetAsync()
    {
        _signedIn = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated == true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            var dark = await JS.InvokeAsync<bool>("opsTracker.getDarkMode");
            if (dark != _dark)
            {
                _dark = dark;
                StateHasChanged();
            }
        }
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task ToggleDarkModeAsync()
    {
        _dark = !_dark;
        await JS.InvokeVoidAsync("opsTracker.setDarkMode", _dark);
    }

    private void SwitchLanguage()
    {
        var target = _rightToLeft ? DashboardCultures.English : "ar";
        var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo($"/culture?culture={target}&redirectUri={Uri.EscapeDataString(here)}", forceLoad: true);
    }
}
