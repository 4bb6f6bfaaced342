using OpsTracker.Core.Domain;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>A headline total that adds up operations told below ("مصرع 21" = 11 + 7 + 3) is not a figure.</summary>
internal sealed class HeadlineTotalRemoval : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var all = DraftPass.LiveFigures(drafts);
        if (all.Count < 3)
        {
            // Each test below needs a total and two parts of it besides (most reports count less).
            return DraftPass.Standing(drafts);
        }
        // A summary names provinces ("في نينوى", "في أربع محافظات"), never the town of one operation; in the
        // head (headline, dateline, lead: ReportLayout.HeadLast) a summary may name the city the operations were
        // around ("23 قتيلا في قصف على محاور الموصل" over 16 and 7 told below).
        var headLast = context.Report.Layout.HeadLast;
        var sums = new HashSet<Figure>();
        var partsOf = new Dictionary<Figure, List<Figure>>();
        foreach (var (draft, total) in all.Where(x => x.Draft.Place is null || x.Figure.Sentence <= headLast))
        {
            // "هويات لمطلوبين اثنين تتبعتهما الأجهزة واعتقالهما": people a later word takes by its pronoun are the object
            // of an event the text tells, not a summary of events (Figure.TakenByALaterPronoun).
            if (total.TakenByALaterPronoun)
            {
                continue;
            }
            // "مقتل أربعة إرهابيين في ثلاث عمليات" then "ضربة في البعاج ... إرهابيين اثنين" and two of one each: a
            // count after a head total it is part of, and smaller, is one of the parts, not a second total.
            if (PartOfAHeadTotalBefore(all, total, headLast))
            {
                continue;
            }
            // Loops, not queries, here: a closure over the draft and the total was made for every figure.
            var candidates = new List<Figure>();
            foreach (var (d, f) in all)
            {
                if (candidates.Count == MaxSummedParts)
                {
                    break;
                }
                if (f != total && d != draft && !d.Dropped && d.Figures.Contains(f) && f.MayBePartOf(total) && f.First > total.First && f.Count < total.Count
                    && (total.Sentence <= Math.Max(HeadlineTotalLastSentence, headLast) || Compatible(d, draft)))
                {
                    candidates.Add(f);
                }
            }
            // "القبض على ثمانية" then "ستة في كركوك"، "كما ... اثنين" and a background "أربعة": a count that is one of
            // the parts a head total was just found to add up is their sibling; it is not the sum of its siblings too.
            if (SiblingPart(sums, partsOf, total, candidates, headLast))
            {
                continue;
            }
            var parts = candidates.ConvertAll(x => x.Count);
            if (parts.Count >= 2 && SubsetSums(parts, total.Count))
            {
                sums.Add(total);
                partsOf[total] = candidates;
            }
        }
        // "مقتل شخصين وإصابة 9" over "5" and "4" wounded told below: a summary sums up every count it gives; a telling
        // with a count that adds up nothing is an event, and its other count's sum is chance. A count the text does not
        // give (implicit: "بقصف جوي" read as one dead) is no count the summary gives, when the summary is the report's
        // first count of its measure: a later count that adds up the ones after it may be one of an earlier total's parts.
        // A count of the events themselves beside it ("مقتل 21 مسلحا في أربعة هجمات") is no figure of an event: it
        // says the summary spans several, so it never keeps the summary standing (CountsEvents).
        foreach (var total in sums.Where(t => all.Where(x => x.Figure != t && x.Draft.Figures.Contains(t))
            .All(x => sums.Contains(x.Figure) || CountsEvents(x.Figure) || (x.Figure.Implicit && FirstOfItsMeasure(all, t)))))
        {
            total.Breakdown = true;
            MarkMenCountedApart(total, partsOf[total]);
        }
        // "36 عنصرا قتلوا في بعقوبة" then "قتلت قوة 15 مسلحا" and "مقتل 21 مسلحا" in the next sentences, in the same
        // province: a subtotal anywhere in the body, when all the figures of its measure told just after it add up to
        // it exactly (all of them, not a subset: a chance sum of small figures must not hide an operation).
        foreach (var (draft, total) in all.Where(x => !x.Figure.Breakdown && x.Draft.Province is not null))
        {
            var parts = all.Where(x => x.Draft != draft && x.Figure != total && !x.Figure.Breakdown && x.Figure.MayBePartOf(total)
                    && x.Figure.Sentence > total.Sentence && x.Figure.Sentence <= total.Sentence + SubtotalReach && !OwnDaysDiffer(x.Draft, draft))
                .ToList();
            if (parts.Count >= 2 && parts.All(x => x.Draft.Province == draft.Province) && parts.Sum(x => x.Figure.Count) == total.Count
                && !SiblingPart(sums, partsOf, total, parts.ConvertAll(x => x.Figure), headLast))
            {
                total.Breakdown = true;
                MarkMenCountedApart(total, parts.ConvertAll(x => x.Figure));
            }
        }
        // "قتل 6 أشخاص في أعمال عنف ببغداد وكركوك" over attacks told below in Baghdad and in Kirkuk: one event does not
        // happen in two provinces, so a head count whose own sentence names two or more sums up the counts of its
        // measure told after it there, even when the sum is not exact (a suicide bomber among the six, a part the
        // copy leaves out).
        foreach (var (draft, total) in all.Where(x => !x.Figure.Breakdown && x.Figure.Sentence <= headLast))
        {
            // The parts first: most head counts have fewer than two, and the provinces of the sentence (its places,
            // their provinces, distinct) are then not asked.
            var parts = all.Where(x => x.Draft != draft && !x.Figure.Breakdown && x.Figure.SameMeasure(total) && x.Figure.Sentence > total.Sentence).ToList();
            var placed = parts.Where(x => x.Draft.Province is not null).Select(x => x.Draft.Province!).ToList();
            if (parts.Count < 2 || placed.Count == 0)
            {
                continue;
            }
            // The command that tells the news names where it sits, not a province the count sums up (TellingCommands).
            // Only the places told before the sentence's next count of the measure: after it, the sentence tells that
            // count's operation and names its places.
            var named = TellingCommands.ProvincesToldOf(context.Report, context.Report.Sentences[total.Sentence], NextCountOfItsMeasure(all, draft, total));
            if (named.Count < 2)
            {
                continue;
            }
            if (placed.All(named.Contains) && parts.Sum(x => x.Figure.Count) <= total.Count)
            {
                total.Breakdown = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// "اعتقال 6 عناصر" (head) over "ألقت القبض على المكنى أبو حارث" and "ألقت القبض كذلك على 5 مطلوبين"; "مقتل سبعة" over
    /// "قتلت ستة من قياديي التنظيم" and "قتلت قوة خاصة قياديا قرب جلولاء": the head total that the body's counts
    /// add up to with the man read as one is the count of both, so the man is counted apart from the count beside him,
    /// not one of it (<see cref="Figure.CountedApart"/>). Only when the other parts make the rest of the total exactly.
    /// </summary>
    private static void MarkMenCountedApart(Figure total, List<Figure> parts)
    {
        foreach (var man in parts.Where(p => p.Implicit && p.Kind == FigureKind.Casualty))
        {
            var rest = parts.Where(p => p != man).Select(p => p.Count).ToList();
            if (rest.Contains(total.Count - man.Count) || SubsetSums(rest, total.Count - man.Count))
            {
                man.CountedApart = true;
            }
        }
    }

    /// <summary>Whether a larger count of the total's measure, told before it in the head, was already found a sum (a breakdown).</summary>
    private static bool PartOfAHeadTotalBefore(List<(OperationDraft Draft, Figure Figure)> all, Figure total, int headLast)
    {
        foreach (var (_, f) in all)
        {
            if (f.Breakdown && f.First < total.First && f.SameMeasure(total) && f.Count > total.Count && f.Sentence <= headLast)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Two drafts each dated to a day of their own, different days: an attack four days earlier told after today's is
    /// no part of today's count, however the counts add up. Only for a subtotal in the body: the head's day is often
    /// the announcement's ("أمس") over operations of the night before.
    /// </summary>
    private static bool OwnDaysDiffer(OperationDraft a, OperationDraft b) =>
        a.DateOwn && b.DateOwn && a.Date is { Precision: DatePrecision.Day, Date: { } da } && b.Date is { Precision: DatePrecision.Day, Date: { } db } && da != db;

    /// <summary>
    /// A count of several strikes, operations or attacks told by the text ("في أربعة هجمات"، "بثلاث ضربات"): it counts the
    /// events a summary sums up, not people or hideouts of one of them, so it is no count the summary gives of its own.
    /// One strike, or a strike only implied by its noun ("بضربة جوية"), is the operation itself and says nothing of a sum.
    /// </summary>
    private static bool CountsEvents(Figure f) =>
        f.Kind is FigureKind.Strikes or FigureKind.Operations or FigureKind.Attacks && f.Count > 1 && !f.Implicit;

    /// <summary>
    /// The token before the first count of the total's measure told after it in its sentence by another draft (not the
    /// total's own breakdown), or the sentence's end as far as the caller is concerned (int.MaxValue).
    /// </summary>
    private static int NextCountOfItsMeasure(List<(OperationDraft Draft, Figure Figure)> all, OperationDraft draft, Figure total)
    {
        var next = int.MaxValue;
        foreach (var (d, f) in all)
        {
            if (d != draft && f.Sentence == total.Sentence && f.First > total.Last && f.SameMeasure(total) && f.First - 1 < next)
            {
                next = f.First - 1;
            }
        }
        return next;
    }

    /// <summary>No count of the figure's measure, other than implicit ones, is told before it.</summary>
    private static bool FirstOfItsMeasure(List<(OperationDraft Draft, Figure Figure)> all, Figure t) =>
        !all.Exists(y => y.Figure != t && !y.Figure.Implicit && y.Figure.SameMeasure(t) && y.Figure.First < t.First);

    /// <summary>
    /// The count is one of the parts of a head total found before it, told in the head, and a sibling of its other
    /// parts (<see cref="SiblingParts"/>): never their sum.
    /// </summary>
    private static bool SiblingPart(HashSet<Figure> sums, Dictionary<Figure, List<Figure>> partsOf, Figure count, List<Figure> ownParts, int headLast) =>
        sums.Any(total => total.Sentence <= headLast && partsOf[total].Contains(count) && SiblingParts.Of(total, count, partsOf[total], ownParts));

    private static bool SubsetSums(List<int> parts, int target)
    {
        var n = parts.Count;
        for (var mask = 1; mask < 1 << n; mask++)
        {
            if (int.PopCount(mask) < 2)
            {
                continue;
            }
            var sum = 0;
            for (var b = 0; b < n; b++)
            {
                if ((mask & (1 << b)) != 0)
                {
                    sum += parts[b];
                }
            }
            if (sum == target)
            {
                return true;
            }
        }
        return false;
    }
}
