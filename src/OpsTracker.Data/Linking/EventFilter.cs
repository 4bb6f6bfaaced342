using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;

namespace OpsTracker.Data.Linking;

/// <summary>The one predicate that makes every reader count an event once: the operation is its event's primary.</summary>
public static class EventFilter
{
    /// <summary>True for an operation told by one report only, and for the source an event is counted by.</summary>
    public static Expression<Func<Operation, bool>> IsCounted { get; } = o => !EF.Property<bool>(o, EventColumns.Secondary);

    /// <summary>The same for official tallies: one announcement quoted by several reports is listed once.</summary>
    public static Expression<Func<ReportedTally, bool>> IsCountedTally { get; } = t => !EF.Property<bool>(t, EventColumns.Secondary);
}
