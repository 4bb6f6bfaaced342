using OpsTracker.Benchmarks;

namespace OpsTracker.PairBench;

/// <summary>Whether two builds write the same JSON line, byte for byte, for every report: a pair is timed only then.</summary>
public static class OutputComparison
{
    /// <summary>The file name of the first report the builds write differently, or null when none.</summary>
    public static string? FirstDifference(ExtractorBuild first, ExtractorBuild second, IReadOnlyList<BatchReport> reports)
    {
        using var one = new MemoryStream();
        using var other = new MemoryStream();
        foreach (var report in reports)
        {
            one.SetLength(0);
            other.SetLength(0);
            first.ReadReport(report, one);
            second.ReadReport(report, other);
            if (!one.GetBuffer().AsSpan(0, (int)one.Length).SequenceEqual(other.GetBuffer().AsSpan(0, (int)other.Length)))
            {
                return report.FileName;
            }
        }
        return null;
    }
}
