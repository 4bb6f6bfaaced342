using System.Text;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Places;

public class GazetteerDataTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    private static IEnumerable<GazetteerEntry> Places => G.Entries.Where(e => e.Type != PlaceType.Province);

    private static IEnumerable<string> ArabicNames(GazetteerEntry e) =>
        e.Variants.Prepend(e.NameAr).Where(n => n.Any(c => c is >= '\u0621' and <= '\u064A'));

    private static string Key(string name) =>
        string.Join(' ', ArabicNormalizer.NormalizeTerm(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Places_json_holds_at_least_two_hundred_places()
    {
        Assert.True(Places.Count() >= 200, $"{Places.Count()} places");
    }

    [Fact]
    public void Every_province_is_an_entry_keyed_by_its_code()
    {
        foreach (var province in ProvinceCatalog.Default.All)
        {
            var entry = Assert.Single(G.Entries, e => e.Id == province.Code);
            Assert.Equal(PlaceType.Province, entry.Type);
            Assert.Equal(province.Code, entry.ProvinceCode);
            Assert.Equal(province.NameAr, entry.NameAr);
        }
    }

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = G.Entries.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Province_codes_are_known_and_candidates_agree_with_them()
    {
        foreach (var e in G.Entries)
        {
            Assert.All(e.CandidateProvinces, c => Assert.True(ProvinceCatalog.Default.IsKnown(c), $"{e.Id}: {c}"));
            if (e.ProvinceCode is null)
            {
                Assert.True(e.CandidateProvinces.Count >= 2, e.Id);
                Assert.Equal(e.CandidateProvinces.Count, e.CandidateProvinces.Distinct().Count());
            }
            else
            {
                Assert.True(ProvinceCatalog.Default.IsKnown(e.ProvinceCode), e.Id);
                Assert.Equal([e.ProvinceCode], e.CandidateProvinces);
            }
        }
    }

    [Fact]
    public void Coordinates_are_inside_Iraq()
    {
        Assert.All(G.Entries, e =>
        {
            Assert.InRange(e.Latitude, 29.0, 37.5);
            Assert.InRange(e.Longitude, 38.7, 48.7);
        });
    }

    [Fact]
    public void Every_place_has_an_Arabic_and_an_English_name()
    {
        Assert.All(Places, e =>
        {
            Assert.NotEmpty(ArabicNames(e));
            Assert.False(string.IsNullOrWhiteSpace(e.NameEn), e.Id);
            Assert.Contains(e.NameAr, ArabicNames(e));
        });
    }

    [Fact]
    public void No_name_points_to_two_provinces()
    {
        var clashes = G.Entries
            .SelectMany(e => ArabicNames(e).Select(n => (Name: Key(n), e)))
            .GroupBy(x => x.Name)
            .Where(g => g.Select(x => string.Join('+', x.e.CandidateProvinces)).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.e.Id))}");
        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_Arabic_name_is_found_after_a_place_cue()
    {
        foreach (var entry in G.Entries)
        {
            foreach (var name in ArabicNames(entry))
            {
                // A district or sub-district named like a common word is announced by its own division's noun.
                var cue = entry.DivisionCue ? "ناحية" : "منطقة";
                var text = ArabicNormalizer.Normalize($"نفذت القوات عملية في {cue} {name} أمس").Text;
                var mention = Assert.Single(G.FindAll(text));
                Assert.True(mention.Entry == entry || mention.Entry.ProvinceCode == entry.ProvinceCode && entry.ProvinceCode is not null,
                    $"'{name}' of {entry.Id} found as {mention.Entry.Id}");
                Assert.Equal(Key(name), mention.Surface);
            }
        }
    }

    [Fact]
    public void Only_names_marked_ambiguous_need_a_cue()
    {
        foreach (var entry in G.Entries)
        {
            var ambiguous = entry.AmbiguousNames.Select(Key).ToHashSet();
            foreach (var name in ArabicNames(entry))
            {
                var text = ArabicNormalizer.Normalize($"وقال مسؤول إن {name} مهمة").Text;
                if (entry.DivisionCue)
                {
                    // Never without its division's noun (a longer name may still hold another place: 'بغداد الجديدة').
                    Assert.DoesNotContain(G.FindAll(text), m => m.Entry == entry);
                    continue;
                }
                var expectFound = !entry.AmbiguousWord && !entry.DivisionCue && !ambiguous.Contains(Key(name))
                    && !G.Entries.Any(other => (other.AmbiguousWord || other.DivisionCue) && ArabicNames(other).Any(n => Key(n) == Key(name)));
                Assert.True(expectFound == (G.FindAll(text).Count == 1), $"'{name}' of {entry.Id}: expected found = {expectFound}");
            }
        }
    }

    [Fact]
    public void Load_reads_a_minimal_file()
    {
        var g = Load("""{ "placeCues": ["قضاء"], "places": [ { "id": "t-1", "ar": "الدور", "en": "Dour", "type": "District", "province": "IQ-SD", "point": [34.4, 43.8], "ambiguousWord": true, "strictCue": true } ] }""");
        var text = ArabicNormalizer.Normalize("الدور ثم قضاء الدور").Text;
        var mention = Assert.Single(g.FindAll(text));
        Assert.Equal("t-1", mention.Entry.Id);
        Assert.Equal(text.LastIndexOf("الدور", StringComparison.Ordinal), mention.Start);
        Assert.Equal(ProvinceCatalog.Default.All.Count + 1, g.Entries.Count);
    }

    [Theory]
    [InlineData("""{ "places": [ { "id": "a", "ar": "س", "en": "S", "type": "Town", "province": "IQ-XX", "point": [33, 44] } ] }""")]
    [InlineData("""{ "places": [ { "id": "a", "ar": "س", "en": "S", "type": "Hamlet", "province": "IQ-KI", "point": [33, 44] } ] }""")]
    [InlineData("""{ "places": [ { "id": "a", "ar": "س", "en": "S", "type": "Province", "province": "IQ-KI", "point": [33, 44] } ] }""")]
    [InlineData("""{ "places": [ { "id": "a", "ar": "س", "en": "S", "type": "Town", "province": null, "candidates": ["IQ-KI"], "point": [33, 44] } ] }""")]
    [InlineData("""{ "places": [ { "id": "a", "ar": "س", "en": "S", "type": "Town", "province": "IQ-KI", "candidates": ["IQ-SD"], "point": [33, 44] } ] }""")]
    [InlineData("""{ "places": [ { "id": "a", "ar": "س", "en": "S", "type": "Town", "province": "IQ-KI", "point": [33, 44], "ambiguousNames": ["ص"] } ] }""")]
    [InlineData("""{ "places": [ { "id": "IQ-KI", "ar": "س", "en": "S", "type": "Town", "province": "IQ-KI", "point": [33, 44] } ] }""")]
    public void Load_rejects_bad_data(string json)
    {
        Assert.Throws<InvalidDataException>(() => Load(json));
    }

    private static Gazetteer Load(string json) =>
        Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), ProvinceCatalog.Default);
}
