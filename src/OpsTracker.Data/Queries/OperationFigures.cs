using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Queries;

/// <summary>
/// An operation's figures summed once, when it is stored, into columns of its own row (shadow properties): ISIS killed,
/// arrested and wounded, hideouts destroyed, and victims (every other side) killed and wounded; null when the report
/// gives none. They are the sums of the operation's casualty and hideout rows, which are written with the operation
/// and never change apart from it (a report is replaced whole), so they cannot go stale. The tallies
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
    /// Before a save: writes the figures of every operation being added. A casualty or hideout added, changed or removed
    /// apart from a new operation would leave its operation's figures behind, so that is refused.
    /// </summary>
    public static void Refresh(ChangeTracker changeTracker)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);
        foreach (var entry in changeTracker.Entries<Operation>())
        {
            if (entry.State == EntityState.Added)
            {
                foreach (var (column, compute) in Columns)
                {
                    entry.Property<int?>(column).CurrentValue = compute(entry.Entity);
                }
            }
        }
        foreach (var entry in changeTracker.Entries().Where(e => e.Entity is Casualty or Hideout))
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var operationId = entry.Entity is Casualty c ? c.OperationId : ((Hideout)entry.Entity).OperationId;
                var operation = entry.Entity is Casualty cc ? cc.Operation : ((Hideout)entry.Entity).Operation;
                var operationAdded = operation is not null
                    ? changeTracker.Context.Entry(operation).State == EntityState.Added
                    : changeTracker.Entries<Operation>().Any(o => o.State == EntityState.Added && o.Entity.Id == operationId);
                var operationDeleted = operation is not null && changeTracker.Context.Entry(operation).State == EntityState.Deleted;
                if (!operationAdded && !(entry.State == EntityState.Deleted && operationDeleted))
                {
                    throw new InvalidOperationException(
                        "Casualties and hideouts are written with their operation (a report is stored or replaced whole): " +
                        "the operation's summed figures would otherwise go stale.");
                }
            }
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
