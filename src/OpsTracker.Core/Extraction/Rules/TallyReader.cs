using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Reads the tallies of a sentence that reports one (<see cref="TallyRecognizer"/>) or goes on with one
/// (<see cref="TallyContinuation"/>): Iraq's figures only, a field counted twice starting a second tally, and the
/// figures of the sentence that an operation keeps instead. The tallies read so far are the caller's list; this class
/// holds only the lexicon and its helpers: safe to share.
/// </summary>
internal sealed class TallyReader(ExtractionLexicon lexicon, TallyContinuation continuation)
{
    private readonly TallyAnnouncer _announcer = new(lexicon);
    private readonly TallyPeriods _periods = new(lexicon);
    // The sentence reader's own: it asks whether a sentence opens or goes on with a tally, this class opens one.
    private readonly TallyContinuation _continuation = continuation;

    /// <summary>
    /// "اعتقال مطلوبين اثنين في كركوك و45 قتيلا من داعش منذ بداية العام": a figure placed in a town before the
    /// figures that the period covers belongs to an operation, not to the tally.
    /// </summary>
    public List<Figure> FiguresBeforeAPlace(ReportText report, Sentence sentence, List<Figure> figures)
    {
        var cue = report.DateReadings.MentionsIn(sentence).Where(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year || m.Precision == DatePrecision.Year)
            .Select(m => (int?)m.Start).Min();
        if (cue is null)
        {
            return [];
        }
        var places = report.PlaceReadings.PlacesIn(sentence).Where(p => !report.PlaceDirections.IsDirectionOnly(p) && p.Start < cue).ToList();
        return figures.Where(f => PlaceRightAfter(report, places, f) is { } place
            && figures.Any(g => g != f && report.Tokens[g.First].Start > place.End && report.Tokens[g.First].Start < cue)).ToList();
    }

    /// <summary>The place named right after a figure (within <see cref="AssemblerLimits.OperationPlaceReach"/> characters): where it happened.</summary>
    private static PlaceMention? PlaceRightAfter(ReportText report, List<PlaceMention> places, Figure f)
    {
        var end = report.Tokens[f.Last].End;
        return places.FirstOrDefault(p => p.Start >= end && p.Start - end <= OperationPlaceReach);
    }

    /// <summary>
    /// "انتهت عملية التفتيش بقتل 45 إرهابيا، بينما بلغ عدد من قتلتهم القطعات منذ بدء المعارك
    /// 130": an operation told in clauses of its own, before a connective (بينما، في حين) that opens the clause
    /// naming the period or total, keeps its figures; only the clauses from the period's on count the tally. The
    /// earlier clauses must name no period or total themselves and name an operation, strike or attack.
    /// </summary>
    /// <param name="told">The clauses before the period's: where the operation is told.</param>
    public List<Figure> FiguresBeforeAPeriodClause(ReportText report, Sentence sentence, List<Figure> figures, out Sentence told)
    {
        told = sentence;
        var clauses = report.ClausesOf(sentence);
        if (clauses.Count < 2)
        {
            return [];
        }
        var periodAt = -1;
        for (var c = 0; c < clauses.Count; c++)
        {
            if (NamesAPeriodOrTotal(report, clauses[c]))
            {
                periodAt = c;
                break;
            }
        }
        if (periodAt < 1 || lexicon.SegmentConnectors.MatchAt(report.Tokens, clauses[periodAt].First) is null)
        {
            return [];
        }
        var before = clauses.Take(periodAt).ToList();
        var own = figures.Where(f => before.Any(c => c.Contains(f.First))).ToList();
        if (own.Count == 0 || own.Count == figures.Count
            || !before.Any(c => report.Has(lexicon.OperationNouns, c) || report.Has(lexicon.StrikeNouns, c) || report.Has(lexicon.AttackNouns, c)))
        {
            return [];
        }
        told = sentence with { Last = clauses[periodAt].First - 1 };
        return own;
    }

    /// <summary>A clause naming a period of a week or more, a year, or a strong tally cue ("منذ انطلاق"، "حصيلة").</summary>
    private bool NamesAPeriodOrTotal(ReportText report, Sentence clause) =>
        report.Has(lexicon.TallyStrongCues, clause) || StatementTimes.NamesAPeriod([.. report.DateReadings.MentionsIn(clause)]);

    /// <summary>
    /// "أسفرت العملية عن قتل الإرهابي المكنى أبو فلان"، "وشملت اعتقال المتهم": a tally counts many; an ISIS member
    /// killed or taken counted by a singular noun, with no numeral (a count of one, not a share of another count), is
    /// one man's fate, which the statement tells as an operation of its own, not a figure of its tally.
    /// </summary>
    public static List<Figure> OnePersonFates(ReportText report, IEnumerable<Figure> figures)
    {
        List<Figure>? fates = null;
        foreach (var f in figures)
        {
            if (f.Count == 1 && !f.Breakdown && TallyFigures.FieldOf(f) is TallyFigures.Killed or TallyFigures.Arrested && !HasNumeral(report, f))
            {
                (fates ??= []).Add(f);
            }
        }
        return fates ?? [];
    }

    /// <summary>
    /// "أسفرت عن قتل الإرهابي أبو فلان، الذي يشغل منصب الوالي، مع مجموعة من عناصره": one man's fate that uncounted
    /// companions (lexicon uncountedCompanions after him, before the next figure or the sentence's end) share counts
    /// nobody: the statement gives it no number, neither its tally nor an operation.
    /// </summary>
    public bool SharedWithUncounted(ReportText report, Sentence sentence, Figure fate, IReadOnlyList<Figure> figures)
    {
        var end = figures.Where(g => g.First > fate.Last).Select(g => g.First - 1).DefaultIfEmpty(sentence.Last).Min();
        var tokens = report.Tokens;
        for (var k = fate.Last + 1; k <= end; k++)
        {
            foreach (var reading in tokens[k].Readings)
            {
                if (lexicon.UncountedCompanions.Contains(reading))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool HasNumeral(ReportText report, Figure f)
    {
        for (var i = f.First; i <= f.Last; i++)
        {
            if (report.Tokens[i].IsNumber)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds the sentence's tallies; false when it holds none after all (the figures are then an operation's).</summary>
    /// <param name="scopeFrom">Where the tally's part of the sentence starts, after the figures of an operation told first.</param>
    public bool AddTally(ReportText report, Sentence sentence, List<Figure> figures, List<TallyDraft> tallies, List<(string Field, int Count)> foreignCounts, int scopeFrom = 0)
    {
        if (IsisSpeaks(report, sentence))
        {
            // "أعلن التنظيم أن هجماته بلغت 40 هجوما": ISIS's own count of its deeds is propaganda, no authority's tally
            // and no operation.
            return true;
        }
        // Figures for Syria, or for Iraq and Syria together, are not tallies of ours: judged clause by clause.
        var foreign = ContinuesForeignScope(report, sentence) ? [sentence] : ForeignClauses(report, sentence);
        foreach (var f in figures)
        {
            if (foreign.Count > 0 && TallyFigures.FieldOf(f) is { } field && foreign.Any(c => c.Contains(f.First)))
            {
                foreignCounts.Add((field, f.Count));
            }
        }
        // "28 عملية في العراق وسوريا ... منها 11 عملية في العراق": Iraq's share of a combined total is Iraq's figure.
        var combined = foreign.Count > 0;
        var counted = figures.Where(f => (!f.Breakdown || combined) && TallyFigures.FieldOf(f) is not null && !foreign.Any(c => c.Contains(f.First))
            && !IsEitherOrCount(report, sentence, f) && !IsRate(report, sentence, f)).ToList();
        if (counted.Count == 0)
        {
            // "نفذ التحالف خلال أيلول 25 عملية في العراق وسوريا": the authority's statement goes on, and the
            // sentences after it may give Iraq's own figures for the same period. So does an authority's count of
            // victims over a period ("قتل 30 مدنيا خلال الأشهر الثلاثة الماضية"، وتابع: "في المقابل، قتلت القوات
            // 140 إرهابيا"): the figures of ours that its next sentences give count the same period.
            if ((foreign.Count > 0 || StatementTimes.NamesAPeriod([.. report.DateReadings.MentionsIn(sentence)])) && report.Has(lexicon.Reporters, sentence))
            {
                _continuation.OpenTally(report, sentence, tallies, _announcer.Announce(report, sentence, scopeFrom));
            }
            return foreign.Count > 0;
        }
        // "نحو /50/ هجوما خلال الأسبوعين الأخيرين، بارتفاع عن نحو /20/ هجوما طوال شهري يناير وفبراير": a field
        // counted twice in one sentence starts a second tally, each with the period nearest to it.
        var groups = new List<List<Figure>> { new() };
        foreach (var f in counted)
        {
            // "نحو 700 ... العدد الدقيق 683": a rounded figure and the exact one are one figure, the exact one.
            if (groups[^1].FirstOrDefault(g => TallyFigures.RoundedAndExact(g, f)) is { } restated)
            {
                TallyFigures.KeepExact(groups[^1], restated, f);
                continue;
            }
            // "قتل 270 إرهابيا و8 انتحاريين و10 قناصين": people of one outcome joined by و add up to one figure.
            if (groups[^1].LastOrDefault(g => TallyFigures.FieldOf(g) == TallyFigures.FieldOf(f)) is { } same && CoordinatedPeople(report, same, f))
            {
                // A hedged second count ("أكثر من 900 مسلح ونحو 40 قناصا") names a group of them roughly: nothing to add.
                if (!f.Approximate)
                {
                    same.Count += f.Count;
                    same.Last = f.Last;
                }
                continue;
            }
            // "تدمير 12 نفقا و24 وكرا": hideouts of another kind add to the statement's hideouts destroyed.
            if (TallyFigures.AddsHideouts(groups[^1], f))
            {
                groups[^1].Add(f);
                continue;
            }
            if (groups[^1].Any(g => TallyFigures.FieldOf(g) == TallyFigures.FieldOf(f)))
            {
                groups.Add([]);
            }
            groups[^1].Add(f);
        }
        var announcement = _announcer.Announce(report, sentence, scopeFrom);
        if (announcement.ReportedBy is null && tallies.Count > 0 && tallies[^1] is { ReportedBy: { } opener } open
            && ((open.Figures.Count == 0 && open.Sentence.Index < sentence.Index)
                || (open.Sentence.Index == sentence.Index - 1 && report.Layout.IsListItem(sentence))))
        {
            // "حصيلة عمليات القوات الأمنية خلال عام 2023" over "▪️ مقتل 183 إرهابيا": the figures of a tally opened
            // without figures, and each item of the list that goes on under it, are its announcer's, though it is
            // only the forces at large.
            announcement = announcement with { ReportedBy = opener };
        }
        if (announcement.ReportedBy is null)
        {
            // An official tally is announced by an authority; statistics nobody official gave (a think tank) are not.
            return !figures.Any(f => f.Kind == FigureKind.Casualty && TallyFigures.FieldOf(f) is null) && figures.Any(f => f.Kind is FigureKind.Operations or FigureKind.Attacks);
        }
        foreach (var group in groups)
        {
            var draft = TallyAnnouncer.NewTally(report, sentence, announcement);
            draft.Figures.AddRange(group);
            _periods.SetPeriod(report, sentence, draft, announcement, groups.Count == 1, report.Tokens[group[0].First].Start, group[0].Last);
            tallies.Add(draft);
        }
        return true;
    }

    /// <summary>
    /// "أعلن تنظيم داعش أن ..."، "وأعلنت الدولة الإسلامية": a verb of announcing (lexicon announcementVerbs) whose subject,
    /// right after it, is an ISIS name (isisOrgs): what the sentence counts is ISIS's word.
    /// </summary>
    private bool IsisSpeaks(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var j = sentence.First; j < sentence.Last; j++)
        {
            if (tokens[j].IsWord && lexicon.AnnouncementVerbs.MatchAt(tokens, j) is { } verb && verb.Last < sentence.Last
                && lexicon.IsisOrgs.MatchAt(tokens, verb.Last + 1) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "نفذ 3 أو 4 عمليات"، "قرابة خمسة أو ستة آلاف": a count offered as one of two (a number, the alternative word of
    /// lexicon eitherOr, the figure's count) is a guess between them, no figure a statement gives.
    /// </summary>
    private bool IsEitherOrCount(ReportText report, Sentence sentence, Figure f) =>
        f.First - 2 >= sentence.First && lexicon.EitherOr.Contains(report.Tokens[f.First - 1].Text) && report.Tokens[f.First - 2].IsNumber;

    /// <summary>
    /// "بمعدل خمس عمليات يوميا": a count after a word of rate or average (lexicon rateWords) is the statement's
    /// arithmetic over its period, no figure it gives.
    /// </summary>
    private bool IsRate(ReportText report, Sentence sentence, Figure f) =>
        f.First - 1 >= sentence.First && report.Tokens[f.First - 1].ReadsAsOneOf(lexicon.RateWords);

    /// <summary>
    /// "270 إرهابيا و10 قناصين": two counts of people with the same outcome, the second joined by و right after the
    /// first's noun (the conjunction written alone or on the count), so the statement adds them up.
    /// </summary>
    private static bool CoordinatedPeople(ReportText report, Figure first, Figure next)
    {
        return first.Kind == FigureKind.Casualty && next.Kind == FigureKind.Casualty && first.Category == next.Category && first.Side == next.Side
            && !next.Breakdown && first.Last < next.First
            && (Coordination.JoinedRightAfter(report.Tokens, first.Last, next.First)
                // "قتل 300 إرهابي، و20 قناصا": a list comma may stand before the و.
                || (report.Tokens[first.Last + 1].Text == "," && Coordination.JoinedRightAfter(report.Tokens, first.Last + 1, next.First)));
    }

    /// <summary>
    /// The clauses whose figures are not Iraq's: a clause naming Syria or the world (with or without Iraq), and the
    /// clauses after it that name no place of their own ("قتل فيها 19 عنصرا" goes on with the combined count), until
    /// a clause names Iraq or an Iraqi place again.
    /// </summary>
    private List<Sentence> ForeignClauses(ReportText report, Sentence sentence)
    {
        var foreign = new List<Sentence>();
        var inForeign = false;
        foreach (var clause in report.ClausesOf(sentence).SelectMany(c => CommaParts(report, c)))
        {
            // "القائم الحدودية بين العراق وسوريا": a country named in the phrase of a border places a town; it scopes no figure.
            if (BystanderNames.NamesAForeignScope(report, lexicon, clause))
            {
                inForeign = true;
            }
            else if (report.Has(lexicon.IraqScope, clause) || TallyContinuation.NamesAPlace(report, clause))
            {
                inForeign = false;
            }
            if (inForeign)
            {
                foreign.Add(clause);
            }
        }
        return foreign;
    }

    /// <summary>
    /// "... 80 عملية مع القوات الشريكة في سوريا. وكشفت القيادة أن العمليات أسفرت عن اعتقال 119": a sentence that names
    /// no scope, no place and no Iraqi authority of its own goes on with the scope the sentence before it ended in (a
    /// kicker "في سوريا والعراق" over a headline, a statement told over two sentences). Only a foreign scope reaching
    /// the end of the sentence before carries over; the coalition's own name is no Iraqi authority.
    /// </summary>
    private bool ContinuesForeignScope(ReportText report, Sentence sentence)
    {
        if (sentence.Index == 0 || report.Has(lexicon.IraqScope, sentence) || TallyContinuation.NamesAPlace(report, sentence)
            || report.Values(lexicon.Reporters, sentence).Any(r => !ForeignReporters.Contains(r)))
        {
            return false;
        }
        var before = report.Sentences[sentence.Index - 1];
        return ForeignClauses(report, before) is [.., var last] && last.Last == before.Last;
    }

    /// <summary>Authorities that report on Iraq and Syria alike: naming them leaves the scope where it was.</summary>
    private static readonly HashSet<string> ForeignReporters = ["International coalition", "US Central Command"];

    /// <summary>A clause cut at its commas: the smallest stretch that can name a scope of its own.</summary>
    private static IEnumerable<Sentence> CommaParts(ReportText report, Sentence clause)
    {
        var start = clause.First;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (report.Tokens[i].Text == "," && i > start)
            {
                yield return clause with { First = start, Last = i - 1 };
                start = i + 1;
            }
        }
        if (start <= clause.Last)
        {
            yield return clause with { First = start, Last = clause.Last };
        }
    }

    /// <summary>
    /// "التحالف نفذ 79 عملية خلال شهرين" over "نفذ ما مجموعه 79 عملية في سوريا والعراق": a headline or a summary's
    /// bullet names no country, and the body tells the same count of the same field for Iraq and Syria together (or
    /// for Syria). A tally every figure of which the report counts elsewhere for a foreign or combined scope restates
    /// that figure, whichever comes first: no tally of ours.
    /// </summary>
    public static void DropRestatedForeignCounts(List<TallyDraft> tallies, List<(string Field, int Count)> foreignCounts)
    {
        if (foreignCounts.Count == 0)
        {
            return;
        }
        tallies.RemoveAll(t => t.Figures.Count > 0 && t.Figures.TrueForAll(f => TallyFigures.FieldOf(f) is { } field && foreignCounts.Contains((field, f.Count))));
    }

    /// <summary>The tallies added from <paramref name="from"/> on keep only a period they name themselves.</summary>
    public static void KeepOwnPeriods(List<TallyDraft> tallies, int from)
    {
        foreach (var t in tallies.Skip(from).Where(t => !t.HasOwnPeriod))
        {
            (t.PeriodStart, t.PeriodEnd) = (null, null);
        }
    }
}
