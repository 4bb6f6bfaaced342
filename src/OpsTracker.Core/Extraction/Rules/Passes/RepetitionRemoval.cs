using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A figure told twice (headline, lead, quote) is one record: it stays with the telling that has the most
/// context (province, place, date), which takes what the other telling knew. A later count that adds up the parts an
/// earlier telling gave is that total told again.
/// </summary>
internal sealed class RepetitionRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        // Told twice in one sentence ("اعتقال أحد عناصر التنظيم ... وقد جرى اعتقال أحد العناصر").
        foreach (var d in drafts)
        {
            // A draft of one figure (most) has no second telling in it: no copy of its list.
            if (d.Figures.Count < 2)
            {
                continue;
            }
            var live = d.Live.ToList();
            for (var i = 1; i < live.Count; i++)
            {
                if (!live[i].Another && !live[i].Conjoined && ToldBefore(d, live, i))
                {
                    d.Figures.Remove(live[i]);
                }
            }
        }
        // What sets a later draft apart by its clause alone (another operation, one brought in as new, a deed told as
        // earlier) is asked once per draft, not once per pair: asked per pair, a long report's hundreds of drafts
        // scanned each clause hundreds of times, and the pass grew as the square of the report (0 not asked, 1 no, 2 yes).
        var apartByClause = new byte[drafts.Count];
        for (var a = 0; a < drafts.Count; a++)
        {
            for (var b = a + 1; b < drafts.Count; b++)
            {
                var first = drafts[a];
                var second = drafts[b];
                if (apartByClause[b] == 0)
                {
                    apartByClause[b] = context.Report.Has(lexicon.AnotherOperation, second.Clause) || NewOperationClauses.Opens(context.Report, lexicon, second.Clause)
                        || EarlierDeeds.ToldAsEarlier(context.Report, lexicon, second) ? (byte)2 : (byte)1;
                }
                // "اعتقلت ... 2 في الرمادي، واعتقلت قوة أخرى 2 في الفلوجة": one sentence naming two places tells two
                // operations that happen to count alike, not one told twice.
                var twoPlacesOfOneSentence = first.Clause.Index == second.Clause.Index && first.Place is not null && second.Place is not null && !first.SamePlace(second);
                // "كما تمكنت قوة أخرى من اعتقال أحد المطلوبين": another force's operation repeats nothing.
                // "كما نفذت القطعات عملية دهم قرب القرية": an operation brought in as new.
                if (apartByClause[b] == 2 || !(Compatible(first, second) || RetoldByItsStatement(context.Report, first, second)) || twoPlacesOfOneSentence
                    || CountOtherwise(first, second, context.Report) || AddedAlso(context.Report, second) || OneManEachAtTwoPlaces(first, second)
                    || OwnDaysFarApart(first, second) || TwoAttacksApart.Are(context.Report, lexicon, first, second) || TwoMeansApart.Are(first, second))
                {
                    continue;
                }
                foreach (var f in second.Live.ToList())
                {
                    var twin = TwinOf(first, f);
                    if (twin is null && !ToldApart(first, second)
                        && RoundedTwinOf(first, f) is { } pair)
                    {
                        // "مقتل نحو 60 عنصرا" then "إن 57 مسلحا قتلوا": one dead counted rounded and exactly; the exact stays.
                        var (exactDraft, hedgedDraft, hedged) = pair.Approximate ? (second, first, pair) : (first, second, f);
                        hedgedDraft.Figures.Remove(hedged);
                        Inherit(exactDraft, hedgedDraft);
                        continue;
                    }
                    if (twin is null)
                    {
                        // "استشهاد ضابط وجنديين" then "استشهاد ثلاثة من منتسبي الجيش بينهم ضابط": a later count equal to
                        // the sum of the parts the earlier telling gave is their total told again; the parts stay.
                        var parts = first.Live.Where(x => x.SameMeasure(f) && !x.Another).ToList();
                        if (!f.Another && parts.Count >= 2 && parts.Sum(x => x.Count) == f.Count && f.Sentence > parts.Max(x => x.Sentence))
                        {
                            second.Figures.Remove(f);
                            Inherit(first, second);
                        }
                        continue;
                    }
                    // The body over the headline: the headline only sums up what the body tells, and the body's telling
                    // takes the headline's province and place.
                    // A headline stored last on the page (TrailingHeadlines) is a headline all the same: the telling before it keeps.
                    var secondKeeps = !TrailingHeadlines.Is(context.Report, second.Clause.Index)
                        && (context.Report.Layout.IsHeadline(first.Clause.Index) || second.ContextScore > first.ContextScore
                            || (second.ContextScore == first.ContextScore && first.Clause.Index == 0));
                    if (!Compatible(first, second))
                    {
                        // Retold by its statement (RetoldByItsStatement): the lead keeps when the statement's own
                        // sentence names the lead's province too ("في محافظة كركوك" beside the partner's "السليمانية").
                        secondKeeps = !NamesProvince(context.Report, second.Clause.Index, first.Province);
                    }
                    var (keeper, loser, lost) = secondKeeps ? (second, first, twin) : (first, second, f);
                    loser.Figures.Remove(lost);
                    if (keeper == first && twin.Implicit && !f.Implicit)
                    {
                        twin.Implicit = false;
                    }
                    Inherit(keeper, loser);
                }
            }
        }
        foreach (var d in drafts.Where(d => !d.Live.Any()))
        {
            d.Dropped = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// "مقتل قرابة 50 داعشيا" (headline or lead) and "قتلت 48 عنصرا" (body): a hedged count of at least
    /// <see cref="AssemblerLimits.RoundedOperationMinimum"/> in round figures (a multiple of
    /// <see cref="AssemblerLimits.RoundedOperationStep"/>) and an exact one close enough to be what it rounds
    /// (<see cref="AssemblerLimits.RoundedBelow"/>, <see cref="AssemblerLimits.RoundedAbove"/>, the tallies' rule) are one
    /// count told twice, as "نحو 700" and 683 are in a tally.
    /// </summary>
    private static bool RoundsTheOther(Figure a, Figure b)
    {
        if (a.Approximate == b.Approximate)
        {
            return false;
        }
        var (hedged, exact) = a.Approximate ? (a, b) : (b, a);
        return hedged.Count >= AssemblerLimits.RoundedOperationMinimum && hedged.Count % AssemblerLimits.RoundedOperationStep == 0
            && exact.Count != hedged.Count && exact.Count >= hedged.Count * (1 - AssemblerLimits.RoundedBelow)
            && exact.Count <= hedged.Count * (1 + AssemblerLimits.RoundedAbove);
    }

    /// <summary>
    /// "مقتل شخصين وإصابة 9" and, below, "مقتل مدنيين اثنين وإصابة 4 آخرين": a telling repeats the counts it repeats,
    /// so two drafts that both give an exact count of the same people and measure, and give it differently, are two
    /// events, whatever other count they share (a risen toll was taken out before, by CorrectionApplication and
    /// EarlierTollRemoval). A headline's count and a risen toll ("ارتفعت الحصيلة إلى 10") sum the body up and are
    /// no evidence of another event.
    /// </summary>
    /// <summary>
    /// "اعتقال مسؤول التجنيد ... في قضاء هيت" and "اعتقال الأمير ... في قضاء حديثة": two men each told by a singular noun
    /// (one, implicitly) at two places of their own are two operations. A telling of one man again names his place
    /// again or none; it does not move him.
    /// </summary>
    private static bool OneManEachAtTwoPlaces(OperationDraft a, OperationDraft b) =>
        a.Place is not null && b.Place is not null && !a.SamePlace(b)
        && a.Live.All(f => f is { Implicit: true, Count: 1 }) && b.Live.All(f => f is { Implicit: true, Count: 1 });

    /// <summary>
    /// "وقتل ثلاثة من المسلحين بضربة على عربتهم في القاطع الغربي أيضا": 'also' after the clause's figures (lexicon
    /// postposedAlso) adds an event like one told before; its count, equal to an earlier one, is not that count told
    /// again. An 'also' before the figures ("وأكد المصدر أيضا مقتل ...") is the teller's and says nothing of it, and one
    /// inside a relative clause after them ("الذي عمل أيضا في ...") is of the man the clause describes, one after a
    /// partner's phrase ("بالتعاون مع استخبارات الحشد أيضا", lexicon partnerWords) of the partner: 'also' closes the
    /// phrase right before it.
    /// </summary>
    private bool AddedAlso(ReportText report, OperationDraft draft)
    {
        if (!draft.Live.Any() || !report.Has(lexicon.PostposedAlso, draft.Clause))
        {
            return false;
        }
        var tokens = report.Tokens;
        for (var j = draft.Live.Max(f => f.Last) + 1; j <= draft.Clause.Last; j++)
        {
            // "اعتقال مسؤول التجنيد، الذي أدار أيضا ديوان الحسبة": a relative clause after the figures describes the man; an
            // 'also' inside it is of what he did, and adds no event.
            // "بالتعاون مع مديرية الاستخبارات أيضا": the partner's phrase, likewise.
            if (tokens[j].ReadsAsOneOf(lexicon.RelativePronouns) || tokens[j].ReadsAsOneOf(lexicon.PartnerWords))
            {
                return false;
            }
            if (lexicon.PostposedAlso.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "ذكرت قيادة الشرطة من بغداد اليوم مقتل تسعة مسلحين ... بمحافظة ديالى" in the lead, then "وتابعت القيادة أن الحملة
    /// انتهت بقتل 9 من المسلحين" (or "ووفق البيان، فإن قوة ... قتلت 7"): a sentence opened by quoting, explaining or citing the
    /// statement (lexicon quoteOpeners, elaborationOpeners, statementCitations) is the statement's own telling of what
    /// the lead announced. When the lead names places of two provinces or more (where the announcer sits and where it
    /// happened, or the two sides of a border), the province it was given is no evidence of another event: its count told
    /// again in the statement's words is one figure, kept where the statement places it.
    /// </summary>
    private bool RetoldByItsStatement(ReportText report, OperationDraft lead, OperationDraft told)
    {
        var leadSentence = lead.Clause.Index;
        var toldSentence = report.Sentences[told.Clause.Index];
        if (leadSentence != LeadToldInParts.LeadSentence(report) || toldSentence.Index <= leadSentence || report.Layout.IsHeadline(leadSentence)
            || (lexicon.QuoteOpeners.MatchAt(report.Tokens, toldSentence.First) is null && lexicon.ElaborationOpeners.MatchAt(report.Tokens, toldSentence.First) is null
                && lexicon.StatementCitations.MatchAt(report.Tokens, toldSentence.First) is null))
        {
            return false;
        }
        string? named = null;
        foreach (var p in report.PlaceReadings.PlacesIn(report.Sentences[leadSentence]))
        {
            if (p.Entry.ProvinceCode is { } code)
            {
                if (named is not null && named != code)
                {
                    return true;
                }
                named = code;
            }
        }
        return false;
    }

    /// <summary>A place of <paramref name="province"/> is named in the sentence.</summary>
    private static bool NamesProvince(ReportText report, int sentence, string? province)
    {
        foreach (var p in report.PlaceReadings.PlacesIn(report.Sentences[sentence]))
        {
            if (province is not null && p.Entry.ProvinceCode == province)
            {
                return true;
            }
        }
        return false;
    }

    /// <remarks>
    /// Asked of most pairs of drafts, so written as loops over the figures: the queries built two lists, a closure and
    /// a handful of delegates and iterators per pair. A live figure is one that is no breakdown (<see cref="OperationDraft.Live"/>).
    /// </remarks>
    private static bool CountOtherwise(OperationDraft a, OperationDraft b, ReportText report)
    {
        // Each measure compared by its sum: "ضابط وجنديين" below and "ثلاثة من منتسبي الجيش" are one count of three.
        foreach (var x in a.Figures)
        {
            if (x.Breakdown || !Exact(x, report))
            {
                continue;
            }
            var sharedMeasure = false;
            foreach (var y in b.Figures)
            {
                if (!y.Breakdown && Exact(y, report) && y.SameMeasure(x))
                {
                    sharedMeasure = true;
                    break;
                }
            }
            if (sharedMeasure && ExactSum(a, x, report) != ExactSum(b, x, report) && !HasSameCount(b, x))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Exact(Figure f, ReportText report) => !f.Approximate && !f.Another && !f.Correction && !report.Layout.IsHeadline(f.Sentence);

    /// <summary>The sum of the exact live counts of <paramref name="d"/> of <paramref name="x"/>'s measure.</summary>
    private static int ExactSum(OperationDraft d, Figure x, ReportText report)
    {
        var sum = 0;
        foreach (var f in d.Figures)
        {
            if (!f.Breakdown && Exact(f, report) && x.SameMeasure(f))
            {
                sum = checked(sum + f.Count);
            }
        }
        return sum;
    }

    /// <summary>A live figure of <paramref name="d"/> of <paramref name="x"/>'s measure and count.</summary>
    private static bool HasSameCount(OperationDraft d, Figure x)
    {
        foreach (var y in d.Figures)
        {
            if (!y.Breakdown && y.SameMeasure(x) && y.Count == x.Count)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Two drafts each with a day of its own (day precision) more than <see cref="AssemblerLimits.RetoldDayMaxLag"/>
    /// days apart: a count told again on the day of its statement lies days after the operation, not months; months
    /// apart they are two operations that counted alike ("اعتقال اثنين اليوم" and "وكان قد أعلن في نيسان الماضي اعتقال اثنين").
    /// </summary>
    private static bool OwnDaysFarApart(OperationDraft a, OperationDraft b) =>
        a.DateOwn && b.DateOwn && a.Date is { Precision: OpsTracker.Core.Domain.DatePrecision.Day, Date: { } x } && b.Date is { Precision: OpsTracker.Core.Domain.DatePrecision.Day, Date: { } y }
        && Math.Abs(x.DayNumber - y.DayNumber) > AssemblerLimits.RetoldDayMaxLag;

    /// <summary>A live figure before <paramref name="i"/> in <paramref name="live"/> (still the draft's) that tells the same count of the same measure.</summary>
    private static bool ToldBefore(OperationDraft d, List<Figure> live, int i)
    {
        for (var k = 0; k < i; k++)
        {
            var x = live[k];
            if (x.SameMeasure(live[i]) && x.Count == live[i].Count && !OfTwoSides(x, live[i]) && d.Figures.Contains(x))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "مقتل مدني وإصابة سبعة" and, told after it, "ما أسفر عن مقتل عريف في الشرطة"; "قتلوا عنصرا في الحشد وزوجته": victims
    /// whose own nouns give each a side, civilians and the forces, are other people, never one count told twice, however
    /// alike their counts. Victims whose side the words leave open, whose side is taken from other people counted before
    /// them ("اثنان آخران"، "ثلاثة منهم"), and ISIS's, are compared by count alone.
    /// </summary>
    private static bool OfTwoSides(Figure a, Figure b) =>
        SideOfItsOwnNoun(a) && SideOfItsOwnNoun(b) && a.Side != b.Side;

    /// <summary>A victim, civilian or of the forces, whose side the noun that counts it says.</summary>
    private static bool SideOfItsOwnNoun(Figure f) =>
        f.Kind == FigureKind.Casualty && f.SideExplicit && f.Side is CasualtySide.Civilian or CasualtySide.Security && OwnNounRules.Contains(f.Rule);

    /// <summary>The readings whose figure's side comes from the people noun that counts it (or joins it), not from another figure.</summary>
    private static readonly HashSet<string> OwnNounRules =
    [
        "trigger-person-noun", "count-persons", "count-of-persons", "count-of-forces", "indefinite-person", "dual-person",
        "titled-victim-before-verb", "companion-civilian", "conjoined-person", "conjoined-rank", "conjoined-other-side", "additive-one",
    ];

    /// <summary>The first live figure of <paramref name="first"/> that tells <paramref name="f"/>'s count of its measure, neither of them another one.</summary>
    private static Figure? TwinOf(OperationDraft first, Figure f)
    {
        foreach (var x in first.Figures)
        {
            if (!x.Breakdown && x.SameMeasure(f) && x.Count == f.Count && !f.Another && !x.Another && !OfTwoSides(x, f))
            {
                return x;
            }
        }
        return null;
    }

    /// <summary>The first live figure of <paramref name="first"/> of <paramref name="f"/>'s measure that one of the two rounds (<see cref="RoundsTheOther"/>).</summary>
    private static Figure? RoundedTwinOf(OperationDraft first, Figure f)
    {
        foreach (var x in first.Figures)
        {
            if (!x.Breakdown && x.SameMeasure(f) && !f.Another && !x.Another && RoundsTheOther(x, f))
            {
                return x;
            }
        }
        return null;
    }

    /// <summary>
    /// Two drafts that name different days or different places of their own tell two operations, however close their
    /// counts: "نحو 20 ... أمس" and "18 ... اليوم" are not one count rounded.
    /// </summary>
    private static bool ToldApart(OperationDraft a, OperationDraft b) =>
        (a.DateOwn && b.DateOwn && a.Date?.Date != b.Date?.Date)
        || (a.Place is not null && b.Place is not null && !a.SamePlace(b));
}
