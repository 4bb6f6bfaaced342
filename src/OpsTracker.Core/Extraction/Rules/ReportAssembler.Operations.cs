using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

internal sealed partial class ReportAssembler
{
    // ---- merging ---------------------------------------------------------------------------------------------

    /// <summary>A headline total that adds up operations told below ("مصرع 21" = 11 + 7 + 3) is not a figure.</summary>
    private static void RemoveHeadlineTotals(List<OperationDraft> drafts)
    {
        var all = drafts.Where(d => !d.Dropped).SelectMany(d => d.Live.Select(f => (Draft: d, Figure: f))).ToList();
        // A summary names provinces ("في نينوى", "في أربع محافظات"), never the town of one operation; in the
        // headline and lead (the first LeadSentences sentences) a summary may name the city the operations were
        // around ("23 قتيلا في قصف على محاور الموصل" over 16 and 7 told below).
        foreach (var (draft, total) in all.Where(x => x.Draft.Place is null || x.Figure.Sentence < LeadSentences))
        {
            var parts = all.Where(x => x.Figure != total && x.Draft != draft && !x.Draft.Dropped && x.Draft.Figures.Contains(x.Figure) && x.Figure.SameMeasure(total)
                    && x.Figure.First > total.First && x.Figure.Count < total.Count && (total.Sentence <= 3 || Compatible(x.Draft, draft)))
                .Select(x => x.Figure.Count).Take(12).ToList();
            if (parts.Count >= 2 && SubsetSums(parts, total.Count))
            {
                total.Breakdown = true;
            }
        }
        // "36 عنصرا قتلوا في بعقوبة" then "قتلت قوة 15 مسلحا" and "مقتل 21 مسلحا" in the next sentences, in the same
        // province: a subtotal anywhere in the body, when all the figures of its measure told just after it add up to
        // it exactly (all of them, not a subset: a chance sum of small figures must not hide an operation).
        foreach (var (draft, total) in all.Where(x => !x.Figure.Breakdown && x.Draft.Province is not null))
        {
            var parts = all.Where(x => x.Draft != draft && x.Figure != total && !x.Figure.Breakdown && x.Figure.SameMeasure(total)
                    && x.Figure.Sentence > total.Sentence && x.Figure.Sentence <= total.Sentence + SubtotalReach)
                .ToList();
            if (parts.Count >= 2 && parts.All(x => x.Draft.Province == draft.Province) && parts.Sum(x => x.Figure.Count) == total.Count)
            {
                total.Breakdown = true;
            }
        }
    }


    /// <summary>
    /// "قتل ثمانية ... وارتفعت الحصيلة لاحقا إلى 11 قتيلا": a corrected figure replaces the last earlier figure of the
    /// same measure (whose operation keeps its place and date); the correction is no operation of its own.
    /// </summary>
    private static void ApplyCorrections(List<OperationDraft> drafts)
    {
        var all = drafts.Where(d => !d.Dropped).SelectMany(d => d.Live.Select(f => (Draft: d, Figure: f))).ToList();
        foreach (var (draft, correction) in all.Where(x => x.Figure.Correction))
        {
            var corrected = all.LastOrDefault(x => x.Figure != correction && !x.Figure.Correction && x.Figure.First < correction.First
                && x.Figure.SameMeasure(correction) && x.Draft.Figures.Contains(x.Figure));
            if (corrected.Figure is null)
            {
                continue;
            }
            corrected.Figure.Count = correction.Count;
            draft.Figures.Remove(correction);
            draft.Dropped |= !draft.Live.Any();
        }
    }


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

    /// <summary>
    /// A figure told twice (headline, lead, quote) is one record: it stays with the telling that has the most
    /// context (province, place, date), which takes what the other telling knew.
    /// </summary>
    private static void RemoveRepetitions(List<OperationDraft> drafts)
    {
        // Told twice in one sentence ("اعتقال أحد عناصر التنظيم ... وقد جرى اعتقال أحد العناصر").
        foreach (var d in drafts)
        {
            var live = d.Live.ToList();
            for (var i = 1; i < live.Count; i++)
            {
                if (!live[i].Another && !live[i].Conjoined && live.Take(i).Any(x => x.SameMeasure(live[i]) && x.Count == live[i].Count && d.Figures.Contains(x)))
                {
                    d.Figures.Remove(live[i]);
                }
            }
        }
        for (var a = 0; a < drafts.Count; a++)
        {
            for (var b = a + 1; b < drafts.Count; b++)
            {
                var first = drafts[a];
                var second = drafts[b];
                // "اعتقلت ... 2 في الرمادي، واعتقلت قوة أخرى 2 في الفلوجة": one sentence naming two places tells two
                // operations that happen to count alike, not one told twice.
                var twoPlacesOfOneSentence = first.Clause.Index == second.Clause.Index && first.Place is not null && second.Place is not null && first.Place != second.Place;
                if (!Compatible(first, second) || twoPlacesOfOneSentence)
                {
                    continue;
                }
                foreach (var f in second.Live.ToList())
                {
                    var twin = first.Live.FirstOrDefault(x => x.SameMeasure(f) && x.Count == f.Count && !f.Another && !x.Another);
                    if (twin is null)
                    {
                        continue;
                    }
                    // The body over the headline when they say as much: the headline only sums up.
                    var secondKeeps = second.ContextScore > first.ContextScore || (second.ContextScore == first.ContextScore && first.Clause.Index == 0);
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
    }

    /// <summary>A singular noun read as one ("مقتل ما يسمى والي") next to an explicit count of the same people is part of it.</summary>
    private static void AbsorbImplicitFigures(List<OperationDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => !d.Dropped))
        {
            foreach (var f in draft.Live.Where(f => f.Implicit).ToList())
            {
                var host = drafts.FirstOrDefault(o => o != draft && !o.Dropped && Math.Abs(o.Clause.Index - draft.Clause.Index) <= 3
                    && o.Live.Any(x => !x.Implicit && x.SameMeasure(f) && x.Side == f.Side && x.Count >= 2) && Compatible(o, draft));
                if (host is not null)
                {
                    // The named man is one of the count; his announcement's date is not the operation's.
                    draft.Figures.Remove(f);
                    Inherit(host, draft, takeDate: false);
                }
            }
            if (!draft.Live.Any())
            {
                draft.Dropped = true;
            }
        }
        // "أعلنت ... مقتل ما يسمى والي صلاح الدين بضربة جوية": a strike named beside an operation told nearby is that
        // operation's strike, not an operation of its own.
        foreach (var draft in drafts.Where(d => !d.Dropped && d.Live.All(f => f.Kind == FigureKind.Strikes && f.Implicit)))
        {
            var host = drafts.Where(o => o != draft && !o.Dropped && Math.Abs(o.Clause.Index - draft.Clause.Index) <= 3 && Compatible(o, draft)
                    && o.Live.Any(f => f.Kind != FigureKind.Strikes))
                .MinBy(o => Math.Abs(o.Clause.Index - draft.Clause.Index));
            if (host is null)
            {
                continue;
            }
            if (!host.Live.Any(f => f.Kind == FigureKind.Strikes))
            {
                host.Figures.AddRange(draft.Live);
            }
            draft.Dropped = true;
        }
    }

    /// <summary>
    /// Sentences that go on telling one operation ("وعثرت على 4 جثث", "وكر آخر") join it when they name no place or
    /// date of their own and count something it has not counted (hideouts add up).
    /// </summary>
    private static void MergeContinuations(List<OperationDraft> drafts)
    {
        OperationDraft? previous = null;
        foreach (var d in drafts.Where(d => !d.Dropped))
        {
            // A bulletin's next item names a town of its own: another operation, even in the same province.
            if (previous is not null && (!d.ProvinceOwn || d.Province == previous.Province) && (!d.DateOwn || SameDate(d, previous) || SoonAfter(d, previous))
                && (d.Place is null || d.Place == previous.Place)
                && d.Clause.Index - previous.LastSentence <= 2
                && d.Live.All(f => f.Kind == FigureKind.Hideout ? f.Another || !previous.Live.Any(p => p.SameMeasure(f)) : !previous.Live.Any(p => p.SameMeasure(f)))
                && d.Kind is not OperationKind.IsisAttack && previous.Kind is not OperationKind.IsisAttack)
            {
                previous.Figures.AddRange(d.Live);
                previous.EvidenceEnd = Math.Max(previous.EvidenceEnd, d.EvidenceEnd);
                previous.LastSentence = d.LastSentence;
                d.Dropped = true;
                continue;
            }
            previous = d;
        }
    }

    /// <summary>
    /// "ضربتين ... مساء الجمعة ... فيما قامت قوة بتفتيش الموقع صباح أمس السبت وعثرت على 4 جثث": the same sentence
    /// going on to the day after tells the same operation's results.
    /// </summary>
    private static bool SoonAfter(OperationDraft later, OperationDraft earlier) =>
        later.Clause.Index == earlier.LastSentence
        && later.Date?.Date is { } l && earlier.Date?.Date is { } e && l >= e && l.DayNumber - e.DayNumber <= 3;

    private static bool Earlier(DateMention? a, DateMention? b) =>
        a?.Date is { } x && b?.Date is { } y && x < y && a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day;

    private static bool SameDate(OperationDraft a, OperationDraft b) =>
        a.Date is { } x && b.Date is { } y && x.Date == y.Date && x.Precision == y.Precision && (x.Date is not null || x.Expression == y.Expression);

    private static bool Compatible(OperationDraft a, OperationDraft b) =>
        a.Province is null || b.Province is null || a.Province == b.Province || !(a.ProvinceOwn && b.ProvinceOwn);

    private static void Inherit(OperationDraft keeper, OperationDraft other, bool takeDate = true)
    {
        if (!keeper.ProvinceOwn && other.ProvinceOwn)
        {
            keeper.Province = other.Province;
            keeper.ProvinceOwn = true;
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

    // ---- output ------------------------------------------------------------------------------------------------

    /// <summary>
    /// One clause that hits both sides ("قتل اثنان من البيشمركة ... وقتل أربعة من عناصر التنظيم") is two events: the
    /// attack or clash with its victims, and the ISIS side of the same clash.
    /// </summary>
    private static IEnumerable<ExtractedOperation> BuildSplitBySide(ReportText report, OperationDraft d)
    {
        var live = d.Live.ToList();
        var victims = live.Where(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis).ToList();
        var isis = live.Where(f => f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis).ToList();
        if (victims.Count == 0 || isis.Count == 0)
        {
            yield return Build(report, d);
            yield break;
        }
        var attack = Copy(d, victims, d.Kind == OperationKind.Clash ? OperationKind.Clash : OperationKind.IsisAttack);
        var ownSide = Copy(d, live.Except(victims), OperationKind.Clash);
        yield return Build(report, attack);
        yield return Build(report, ownSide);
    }

    private static OperationDraft Copy(OperationDraft d, IEnumerable<Figure> figures, OperationKind kind)
    {
        var copy = new OperationDraft
        {
            Clause = d.Clause, Province = d.Province, ProvinceOwn = d.ProvinceOwn, Place = d.Place, Date = d.Date, DateOwn = d.DateOwn,
            Kind = kind, EvidenceStart = d.EvidenceStart, EvidenceEnd = d.EvidenceEnd, Rule = d.Rule + "+split-by-side",
        };
        copy.Figures.AddRange(figures);
        copy.Actors.AddRange(d.Actors);
        return copy;
    }

    private static ExtractedOperation Build(ReportText report, OperationDraft d)
    {
        var op = new ExtractedOperation
        {
            Province = d.Province,
            Place = d.Place,
            Kind = d.Kind,
            Evidence = report.Text.EvidenceFor(d.EvidenceStart, d.EvidenceEnd),
            Rule = d.Rule,
        };
        if (d.Date is { } date)
        {
            op.Date = date.Date;
            op.DatePrecision = date.Date is null ? DatePrecision.Unknown : date.Precision;
            op.RelativeDate = date.Date is null ? report.Text.EvidenceFor(date.Start, date.End).Text : null;
        }
        op.Actors.AddRange(d.Actors);
        op.Confidence = ConfidenceModel.Default.OfOperation(d, d.Live);
        foreach (var f in d.Live.OrderBy(f => f.First))
        {
            var evidence = report.Text.EvidenceFor(report.Tokens[f.First].Start, report.Tokens[f.Last].End);
            switch (f.Kind)
            {
                case FigureKind.Casualty:
                    op.Casualties.Add(new ExtractedCasualty(f.Side, f.Category, f.Count, f.Approximate, evidence, f.Rule, ConfidenceModel.Default.OfFigure(f)));
                    break;
                case FigureKind.Hideout:
                    op.Hideouts.Add(new ExtractedHideout(f.HideoutKind, f.Count, f.Outcome, evidence, f.Rule, f.Approximate, ConfidenceModel.Default.OfFigure(f)));
                    break;
                case FigureKind.Strikes:
                    op.Strikes = (op.Strikes ?? 0) + f.Count;
                    op.StrikesApproximate |= f.Approximate;
                    break;
                default:
                    break;
            }
        }
        op.StrikesEvidence = StrikesEvidence(report, d.Live);
        return op;
    }

    /// <summary>One span from the first strike figure's first token to the last one's last token; null without strikes.</summary>
    private static Evidence? StrikesEvidence(ReportText report, IEnumerable<Figure> live)
    {
        var strikes = live.Where(f => f.Kind == FigureKind.Strikes).ToList();
        return strikes.Count == 0
            ? null
            : report.Text.EvidenceFor(report.Tokens[strikes.Min(f => f.First)].Start, report.Tokens[strikes.Max(f => f.Last)].End);
    }
}
