using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أكثر من 400 عنصر" in the lead and "نحو 419 إرهابيا" in the body; "نحو 1000" in the lead and a commander's "أكثر
/// من 992" below it: a lower bound ("أكثر من"، "ما يزيد على"، "لا يقل عن"; lexicon lowerBounds) is no figure of its
/// own when the same report gives the same tally field a count a little above it (no more than
/// <see cref="AssemblerLimits.RoundedAbove"/> of it): the two are one figure told twice, and the bound gives way.
/// Both counts hedged, <see cref="TallyFigures.RoundedAndExact"/> (one hedged, one exact) does not join them.
/// Input: the merged tallies of one report; output: those tallies less the bounds that gave way, without the tallies
/// left with no figure. Holds nothing: safe to share.
/// </summary>
internal static class TallyBounds
{
    /// <summary>How many tokens before a count's first token its bound's first word may stand ("ما يزيد على 900": two).</summary>
    private const int BoundReach = 3;

    public static IReadOnlyList<TallyDraft> Settle(ReportText report, ExtractionLexicon lexicon, IReadOnlyList<TallyDraft> tallies)
    {
        if (tallies.Count < 2)
        {
            return tallies;
        }
        var changed = false;
        foreach (var t in tallies)
        {
            var bounds = t.Figures.Where(f => f.Approximate && TallyFigures.FieldOf(f) is not null && IsLowerBound(report, lexicon, f)
                && tallies.Any(o => o != t && o.Figures.Any(g => TallyFigures.FieldOf(g) == TallyFigures.FieldOf(f)
                    && g.Count > f.Count && g.Count <= f.Count * (1 + RoundedAbove) && !IsLowerBound(report, lexicon, g)))).ToList();
            if (bounds.Count > 0)
            {
                t.Figures.RemoveAll(bounds.Contains);
                changed = true;
            }
        }
        return changed ? tallies.Where(t => t.Figures.Count > 0).ToList() : tallies;
    }

    /// <summary>A word of a lower bound (lexicon lowerBounds) among the few tokens that open the count.</summary>
    private static bool IsLowerBound(ReportText report, ExtractionLexicon lexicon, Figure f)
    {
        var tokens = report.Tokens;
        for (var i = Math.Max(0, f.First - BoundReach); i <= Math.Min(tokens.Count - 1, f.First + 1); i++)
        {
            if (tokens[i].ReadsAsOneOf(lexicon.LowerBoundWords))
            {
                return true;
            }
        }
        return false;
    }
}
