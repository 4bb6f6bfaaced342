namespace OpsTracker.Web.Components.Shared;

/// <summary>Addresses that may become links: absolute http or https only (never <c>javascript:</c>, <c>data:</c> and the like).</summary>
public static class SafeLink
{
    /// <summary>The address when it is an absolute http(s) URL, else null (show it as text).</summary>
    public static string? Href(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
