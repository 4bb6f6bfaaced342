using System.Globalization;
using System.Text.Json;

namespace OpsTracker.Data.Seeding;

/// <summary>
/// What a report's optional sidecar <c>&lt;name&gt;.json</c> says about it:
/// <c>{"outlet": "...", "url": "...", "published": "YYYY-MM-DD" | null}</c>.
/// </summary>
public sealed record ReportSidecar(string? Outlet, string? Url, DateOnly? Published)
{
    public static readonly ReportSidecar None = new(null, null, null);

    /// <summary>The sidecar path of a report: the same name with .json instead of .txt.</summary>
    public static string PathFor(string reportPath) => Path.ChangeExtension(reportPath, ".json");

    /// <summary>Reads the sidecar beside <paramref name="reportPath"/>; <see cref="None"/> when there is none.</summary>
    /// <exception cref="FormatException">The sidecar is not the expected JSON; the message says what is wrong.</exception>
    public static ReportSidecar Read(string reportPath)
    {
        var path = PathFor(reportPath);
        if (!File.Exists(path))
        {
            return None;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{Path.GetFileName(path)}: expected a JSON object");
            }
            return new ReportSidecar(String(root, "outlet"), String(root, "url"), Date(root, "published", path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{Path.GetFileName(path)}: not valid JSON ({e.Message})", e);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : null;

    private static DateOnly? Date(JsonElement root, string name, string path)
    {
        var text = String(root, name);
        if (text is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"{Path.GetFileName(path)}: \"{name}\" is '{text}', not a date of the form YYYY-MM-DD");
    }
}
