using System.Collections.Concurrent;
using System.Text;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// One extractor serves every caller (the web app's singleton, <c>extract --jobs N</c>): reading reports on several
/// threads at once must give, for each report, exactly what reading it alone gives.
/// </summary>
public class ConcurrentExtractionTests
{
    private const int Threads = 4;
    private const int Rounds = 3;

    /// <summary>The golden cases, the held-out cases and the seeds, each with the publication date its gold gives.</summary>
    private static List<(string Name, string Text, DateOnly? Published)> Reports()
    {
        var reports = new List<(string, string, DateOnly?)>();
        foreach (var set in new[] { "Cases", "CasesWrittenApart" })
        {
            foreach (var gold in GoldReport.LoadAll(RepoPaths.Output(set, "gold.json")))
            {
                var text = File.ReadAllText(RepoPaths.Output(set, gold.File), Encoding.UTF8);
                reports.Add(($"{set}/{gold.File}", text, gold.Published));
                // The same text without its date: the dateline and inferred-year paths run too.
                reports.Add(($"{set}/{gold.File} undated", text, null));
            }
        }
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            reports.Add(($"seeds/{Path.GetFileName(file)}", File.ReadAllText(file, Encoding.UTF8), null));
        }
        return reports;
    }

    [Fact]
    public void One_extractor_on_four_threads_gives_what_it_gives_on_one()
    {
        var reports = Reports();
        Assert.True(reports.Count > 150, $"only {reports.Count} reports found");

        var alone = new ArabicReportExtractor();
        var expected = reports.Select(r => ExtractionJson.Write(alone.Extract(r.Text, r.Published))).ToArray();

        // A fresh shared instance, so that nothing it may cache was filled by the single-threaded pass. Every thread
        // reads every report, each in its own shuffled order, so that different reports overlap in time.
        var shared = new ArabicReportExtractor();
        var mismatches = new ConcurrentBag<string>();
        var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var order = Enumerable.Range(0, reports.Count).ToArray();
            new Random(t).Shuffle(order);
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var i in order)
                {
                    var json = ExtractionJson.Write(shared.Extract(reports[i].Text, reports[i].Published));
                    if (json != expected[i])
                    {
                        mismatches.Add($"thread {t}, round {round}: {reports[i].Name}");
                    }
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.True(mismatches.IsEmpty, "different output under concurrency:\n" + string.Join("\n", mismatches.Order(StringComparer.Ordinal)));
    }
}
