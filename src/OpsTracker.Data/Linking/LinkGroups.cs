namespace OpsTracker.Data.Linking;

/// <summary>
/// What a new report's operations may join while the linker decides: a stored event, or a stored operation that stands
/// alone (it becomes an event with the first operation that joins it). A new operation that links to two groups
/// bridges them: the second is merged into the first (<see cref="MergedInto"/>) when nothing vetoes it.
/// </summary>
internal sealed class LinkGroup(int? eventId, int? loneOperationId, HashSet<int> reports, HashSet<string> keys)
{
    public int? EventId { get; set; } = eventId;
    public int? LoneOperationId { get; } = loneOperationId;
    /// <summary>The reports of every operation the group holds now (its own, the new ones, the merged groups').</summary>
    public HashSet<int> Reports { get; } = reports;
    /// <summary>The review keys of every operation the group holds now (for the analysts' splits).</summary>
    public HashSet<string> Keys { get; } = keys;
    /// <summary>The operation ids the group held before the new report (for the audit trail).</summary>
    public IReadOnlyList<int> StoredOperations { get; init; } = [];
    /// <summary>The group this one was merged into by a bridging operation; null while it stands.</summary>
    public LinkGroup? MergedInto { get; private set; }
    /// <summary>The groups merged into this one, each with the operation that bridged them and its score with the group.</summary>
    public List<LinkBridge> Bridges { get; } = [];

    /// <summary>The group this one is part of now (itself, or the one it was merged into).</summary>
    public LinkGroup Root => MergedInto?.Root ?? this;

    /// <summary>This group and every group merged into it.</summary>
    public IEnumerable<LinkGroup> Constituents() => Bridges.SelectMany(b => b.Absorbed.Constituents()).Prepend(this);

    /// <summary>
    /// Whether the two groups may become one: never two operations of one report (a bulletin's operations are
    /// different events, over the whole merged event, not only the bridging pair), never across an analyst's split.
    /// </summary>
    public bool MayMerge(LinkGroup other, ILookup<string, string> apart) =>
        !Reports.Overlaps(other.Reports) && !Keys.Any(k => other.Keys.Overlaps(apart[k]));

    /// <summary>Merges <paramref name="other"/> into this group: the bridge is kept for the audit trail.</summary>
    public void Absorb(LinkGroup other, int bridgingOperationId, string bridgingKey, double scoreWithThis, double scoreWithOther)
    {
        Reports.UnionWith(other.Reports);
        Keys.UnionWith(other.Keys);
        other.MergedInto = this;
        Bridges.Add(new LinkBridge(other, bridgingOperationId, bridgingKey, scoreWithThis, scoreWithOther));
    }
}

/// <summary>
/// A merge of two groups by a new operation that links to both: the group merged in, the operation, and its scores with
/// the group it joined and with the one merged in (infinite for an analyst's merge decision).
/// </summary>
internal sealed record LinkBridge(LinkGroup Absorbed, int OperationId, string OperationKey, double ScoreWithKept, double ScoreWithAbsorbed);
