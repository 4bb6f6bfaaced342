using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "مقتل ثلاثة إرهابيين بغارة لطيران الجيش" and, below, "قتلت قوة من الشرطة ثلاثة من الإرهابيين في كمين": a count
/// told of an air strike and one told of a fight on the ground (a raid, an ambush, a clash) are two operations, however
/// alike their counts: a telling of the same dead keeps its means, or names none (an operation of kind other). The air
/// strike must be named by its own clause ("بضربة جوية"، "غارتين": a strikes figure); air support of a ground force
/// ("بإسناد من طيران الجيش") makes a ground operation read as an air strike, and tells nothing apart.
/// <see cref="RepetitionRemoval"/> asks this of a pair of drafts before it merges them.
/// </summary>
internal static class TwoMeansApart
{
    public static bool Are(OperationDraft a, OperationDraft b) =>
        (ByItsStrike(a) && OnTheGround(b)) || (ByItsStrike(b) && OnTheGround(a));

    private static bool ByItsStrike(OperationDraft d) => d.Kind == OperationKind.Airstrike && d.Figures.Exists(f => f.Kind == FigureKind.Strikes);

    private static bool OnTheGround(OperationDraft d) => d.Kind is OperationKind.Raid or OperationKind.Clash;
}
