using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>How two operation drafts relate, and how one takes over what the other knew: shared by the merging passes.</summary>
internal static class DraftRelations
{
    /// <summary>
    /// "نفذت القوات ضربتين جويتين استهدفتا وكرين" then "الضربة الأولى جرت يوم 12 ... واستهدفت ضربة ثانية في 14": a draft
    /// that counts <see cref="AssemblerLimits.SeveralStrikes"/> or more strikes tells strikes of several days; the day a
    /// later sentence gives one of them is not the draft's (ElaborationDating, StatedDayDating leave it).
    /// </summary>
    public static bool CountsSeveralStrikes(OperationDraft d) =>
        d.Live.Any(f => f.Kind == FigureKind.Strikes && f.Count >= AssemblerLimits.SeveralStrikes);

    /// <summary>
    /// Two drafts may be one operation unless each names its own province and they differ; a province read only from a
    /// compass bearing off a capital ("جنوبي مدينة كركوك") names a direction, not a province, and differs from none.
    /// </summary>
    public static bool Compatible(OperationDraft a, OperationDraft b) =>
        a.Province is null || b.Province is null || a.Province == b.Province || !(a.ProvinceOwn && b.ProvinceOwn)
        || a.ProvinceByBearing != b.ProvinceByBearing;

    /// <summary>
    /// A figure of a victims' toll: people killed or wounded who are not ISIS's (an arrest is no toll). The toll passes
    /// (<see cref="OtherSourceTollRemoval"/>, <see cref="PreliminaryTollRemoval"/>) weigh only drafts made of these.
    /// </summary>
    public static bool IsVictimToll(Figure f) =>
        f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis && f.Category is CasualtyCategory.Killed or CasualtyCategory.Wounded;

    /// <summary>
    /// Two counts may be of the same people: the same side, or one whose side the text does not name. Security men and
    /// civilians are two groups, never two tellings of one toll (<see cref="OtherSourceTollRemoval"/>,
    /// <see cref="PreliminaryTollRemoval"/>).
    /// </summary>
    public static bool MayBeTheSamePeople(Figure a, Figure b) =>
        a.Side == b.Side || a.Side == CasualtySide.Unknown || b.Side == CasualtySide.Unknown;

    /// <summary>Neither draft names a province, or both name the same one (a bearing's province counts as named).</summary>
    public static bool SameProvinceOrUnnamed(OperationDraft a, OperationDraft b) =>
        a.Province is null || b.Province is null || a.Province == b.Province;

    /// <summary>The draft that keeps a figure takes the province, place, date, actors and kind the other told and it did not.</summary>
    public static void Inherit(OperationDraft keeper, OperationDraft other, bool takeDate = true)
    {
        // A province the keeper read only from a bearing ("جنوبي مدينة كركوك") yields to one the other telling names by
        // its place ("في منطقة طوزخرماتو").
        if (other.Province is not null && other.Province != keeper.Province && keeper.ProvinceByBearing && !other.ProvinceByBearing)
        {
            keeper.Province = other.Province;
            keeper.ProvinceOwn = other.ProvinceOwn;
            keeper.ProvinceByBearing = false;
        }
        if (other.ProvinceOwn && !keeper.ProvinceOwn)
        {
            keeper.Province = other.Province;
            keeper.ProvinceOwn = true;
            keeper.ProvinceByBearing = other.ProvinceByBearing;
        }
        keeper.Place ??= other.Place;
        if (takeDate && other.DateOwn && (!keeper.DateOwn || Earlier(other.Date, keeper.Date)))
        {
            // The same figure told with the announcement's day and with the operation's own earlier day: the latter.
            keeper.Date = other.Date;
            keeper.DateOwn = true;
        }
        foreach (var a in other.Actors.Where(a => !keeper.Actors.Contains(a)))
        {
            keeper.Actors.Add(a);
        }
        if (keeper.Kind == OperationKind.Other)
        {
            keeper.Kind = other.Kind;
        }
    }

    private static bool Earlier(DateMention? a, DateMention? b) =>
        a?.Date is { } x && b?.Date is { } y && x < y && a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day;

    /// <summary>
    /// The sentences after a lead's operation that may tell more of it: up to <see cref="AssemblerLimits.ElaborationReach"/>
    /// after its clause, leaving out those where another operation has casualties or hideouts of its own (their days
    /// are that operation's). Read by <see cref="ElaborationDating"/> and <see cref="StatedDayDating"/>.
    /// </summary>
    public static IEnumerable<Sentence> ElaboratingSentences(ReportText report, IReadOnlyList<OperationDraft> drafts, OperationDraft d)
    {
        var busy = drafts.Where(o => o != d && o.Live.Any(f => f.Kind is FigureKind.Casualty or FigureKind.Hideout))
            .Select(o => o.Clause.Index).ToHashSet();
        return report.Sentences.Where(s => s.Index > d.Clause.Index && s.Index <= d.Clause.Index + AssemblerLimits.ElaborationReach && !busy.Contains(s.Index));
    }

    /// <summary>
    /// "بعد ثلاثة أيام من اعتداء مشابه قتل فيه سبعة"، "بعد يومين على مقتل خمسة": "بعد", a number of days (lexicon
    /// daysBetweenEvents) and its preposition within <see cref="AssemblerLimits.DaysBeforeReach"/> tokens before the
    /// draft's first figure, in its sentence: the draft tells an event that many days before the one told first. Returns
    /// the token of "بعد", the days and the last token of the days, or null.
    /// </summary>
    public static (int At, int Days, int End)? EarlierEventDays(ReportText report, Lexicon.ExtractionLexicon lexicon, OperationDraft d)
    {
        var tokens = report.Tokens;
        var sentence = report.Sentences[d.Clause.Index];
        var firstFigure = d.Figures.Min(f => f.First);
        for (var j = Math.Max(sentence.First, firstFigure - AssemblerLimits.DaysBeforeReach); j < firstFigure; j++)
        {
            if (DaysBetweenAt(tokens, lexicon, j, firstFigure - 1) is { } days)
            {
                return (j, days.Value, days.Last);
            }
        }
        return null;
    }

    /// <summary>
    /// "بعد", a number of days (lexicon daysBetweenEvents) and its preposition ("من"، "على") starting at token
    /// <paramref name="at"/>, the preposition at or before <paramref name="last"/>: the days, or null. Read by
    /// <see cref="EarlierEventDays"/> and <see cref="ClauseSplitter.SplitAtEarlierEvent"/>.
    /// </summary>
    public static Lexicon.PhraseMatch<int>? DaysBetweenAt(Text.TokenList tokens, Lexicon.ExtractionLexicon lexicon, int at, int last) =>
        tokens[at].Text == Text.Particles.Baad && lexicon.DaysBetweenEvents.MatchAt(tokens, at + 1) is { } days
        && days.Last + 1 <= last && lexicon.DaysBetweenPrepositions.MatchAt(tokens, days.Last + 1) is not null ? days : null;
}
