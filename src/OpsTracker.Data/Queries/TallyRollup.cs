using OpsTracker.Core.Domain;
using OpsTracker.Data.Review;

namespace OpsTracker.Data.Queries;

/// <summary>
/// One line of the tallies rollup (table <c>OperationTallies</c>): the operations of one year, province, kind and review
/// state, counted, and their figures summed (<see cref="OperationFigures"/>). Database triggers on <c>Operations</c>
/// keep it in step with every insert, delete and update in the same transaction (an import, a correction, a review),
/// so it is never stale; <see cref="TallyQuery"/> reads it when the filter asks only for provinces, kinds, a review
/// state and whole years, and aggregates the operations themselves otherwise
/// (docs/decisions/0006-scale-indexes-search-and-exports.md).
/// </summary>
public sealed class TallyRollupRow
{
    /// <summary>The year of the operations' date; <see cref="Undated"/> for operations without a date.</summary>
    public int Year { get; set; }

    /// <summary>The province code; <see cref="NoProvince"/> for operations without a province.</summary>
    public string ProvinceCode { get; set; } = NoProvince;

    public OperationKind Kind { get; set; }
    public ReviewState ReviewState { get; set; }
    public int Operations { get; set; }
    public int Killed { get; set; }
    public int Arrested { get; set; }
    public int Wounded { get; set; }
    public int HideoutsDestroyed { get; set; }

    public const int Undated = 0;
    public const string NoProvince = "";
}
