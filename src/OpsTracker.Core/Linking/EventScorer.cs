using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Linking.LinkingThresholds;

namespace OpsTracker.Core.Linking;

/// <summary>The stored dates a candidate for linking may have (see <see cref="EventScorer.CandidateWindow"/>).</summary>
public sealed record CandidateDates(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> MonthStarts);

/// <summary>How alike two operations are: a score, and the hard rule that forbids linking them, if any.</summary>
public sealed record LinkScore(double Score, string? Veto)
{
    /// <summary>The two are one event: nothing forbids it and the score reaches <see cref="LinkingThresholds.LinkThreshold"/>.</summary>
    public bool Links => Veto is null && Score >= LinkThreshold;

    public static LinkScore Forbidden(string why) => new(double.NegativeInfinity, why);
}

/// <summary>
/// Scores whether two operations told by different reports are the same event. Hard rules first (a rule broken means
/// "never"): different reports, dates compatible within their precision, the same province, places not far apart,
/// kinds that can describe one event. A date or a province missing on one side (lost with a re-telling's lead
/// paragraph, or a report without publication date) is vouched for only by a copied sentence, or, when neither is
/// dated, by the same named place, kind and figures. Then a sum of evidence: how close the dates are, the same or a nearby place
/// (gazetteer coordinates), the same kind, figures that agree (one report may give only some of them) or disagree,
/// a shared actor, shared and copied wording. Weights and limits: <see cref="LinkingThresholds"/>. Stateless; safe to share.
/// </summary>
public sealed class EventScorer(Gazetteer gazetteer)
{
    public static EventScorer Default { get; } = new(Gazetteer.Default);

    /// <summary>How alike two operations are (see the class). For many candidates of one operation, use <see cref="For"/>.</summary>
    public LinkScore Score(OperationFacts a, OperationFacts b) => For(a).Score(b);

    /// <summary>
    /// <paramref name="operation"/> prepared for scoring against many candidates: its place is looked up in the gazetteer
    /// and its words normalised once, not once per candidate; <paramref name="places"/>, when given, keeps the
    /// candidates' places looked up across the operations of one report.
    /// </summary>
    public CandidateScorer For(OperationFacts operation, ResolvedPlaces? places = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        places ??= new ResolvedPlaces(gazetteer);
        return new CandidateScorer(operation, places);
    }

    /// <summary>A cache of place look-ups in this scorer's gazetteer, for one linking call (see <see cref="For"/>).</summary>
    public ResolvedPlaces NewPlaceCache() => new(gazetteer);

    internal static LinkScore ScoreResolved(OperationFacts a, ResolvedPlace pa, Func<HashSet<string>> wordsA, OperationFacts b, ResolvedPlace pb, Func<HashSet<string>> wordsB)
    {
        if (a.ReportId == b.ReportId)
        {
            // One bulletin's operations at different places are different events by construction.
            return LinkScore.Forbidden("same report");
        }
        var provinceKnown = a.ProvinceCode is not null && b.ProvinceCode is not null;
        if (provinceKnown && !string.Equals(a.ProvinceCode, b.ProvinceCode, StringComparison.OrdinalIgnoreCase))
        {
            return LinkScore.Forbidden("province");
        }
        // Cheapest rules first: most candidates of a busy province fail on the date or the kind.
        var dated = !Undated(a) && !Undated(b);
        var date = dated ? DateScore(a, b) : 0;
        if (date is null)
        {
            return LinkScore.Forbidden("date");
        }
        if (KindScore(a.Kind, b.Kind) is not { } kind)
        {
            return LinkScore.Forbidden("kind");
        }
        if (PlaceScore(pa, pb) is not { } place)
        {
            return LinkScore.Forbidden("place");
        }
        var figures = FigureScore(a, b);
        // Nothing contradicts: the places (if both name one) are not apart and no figure differs. Only then can
        // copied wording count, since two outlets' bulletins share their formulas but not their places and counts.
        var consistent = place >= 0 && figures >= 0;
        (double Jaccard, double Copied)? overlap = null;
        (double Jaccard, double Copied) Overlap() => overlap ??= EventScorer.Overlap(wordsA(), wordsB());
        bool Copied() => consistent && Overlap().Copied >= NearCopyShare;
        if (!provinceKnown && !Copied())
        {
            // A province lost with a report's lead paragraph: the same event only when the sentence is copied.
            return LinkScore.Forbidden("province");
        }
        if (!dated && !Copied()
            && !(Undated(a) && Undated(b) && place >= SamePlaceWeight && kind >= SameKindWeight && SameFigures(a.Figures, b.Figures)))
        {
            // No date to compare on one side or both (a relative date without a publication date): the same event
            // only when told in a copied sentence, or, both undated, at the same named place, of the same kind, with
            // the same figures (all of them, not a subset: "two killed in Hawija" is told of many days). A dated
            // operation is not linked to an undated one by place and figures alone ("ten killed by an air strike on
            // Mosul" was told of many days).
            return LinkScore.Forbidden("date");
        }
        var score = date.Value + place + kind + figures + ActorScore(a.Actors, b.Actors);
        // The shared words only decide between candidates that can reach the threshold (normalising costs).
        if (score + SharedWordsWeight + (consistent ? NearCopyWeight : 0) < LinkThreshold)
        {
            return new LinkScore(score, null);
        }
        score += SharedWordsWeight * Overlap().Jaccard;
        if (Copied())
        {
            score += NearCopyWeight;
        }
        return new LinkScore(score, null);
    }

    /// <summary>Both give figures, and the very same ones (a subset is not enough when nothing else is known).</summary>
    internal static bool SameFigures(EventFigureSet a, EventFigureSet b) => !a.IsEmpty && a == b;

    /// <summary>No date to compare: none resolved (a relative date without a publication date, or none told).</summary>
    public static bool Undated(OperationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Date is null || facts.Precision == DatePrecision.Unknown;
    }

    /// <summary>The share of distinct normalised words (three letters or more) two texts have in common (Jaccard).</summary>
    internal static double SharedWords(string a, string b) => Overlap(a, b).Jaccard;

    /// <summary>
    /// How much wording two evidence texts share: the Jaccard share of their distinct normalised words (three letters or
    /// more), and how much of one is copied in the other: the share of the shorter text's words found in the other (a
    /// sentence copied out of a longer paragraph), or, when the shorter has fewer than
    /// <see cref="LinkingThresholds.NearCopyMinWords"/> words (a few words are easily shared by chance), the Jaccard share.
    /// </summary>
    internal static (double Jaccard, double Copied) Overlap(string a, string b) => Overlap(Words(a), Words(b));

    internal static (double Jaccard, double Copied) Overlap(HashSet<string> wa, HashSet<string> wb)
    {
        if (wa.Count == 0 || wb.Count == 0)
        {
            return (0, 0);
        }
        var common = wa.Count(wb.Contains);
        var union = wa.Count + wb.Count - common;
        var shorter = Math.Min(wa.Count, wb.Count);
        var jaccard = union == 0 ? 0 : (double)common / union;
        return (jaccard, shorter < NearCopyMinWords ? jaccard : (double)common / shorter);
    }

    /// <summary>The distinct normalised words (three letters or more) of an evidence text.</summary>
    internal static HashSet<string> Words(string text) =>
        string.IsNullOrEmpty(text)
            ? []
            : ArabicNormalizer.Normalize(text).Text.Split([' ', '\n', '\r', '\t', ',', '.', '(', ')', '«', '»', '"', ':', '-', ';', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Where the stored dates of every operation <see cref="Score"/> could link to this one lie: a date between
    /// <c>From</c> and <c>To</c>, or a month-precision date (stored as the month's first day) among <c>MonthStarts</c>.
    /// Null when the date is too vague to link by (missing, or known to the year only).
    /// </summary>
    public static CandidateDates? CandidateWindow(DateOnly? date, DatePrecision precision)
    {
        if (date is not { } d || !Linkable(precision))
        {
            return null;
        }
        var (start, end) = Span(d, precision);
        if (precision == DatePrecision.Day)
        {
            (start, end) = (Shift(d, -DayWindowDays), Shift(d, DayWindowDays));
        }
        // A stored week starts up to 6 + slack days before the first day it is compatible with.
        var from = Shift(start, -6 - WeekSlackDays);
        var to = Shift(end, WeekSlackDays);
        var months = new List<DateOnly>();
        for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = NextMonth(m))
        {
            months.Add(m);
            if (m.Year == DateOnly.MaxValue.Year && m.Month == 12)
            {
                break;
            }
        }
        return new CandidateDates(from, to, months);
    }

    /// <summary>
    /// Null when the dates cannot be one event's: either missing or known only to the year, two days more than
    /// <see cref="LinkingThresholds.DayWindowDays"/> apart, a day outside the other's week or month.
    /// </summary>
    internal static double? DateScore(OperationFacts a, OperationFacts b)
    {
        if (a.Date is not { } da || b.Date is not { } db || !Linkable(a.Precision) || !Linkable(b.Precision))
        {
            return null;
        }
        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day)
        {
            var apart = Math.Abs(da.DayNumber - db.DayNumber);
            return apart > DayWindowDays ? null : SameDayWeight - (apart * PerDayApartPenalty);
        }
        var (sa, ea) = Span(da, a.Precision);
        var (sb, eb) = Span(db, b.Precision);
        return sa <= eb && sb <= ea ? CoarseDateWeight : null;
    }

    private static bool Linkable(DatePrecision precision) =>
        precision is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month;

    private static (DateOnly Start, DateOnly End) Span(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Week => (Shift(date, -WeekSlackDays), Shift(date, 6 + WeekSlackDays)),
        DatePrecision.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month))),
        _ => (date, date),
    };

    /// <summary>A date moved by some days, held within the calendar (years 1 to 9999).</summary>
    private static DateOnly Shift(DateOnly date, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static DateOnly NextMonth(DateOnly firstOfMonth) =>
        firstOfMonth.Year == DateOnly.MaxValue.Year && firstOfMonth.Month == 12 ? firstOfMonth : firstOfMonth.AddMonths(1);

    /// <summary>Null when both name places further apart than <see cref="LinkingThresholds.FarKm"/>.</summary>
    internal double? PlaceScore(string? a, string? b)
    {
        var places = new ResolvedPlaces(gazetteer);
        return PlaceScore(places.Resolve(a), places.Resolve(b));
    }

    internal static double? PlaceScore(ResolvedPlace pa, ResolvedPlace pb)
    {
        if (pa.Name is null || pb.Name is null)
        {
            // One report names no place below the province: nothing for or against.
            return 0;
        }
        if (pa.Name == pb.Name || (pa.Entry is not null && pa.Entry == pb.Entry))
        {
            return SamePlaceWeight;
        }
        if (pa.Entry is { } ea && pb.Entry is { } eb)
        {
            var km = DistanceKm(ea.Latitude, ea.Longitude, eb.Latitude, eb.Longitude);
            return km switch
            {
                <= SamePlaceKm => SamePlaceWeight,
                <= NearbyKm => NearbyPlaceWeight,
                <= FarKm => -DistantPlacePenalty,
                _ => null,
            };
        }
        // A place the gazetteer does not know, spelt differently from the other: not the same place as far as we know.
        return pa.Name.Contains(pb.Name, StringComparison.Ordinal) || pb.Name.Contains(pa.Name, StringComparison.Ordinal)
            ? NearbyPlaceWeight
            : -OtherPlacePenalty;
    }

    /// <summary>Great-circle distance (haversine), kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0;
        static double Rad(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// Null when the kinds cannot tell one event: an ISIS attack is not the security forces' strike, search, raid or
    /// arrest. A clash can be told as either side's; 'other' says nothing.
    /// </summary>
    internal static double? KindScore(OperationKind a, OperationKind b)
    {
        if (a == b)
        {
            return SameKindWeight;
        }
        var attack = a == OperationKind.IsisAttack ? b : b == OperationKind.IsisAttack ? a : (OperationKind?)null;
        return attack is OperationKind.Airstrike or OperationKind.Search or OperationKind.Raid or OperationKind.Arrest ? null : 0;
    }

    internal static double FigureScore(OperationFacts a, OperationFacts b)
    {
        int agree = 0, disagree = 0;
        foreach (var (x, y) in a.Figures.Values().Zip(b.Figures.Values()))
        {
            if (x is not { } vx || y is not { } vy)
            {
                continue;
            }
            if (vx == vy || ((a.Approximate || b.Approximate) && Math.Abs(vx - vy) <= ApproximateTolerance * Math.Max(vx, vy)))
            {
                agree++;
            }
            else
            {
                disagree++;
            }
        }
        if (disagree > 0)
        {
            return -FigureDisagreesPenalty * disagree;
        }
        if (agree > 0)
        {
            return FiguresAgreeWeight;
        }
        return a.Figures.IsEmpty || b.Figures.IsEmpty ? 0 : -DisjointFiguresPenalty;
    }

    private static double ActorScore(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Intersect(b, StringComparer.OrdinalIgnoreCase).Any() ? SharedActorWeight : 0;
}

/// <summary>A place as linking compares it: its normalised name and gazetteer entry; none for a province's name.</summary>
public readonly record struct ResolvedPlace(string? Name, GazetteerEntry? Entry);

/// <summary>
/// Places looked up in the gazetteer once per name (the look-up normalises the Arabic). One instance per linking call
/// (a report's operations and their candidates); not thread-safe, never shared.
/// </summary>
public sealed class ResolvedPlaces(Gazetteer gazetteer)
{
    private readonly Dictionary<string, ResolvedPlace> _byName = new(StringComparer.Ordinal);

    /// <summary>The place's normalised name and gazetteer entry; a province's name counts as no place.</summary>
    public ResolvedPlace Resolve(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return default;
        }
        if (!_byName.TryGetValue(place, out var resolved))
        {
            var entry = gazetteer.Lookup(place);
            resolved = entry is { Type: PlaceType.Province } ? default : new ResolvedPlace(ArabicNormalizer.NormalizeTerm(place), entry);
            _byName[place] = resolved;
        }
        return resolved;
    }
}

/// <summary>
/// One operation prepared for scoring against its candidates (<see cref="EventScorer.For"/>): its place and words are
/// worked out once, not once per candidate. Per call; not thread-safe, never shared.
/// </summary>
public sealed class CandidateScorer
{
    private readonly OperationFacts _operation;
    private readonly ResolvedPlaces _places;
    private readonly ResolvedPlace _place;
    private HashSet<string>? _words;

    internal CandidateScorer(OperationFacts operation, ResolvedPlaces places)
    {
        _operation = operation;
        _places = places;
        _place = places.Resolve(operation.Place);
    }

    /// <summary>How alike the prepared operation and <paramref name="candidate"/> are (<see cref="EventScorer.Score(OperationFacts, OperationFacts)"/>).</summary>
    public LinkScore Score(OperationFacts candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        HashSet<string>? theirs = null;
        return EventScorer.ScoreResolved(
            _operation, _place, () => _words ??= EventScorer.Words(_operation.Evidence),
            candidate, _places.Resolve(candidate.Place), () => theirs ??= EventScorer.Words(candidate.Evidence));
    }
}
