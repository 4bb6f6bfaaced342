using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Tests.Extraction.Places.PlaceTestText;

namespace OpsTracker.Core.Tests.Extraction.Places;

public class GazetteerResolutionTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    private static GazetteerEntry Entry(string id) => G.Entries.Single(e => e.Id == id);

    [Fact]
    public void Spanning_places_have_no_province_and_list_their_candidates()
    {
        Assert.Null(Entry("x-hamrin").ProvinceCode);
        Assert.Equal(["IQ-KI", "IQ-SD", "IQ-DI"], Entry("x-hamrin").CandidateProvinces);
        Assert.Equal(["IQ-NI", "IQ-AR"], Entry("x-makhmour").CandidateProvinces);
        Assert.Equal(["IQ-AN", "IQ-SD"], Entry("x-tharthar").CandidateProvinces);
        Assert.Equal(["IQ-DI", "IQ-SU"], Entry("x-kifri").CandidateProvinces);
        Assert.Equal(["IQ-NI", "IQ-AN", "IQ-SD"], Entry("x-jazira-desert").CandidateProvinces);
        Assert.Null(Entry("x-garmiyan").ProvinceCode);
        Assert.True(Entry("x-makhmour").SpansProvinces);
        Assert.Equal(["IQ-NI"], Entry("ni-mosul").CandidateProvinces);
    }

    [Theory]
    [InlineData("x-hamrin", "IQ-KI", new[] { "IQ-KI" })]
    [InlineData("x-hamrin", "IQ-KI", new[] { "كركوك" })]
    [InlineData("x-hamrin", "IQ-DI", new[] { "Diyala", "IQ-BG" })]
    [InlineData("x-hamrin", null, new string[0])]
    [InlineData("x-hamrin", null, new[] { "IQ-BG" })]
    [InlineData("x-hamrin", null, new[] { "IQ-KI", "IQ-DI" })]
    [InlineData("x-hamrin", "IQ-SD", new[] { "iq-sd", "صلاح الدين" })]
    [InlineData("x-makhmour", "IQ-NI", new[] { "الموصل" })]
    [InlineData("x-makhmour", "IQ-AR", new[] { "أربيل" })]
    [InlineData("x-makhmour", null, new[] { "IQ-KI" })]
    [InlineData("x-kifri", "IQ-DI", new[] { "ديالى" })]
    [InlineData("x-kifri", "IQ-SU", new[] { "السليمانية" })]
    [InlineData("x-qara-chogh", "IQ-NI", new[] { "نينوى" })]
    [InlineData("ni-mosul", "IQ-NI", new[] { "IQ-AR" })]
    [InlineData("ki-hawija", "IQ-KI", new string[0])]
    public void A_spanning_place_takes_the_one_candidate_named_nearby(string id, string? expected, string[] nearby)
    {
        Assert.Equal(expected, G.ResolveProvince(Entry(id), nearby));
    }

    [Fact]
    public void Hamrin_is_resolved_by_the_province_named_in_the_same_sentence()
    {
        var mentions = Find("دمرت الطائرات مضافة في سلسلة جبال حمرين ضمن حدود محافظة كركوك");
        var hamrin = Assert.Single(mentions, m => m.Entry.Id == "x-hamrin").Entry;
        var provinces = mentions.Where(m => m.Entry.Type == PlaceType.Province).Select(m => m.Entry.ProvinceCode!);
        Assert.Equal("IQ-KI", G.ResolveProvince(hamrin, provinces));
    }

    [Fact]
    public void Makhmour_alone_stays_unresolved()
    {
        var mentions = Find("هجوم على نقطة للجيش في قضاء مخمور");
        var makhmour = Assert.Single(mentions).Entry;
        Assert.Null(G.ResolveProvince(makhmour, mentions.Select(m => m.Entry.ProvinceCode).OfType<string>()));
    }

    [Theory]
    [InlineData("Tuz Khurmatu", "sd-tuz-khurmatu")]
    [InlineData("tuz khurmatu", "sd-tuz-khurmatu")]
    [InlineData("طوز خورماتو", "sd-tuz-khurmatu")]
    [InlineData("الطوز", "sd-tuz-khurmatu")]
    [InlineData("Salahuddin", "IQ-SD")]
    [InlineData("Salah al-Din", "IQ-SD")]
    [InlineData("salah al din", "IQ-SD")]
    [InlineData("صلاح الدّين", "IQ-SD")]
    [InlineData("MOSUL", "ni-mosul")]
    [InlineData("الأنبار", "IQ-AN")]
    [InlineData("الانبار", "IQ-AN")]
    [InlineData("أمرلي", "sd-amerli")]
    [InlineData("آمرلي", "sd-amerli")]
    [InlineData("Makhmour", "x-makhmour")]
    [InlineData("Hamrin Mountains", "x-hamrin")]
    [InlineData("جبال حمرين", "x-hamrin")]
    [InlineData("محافظة كركوك", "IQ-KI")]
    [InlineData("قضاء الحويجة", "ki-hawija")]
    [InlineData("العمارة", "ma-amarah")]
    [InlineData("Maysan", "IQ-MA")]
    public void Lookup_finds_any_name_in_any_spelling(string name, string id)
    {
        Assert.Equal(id, G.Lookup(name)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Atlantis")]
    [InlineData("محافظة")]
    public void Lookup_of_an_unknown_name_is_null(string name)
    {
        Assert.Null(G.Lookup(name));
    }
}
