using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Benchmarks;

/// <summary>
/// What <c>extract FOLDER --jobs 1</c> does for each report, over about a thousand reports in one process pinned to
/// one core: decode the bytes, extract with one shared extractor, write the JSON line. The MB/s column
/// (<see cref="ThroughputColumn"/>) divides the UTF-8 size of all the texts by the mean time of one pass.
/// </summary>
[MemoryDiagnoser]
public class BatchExtractionBenchmarks
{
    private readonly ArabicReportExtractor extractor = new();
    private IReadOnlyList<BatchReport> reports = [];

    [GlobalSetup]
    public void Setup()
    {
        // One core: the garbage collector's threads too, so the figure is what one core of this machine does.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
        reports = BatchCorpus.All;
        Console.WriteLine($"// batch: {reports.Count} reports from {BatchCorpus.Folder}, {BatchCorpus.Utf8Bytes:N0} bytes of UTF-8");
    }

    [Benchmark]
    public long ExtractFolder()
    {
        var written = 0L;
        foreach (var report in reports)
        {
            var text = ReportDecoder.Decode(report.FileName, report.Bytes);
            var result = extractor.Extract(text.Text, report.Published);
            ExtractionJson.WriteLine(result, report.FileName, Stream.Null);
            written += result.Operations.Count + result.Tallies.Count;
        }
        return written;
    }
}
