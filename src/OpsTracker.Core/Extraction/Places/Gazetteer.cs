using System.Text.Json;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Places;

/// <summary>
/// The places of Iraq: the provinces (from <see cref="ProvinceCatalog"/>), the hand-kept places of places.json and
/// the places generated from GeoNames into places-geonames.json (tools/gazetteer), with a matcher that finds them in
/// normalised Arabic text (<see cref="ArabicNormalizer"/>). Where names collide, a hand-kept place wins over a
/// province, and a province over a generated place.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(() =>
    {
        using var stream = EmbeddedData.Open("places.json");
        using var generated = EmbeddedData.Open(GeneratedFileName);
        using var divisions = EmbeddedData.Open(DivisionsFileName);
        return Load(stream, [generated, divisions], ProvinceCatalog.Default);
    });

    /// <summary>The data file of the places generated from GeoNames.</summary>
    public const string GeneratedFileName = "places-geonames.json";

    /// <summary>The districts and sub-districts the other files lack (tools/gazetteer/build_admin_divisions.py).</summary>
    public const string DivisionsFileName = "places-admin.json";

    private readonly PlaceMatcher _matcher;
    private readonly Dictionary<string, GazetteerEntry> _byName;
    private readonly HashSet<string> _placeCues;
    private readonly ProvinceCatalog _provinces;

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries, ProvinceCatalog provinces, IReadOnlyList<string> placeCues, IReadOnlyList<string> weakCues, IReadOnlyList<string> divisionCues)
    {
        Entries = entries;
        _provinces = provinces;
        // A place named like its province ('العمارة' is the city and a name of Maysan) is the more precise reading;
        // a generated place comes last, so it never hides a province or a hand-kept spelling.
        var byPriority = entries.Where(e => e.Type != PlaceType.Province && !e.Generated)
            .Concat(entries.Where(e => e.Type == PlaceType.Province))
            .Concat(entries.Where(e => e.Generated))
            .ToList();
        _matcher = new PlaceMatcher(byPriority, placeCues, weakCues, divisionCues);
        _byName = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in byPriority)
        {
            foreach (var name in entry.Variants.Prepend(entry.NameEn).Prepend(entry.NameAr))
            {
                var key = LookupKey(name);
                if (key.Length > 0)
                {
                    _byName.TryAdd(key, entry);
                }
            }
        }
        _placeCues = placeCues.Select(LookupKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The provinces and places.json, embedded in the assembly, loaded once.</summary>
    public static Gazetteer Default => Lazy.Value;

    /// <summary>Provinces first, then the places in data-file order.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Reads places.json; throws <see cref="InvalidDataException"/> on an unknown province, type or duplicate id.</summary>
    public static Gazetteer Load(Stream placesJson, ProvinceCatalog provinces) => Load(placesJson, Array.Empty<Stream>(), provinces);

    /// <summary>
    /// Reads places.json and, when given, the generated places (places-geonames.json, same schema; its cues are
    /// ignored); throws <see cref="InvalidDataException"/> on an unknown province, type or an id used twice.
    /// </summary>
    public static Gazetteer Load(Stream placesJson, Stream? generatedJson, ProvinceCatalog provinces) =>
        Load(placesJson, generatedJson is null ? [] : [generatedJson], provinces);

    /// <summary>Reads places.json and each generated file in turn (same schema, their cues ignored).</summary>
    public static Gazetteer Load(Stream placesJson, IReadOnlyList<Stream> generatedFiles, ProvinceCatalog provinces)
    {
        ArgumentNullException.ThrowIfNull(generatedFiles);
        ArgumentNullException.ThrowIfNull(placesJson);
        ArgumentNullException.ThrowIfNull(provinces);
        using var doc = JsonDocument.Parse(placesJson);
        var root = doc.RootElement;

        var entries = provinces.All.Select(p => new GazetteerEntry(
            p.Code, p.NameAr, p.NameEn, PlaceType.Province, p.Code, [p.Code], p.Latitude, p.Longitude,
            p.Variants.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
        entries.AddRange(root.GetProperty("places").EnumerateArray().Select(p => ReadPlace(p, provinces)));
        foreach (var generatedJson in generatedFiles)
        {
            using var generated = JsonDocument.Parse(generatedJson);
            entries.AddRange(generated.RootElement.GetProperty("places").EnumerateArray().Select(p => ReadPlace(p, provinces) with { Generated = true }));
        }

        var duplicate = entries.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"places.json: id '{duplicate.Key}' is used twice.");
        }
        return new Gazetteer(entries, provinces, ReadStrings(root, "placeCues"), ReadStrings(root, "weakCues"), ReadStrings(root, "divisionCues"));
    }

    /// <summary>
    /// The places named in <paramref name="normalizedText"/> (text from <see cref="ArabicNormalizer.Normalize"/>), in
    /// order, never overlapping; where names overlap the longest wins ('سلسلة جبال حمرين' over 'حمرين').
    /// Only Arabic-script names are searched; Latin names serve <see cref="Lookup"/>.
    /// </summary>
    public IReadOnlyList<PlaceMention> FindAll(string normalizedText) => _matcher.FindAll(normalizedText);

    /// <summary>
    /// <see cref="FindAll(string)"/> with the text's tokens from <see cref="Tokenizer"/>: a word none of whose stems
    /// starts a name is then told so by its shared <see cref="WordForms"/>, once per word rather than at each token.
    /// </summary>
    internal IReadOnlyList<PlaceMention> FindAll(string normalizedText, IReadOnlyList<Token> words, WordAnswers? answers = null) => _matcher.FindAll(normalizedText, words, answers);

    /// <summary>The gazetteer's matcher (what <see cref="WordAnswers"/> answers for this gazetteer).</summary>
    internal PlaceMatcher Matcher => _matcher;

    /// <summary>
    /// The entry with this Arabic or English name or variant, whatever its case, hamza or diacritics
    /// ('Tuz Khurmatu', 'salahuddin', 'طوز خورماتو'); a leading place noun is dropped ('محافظة كركوك', 'قضاء الحويجة').
    /// </summary>
    public GazetteerEntry? Lookup(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var key = LookupKey(name);
        if (_byName.TryGetValue(key, out var entry))
        {
            return entry;
        }
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && _placeCues.Contains(key[..space]) ? _byName.GetValueOrDefault(key[(space + 1)..]) : null;
    }

    /// <summary>
    /// The province of <paramref name="entry"/>: its own code when it has one; for a place that spans provinces, the
    /// one candidate province named nearby, else null (none named, or several candidates named: 'حمرين بين ديالى وصلاح
    /// الدين' stays open). <paramref name="provincesNamedNearby"/> holds province codes (IQ-KI) or names of places
    /// with a province ('كركوك', 'الموصل').
    /// </summary>
    public string? ResolveProvince(GazetteerEntry entry, IEnumerable<string> provincesNamedNearby)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(provincesNamedNearby);
        if (entry.ProvinceCode is not null)
        {
            return entry.ProvinceCode;
        }
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var nearby in provincesNamedNearby)
        {
            var code = _provinces.Find(nearby.Trim())?.Code ?? Lookup(nearby)?.ProvinceCode;
            if (code is not null && entry.CandidateProvinces.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                named.Add(code);
            }
        }
        return named.Count == 1 ? named.First() : null;
    }

    /// <summary>A name reduced for lookup: normalised, words joined by single spaces ('Salah al-Din' → 'salah al din').</summary>
    private static string LookupKey(string name) => string.Join(' ', PlaceMatcher.SplitWords(ArabicNormalizer.NormalizeTerm(name)));

    private static GazetteerEntry ReadPlace(JsonElement p, ProvinceCatalog provinces)
    {
        var id = ReadString(p, "id") ?? throw new InvalidDataException("places.json: a place has no id.");
        InvalidDataException Invalid(string problem) => new($"places.json, '{id}': {problem}.");

        var nameAr = ReadString(p, "ar") ?? throw Invalid("no Arabic name");
        var nameEn = ReadString(p, "en") ?? throw Invalid("no English name");
        var typeName = ReadString(p, "type");
        if (!Enum.TryParse<PlaceType>(typeName, ignoreCase: false, out var type) || !Enum.IsDefined(type) || type == PlaceType.Province)
        {
            throw Invalid($"unknown type '{typeName}' (provinces come from provinces.json)");
        }

        var province = ReadString(p, "province");
        var candidates = ReadStrings(p, "candidates");
        if (province is not null)
        {
            province = provinces.Find(province)?.Code ?? throw Invalid($"unknown province '{province}'");
            if (candidates.Count > 0 && !(candidates.Count == 1 && string.Equals(candidates[0], province, StringComparison.OrdinalIgnoreCase)))
            {
                throw Invalid("a place with a province has no other candidates");
            }
            candidates = [province];
        }
        else if (candidates.Count < 2 || candidates.Any(c => !provinces.IsKnown(c)))
        {
            throw Invalid("a place without a province needs two or more known candidate provinces");
        }
        else
        {
            candidates = candidates.Select(c => provinces.Find(c)!.Code).Distinct().ToList();
        }

        if (!p.TryGetProperty("point", out var point) || point.GetArrayLength() != 2)
        {
            throw Invalid("'point' must be [latitude, longitude]");
        }

        var variants = ReadStrings(p, "variants");
        var ambiguousNames = ReadStrings(p, "ambiguousNames");
        var names = variants.Prepend(nameAr).Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        var stray = ambiguousNames.FirstOrDefault(n => !names.Contains(ArabicNormalizer.NormalizeTerm(n)));
        if (stray is not null)
        {
            throw Invalid($"ambiguous name '{stray}' is not one of its names");
        }

        return new GazetteerEntry(id, nameAr, nameEn, type, province, candidates, point[0].GetDouble(), point[1].GetDouble(), variants)
        {
            AmbiguousWord = ReadBool(p, "ambiguousWord"),
            AmbiguousNames = ambiguousNames,
            StrictCue = ReadBool(p, "strictCue"),
            DivisionCue = ReadBool(p, "divisionCue"),
        };
    }

    private static string? ReadString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> ReadStrings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(v => v.GetString()).OfType<string>().ToList()
            : [];

    private static bool ReadBool(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
