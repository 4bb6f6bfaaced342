using System.Collections.Frozen;
using System.Text.Json;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;

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

    /// <summary>
    /// The Arabic name of an English actor or authority name; the name itself when the lexicon lacks it. A regional
    /// command the extractor names after its province ("Kirkuk Operations Command") is the lexicon's Arabic prefix
    /// ("قيادة عمليات") followed by the province's Arabic name from provinces.json.
    /// </summary>
    public static string ToArabic(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Arabic.Value.TryGetValue(name, out var ar))
        {
            return ar;
        }
        const string Command = " Operations Command";
        if (name.EndsWith(Command, StringComparison.Ordinal) && Arabic.Value.TryGetValue(Command.Trim(), out var prefix))
        {
            var place = name[..^Command.Length];
            var province = ProvinceCatalog.Default.All.FirstOrDefault(p => string.Equals(p.NameEn, place, StringComparison.OrdinalIgnoreCase));
            if (province is not null)
            {
                return $"{prefix} {province.NameAr}";
            }
        }
        return name;
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
