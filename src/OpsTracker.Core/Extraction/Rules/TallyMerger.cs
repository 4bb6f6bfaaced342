using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// One statement told over several sentences is one tally; the same figure told twice is one. Input: the tallies in
/// the order the sentences were read. Output: a new list of the tallies that stand, each with at least one figure.
/// A tally that another joins is changed in place (it takes the other's figures, period and end of evidence): the
/// drafts are the walk's own, made for this report, and nothing else holds them.
/// </summary>
internal static class TallyMerger
{
    public static IReadOnlyList<TallyDraft> Merge(IReadOnlyList<TallyDraft> tallies)
    {
        var kept = new List<TallyDraft>();
        foreach (var t in tallies)
        {
            var fields = t.Figures.GroupBy(f => TallyFigures.FieldOf(f)!).ToDictionary(g => g.Key, g => g.First().Count);
            var repeated = kept.FirstOrDefault(k => k.Figures.Any(f => fields.TryGetValue(TallyFigures.FieldOf(f)!, out var v) && v == f.Count))
                ?? kept.FirstOrDefault(k => k.Figures.Any(f => t.Figures.Any(g => TallyFigures.RoundedAndExact(f, g))));
            if (repeated is not null)
            {
                // "أكثر من 300" in the headline, 331 in the body: one figure, the exact one.
                foreach (var exact in t.Figures.Where(g => !g.Approximate))
                {
                    if (repeated.Figures.FirstOrDefault(f => f.Approximate && TallyFigures.RoundedAndExact(f, exact)) is { } rounded)
                    {
                        TallyFigures.KeepExact(repeated.Figures, rounded, exact);
                    }
                }
                if (repeated.PeriodStart is null && repeated.PeriodEnd is null && (t.PeriodStart is not null || t.PeriodEnd is not null))
                {
                    // A headline that names no period ("سنتكوم: 137 عملية") takes the one the body gives its figure.
                    (repeated.PeriodStart, repeated.PeriodEnd, repeated.HasOwnPeriod) = (t.PeriodStart, t.PeriodEnd, t.HasOwnPeriod);
                }
                // The fields the statement told again adds, every figure of each: "وتدمير 415 وكرا و120 نفقا" is one
                // field in two kinds (chosen before any is added, so the second kind is not taken for the field again).
                foreach (var f in t.Figures.Where(f => repeated.Figures.All(r => TallyFigures.FieldOf(r) != TallyFigures.FieldOf(f))).ToList())
                {
                    repeated.Figures.Add(f);
                }
                // The statement told again goes on from where it is told again: the sentences after it continue it.
                repeated.LastSentence = Math.Max(repeated.LastSentence, t.Sentence.Index);
                continue;
            }
            var previous = kept.LastOrDefault();
            var samePeriod = t.PeriodStart is not null && t.PeriodStart == previous?.PeriodStart && t.PeriodEnd == previous?.PeriodEnd;
            // The figures after a statement that announced a tally are its figures, for the period it announced.
            var announced = previous is not null && previous.Figures.Count == 0;
            // A count of one province told after a statement for all Iraq ("وهناك 90 قتيلا في دهوك") is a tally of its own.
            // Its figures spread over several provinces ("في محافظات ديالى وكركوك ونينوى") go on with it.
            var sameScope = previous is not null && (t.Scope.Count == 0 || t.Scope.SequenceEqual(previous.Scope)
                || (previous.Scope.Count == 0 && t.Scope.Count >= SeveralProvinces));
            if (previous is not null && (announced || ((!t.HasOwnPeriod || samePeriod) && sameScope)) && t.ListStart - previous.LastSentence <= TallyContinuationReach
                && t.Figures.All(f => previous.Figures.All(p => TallyFigures.FieldOf(p) != TallyFigures.FieldOf(f)) || TallyFigures.AddsHideouts(previous.Figures, f)))
            {
                if (announced && previous.PeriodStart is null && previous.PeriodEnd is null)
                {
                    (previous.PeriodStart, previous.PeriodEnd, previous.HasOwnPeriod) = (t.PeriodStart, t.PeriodEnd, t.HasOwnPeriod);
                }
                previous.Figures.AddRange(t.Figures);
                previous.EvidenceEnd = Math.Max(previous.EvidenceEnd, t.EvidenceEnd);
                previous.LastSentence = t.Sentence.Index;
                continue;
            }
            kept.Add(t);
        }
        return kept.Where(t => t.Figures.Count > 0).ToList();
    }
}
