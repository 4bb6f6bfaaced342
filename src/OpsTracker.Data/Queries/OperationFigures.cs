using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Queries;

/// <summary>
/// An operation's figures summed once, when it is stored, into columns of its own row (shadow properties): ISIS killed,
/// arrested and wounded, hideouts destroyed, and victims (every other side) killed and wounded; null when the report
/// gives none. They are the sums of the operation's casualty and hideout rows, which are written with the operation
/// (a report is replaced whole) or changed through it by an analyst's correction, and summed again in the same save, so
/// they cannot go stale. The tallies
/// (<see cref="TallyRollupRow"/>) and the operations CSV read them instead of aggregating a million casualties per request
/// (docs/decisions/0006-scale-indexes-search-and-exports.md).
/// </summary>
public static class OperationFigures
{
    public const string IsisKilled = "IsisKilled";
    public const string IsisArrested = "IsisArrested";
    public const string IsisWounded = "IsisWounded";
    public const string HideoutsDestroyed = "DestroyedHideouts";
    public const string VictimsKilled = "VictimsKilled";
    public const string VictimsWounded = "VictimsWounded";

    /// <summary>Every figure column with how it is computed from an operation and its casualties and hideouts.</summary>
    public static IReadOnlyList<(string Column, Func<Operation, int?> Compute)> Columns { get; } =
    [
        (IsisKilled, o => o.CountOf(CasualtyCategory.Killed)),
        (IsisArrested, o => o.CountOf(CasualtyCategory.Arrested)),
        (IsisWounded, o => o.CountOf(CasualtyCategory.Wounded)),
        (HideoutsDestroyed, o => o.HideoutsDestroyed),
        (VictimsKilled, o => Victims(o, CasualtyCategory.Killed)),
        (VictimsWounded, o => Victims(o, CasualtyCategory.Wounded)),
    ];

    /// <summary>
    /// Before a save: writes the figures of every operation being added, and of every stored operation whose casualties
    /// or hideouts the save changes (an analyst's correction). Such an operation must be tracked with both collections
    /// loaded, so its figures are summed from what it holds after the change; a casualty or hideout changed without its
    /// operation would leave the figures behind, so that is refused.
    /// </summary>
    public static void Refresh(ChangeTracker changeTracker)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        var operations = changeTracker.Entries<Operation>().ToList();
        foreach (var entry in operations.Where(e => e.State == EntityState.Added))
        {
            Write(entry);
        }
        var changed = changeTracker.Entries()
            .Where(e => e.Entity is Casualty or Hideout && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity is Casualty c ? c.OperationId : ((Hideout)e.Entity).OperationId)
            .ToHashSet();
        foreach (var operationId in changed)
        {
            var entry = operations.FirstOrDefault(o => o.Entity.Id == operationId && operationId != 0);
            if (entry?.State is EntityState.Added or EntityState.Deleted)
            {
                continue;
            }
            if (entry is null && operationId == 0)
            {
                continue; // a new operation's children before the key is set: written with it above
            }
            if (entry is null || !entry.Collection(o => o.Casualties).IsLoaded || !entry.Collection(o => o.Hideouts).IsLoaded)
            {
                throw new InvalidOperationException(
                    "Casualties and hideouts are changed through their operation, loaded with both (a correction) or " +
                    "stored with it (a report): the operation's summed figures would otherwise go stale.");
            }
            Write(entry);
        }
    }

    private static void Write(EntityEntry<Operation> entry)
    {
        foreach (var (column, compute) in Columns)
        {
            entry.Property<int?>(column).CurrentValue = compute(entry.Entity);
        }
    }

    private static int? Victims(Operation operation, CasualtyCategory category)
    {
        int? total = null;
        foreach (var c in operation.Casualties)
        {
            if (c.Side != CasualtySide.Isis && c.Category == category)
            {
                total = (total ?? 0) + c.Count;
            }
        }
        return total;
    }
}
