using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Linking;

/// <summary>
/// The figures of one operation as linking compares them: ISIS members killed, arrested and wounded, hideouts
/// destroyed, and the victims (other sides) killed and wounded. Null when the report gives none.
/// </summary>
public sealed record EventFigureSet(int? Killed, int? Arrested, int? Wounded, int? HideoutsDestroyed, int? VictimsKilled, int? VictimsWounded)
{
    public static EventFigureSet None { get; } = new(null, null, null, null, null, null);

    public bool IsEmpty => Values().All(v => v is null);

    /// <summary>The figures in a fixed order (for comparisons).</summary>
    public IEnumerable<int?> Values()
    {
        yield return Killed;
        yield return Arrested;
        yield return Wounded;
        yield return HideoutsDestroyed;
        yield return VictimsKilled;
        yield return VictimsWounded;
    }

    /// <summary>Reads the figures of an operation entity (casualties and hideouts loaded).</summary>
    public static EventFigureSet Of(Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return From(
            operation.Casualties.Select(c => (c.Category, c.Side, c.Count)),
            operation.Hideouts.Where(h => h.Outcome == HideoutOutcome.Destroyed).Select(h => h.Count));
    }

    /// <summary>The figures of an operation's casualty rows and its counts of hideouts destroyed.</summary>
    public static EventFigureSet From(IEnumerable<(CasualtyCategory Category, CasualtySide Side, int Count)> casualties, IEnumerable<int> hideoutsDestroyed)
    {
        ArgumentNullException.ThrowIfNull(casualties);
        ArgumentNullException.ThrowIfNull(hideoutsDestroyed);
        int? killed = null, arrested = null, wounded = null, destroyed = null, victimsKilled = null, victimsWounded = null;
        foreach (var (category, side, count) in casualties)
        {
            switch (category, side == CasualtySide.Isis)
            {
                case (CasualtyCategory.Killed, true): killed = (killed ?? 0) + count; break;
                case (CasualtyCategory.Arrested, true): arrested = (arrested ?? 0) + count; break;
                case (CasualtyCategory.Wounded, true): wounded = (wounded ?? 0) + count; break;
                case (CasualtyCategory.Killed, false): victimsKilled = (victimsKilled ?? 0) + count; break;
                case (CasualtyCategory.Wounded, false): victimsWounded = (victimsWounded ?? 0) + count; break;
            }
        }
        foreach (var count in hideoutsDestroyed)
        {
            destroyed = (destroyed ?? 0) + count;
        }
        return new EventFigureSet(killed, arrested, wounded, destroyed, victimsKilled, victimsWounded);
    }
}

/// <summary>What linking knows of one stored or new operation: pure data, no database.</summary>
public sealed record OperationFacts(
    int OperationId,
    int ReportId,
    DateOnly? Date,
    DatePrecision Precision,
    string? ProvinceCode,
    string? Place,
    OperationKind Kind,
    IReadOnlyList<string> Actors,
    EventFigureSet Figures,
    bool Approximate = false,
    string Evidence = "");
