using System.Globalization;
using System.Text;
using OpsTracker.Core.Extraction;
using Xunit.Abstractions;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>Timing tests run alone: the other test classes, run in parallel, would take the cores they measure.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

/// <summary>
/// Long reports: a pass that is quadratic in the number of sentences, mentions or operations hides in short texts,
/// where the linear work dominates, and shows at half a megabyte. Before the passes over every sentence's mentions
/// were made linear, a 4.3 MB report took 257 s and 8x the text took about 21x the time at this size.
/// </summary>
[Collection(nameof(TimingCollection))]
public class ExtractionGrowthTests(ITestOutputHelper output)
{
    private const int Factor = 8;

    /// <summary>Generous for a shared 2-core machine and a garbage collector that works harder on bigger heaps; quadratic work would take 64x.</summary>
    private const double MaxRatio = 12.0;

    /// <summary>The five seeds, one after the other, <paramref name="copies"/> times: whole copies, so 8x the text is 8x the same mix of sentences.</summary>
    private static string SeedsRepeated(int copies)
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f, Encoding.UTF8) + "\n\n");
        return string.Concat(Enumerable.Repeat(string.Concat(seeds), copies));
    }

    [Fact]
    public void Eight_times_the_text_takes_at_most_twelve_times_the_time()
    {
        var small = SeedsRepeated(4);
        var large = SeedsRepeated(4 * Factor);
        var extractor = new ArabicReportExtractor();
        for (var i = 0; i < 2; i++) // warm-up: JIT, tiering, caches
        {
            extractor.Extract(small, null);
            extractor.Extract(large, null);
        }

        double ratio = 0;
        for (var attempt = 1; attempt <= 3; attempt++) // retry: the machine is shared
        {
            // Processor time: this collection runs alone in the test process, so the process's processor time is
            // the extraction's, whatever other processes do with the two cores.
            var (ts, tl) = ExtractorPropertyTests.SecondsPerExtraction(small, large, processorTime: true);
            ratio = tl / Math.Max(ts, 1e-9);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"attempt {attempt}: {Encoding.UTF8.GetByteCount(small) / 1e6:0.00} MB {ts * 1e3:0.0} ms, {Encoding.UTF8.GetByteCount(large) / 1e6:0.00} MB {tl * 1e3:0.0} ms, ratio {ratio:0.0} (limit {MaxRatio})"));
            if (ratio <= MaxRatio)
            {
                return;
            }
        }
        Assert.Fail(string.Create(CultureInfo.InvariantCulture,
            $"extracting {Factor}x the text took {ratio:0.0}x the time (limit {MaxRatio}x): the extractor is not linear"));
    }
}
