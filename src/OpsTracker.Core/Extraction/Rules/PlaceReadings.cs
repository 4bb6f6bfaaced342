using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Where one report's places lie: the place mentions of a sentence that locate (datelines and outlets left out), the
/// province of each as the report itself states it, and the provinces of the report, of its head and of its
/// datelines. Made once per report, on first ask, by <see cref="ReportText.PlaceReadings"/>.
/// </summary>
internal sealed class PlaceReadings(ReportText report)
{
    private readonly TokenList _tokens = report.Tokens;
    private readonly ExtractionLexicon _lexicon = report.Lexicon;

    /// <summary>The place mentions that start in the sentence or clause and locate (no dateline, no outlet), in text order.</summary>
    public IEnumerable<PlaceMention> PlacesIn(Sentence s)
    {
        // As DateReadings.MentionsIn: a sentence or clause without a place mention (most) gets the empty array, not an
        // iterator.
        var places = report.Places;
        var end = report.End(s);
        var first = FirstPlaceFrom(report.Start(s));
        return first < places.Count && places[first].Start < end ? PlacesFrom(places, first, end) : [];
    }

    private IEnumerable<PlaceMention> PlacesFrom(IReadOnlyList<PlaceMention> places, int first, int end)
    {
        for (var i = first; i < places.Count && places[i].Start < end; i++)
        {
            if ((PlaceFacts(i, places) & PlaceLocates) != 0)
            {
                yield return places[i];
            }
        }
    }

    /// <summary>
    /// Per place mention (by its index in <see cref="ReportText.Places"/>), whether it is neither a dateline nor an
    /// outlet's name (<see cref="PlacesIn"/>): a pure function of the report's tokens and places, asked for every
    /// clause, sentence and draft around the place, found once per report. The fact's bit counts only with its known
    /// bit set (<see cref="PlaceFactsKnown"/>). Whether a place is a direction only is kept the same way by
    /// <see cref="PlaceDirections"/>.
    /// </summary>
    private byte[]? _placeFacts;

    /// <summary>The list <see cref="_placeFacts"/> was made for (a new <see cref="ReportText.Places"/> starts them over).</summary>
    private IReadOnlyList<PlaceMention>? _placeFactsOf;

    private const byte PlaceFactsKnown = 1;
    private const byte PlaceLocates = 2;

    /// <summary>The facts kept of place <paramref name="i"/> of <paramref name="places"/>, its dateline and outlet test done.</summary>
    private byte PlaceFacts(int i, IReadOnlyList<PlaceMention> places)
    {
        var facts = PlaceFactsOf(places);
        if ((facts[i] & PlaceFactsKnown) == 0)
        {
            var p = places[i];
            facts[i] |= (byte)(PlaceFactsKnown | (!report.Layout.IsDateline(p) && !report.Layout.IsOutlet(p) ? PlaceLocates : 0));
        }
        return facts[i];
    }

    private byte[] PlaceFactsOf(IReadOnlyList<PlaceMention> places)
    {
        if (_placeFacts is null || !ReferenceEquals(_placeFactsOf, places))
        {
            _placeFacts = new byte[places.Count];
            _placeFactsOf = places;
        }
        return _placeFacts;
    }

    /// <summary>The index of the first place of <see cref="ReportText.Places"/> that starts at or after <paramref name="start"/>.</summary>
    private int FirstPlaceFrom(int start) => ReportText.FirstFrom(report.Places, start);

    /// <summary>
    /// The province of a place: the one the report itself gives it, else the gazetteer's (null when the gazetteer
    /// holds the name in several provinces).
    /// </summary>
    public string? ProvinceOf(PlaceMention p) =>
        p.Entry.Type != PlaceType.Province && StatedProvinces.TryGetValue(p.Entry, out var stated) ? stated : p.Entry.ProvinceCode;

    /// <summary>
    /// "قرية الرشاد التابعة لقضاء المقدادية في ديالى": a place followed by the district or province that holds it, joined
    /// only by words of containment (lexicon containmentWords: في، قضاء، ناحية، محافظة، التابعة ...), lies in that
    /// province whatever other place of the name the gazetteer knows; every mention of it in the report does. The first
    /// statement wins. A direction ("شمال بغداد") is no containment: it says where from, not where in.
    /// </summary>
    private Dictionary<GazetteerEntry, string> StatedProvinces => _statedProvinces ??= ComputeStatedProvinces();

    private Dictionary<GazetteerEntry, string>? _statedProvinces;

    private Dictionary<GazetteerEntry, string> ComputeStatedProvinces()
    {
        var stated = new Dictionary<GazetteerEntry, string>();
        foreach (var s in report.Sentences)
        {
            var mentions = PlacesIn(s).ToList();
            for (var i = 0; i + 1 < mentions.Count; i++)
            {
                var place = mentions[i];
                if (place.Entry.Type == PlaceType.Province || stated.ContainsKey(place.Entry))
                {
                    continue;
                }
                // Walk the chain "X بقضاء Y في محافظة Z" to the first link whose province the gazetteer knows.
                for (var j = i + 1; j < mentions.Count && (Contains(mentions[j - 1], mentions[j]) || (j == i + 1 && (IsNearby(mentions[i], mentions[j]) || LiesIn(mentions[i], mentions[j])))); j++)
                {
                    if (mentions[j].Entry.ProvinceCode is { } code)
                    {
                        if (code != place.Entry.ProvinceCode)
                        {
                            stated[place.Entry] = code;
                        }
                        break;
                    }
                }
            }
        }
        return stated;
    }

    /// <summary>
    /// "قرية المحمودية، القريبة من بلدة الدبس": a village (or any place not a province) said to lie near a district
    /// or town (lexicon nearbyWords, then nearbyFrom, a place title allowed, a comma allowed before) lies in that
    /// town's province: in Iraq a village is named after the town it is near, not across a provincial border. Only
    /// for a town as the outer place: a province or a border near it says nothing of the village's own province.
    /// </summary>
    private bool IsNearby(PlaceMention inner, PlaceMention outer)
    {
        if (inner.Entry.Type == PlaceType.Province || outer.Entry.Type == PlaceType.Province)
        {
            return false;
        }
        var k = report.TokenAt(inner.End - 1) + 1;
        var to = report.TokenAt(outer.Start);
        if (k < to && _tokens[k].IsClauseBreak && _tokens[k].Text == ",")
        {
            k++;
        }
        if (k + 1 >= to || !_tokens[k].ReadsAsOneOf(_lexicon.NearbyWords)
            || !_tokens[k + 1].IsWord || !_lexicon.NearbyFrom.Contains(_tokens[k + 1].Text))
        {
            return false;
        }
        k += 2;
        if (k < to && _lexicon.PlaceTitles.MatchAt(_tokens, k) is { } title)
        {
            k = title.Last + 1;
        }
        return k == to;
    }

    /// <summary>
    /// "ببلدة البو حمد، الواقعة شرقي صلاح الدين"، "قضاء الشرقاط، الذي يقع في محافظة صلاح الدين": a place followed by a
    /// participle or verb of lying (lexicon lyingWords, after "التي"/"الذي" or a comma), then words of containment, a
    /// direction or both, then another place, is said to lie in that place's province. Not where the direction makes the
    /// second place a bearing only ("الواقعة شمال بغداد", <see cref="PlaceDirections.IsDirectionOnly"/>): that says
    /// where from, not where in.
    /// </summary>
    private bool LiesIn(PlaceMention inner, PlaceMention outer)
    {
        if (inner.Entry.Type == PlaceType.Province)
        {
            return false;
        }
        var k = report.TokenAt(inner.End - 1) + 1;
        var to = report.TokenAt(outer.Start);
        if (k < to && _tokens[k].IsClauseBreak && _tokens[k].Text == ",")
        {
            k++;
        }
        if (k < to && _tokens[k].IsWord && _lexicon.LyingRelatives.Contains(_tokens[k].Text))
        {
            k++;
        }
        if (k >= to || !_tokens[k].IsWord || !_lexicon.LyingWords.Contains(_tokens[k].Text))
        {
            return false;
        }
        k++;
        while (k < to && _tokens[k].ReadsAsOneOf(_lexicon.ContainmentWords))
        {
            k++;
        }
        // "جنوب غرب"، "شمال مدينة": directions of one or two words, then the place's title.
        while (k < to && _lexicon.Directions.MatchAt(_tokens, k) is { } direction)
        {
            k = direction.Last + 1;
        }
        if (k < to && _lexicon.PlaceTitles.MatchAt(_tokens, k) is { } title)
        {
            k = title.Last + 1;
        }
        return k == to && !report.PlaceDirections.IsDirectionOnly(outer);
    }

    /// <summary>Whether only words of containment (at least one) stand between two place mentions.</summary>
    private bool Contains(PlaceMention inner, PlaceMention outer)
    {
        var from = report.TokenAt(inner.End - 1) + 1;
        var to = report.TokenAt(outer.Start);
        if (to <= from)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            if (!_tokens[k].ReadsAsOneOf(_lexicon.ContainmentWords))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The province code of the report's places when they name exactly one province, else null. The same for every
    /// operation, so it is found once per report rather than once per operation (which made long reports quadratic).
    /// </summary>
    public string? OnlyProvince
    {
        get
        {
            var all = ReportProvinces;
            return all.Count == 1 ? all[0] : null;
        }
    }

    /// <summary>The provinces the report's places lie in (directions and datelines left out), found once.</summary>
    private List<string> ReportProvinces => _reportProvinces ??= ProvincesNamedIn(report.Sentences);

    private List<string>? _reportProvinces;

    /// <summary>The provinces the places of the sentences lie in, directions and datelines left out.</summary>
    /// <remarks>
    /// In the order each is first named. Loops, not a query: asked for the report, its head and sentence by sentence,
    /// the chain of five iterators and the distinct set cost more than the few places (usually none) they went over.
    /// </remarks>
    public List<string> ProvincesNamedIn(IEnumerable<Sentence> sentences)
    {
        var provinces = new List<string>();
        foreach (var s in sentences)
        {
            foreach (var p in PlacesIn(s))
            {
                if (!report.PlaceDirections.IsDirectionOnly(p) && ProvinceOf(p) is { } code && !provinces.Contains(code))
                {
                    provinces.Add(code);
                }
            }
        }
        return provinces;
    }

    /// <summary>
    /// The one province the report's head (headline, subtitle, lead) names, else null: "عملية نوعية في كركوك" over a
    /// body that tells the operation in a village nobody lists and a background paragraph about other provinces.
    /// </summary>
    public string? HeadProvince
    {
        get
        {
            if (!_headProvince.Known)
            {
                var head = ProvincesNamedIn(report.Sentences.Take(report.Layout.HeadLast + 1));
                _headProvince = (head.Count == 1 ? head[0] : null, true);
            }
            return _headProvince.Code;
        }
    }

    private (string? Code, bool Known) _headProvince;

    /// <summary>Province codes named in a sentence as provinces (not via a town), in order.</summary>
    public IEnumerable<string> ProvincesNamedIn(Sentence s, int from = 0)
    {
        return PlacesIn(s).Where(p => p.Start >= from && p.Entry.Type == PlaceType.Province && !report.PlaceDirections.IsDirectionOnly(p) && !report.PlaceRoles.IsIsisTitle(p) && p.Entry.ProvinceCode is not null)
            .Select(p => p.Entry.ProvinceCode!);
    }

    /// <summary>Provinces named as provinces ("محافظة كركوك", "محافظتي صلاح الدين وديالى"), in order.</summary>
    public IEnumerable<string> ProvincesNamedAfterProvinceWord(Sentence s)
    {
        var mentions = PlacesIn(s).Where(p => p.Entry.Type == PlaceType.Province && p.Entry.ProvinceCode is not null).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var t = report.TokenAt(mentions[i].Start);
            var cued = t >= 1 && _tokens[t - 1].ReadsAsOneOf(_lexicon.ProvinceNouns);
            // The second of "محافظتي X وY" follows the first.
            var joined = i > 0 && t >= 1 && report.TokenAt(mentions[i - 1].End - 1) >= t - 3 && (_tokens[t].Text.StartsWith('و') || _tokens[t - 1].Text == "و");
            if (cued || joined)
            {
                yield return mentions[i].Entry.ProvinceCode!;
            }
        }
    }

    /// <summary>
    /// The provinces of the report's datelines. A dateline is not where anything happened, but it is the province
    /// named nearest a place that lies in several ("جبال حمرين" in a story filed from Diyala).
    /// </summary>
    public IReadOnlyList<string> DatelineProvinces =>
        _datelineProvinces ??= report.Places.Where(report.Layout.IsDateline).Select(p => p.Entry.ProvinceCode).OfType<string>().Distinct().ToList();

    private List<string>? _datelineProvinces;

    /// <summary>
    /// "ديالى - شفق نيوز" over a story that names no province anywhere: the regional newsroom that filed it is the
    /// province's. Not Baghdad's: the national agencies and papers file everything from the capital.
    /// </summary>
    public string? RegionalDatelineProvince =>
        ReportProvinces.Count == 0 && DatelineProvinces is [var only] && only != CapitalProvince ? only : null;

    private const string CapitalProvince = "IQ-BG";
}
