using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsTracker.Web.Components.Shared;

/// <summary>
/// Reads which operation an analyst means from what they typed or pasted: its id ("42", "#42"), its page's path
/// ("/operations/42") or its page's whole address ("https://host/operations/42?x=1"), digits in any script.
/// </summary>
public static partial class OperationReference
{
    public static bool TryParse(string? input, out int id)
    {
        id = 0;
        var text = Digits(input?.Trim() ?? "");
        if (text.Length == 0)
        {
            return false;
        }
        var match = Pattern().Match(text);
        return match.Success
            && int.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out id)
            && id > 0;
    }

    /// <summary>Arabic-Indic and Eastern Arabic-Indic digits as ASCII ones (an Arabic keyboard types ٤٢).</summary>
    private static string Digits(string text) => string.Create(text.Length, text, (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            span[i] = c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660'))
                : c is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (c - '\u06F0'))
                : c;
        }
    });

    // An id alone, or an address whose path ends in /operations/{id} (under any base path; a query or fragment may follow).
    [GeneratedRegex(@"^(?:#?(?<id>\d{1,9})|(?:(?:[a-z][a-z0-9+.-]*://[^/\s]+)?(?:/[^\s?#]*)?/)?operations/(?<id>\d{1,9})/?(?:[?#]\S*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
