using System.Diagnostics;

namespace OpsTracker.Data.Linking;

/// <summary>The stages of linking one report, as link-bench times them.</summary>
public enum LinkingStage
{
    /// <summary>The report's own operations, the analysts' decisions about them, the events of the linked candidates.</summary>
    Read,
    /// <summary>The candidate queries (LinkingCandidates), one per operation.</summary>
    Candidates,
    /// <summary>EventScorer on every candidate, in memory.</summary>
    Scoring,
    /// <summary>New events and their members written.</summary>
    Write,
    /// <summary>Each touched event's primary and counts (EventPrimaries).</summary>
    Primaries,
    /// <summary>The official tallies linked and their primaries.</summary>
    Tallies,
}

/// <summary>
/// Time spent per <see cref="LinkingStage"/> over one or more linked reports, for link-bench; one instance per
/// measurement, passed to <see cref="EventLinker.LinkReportAsync"/> (the importer passes none). Not thread-safe.
/// </summary>
public sealed class LinkingStageTimes
{
    private readonly double[] _milliseconds = new double[Enum.GetValues<LinkingStage>().Length];

    /// <summary>How many candidate rows the candidate queries returned.</summary>
    public long CandidateRows { get; private set; }

    /// <summary>How many candidate statements were run (one per operation that has candidate parts).</summary>
    public int CandidateStatements { get; private set; }

    public double this[LinkingStage stage] => _milliseconds[(int)stage];

    /// <summary>Adds the time since <paramref name="clock"/> last started to <paramref name="stage"/>, and restarts it.</summary>
    public void Add(LinkingStage stage, Stopwatch clock, int candidateRows = 0)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _milliseconds[(int)stage] += clock.Elapsed.TotalMilliseconds;
        CandidateRows += candidateRows;
        CandidateStatements += stage == LinkingStage.Candidates ? 1 : 0;
        clock.Restart();
    }
}
