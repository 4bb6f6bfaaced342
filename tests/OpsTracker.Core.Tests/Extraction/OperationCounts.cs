using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>What the extraction tests ask of an operation or a report: how many people of one side and category it counts.</summary>
internal static class OperationCounts
{
    /// <summary>The sum of the operation's casualty counts of <paramref name="side"/> and <paramref name="category"/> (0 if none).</summary>
    public static int Count(ExtractedOperation op, CasualtySide side, CasualtyCategory category) =>
        op.Casualties.Where(c => c.Side == side && c.Category == category).Sum(c => c.Count);

    /// <summary>The same over every operation of a report.</summary>
    public static int Count(ExtractionResult result, CasualtySide side, CasualtyCategory category) =>
        result.Operations.Sum(o => Count(o, side, category));

    /// <summary>The people of every side but ISIS's that a report counts in <paramref name="category"/>: its victims.</summary>
    public static int Victims(ExtractionResult result, CasualtyCategory category) =>
        result.Operations.Sum(o => o.Casualties.Where(c => c.Side != CasualtySide.Isis && c.Category == category).Sum(c => c.Count));

    /// <summary>The ISIS members a report counts in <paramref name="category"/>.</summary>
    public static int Isis(ExtractionResult result, CasualtyCategory category) => Count(result, CasualtySide.Isis, category);
}
