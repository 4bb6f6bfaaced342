namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "ألقت القوات القبض على ثمانية" then "ستة منهم في كركوك"، "كما ... اثنين" and a background "أربعة": the parts of
/// one total are siblings. A count that a head total adds up with some of the counts told after it is one of those
/// parts; it cannot also be the sum of the same counts. It is a sibling when every way the total adds up with it takes
/// one of the counts it would sum ("ثمانية" = "ستة" + "اثنين", "ستة" = "اثنين" + "أربعة": the two cannot stand in both
/// sums). A subtotal whose own parts are none of its siblings ("56" = 20 + "36", "36" = 15 + 21) stays one. Read by
/// <see cref="Passes.HeadlineTotalRemoval"/> (exact sums) and <see cref="Passes.SeveralEventsTotalRemoval"/> (counts
/// spread over several events). Holds nothing.
/// </summary>
internal static class SiblingParts
{
    /// <summary>
    /// Whether <paramref name="count"/> is a sibling of the other parts of <paramref name="total"/>: a larger count of
    /// its measure told before it that adds up to it and some of <paramref name="others"/> (the total's other
    /// candidate parts), every such way taking one of <paramref name="ownParts"/>, the counts it would sum.
    /// </summary>
    public static bool Of(Figure total, Figure count, List<Figure> others, List<Figure> ownParts)
    {
        if (!count.MayBePartOf(total) || total.Count <= count.Count || total.First >= count.First)
        {
            return false;
        }
        var siblings = others.Where(x => x != count && x != total).Take(AssemblerLimits.MaxSummedParts).ToList();
        var found = false;
        var n = siblings.Count;
        for (var mask = 1; mask < 1 << n; mask++)
        {
            var sum = 0;
            var takesOwn = false;
            for (var b = 0; b < n; b++)
            {
                if ((mask & (1 << b)) != 0)
                {
                    sum += siblings[b].Count;
                    takesOwn |= ownParts.Contains(siblings[b]);
                }
            }
            if (sum != total.Count - count.Count)
            {
                continue;
            }
            if (!takesOwn)
            {
                return false;
            }
            found = true;
        }
        return found;
    }
}
