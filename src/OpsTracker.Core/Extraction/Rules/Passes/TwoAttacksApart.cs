using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "ففي الهجوم الأول استهدفوا دورية قرب البلدة أ ... ما أسفر عن استشهاد شرطيين" and, below, "وبعد ساعات اشتبكوا مع
/// قوة للجيش في القرية ب، ما أسفر عن استشهاد جنديين": two body sentences that each tell an attack of their own (an
/// attack verb or a means of attack, lexicon attackVerbs and attackAttribution.means) at a place of their own, each
/// with the victims it left, tell two attacks. Victims counted alike there are two tolls, not one told twice
/// (<see cref="RepetitionRemoval"/> asks this of a pair of drafts before it merges them). A headline or lead sums the
/// body up and a sentence without an attack of its own retells one, so neither is asked.
/// </summary>
internal static class TwoAttacksApart
{
    /// <summary>The two drafts tell two attacks, each at its own place in a body sentence of its own, and count only victims.</summary>
    public static bool Are(ReportText report, ExtractionLexicon lexicon, OperationDraft a, OperationDraft b)
    {
        if (a.Clause.Index == b.Clause.Index || a.Place is null || b.Place is null || a.SamePlace(b)
            || a.Clause.Index <= report.Layout.HeadLast || b.Clause.Index <= report.Layout.HeadLast)
        {
            return false;
        }
        if (!CountsOnlyVictims(a) || !CountsOnlyVictims(b) || a.PlaceKey!.Contains(b.PlaceKey!, StringComparison.Ordinal)
            || b.PlaceKey!.Contains(a.PlaceKey!, StringComparison.Ordinal))
        {
            return false;
        }
        return TellsAnAttack(report, lexicon, a) && TellsAnAttack(report, lexicon, b);
    }

    private static bool CountsOnlyVictims(OperationDraft d)
    {
        foreach (var f in d.Figures)
        {
            if (f.Kind != FigureKind.Casualty || f.Side == CasualtySide.Isis)
            {
                return false;
            }
        }
        return d.Figures.Count > 0;
    }

    private static bool TellsAnAttack(ReportText report, ExtractionLexicon lexicon, OperationDraft d)
    {
        var s = report.Sentences[d.Clause.Index];
        return report.Has(lexicon.AttackVerbs, s) || report.Has(lexicon.AttackMeans, s);
    }
}
