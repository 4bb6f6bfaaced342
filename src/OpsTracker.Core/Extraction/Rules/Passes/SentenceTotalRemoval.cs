using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أعلن اعتقال 9 إرهابيين ... وتوزعت الاعتقالات على 4 في ديالى، و3 في الأنبار، وواحد في بابل وآخر
/// في واسط": a count that the same sentence then tells again as counts at several provinces, adding up to it
/// exactly, is the total of those operations, not one more (the sentence's own twin of <see cref="HeadlineTotalRemoval"/>,
/// which only sees totals and parts in different operations). All the later counts of its measure in the sentence must
/// add up to it, not a subset, and they must lie in at least two provinces: a count split by people ("بينهم") is a
/// breakdown the figure finder already reads, and a chance sum must not hide an operation. Counts that leave out the
/// verb and noun of the first ("خمسة في الرمادي، وثلاثة في كركوك، واثنين في بعقوبة") stand beside it, never in it.
/// </summary>
internal sealed class SentenceTotalRemoval : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var all = DraftPass.LiveFigures(drafts);
        foreach (var (_, total) in all)
        {
            var parts = all.Where(x => x.Figure != total && !x.Figure.Breakdown && x.Figure.Sentence == total.Sentence
                    && x.Figure.First > total.First && x.Figure.MayBePartOf(total))
                .ToList();
            if (parts.Count >= SentenceTotalMinProvinces && parts.All(x => x.Draft.Province is not null)
                && parts.Select(x => x.Draft.Province).Distinct().Count() >= SentenceTotalMinProvinces
                && parts.Sum(x => x.Figure.Count) == total.Count)
            {
                total.Breakdown = true;
            }
        }
        return DraftPass.Standing(drafts);
    }
}
