using BenchmarkDotNet.Attributes;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Benchmarks;

/// <summary>
/// Extraction throughput on the five seed reports, one at a time and all five in one call. The MB/s column
/// (<see cref="ThroughputColumn"/>) divides the UTF-8 size of the text(s) by the mean time of a call.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArabicReportExtractor extractor = new();
    private IReadOnlyList<string> texts = [];

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = SeedCorpus.All;

    public static IEnumerable<string> Seeds => SeedCorpus.Names;

    [GlobalSetup]
    public void Setup() => texts = SeedCorpus.TextsOf(Seed);

    [Benchmark]
    public int Extract()
    {
        // The count of what was found keeps the work observable; a publication date is not given (as for four seeds).
        var found = 0;
        foreach (var text in texts)
        {
            var result = extractor.Extract(text, null);
            found += result.Operations.Count + result.Tallies.Count;
        }
        return found;
    }
}
