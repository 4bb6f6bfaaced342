namespace OpsTracker.Core.Extraction.Places;

/// <summary>
/// A place of Iraq. <see cref="ProvinceCode"/> is null when the place spans provinces or its province is disputed
/// (Hamrin, Makhmour); <see cref="CandidateProvinces"/> then lists the provinces it may be in, and for a resolved
/// place it holds just its province. Names are kept as written in the data file (readable Arabic), not normalised.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    string NameAr,
    string NameEn,
    PlaceType Type,
    string? ProvinceCode,
    IReadOnlyList<string> CandidateProvinces,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> Variants)
{
    /// <summary>
    /// Every Arabic name of the place is also a common word or a name found outside Iraq ('بلد' country,
    /// 'الرياض' Riyadh, 'العلم' flag), so it is found only after a place cue ('قضاء بلد', 'ناحية العلم').
    /// </summary>
    public bool AmbiguousWord { get; init; }

    /// <summary>
    /// Names of this place (the Arabic name or variants) that are common words although the place's other names
    /// are not: Anah is 'عانة' but also written 'عنه' ('about him'). Empty when <see cref="AmbiguousWord"/> covers all.
    /// </summary>
    public IReadOnlyList<string> AmbiguousNames { get; init; } = [];

    /// <summary>
    /// For an ambiguous name, the weak cues 'في' and the prefix 'ب' are not enough: a place noun or a direction
    /// must come first ('حديثة' is also 'his talk' in 'في حديثه').
    /// </summary>
    public bool StrictCue { get; init; }

    /// <summary>
    /// Found only right after the noun of its division ("ناحية العدل", "قضاء المدينة"): a district or sub-district whose
    /// name is also a common word, where even a direction is no cue ("شمال المدينة" is the city's north).
    /// </summary>
    public bool DivisionCue { get; init; }

    /// <summary>
    /// The place comes from the generated gazetteer (places-geonames.json, built from GeoNames by tools/gazetteer),
    /// not from the hand-kept places.json: where names collide, hand-kept places and provinces win.
    /// </summary>
    public bool Generated { get; init; }

    /// <summary>True when the place spans provinces or its province is disputed (no single province code).</summary>
    public bool SpansProvinces => ProvinceCode is null;
}

/// <summary>
/// A place found in normalised text. [<see cref="Start"/>, <see cref="End"/>) covers the whole word or words as
/// written, clitic prefixes included ('بالموصل'); <see cref="Surface"/> is the name without them ('الموصل'), with the
/// article restored after 'لل' ('للموصل' reads 'الموصل').
/// </summary>
public sealed record PlaceMention(int Start, int End, GazetteerEntry Entry, string Surface) : Text.ITextMention;
