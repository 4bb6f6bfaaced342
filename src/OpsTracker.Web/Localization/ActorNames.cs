using System.Collections.Frozen;
using System.Text.Json;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Web.Localization;

/// <summary>
/// Actors and reporting authorities in the UI language. The database keeps their English names (as the extractor
/// writes them); the Arabic name is the first Arabic spelling the lexicon's "actors" and "reporters" lists give for
/// that name (lexicon.json, the same data file the extractor reads), so both languages come from one place. A name the
/// lexicon does not know (a stored correction) is shown as written.
/// </summary>
public static class ActorNames
{
    private static readonly Lazy<FrozenDictionary<string, string>> Arabic = new(Load);

    /// <summary>The name in the current UI language.</summary>
    public static string Display(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return DashboardCultures.IsArabic ? ToArabic(name) : name;
    }

    /// <summary>The Arabic name of an English actor or authority name; the name itself when the lexicon lacks it.</summary>
    public static string ToArabic(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Arabic.Value.TryGetValue(name, out var ar) ? ar : name;
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = EmbeddedData.Open("lexicon.json");
        using var doc = JsonDocument.Parse(stream);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in new[] { "actors", "reporters" })
        {
            foreach (var entry in doc.RootElement.GetProperty(list).EnumerateObject())
            {
                if (!names.ContainsKey(entry.Name) && entry.Value.ValueKind == JsonValueKind.Array && entry.Value.GetArrayLength() > 0)
                {
                    names[entry.Name] = entry.Value[0].GetString() ?? entry.Name;
                }
            }
        }
        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
