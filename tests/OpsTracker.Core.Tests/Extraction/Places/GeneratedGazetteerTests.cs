using System.Text;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Tests.Extraction.Places.PlaceTestText;

namespace OpsTracker.Core.Tests.Extraction.Places;

/// <summary>
/// The places generated from GeoNames (places-geonames.json, tools/gazetteer/build_gazetteer.py) beside the hand-kept
/// places.json. Every sentence here is invented.
/// </summary>
public class GeneratedGazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;
    private static readonly ArabicReportExtractor Extractor = new();

    private static GazetteerEntry Entry(string id) => G.Entries.Single(e => e.Id == id);

    [Fact]
    public void The_generated_places_are_loaded_after_the_hand_kept_ones()
    {
        var generated = G.Entries.Where(e => e.Generated).ToList();
        Assert.True(generated.Count >= 25, $"{generated.Count} generated places");
        // GeoNames places (gn-) and the districts and sub-districts of places-admin.json (oad-).
        Assert.All(generated, e => Assert.True(e.Id.StartsWith("gn-", StringComparison.Ordinal) || (e.DivisionCue && e.Id.StartsWith("oad-", StringComparison.Ordinal)), e.Id));
        Assert.DoesNotContain(G.Entries, e => !e.Generated && e.Id.StartsWith("gn-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("داهمت قوة من البيشمركة وكراً للإرهابيين في بامرني", "gn-98069", "IQ-DA")]
    [InlineData("انفجرت عبوة ناسفة قرب كنيسة في عينكاوة مساء أمس", "gn-98304", "IQ-AR")]
    [InlineData("اعتقلت الشرطة مطلوبين اثنين في ناحية الشنافية", "gn-98589", "IQ-QA")]
    [InlineData("وصلت تعزيزات عسكرية إلى الموصل الجديدة صباحاً", "gn-99071", "IQ-NI")]
    public void A_place_only_the_generated_gazetteer_knows_is_found_in_its_province(string sentence, string id, string province)
    {
        var mention = Assert.Single(Find(sentence));
        Assert.Equal(id, mention.Entry.Id);
        Assert.True(mention.Entry.Generated);
        Assert.Equal(province, G.ResolveProvince(mention.Entry, []));
    }

    [Fact]
    public void An_operation_in_a_generated_village_is_placed_in_its_province()
    {
        var op = Assert.Single(Extractor.Extract("أعلنت قوات البيشمركة مقتل أربعة إرهابيين في اشتباك قرب بامرني.", new DateOnly(2024, 6, 10)).Operations);
        Assert.Equal(4, op.Killed);
        Assert.Equal("IQ-DA", op.Province);
    }

    [Theory]
    // ة written ه, with and without the article.
    [InlineData("تفتيش منازل في عينكاوه بحثاً عن مطلوب", "gn-98304")]
    [InlineData("تفتيش منازل في العينكاوة بحثاً عن مطلوب", "gn-98304")]
    [InlineData("انتشار أمني في هارثه شمال المحافظة", "gn-99369")]
    // ى written ي.
    [InlineData("دورية للشرطة في كاني ماسي قرب الحدود", "gn-94911")]
    [InlineData("دورية للشرطة في كانى ماسى قرب الحدود", "gn-94911")]
    // A Kurdish spelling as Arabic writes it (the source's ە folded to ه), and a name without the article.
    [InlineData("ضبط أسلحة في قهره داغ", "gn-92436")]
    [InlineData("ضبط أسلحة في قره داغ", "gn-92436")]
    [InlineData("ضبط أسلحة في شيخان", "gn-98293")]
    // Hamza forms: إبراهيم / ابراهيم.
    [InlineData("إغلاق منفذ إبراهيم الخليل مؤقتاً", "gn-6998238")]
    // A kunya joined to the next word (a hand-kept place).
    [InlineData("انفجار عبوة في أبوغريب غربي العاصمة", "bg-abu-ghraib")]
    public void A_variant_spelling_is_found(string sentence, string id)
    {
        Assert.Equal([id], Ids(sentence));
    }

    [Theory]
    [InlineData("عبرت سفن الشحن البحار نحو الخليج")]
    [InlineData("وقف الجندي على عتبة الباب")]
    [InlineData("تحدثت ميمونة عن الحادث")]
    [InlineData("اجتمع الأهالي عند بركة الماء")]
    public void A_common_word_that_is_also_a_place_is_not_found_without_a_cue(string sentence)
    {
        Assert.Empty(Ids(sentence));
    }

    [Theory]
    [InlineData("قصف مواقع في ناحية بحار", "gn-7326104")]
    [InlineData("اعتقال متهم في ناحية عتبة", "gn-7326105")]
    [InlineData("مداهمة في قضاء الميمونة", "gn-99070")]
    public void The_same_word_is_found_after_a_place_cue(string sentence, string id)
    {
        Assert.Equal([id], Ids(sentence));
    }

    [Theory]
    [InlineData("قتل مسلح في قرية تل الذهب التابعة لمحافظة دهوك", "IQ-DA")]
    [InlineData("قتل مسلح في قرية تل الذهب جنوب نينوى", "IQ-NI")]
    [InlineData("قتل مسلح في قرية تل الذهب", null)]
    [InlineData("قتل مسلح في قرية تل الذهب بين نينوى ودهوك", null)]
    public void A_name_borne_in_two_provinces_goes_to_the_province_named_nearby(string sentence, string? province)
    {
        // The generator merges a name borne by places of two provinces into one entry with both as candidates.
        var g = WithGenerated("""{ "places": [ { "id": "gn-1", "ar": "تل الذهب", "en": "Tall adh Dhahab", "type": "Village", "province": null, "candidates": ["IQ-DA", "IQ-NI"], "point": [36.5, 43.0] } ] }""");
        var text = ArabicNormalizer.Normalize(sentence).Text;
        var mentions = g.FindAll(text);
        var village = Assert.Single(mentions, m => m.Entry.Id == "gn-1");
        var named = mentions.Where(m => m.Entry.Type == PlaceType.Province).Select(m => m.Entry.ProvinceCode!).ToList();
        Assert.Equal(province, g.ResolveProvince(village.Entry, named));
    }

    [Fact]
    public void A_generated_name_never_hides_a_hand_kept_place_or_a_province()
    {
        var g = WithGenerated("""{ "places": [ { "id": "gn-2", "ar": "الموصل", "en": "Mosul", "type": "City", "province": "IQ-NI", "point": [36.3, 43.1] }, { "id": "gn-3", "ar": "ديالى", "en": "Diyala", "type": "Town", "province": "IQ-DI", "point": [33.7, 44.6] } ] }""");
        var text = ArabicNormalizer.Normalize("من الموصل إلى ديالى").Text;
        Assert.Equal(["ni-mosul", "IQ-DI"], g.FindAll(text).Select(m => m.Entry.Id));
        Assert.Equal("ni-mosul", g.Lookup("الموصل")!.Id);
    }

    [Fact]
    public void The_data_files_load_and_stay_small()
    {
        var places = EmbeddedData.ReadAllBytes("places.json", null);
        var generated = EmbeddedData.ReadAllBytes(Gazetteer.GeneratedFileName, null);
        var divisions = EmbeddedData.ReadAllBytes(Gazetteer.DivisionsFileName, null);
        // How long loading takes is measured in docs/extraction.md ("The generated gazetteer"), not asserted here.
        var g = Gazetteer.Load(new MemoryStream(places), [new MemoryStream(generated), new MemoryStream(divisions)], ProvinceCatalog.Default);
        Assert.Equal(G.Entries.Count, g.Entries.Count);
        Assert.True(generated.Length < 3_000_000, $"{generated.Length} bytes");
        Assert.True(divisions.Length < 200_000, $"{divisions.Length} bytes");
    }

    [Theory]
    [InlineData("اعتقلت القوات الأمنية إرهابيين اثنين في ناحية الملتقى.", "IQ-KI")]
    [InlineData("اعتقلت القوات الأمنية إرهابيين اثنين بناحية الملتقى.", "IQ-KI")]
    public void A_sub_district_is_found_right_after_its_noun(string sentence, string province)
    {
        var op = Assert.Single(new ArabicReportExtractor().Extract(sentence, new DateOnly(2024, 3, 5)).Operations);
        Assert.Equal((province, "الملتقى"), (op.Province, op.Place));
    }

    [Theory]
    [InlineData("اعتقلت القوات الأمنية إرهابيين اثنين شمال المدينة.")]
    [InlineData("اعتقلت القوات الأمنية إرهابيين اثنين في الملتقى الثقافي.")]
    public void A_division_named_like_a_common_word_is_not_found_without_its_noun(string sentence)
    {
        var op = Assert.Single(new ArabicReportExtractor().Extract(sentence, new DateOnly(2024, 3, 5)).Operations);
        Assert.Null(op.Province);
    }

    [Fact]
    public void A_generated_file_in_the_override_folder_is_read_and_changes_the_extractor_version()
    {
        var folder = Directory.CreateTempSubdirectory("opstracker-data-").FullName;
        try
        {
            var changed = """{ "places": [ { "id": "gn-9", "ar": "تل الفضة", "en": "Tall al Fiddah", "type": "Village", "province": "IQ-NI", "point": [36.1, 42.9] } ] }""";
            File.WriteAllText(Path.Combine(folder, Gazetteer.GeneratedFileName), changed);

            Assert.Equal(changed, Encoding.UTF8.GetString(EmbeddedData.ReadAllBytes(Gazetteer.GeneratedFileName, folder)));
            Assert.NotEqual(ExtractorVersion.For(null), ExtractorVersion.For(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Gazetteer WithGenerated(string json) =>
        Gazetteer.Load(
            new MemoryStream(EmbeddedData.ReadAllBytes("places.json", null)),
            new MemoryStream(Encoding.UTF8.GetBytes(json)),
            ProvinceCatalog.Default);
}
