namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "قتل ثمانية ... وارتفعت الحصيلة لاحقا إلى 11 قتيلا": a corrected figure replaces the earlier count of the same
/// measure (whose operation keeps its place and date); the correction is no operation of its own. The earlier count
/// may be told in parts ("بمقتل ضابط وجندي" = 2, then "ارتفعت الحصيلة إلى ثلاثة قتلى"): the correction replaces all of
/// that count in the operation that told it last, and in each earlier telling of the same operation (a headline, a
/// lead, a quote: an operation of the same province or of none that counted the same; the kind a telling's words give
/// may differ) so that the tellings still agree for <see cref="RepetitionRemoval"/>. The correction's own sentence may
/// count only the rise ("عثرت على ثلاث جثث أخرى ليرتفع عدد القتلى إلى ثمانية" after "خمس جثث"): the rise counts
/// others, and with the count told before it makes the correction's (5 + 3 = 8), so the correction replaces that
/// count and the rise is part of it.
/// </summary>
internal sealed class CorrectionApplication : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var all = DraftPass.LiveFigures(drafts);
        foreach (var (draft, correction) in all.Where(x => x.Figure.Correction))
        {
            var corrected = all.LastOrDefault(x => x.Figure != correction && !x.Figure.Correction && x.Figure.First < correction.First
                && x.Figure.SameMeasure(correction) && x.Draft.Figures.Contains(x.Figure));
            if (corrected.Figure is null)
            {
                // "لترتفع حصيلة قتلى الهجوم إلى ثلاثة" with no toll before it: a bare count whose side nothing says.
                if (correction is { Rule: "count-reached", SideExplicit: false })
                {
                    draft.Figures.Remove(correction);
                    draft.Dropped |= !draft.Live.Any();
                }
                continue;
            }
            if (corrected.Draft == draft && context.Report.CountsOthers(corrected.Figure)
                && WholeBeforeTheRise(all, draft, corrected.Figure, correction) is { Figure: not null } whole)
            {
                draft.Figures.Remove(corrected.Figure);
                corrected = whole;
            }
            var before = CountBefore(corrected.Draft, correction);
            foreach (var told in drafts)
            {
                if (told == corrected.Draft
                    || (!told.Dropped && told != draft && told.Clause.First < corrected.Draft.Clause.First
                        && (told.Province is null || corrected.Draft.Province is null || told.Province == corrected.Draft.Province)
                        && CountBefore(told, correction) == before))
                {
                    Replace(told, correction);
                }
            }
            draft.Figures.Remove(correction);
            draft.Dropped |= !draft.Live.Any();
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The last figure of the correction's measure told in another operation before the rise, whose operation's count
    /// and the rise make the correction's count; none when the sum does not come out.
    /// </summary>
    private static (OperationDraft Draft, Figure Figure) WholeBeforeTheRise(
        List<(OperationDraft Draft, Figure Figure)> all, OperationDraft draft, Figure rise, Figure correction) =>
        all.LastOrDefault(x => x.Draft != draft && !x.Draft.Dropped && !x.Figure.Correction && x.Figure.First < rise.First
            && x.Figure.SameMeasure(correction) && x.Draft.Figures.Contains(x.Figure)
            && CountBefore(x.Draft, correction) + rise.Count == correction.Count);

    /// <summary>The draft's live figures of the correction's measure told before it: the count the correction replaces.</summary>
    private static List<Figure> PartsBefore(OperationDraft draft, Figure correction) =>
        draft.Live.Where(f => f != correction && !f.Correction && f.First < correction.First && f.SameMeasure(correction)).ToList();

    /// <summary>What a draft counts of the correction's measure before it: the sum of those parts.</summary>
    private static int CountBefore(OperationDraft draft, Figure correction) => PartsBefore(draft, correction).Sum(f => f.Count);

    /// <summary>The draft's figures of the measure become one, the last of them, counting what the correction counts.</summary>
    private static void Replace(OperationDraft draft, Figure correction)
    {
        var parts = PartsBefore(draft, correction);
        if (parts.Count == 0)
        {
            return;
        }
        parts[^1].Count = correction.Count;
        foreach (var part in parts.Take(parts.Count - 1))
        {
            draft.Figures.Remove(part);
        }
    }
}
