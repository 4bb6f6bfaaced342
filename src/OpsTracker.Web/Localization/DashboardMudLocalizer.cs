using Microsoft.Extensions.Localization;
using MudBlazor;

namespace OpsTracker.Web.Localization;

/// <summary>
/// MudBlazor's own words (a date picker's "Open" and month arrows, a clear or close button) in the interface's
/// language: MudBlazor asks this for any culture but English, and falls back to its English text when a key has no
/// "mud: KEY" entry in the dashboard's resources. Stateless: the culture is the request's.
/// </summary>
internal sealed class DashboardMudLocalizer(IStringLocalizer<SharedResource> shared) : MudLocalizer
{
    /// <summary>The prefix of MudBlazor's keys in SharedResource (<c>mud: MudBaseDatePicker_Open</c>).</summary>
    internal const string KeyPrefix = "mud: ";

    public override LocalizedString this[string key]
    {
        get
        {
            var translated = shared[KeyPrefix + key];
            return new LocalizedString(key, translated.Value, translated.ResourceNotFound);
        }
    }
}
