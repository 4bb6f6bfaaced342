using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whether one report's place mentions are named only to point: a direction or bearing from a city, a border, the
/// town of a hospital, a site's name, a pair of provinces that bound a place, a landmark by which another place is
/// told. Made once per report, on first ask, by <see cref="ReportText.PlaceDirections"/>.
/// </summary>
internal sealed class PlaceDirections(ReportText report)
{
    private readonly TokenList _tokens = report.Tokens;
    private readonly ExtractionLexicon _lexicon = report.Lexicon;

    /// <summary>
    /// A place mention that locates the clause: "غربي كركوك" locates in Kirkuk, but "شمال بغداد" with the bare
    /// name of a province-capital is a direction from it, not a place in it, unless "محافظة" is said; a place a
    /// border is told along ("الحدود مع نينوى") or a hospital's town ("مستشفى بعقوبة") is not where it happened either.
    /// </summary>
    public bool IsDirectionOnly(PlaceMention p)
    {
        var places = report.Places;
        var index = IndexOfPlace(p);
        if (index < 0)
        {
            return ComputeIsDirectionOnly(p);
        }
        var facts = DirectionFactsOf(places);
        if ((facts[index] & DirectionFactKnown) == 0)
        {
            facts[index] |= (byte)(DirectionFactKnown | (ComputeIsDirectionOnly(p) ? DirectionOnlyFact : 0));
        }
        return (facts[index] & DirectionOnlyFact) != 0;
    }

    /// <summary>
    /// Per place mention (by its index in <see cref="ReportText.Places"/>), whether it is a direction only
    /// (<see cref="IsDirectionOnly"/>): a pure function of the report's tokens and places, asked for every clause,
    /// sentence and draft around the place, found once per report. The fact's bit counts only with its known bit set
    /// (<see cref="DirectionFactKnown"/>).
    /// </summary>
    private byte[]? _directionFacts;

    /// <summary>The list <see cref="_directionFacts"/> was made for (a new <see cref="ReportText.Places"/> starts them over).</summary>
    private IReadOnlyList<PlaceMention>? _directionFactsOf;

    private const byte DirectionFactKnown = 1;
    private const byte DirectionOnlyFact = 2;

    private byte[] DirectionFactsOf(IReadOnlyList<PlaceMention> places)
    {
        if (_directionFacts is null || !ReferenceEquals(_directionFactsOf, places))
        {
            _directionFacts = new byte[places.Count];
            _directionFactsOf = places;
        }
        return _directionFacts;
    }

    /// <summary>The index of <paramref name="p"/> itself in <see cref="ReportText.Places"/>, or -1 when it is no mention of the list.</summary>
    private int IndexOfPlace(PlaceMention p)
    {
        var places = report.Places;
        for (var i = ReportText.FirstFrom(places, p.Start); i < places.Count && places[i].Start == p.Start; i++)
        {
            if (ReferenceEquals(places[i], p))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary><see cref="IsDirectionOnly"/> worked out (kept per place by it).</summary>
    private bool ComputeIsDirectionOnly(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        if (report.PlaceRoles.IsParentCommand(t))
        {
            return true;
        }
        // "نقل الجرحى إلى مستشفى بعقوبة": the hospital the wounded were taken to.
        if (t >= 1 && _tokens[t - 1].ReadsAsOneOf(_lexicon.DestinationNouns))
        {
            return true;
        }
        if (IsHospitalsTown(t))
        {
            return true;
        }
        for (var back = 1; back <= 4 && t - back >= 0; back++)
        {
            // "قرب الحدود في القائم": "في" puts what happened in the place, whatever border was named before it.
            if (_tokens[t - back].IsSentenceBreak || (_tokens[t - back].IsClauseBreak && _tokens[t - back].Text == ",")
                || (_tokens[t - back].IsWord && _tokens[t - back].Text == "في"))
            {
                break;
            }
            if (_lexicon.BorderCues.MatchAt(_tokens, t - back) is { } border)
            {
                return !IsAdministrativeBounds(border.Last);
            }
        }
        if (p.Entry.Type != PlaceType.Province)
        {
            return false;
        }
        // "في منطقة القادسية شرق الموصل"، "منشأة المثنى": a province named by no city, as the second term of a site's
        // construct (lexicon siteNouns), is the site's name, not the province.
        if (t >= 1 && _tokens[t - 1].ReadsAsOneOf(_lexicon.SiteNouns) && IsNamedByNoCity(p))
        {
            return true;
        }
        if (IsBetweenProvinces(p))
        {
            return true;
        }
        if (t >= 1 && _tokens[t - 1].ReadsAsOneOf(_lexicon.ProvinceNoun))
        {
            return false;
        }
        return IsBearingFromCapital(p);
    }

    /// <summary>
    /// "نقلوا إلى مستشفيات العاصمة بغداد"، "مستشفى مدينة الطب ببغداد": the hospital's town told after its name, which
    /// stands in construct with the destination noun (lexicon destinationNouns) as at most
    /// <see cref="AssemblerLimits.HospitalNameWords"/> definite words or place titles ("العاصمة"، "مدينة"), the town
    /// bare or with "ب" joined. A word of another kind (a verb, "في", a conjunction) ends the hospital's name.
    /// <paramref name="t"/> is the place's first token.
    /// </summary>
    private bool IsHospitalsTown(int t)
    {
        for (var back = 2; back <= AssemblerLimits.HospitalNameWords + 1 && t - back >= 0; back++)
        {
            var name = _tokens[t - back + 1];
            if (!name.IsWord || !(Article.Begins(name.Text) || _lexicon.PlaceTitles.MatchAt(_tokens, t - back + 1) is not null))
            {
                return false;
            }
            if (_tokens[t - back].ReadsAsOneOf(_lexicon.DestinationNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "شمال بغداد", "جنوب أربيل": a province named by a capital whose province is little more than the city and its
    /// belts, or which lies near its province's edge (lexicon capitalsBearingLeaves), with a bearing before it and no
    /// short distance given; it may lie in the next province.
    /// A bearing from any other capital ("جنوب غربي كركوك", "قرب مدينة كركوك") lies in that capital's province.
    /// </summary>
    public bool IsBearingFromCapital(PlaceMention p) =>
        BearingOffTheCity(p) is not null && !IsNamedByNoCity(p) && IsBearingMayLeave(p);

    /// <summary>
    /// "جنوبي مدينة كركوك"، "شمال شرق بعقوبة": a province named by its capital with a compass point before it (lexicon
    /// compassPoints; not "قرب"، "أطراف"، "محيط", which put a thing at the city) tells a direction from the city, not
    /// the province a thing lies in: south of Kirkuk may be Salah al-Din's Tuz. Not for a neighbourhood's bearing inside
    /// the city, nor a short distance given ("10 كم جنوب كركوك").
    /// </summary>
    public bool IsCompassBearing(PlaceMention p) =>
        BearingOffTheCity(p) is { } direction && _tokens[direction].ReadsAsOneOf(_lexicon.CompassPoints);

    /// <summary>
    /// The direction word before a province named by its capital, when it gives a bearing off the city: not one that
    /// puts a thing near it (<see cref="IsNearCapital"/>), nor a neighbourhood's inside it (<see cref="IsNeighbourhoodBearing"/>).
    /// What <see cref="IsBearingFromCapital"/> and <see cref="IsCompassBearing"/> both start from.
    /// </summary>
    private int? BearingOffTheCity(PlaceMention p) =>
        p.Entry.Type == PlaceType.Province && DirectionBefore(p) is { } direction && !IsNearCapital(direction) && !IsNeighbourhoodBearing(direction)
            ? direction
            : null;

    /// <summary>
    /// "في حي الجامعة غربي بغداد"، "بحي العامل جنوب غربي بغداد": a bearing told of a neighbourhood (lexicon
    /// neighbourhoodNouns, then at most <see cref="AssemblerLimits.NeighbourhoodNameWords"/> words of its name right
    /// before the direction) is a bearing inside the city: a neighbourhood is part of its town, so the capital's
    /// province is where it lies, though a bare "غربي بغداد" may lie in the next province.
    /// <paramref name="direction"/> is the direction's first token.
    /// </summary>
    private bool IsNeighbourhoodBearing(int direction)
    {
        for (var k = direction - 2; k >= Math.Max(0, direction - 1 - AssemblerLimits.NeighbourhoodNameWords); k--)
        {
            if (!_tokens[k].IsWord || _tokens[k + 1].IsClauseBreak || _tokens[k + 1].IsSentenceBreak)
            {
                return false;
            }
            if (_tokens[k].Readings.AnyIn(_lexicon.NeighbourhoodNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "منطقة الحوز الواقعة بين محافظتي ديالى وصلاح الدين", "بين كركوك وصلاح الدين": two provinces named after "بين"
    /// (lexicon betweenWords, a province noun "محافظتي" allowed between) and joined by "و" bound the place; neither is
    /// where it happened.
    /// </summary>
    private bool IsBetweenProvinces(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        if (OpensBetween(t))
        {
            return JoinedProvinceAfter(p) is not null;
        }
        // The second of the pair: "و" then the province, right after the first.
        var joined = _tokens[t].Text.StartsWith('و') || (t >= 1 && _tokens[t - 1].Text == "و");
        if (!joined)
        {
            return false;
        }
        var first = report.Places.LastOrDefault(o => o.End <= p.Start && o.Entry.Type == PlaceType.Province && report.TokenAt(o.End - 1) >= t - 2);
        return first is not null && !ReferenceEquals(first, p) && OpensBetween(report.TokenAt(first.Start));
    }

    /// <summary>Whether "بين" (or "بين محافظتي") stands right before token <paramref name="t"/>.</summary>
    private bool OpensBetween(int t)
    {
        var at = t - 1;
        if (at >= 0 && _tokens[at].ReadsAsOneOf(_lexicon.ProvinceNouns) && !_tokens[at].Readings.AnyIn(_lexicon.ProvinceNoun))
        {
            at--;
        }
        return at >= 0 && _tokens[at].ReadsAsOneOf(_lexicon.BetweenWords);
    }

    /// <summary>The province joined by "و" right after <paramref name="p"/>, if any.</summary>
    private PlaceMention? JoinedProvinceAfter(PlaceMention p)
    {
        var last = report.TokenAt(p.End - 1);
        return report.Places.FirstOrDefault(o => o.Start >= p.End && o.Entry.Type == PlaceType.Province && report.TokenAt(o.Start) <= last + 2
            && (_tokens[report.TokenAt(o.Start)].Text.StartsWith('و') || _tokens[report.TokenAt(o.Start) - 1].Text == "و"));
    }

    /// <summary>
    /// "على بعد 20 كم جنوب غربي كركوك": a bearing from a province's capital with a distance of at most
    /// <see cref="AssemblerLimits.CapitalDirectionInsideKm"/> km lies inside the province; only a bare bearing ("شمال
    /// بغداد") may reach into the next one. <paramref name="direction"/> is the direction's first token.
    /// </summary>
    private bool IsNearCapital(int direction)
    {
        var unit = direction - 1;
        // "جنوب غربي كركوك": the direction found may be the compound's last word.
        if (unit >= 0 && _tokens[unit].IsWord && _lexicon.Directions.StartsAt(_tokens, unit))
        {
            unit--;
        }
        if (unit < 1 || !_tokens[unit].ReadsAsOneOf(_lexicon.DistanceUnits))
        {
            return false;
        }
        var number = _tokens[unit - 1];
        return number.IsNumber && int.TryParse(number.Text, out var km) && km > 0 && km <= AssemblerLimits.CapitalDirectionInsideKm;
    }

    /// <summary>"الحدود الإدارية": the border cue ending at token <paramref name="last"/> names the bounds a place lies within.</summary>
    private bool IsAdministrativeBounds(int last) =>
        last + 1 < _tokens.Count && _tokens[last + 1].IsWord && _lexicon.AdministrativeBounds.Contains(_tokens[last + 1].Text);

    /// <summary>
    /// "شمالي ديالى": a direction from a province whose name is no city's (lexicon provincesNamedByNoCity) is a part of
    /// that province, not a bearing from its capital.
    /// </summary>
    private bool IsNamedByNoCity(PlaceMention p) =>
        Clitics.Readings(p.Surface).Any(_lexicon.ProvincesNamedByNoCity.Contains);

    /// <summary>Whether a bearing from this capital may leave its province (lexicon capitalsBearingLeaves: "بغداد").</summary>
    private bool IsBearingMayLeave(PlaceMention p) =>
        Clitics.Readings(p.Surface).Any(_lexicon.CapitalsBearingLeaves.Contains);

    /// <summary>
    /// The first token of a direction word ending right before the place ("شرقي"، "جنوب غرب"), or before the title
    /// that stands before its name ("شمال العاصمة بغداد", "شمال مدينة الرمادي", lexicon placeTitles). None where a
    /// definite direction comes before the place joined by "ل" ("المدخل الغربي لبغداد", "الطرف الشمالي للموصل"): that
    /// names a part of the place, not a direction from it.
    /// </summary>
    private int? DirectionBefore(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        var first = DirectionBefore(t);
        if (first is { } d && Article.Begins(_tokens[d].Text) && IsJoinedByLam(p, t))
        {
            return null;
        }
        return first;
    }

    /// <summary>
    /// The place's word is its name with the preposition "ل" ("لبغداد"), which takes a definite name's alif away
    /// ("للموصل" is "ل" + "الموصل", <see cref="Article.FollowsLam(string)"/>).
    /// </summary>
    private bool IsJoinedByLam(PlaceMention p, int t)
    {
        var text = _tokens[t].Text.AsSpan();
        if (text.Length < 2 || text[0] != 'ل')
        {
            return false;
        }
        var surface = p.Surface.AsSpan();
        return text[1..].SequenceEqual(surface) || (Article.Begins(surface) && text[1..].SequenceEqual(surface[1..]));
    }

    /// <summary>The first token of a direction word (after any place title) ending right before token <paramref name="t"/>.</summary>
    private int? DirectionBefore(int t)
    {
        if (PhraseEndingBefore(_lexicon.PlaceTitles, t) is { } title)
        {
            t = title;
        }
        return PhraseEndingBefore(_lexicon.Directions, t);
    }

    /// <summary>The first token of a phrase of one or two words of <paramref name="matcher"/> that ends right before token <paramref name="t"/>.</summary>
    private int? PhraseEndingBefore<T>(PhraseMatcher<T> matcher, int t)
    {
        for (var back = 1; back <= 2 && t - back >= 0; back++)
        {
            if (matcher.MatchAt(_tokens, t - back) is { } m && m.Last == t - 1)
            {
                return t - back;
            }
        }
        return null;
    }

    /// <summary>
    /// A place named only to say where another place lies: the second of "قاطع الكرمة شرقي الفلوجة" (a place, a
    /// direction word, a place) or of "ناحية العباسي التابعة لقضاء الحويجة" (the district that holds it). What
    /// happened happened at the first; the landmark still tells its province.
    /// </summary>
    public bool IsLandmark(PlaceMention p, IReadOnlyList<PlaceMention> sentencePlaces) => LocatedBy(p, sentencePlaces) is not null;

    /// <summary>
    /// The place <paramref name="p"/> is a landmark of (<see cref="IsLandmark"/>): the one of
    /// <paramref name="sentencePlaces"/> that ends right before the direction or container word in front of it, else null.
    /// </summary>
    public PlaceMention? LocatedBy(PlaceMention p, IReadOnlyList<PlaceMention> sentencePlaces)
    {
        var t = report.TokenAt(p.Start);
        var cue = DirectionBefore(p) ?? ContainerWordBefore(t);
        if (cue is not { } first || first - 1 < 0)
        {
            return null;
        }
        var before = first - 1;
        foreach (var o in sentencePlaces)
        {
            if (!ReferenceEquals(o, p) && o.Start < p.Start && report.TokenAt(o.End - 1) == before)
            {
                return o;
            }
        }
        return null;
    }

    /// <summary>A container word (lexicon containerWords) one or two tokens before token <paramref name="t"/> ("التابعة لقضاء الحويجة"): its index.</summary>
    private int? ContainerWordBefore(int t)
    {
        for (var back = 1; back <= 2 && t - back >= 0; back++)
        {
            if (_tokens[t - back].ReadsAsOneOf(_lexicon.ContainerWords))
            {
                return t - back;
            }
        }
        return null;
    }
}
