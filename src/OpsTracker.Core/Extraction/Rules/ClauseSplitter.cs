using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Where one sentence tells several operations or a total by its parts: a clause cut at ", وفي PLACE", figures
/// grouped by the place that follows each, a total replaced by its parts placed apart. Holds nothing; only
/// <see cref="SplitTotalByPlace"/> changes what it is given (the <see cref="Figure.Breakdown"/> marks of the sentence's
/// own figures, read just before by the caller).
/// </summary>
internal static class ClauseSplitter
{
    /// <summary>
    /// "اعتقال مسلحين اثنين في تلعفر بمحافظة نينوى، وعلى مسلح ثالث في هيت بمحافظة الأنبار": one
    /// clause, two operations, each figure placed by the place that follows it.
    /// </summary>
    public static IEnumerable<(Sentence Part, List<Figure> Figures)> SplitByPlace(ReportText report, Sentence clause, List<Figure> figures)
    {
        if (figures.Count < 2)
        {
            // One figure is one operation (one place after it at most, which the test below asks for two of).
            yield return (clause, figures);
            yield break;
        }
        var ordered = figures.OrderBy(f => f.First).ToList();
        var lastByMeans = ordered.FindLastIndex(f => f.SplitByMeans);
        if (ordered.Count(f => f.SplitByMeans) >= 2)
        {
            // A total told by its means: each part closes an operation of its own, whatever else the clause counts.
            foreach (var cut in CutAfter(clause, ordered, i => ordered[i].SplitByMeans && i < lastByMeans, _ => null))
            {
                yield return cut;
            }
            yield break;
        }
        var places = report.PlaceReadings.PlacesIn(clause).Where(p => !report.PlaceDirections.IsDirectionOnly(p)).ToList();
        if (places.Count < 2)
        {
            // One place or none puts no two figures in two places: the test below keeps such a clause whole.
            yield return (clause, figures);
            yield break;
        }
        // Two places of one province are two operations as much as two provinces are ("7 في الحويجة و5 في الدبس").
        Places.GazetteerEntry? PlaceAfter(int i)
        {
            var from = report.Tokens[ordered[i].Last].End;
            var to = i + 1 < ordered.Count ? report.Tokens[ordered[i + 1].First].Start : int.MaxValue;
            return places.Where(p => p.Start >= from && p.Start < to && p.Entry.ProvinceCode is not null && !CoordinatedClauseBefore(report, clause, ordered[i].Last, p))
                .Select(p => p.Entry).FirstOrDefault();
        }
        // The last token of the place that follows figure i, if any.
        int? PlaceEndAfter(int i)
        {
            var from = report.Tokens[ordered[i].Last].End;
            var to = report.Tokens[ordered[i + 1].First].Start;
            return places.Where(p => p.Start >= from && p.Start < to && p.Entry.ProvinceCode is not null && !CoordinatedClauseBefore(report, clause, ordered[i].Last, p))
                .Select(p => (int?)report.TokenAt(p.End - 1)).FirstOrDefault();
        }
        var entryAfter = Enumerable.Range(0, ordered.Count).Select(PlaceAfter).ToList();
        var placeAfter = entryAfter.Select(e => e?.Id).ToList();
        var sameMeasureTwice = ordered.Any(f => ordered.Count(g => g.SameMeasure(f)) > 1);
        // "قتلت ... إرهابيين اثنين في مطيبيجة، وألقت قوة ... القبض على أربعة إرهابيين في قضاء الحضر": figures of
        // different measures placed in different provinces are different operations too; in one province they may
        // be one operation's results told at two spots.
        var provincesApart = entryAfter.Where(e => e is not null).Select(e => e!.ProvinceCode).Distinct().Count() >= 2;
        if ((!sameMeasureTwice && !provincesApart && !DaysApart(report, clause, ordered)) || placeAfter.Where(p => p is not null).Distinct().Count() < 2)
        {
            yield return (clause, figures);
            yield break;
        }
        // Operations told each with its own day end at their place, so that the next one keeps the day it names
        // before its figure ("... في ناحية يثرب، واعتقلت يوم السبت اثنين").
        var endAtPlace = !sameMeasureTwice && !provincesApart;
        foreach (var cut in CutAfter(clause, ordered, i => placeAfter[i] is not null, i => endAtPlace ? PlaceEndAfter(i) : null))
        {
            yield return cut;
        }
    }

    /// <summary>
    /// The clause cut into operations: figure i closes one when <paramref name="closesAfter"/> says so (the last figure
    /// always does); each part runs to just before the next figure, or to the end of the place after it
    /// (<paramref name="placeEndAfter"/>) when that comes first.
    /// </summary>
    private static IEnumerable<(Sentence Part, List<Figure> Figures)> CutAfter(Sentence clause, List<Figure> ordered, Func<int, bool> closesAfter, Func<int, int?> placeEndAfter)
    {
        var start = clause.First;
        var group = new List<Figure>();
        for (var i = 0; i < ordered.Count; i++)
        {
            group.Add(ordered[i]);
            if (closesAfter(i) || i == ordered.Count - 1)
            {
                var end = i + 1 < ordered.Count ? ordered[i + 1].First - 1 : clause.Last;
                if (i + 1 < ordered.Count && placeEndAfter(i) is { } placeEnd && placeEnd < end)
                {
                    end = placeEnd;
                }
                yield return (clause with { First = start, Last = end }, group);
                start = end + 1;
                group = [];
            }
        }
    }

    /// <summary>
    /// "... فدمرته وقتلت خمسة من عناصرها، وتعاني قرى محافظتي نينوى والأنبار من هجمات ...": a place named
    /// after a comma and "و" that open a coordinated clause of their own is that clause's, not the place of the figure
    /// before the comma. An outlet that runs its report into one sentence ("، و" where another writes ". و") puts the
    /// next statement's places there; the figure's own place is named before the comma ("في تلعفر، وعلى مسلح ثالث في هيت").
    /// </summary>
    private static bool CoordinatedClauseBefore(ReportText report, Sentence clause, int figureLast, Places.PlaceMention place) =>
        report.Layout.CoordinatedClauseAfter(clause, figureLast) is { } comma && comma < report.TokenAt(place.Start);

    /// <summary>
    /// "قتلت يوم الجمعة إرهابيا في ناحية يثرب، واعتقلت يوم السبت اثنين آخرين في جزيرة سامراء": figures each told
    /// with a day of its own, two different days, are two operations even in one province (one operation's results
    /// at two spots share their day). The day of a figure is the last day named between the figure before it (or the
    /// clause's start) and the figure itself.
    /// </summary>
    private static bool DaysApart(ReportText report, Sentence clause, List<Figure> ordered)
    {
        var days = report.DateReadings.MentionsIn(clause).Where(m => m.Precision == Domain.DatePrecision.Day && m.Kind != Dates.DateMentionKind.Period).ToList();
        if (days.Count < 2)
        {
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var from = report.Tokens[clause.First].Start;
        foreach (var f in ordered)
        {
            var to = report.Tokens[f.Last].End;
            if (days.LastOrDefault(m => m.Start >= from && m.Start < to) is { } day)
            {
                seen.Add(day.Date?.ToString("yyyy-MM-dd") ?? day.Expression);
            }
            from = to;
        }
        return seen.Count >= 2;
    }

    /// <summary>
    /// "قتل 5 إرهابيين في وادي الشاي بكركوك، وفي صلاح الدين اعتقلت قوة 3 إرهابيين": a comma then "وفي" and a place
    /// opens the next item of a bulletin, an operation of its own.
    /// </summary>
    public static IEnumerable<Sentence> SplitAtPlaceOpeners(ReportText report, Sentence clause)
    {
        var start = clause.First;
        for (var i = clause.First + 1; i + 2 <= clause.Last; i++)
        {
            if (report.Tokens[i].Text != "," || report.Tokens[i + 1].Text != Text.Particles.Wa + Text.Particles.Fi || i - start < BulletinItemMinTokens)
            {
                continue;
            }
            if (NamesAPlaceBetween(report, clause, report.Tokens[i + 2].Start, report.Tokens[Math.Min(clause.Last, i + PlaceOpenerReach)].End))
            {
                yield return clause with { First = start, Last = i - 1 };
                start = i + 1;
            }
        }
        yield return clause with { First = start, Last = clause.Last };
    }

    /// <summary>
    /// "أصيب جنديان بعبوة ناسفة قرب الدبس ليل الجمعة، بعد ثلاثة أيام على كمين قتل فيه سبعة جنود": "بعد N من" or
    /// "بعد N على" (lexicon daysBetweenEvents) with counts on both sides tells two events, the one named after it N
    /// days earlier (<see cref="Passes.DaysBeforeDating"/> dates it): the clause is cut before "بعد". A clause whose
    /// counts all lie on one side is left whole (the days only date it).
    /// </summary>
    public static IEnumerable<Sentence> SplitAtEarlierEvent(ReportText report, Lexicon.ExtractionLexicon lexicon, Sentence clause, List<Figure> figures)
    {
        var tokens = report.Tokens;
        for (var i = clause.First + 1; i + 2 <= clause.Last; i++)
        {
            if (Passes.DraftRelations.DaysBetweenAt(tokens, lexicon, i, clause.Last) is null)
            {
                continue;
            }
            var cut = i;
            if (AnyFigureStartsIn(figures, clause.First, cut - 1) && AnyFigureStartsIn(figures, cut + 1, clause.Last))
            {
                yield return clause with { Last = cut - 1 };
                yield return clause with { First = cut };
                yield break;
            }
            break;
        }
        yield return clause;
    }

    /// <summary>
    /// Whether a figure of <paramref name="figures"/> starts at a token from <paramref name="first"/> to
    /// <paramref name="last"/>, both included: a method of its own, so the loops that ask it at a clause's tokens build
    /// no closure at each of them (a lambda over a variable of the loop's body is allocated at every pass of the body).
    /// </summary>
    internal static bool AnyFigureStartsIn(List<Figure> figures, int first, int last)
    {
        foreach (var f in figures)
        {
            if (f.First >= first && f.First <= last)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a place of the clause, not a direction only, starts in [<paramref name="from"/>, <paramref name="to"/>):
    /// a method of its own, so the loop over the clause's tokens builds no closure at each of them.
    /// </summary>
    private static bool NamesAPlaceBetween(ReportText report, Sentence clause, int from, int to)
    {
        foreach (var p in report.PlaceReadings.PlacesIn(clause))
        {
            if (p.Start >= from && p.Start < to && !report.PlaceDirections.IsDirectionOnly(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "اعتقال 7 إرهابيين في عمليات متفرقة، 4 منهم في نينوى و3 في الأنبار": a total that the text splits by place
    /// is told by its parts; the parts, each placed in a place of its own (two districts of one province count) and
    /// adding up to the total, are the figures, and the total is not.
    /// </summary>
    public static void SplitTotalByPlace(ReportText report, List<Figure> figures)
    {
        if (!figures.Exists(f => f.Breakdown))
        {
            // No parts (most sentences): nothing below marks one, so no total is split.
            return;
        }
        foreach (var total in figures.Where(f => !f.Breakdown).ToList())
        {
            var parts = figures.Where(f => f.Breakdown && f.First > total.First && f.SameMeasure(total)).ToList();
            if (parts.Count < 2 || parts.Sum(p => p.Count) != total.Count)
            {
                continue;
            }
            var places = parts.Select(p => PlaceRightAfter(report, p)).ToList();
            var byMeans = false;
            if (places.Any(p => p is null) || places.Distinct().Count() < 2)
            {
                var means = parts.Select((p, i) => MeansRightAfter(report, p, i + 1 < parts.Count ? parts[i + 1].First : int.MaxValue)).ToList();
                if (means.Any(m => m is null) || means.Distinct().Count() < parts.Count)
                {
                    continue;
                }
                byMeans = true;
            }
            foreach (var part in parts)
            {
                part.Breakdown = false;
                part.SplitByMeans = byMeans;
            }
            total.Breakdown = true;
        }
    }

    /// <summary>
    /// "سقط منهم 12 بضربات جوية وتسعة بنيران القوات الأمنية": the means that sets a part of a total apart,
    /// the phrase of a kind of operation named right after its count (<see cref="MeansAfterPartReach"/>), before the next
    /// part; the parts' phrases must differ.
    /// </summary>
    private static string? MeansRightAfter(ReportText report, Figure f, int nextPartFirst) =>
        report.MeansNamedAfter(f.Last, nextPartFirst, MeansAfterPartReach);

    /// <summary>The place (with a known province) named right after a figure, as the gazetteer's id.</summary>
    private static string? PlaceRightAfter(ReportText report, Figure f)
    {
        var end = report.Tokens[f.Last].End;
        return report.Places.Where(p => p.Start >= end && p.Start - end <= PlaceAfterFigureReach && !report.PlaceDirections.IsDirectionOnly(p) && p.Entry.ProvinceCode is not null)
            .Select(p => p.Entry.Id).FirstOrDefault();
    }
}
