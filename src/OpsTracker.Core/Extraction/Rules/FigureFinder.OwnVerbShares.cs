using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتلت القوات 40 من المسلحين وأسرت 12 منهم": a share of the people just counted ("N منهم") whose own casualty verb
/// stands right before it, with another outcome than theirs, is those people's other fate: a figure of its own of that
/// outcome, on their side, and no part of the first count.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// The share at <paramref name="count"/> ("منهم" ending at <paramref name="ofThemLast"/>) read with the outcome of
    /// the casualty verb or noun right before its count, when that outcome is not <paramref name="whole"/>'s; null
    /// otherwise (then it is a share of the whole's outcome). The wounded of whom some died are read apart
    /// (DiedOfTheirWounds), so a whole of the wounded is left to them.
    /// </summary>
    private Figure? OwnVerbShare(TokenList tokens, Sentence s, CountExpression count, int ofThemLast, Figure whole)
    {
        if (whole.Category == CasualtyCategory.Wounded || _triggers.TriggerMatchBefore(tokens, s, count.FirstToken, 0) is not { } verb
            || verb.Value == whole.Category || verb.Last >= count.FirstToken || verb.First <= whole.Last)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = verb.Value, Side = whole.Side, SideExplicit = whole.SideExplicit,
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = ofThemLast, Sentence = s.Index,
            Rule = "count-of-them-own-verb",
        };
    }
}
