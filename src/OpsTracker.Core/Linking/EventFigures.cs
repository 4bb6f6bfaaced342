namespace OpsTracker.Core.Linking;

/// <summary>One report's operation in an event, as the choice of the event's figures sees it.</summary>
public sealed record EventMember(int OperationId, int ReportId, DateOnly? Published, EventFigureSet Figures, bool ChosenByAnalyst = false, bool Rejected = false);

/// <summary>
/// Which source gives an event its figures (its "primary" operation, the one counted): the one an analyst chose; else
/// one with the figures most sources give; else, among equally frequent figures, the latest report's (latest
/// publication date, then the last loaded). A rejected operation is primary only when every member is rejected.
/// </summary>
public static class EventFigures
{
    public static EventMember ChoosePrimary(IReadOnlyList<EventMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("An event has at least one member.", nameof(members));
        }
        var pool = members.Any(m => !m.Rejected) ? members.Where(m => !m.Rejected).ToList() : [.. members];
        if (pool.FirstOrDefault(m => m.ChosenByAnalyst) is { } chosen)
        {
            return chosen;
        }
        return pool
            .GroupBy(m => m.Figures)
            .Select(g => (Count: g.Count(), Latest: Latest(g)))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Latest.Published ?? DateOnly.MinValue)
            .ThenByDescending(g => g.Latest.ReportId)
            .First().Latest;
    }

    /// <summary>The sources do not all give the same figures.</summary>
    public static bool Disagree(IEnumerable<EventMember> members) =>
        members.Select(m => m.Figures).Where(f => !f.IsEmpty).Distinct().Skip(1).Any();

    private static EventMember Latest(IEnumerable<EventMember> members) =>
        members.OrderByDescending(m => m.Published ?? DateOnly.MinValue).ThenByDescending(m => m.ReportId).ThenByDescending(m => m.OperationId).First();
}
