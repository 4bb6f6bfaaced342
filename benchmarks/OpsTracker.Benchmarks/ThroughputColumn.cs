using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OpsTracker.Benchmarks;

/// <summary>MB/s: the UTF-8 bytes of the benchmark's text(s) (10^6 bytes a MB) over the mean time of one call.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Throughput: UTF-8 megabytes (10^6 bytes) of report text extracted per second, from the mean";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean; // nanoseconds
        long bytes;
        if (mean is not > 0)
        {
            return "-";
        }
        if (benchmarkCase.Descriptor.Type == typeof(BatchExtractionBenchmarks))
        {
            bytes = BatchCorpus.Utf8Bytes;
        }
        else if (benchmarkCase.Parameters[nameof(ExtractionBenchmarks.Seed)] is string seed)
        {
            bytes = SeedCorpus.Utf8Bytes(seed);
        }
        else
        {
            return "-";
        }
        return (bytes / (mean.Value * 1e-9) / 1e6).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
