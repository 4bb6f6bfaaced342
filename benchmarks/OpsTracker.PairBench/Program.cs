using OpsTracker.Benchmarks;
using OpsTracker.PairBench;

// The in-process pair (docs/benchmarks.md, "How to measure a change"): two builds of the extractor in one process, their
// passes over the same reports alternated, CPU time a pass. Run pinned to one core, in both orders:
//   DOTNET_TC_CallCountingDelayMs=0 taskset -c 1 dotnet benchmarks/OpsTracker.PairBench/bin/Release/net10.0/OpsTracker.PairBench.dll BASE CHANGE --order ab
var options = PairOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(PairOptions.Usage);
    return 2;
}

// The batch benchmark's folder reading takes its folder and copies from these variables.
if (options.ReportsFolder is not null)
{
    Environment.SetEnvironmentVariable(BatchCorpus.FolderVariable, Path.GetFullPath(options.ReportsFolder));
}
if (options.Copies is { } copies)
{
    Environment.SetEnvironmentVariable(BatchCorpus.CopiesVariable, copies.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
var reports = BatchCorpus.All;
Console.WriteLine($"pair: {reports.Count} reports from {BatchCorpus.Folder}, {BatchCorpus.Utf8Bytes:N0} bytes of UTF-8");
Console.WriteLine($"load average at start: {LoadAverage()}");

// Load order is run order: the build loaded second also runs second in each round.
ExtractorBuild first, second;
if (options.BFirst)
{
    first = ExtractorBuild.Load("B", options.BuildB);
    second = ExtractorBuild.Load("A", options.BuildA);
}
else
{
    first = ExtractorBuild.Load("A", options.BuildA);
    second = ExtractorBuild.Load("B", options.BuildB);
}
var a = options.BFirst ? second : first;
var b = options.BFirst ? first : second;
Console.WriteLine($"A {a.CorePath}");
Console.WriteLine($"B {b.CorePath}");
Console.WriteLine($"order {(options.BFirst ? "ba" : "ab")}: {first.Label} loaded and run first; clock {options.Clock.Name}; {options.WarmupPasses} warm-up and {options.MeasuredPasses} measured passes of each");

if (OutputComparison.FirstDifference(first, second, reports) is { } differing)
{
    Console.WriteLine($"DIFFERENT JSON: A and B disagree on {differing}; no timing taken");
    return 1;
}
Console.WriteLine($"JSON identical for all {reports.Count} reports");

for (var i = 0; i < options.WarmupPasses; i++)
{
    first.ReadAll(reports);
    second.ReadAll(reports);
}

var clock = options.Clock;
var firstMs = new double[options.MeasuredPasses];
var secondMs = new double[options.MeasuredPasses];
for (var i = 0; i < options.MeasuredPasses; i++)
{
    var start = clock.NowMilliseconds();
    first.ReadAll(reports);
    var middle = clock.NowMilliseconds();
    second.ReadAll(reports);
    var end = clock.NowMilliseconds();
    firstMs[i] = middle - start;
    secondMs[i] = end - middle;
}

var aMs = options.BFirst ? secondMs : firstMs;
var bMs = options.BFirst ? firstMs : secondMs;
var aMedian = Median(aMs);
var bMedian = Median(bMs);
Console.WriteLine($"A: median {aMedian:F1} ms CPU a pass ({aMs.Min():F1}-{aMs.Max():F1})");
Console.WriteLine($"B: median {bMedian:F1} ms CPU a pass ({bMs.Min():F1}-{bMs.Max():F1})");
// The round's own ratio as well: a slow stretch of the machine that spans both passes of a round cancels in it.
var roundRatios = new double[options.MeasuredPasses];
for (var i = 0; i < roundRatios.Length; i++)
{
    roundRatios[i] = bMs[i] / aMs[i];
}
Console.WriteLine($"B/A {bMedian / aMedian:F3} (order {(options.BFirst ? "ba: A second" : "ab: B second")}); median of the rounds' B/A {Median(roundRatios):F3}");
Console.WriteLine($"load average at end: {LoadAverage()}");
return 0;

static double Median(double[] values)
{
    var sorted = (double[])values.Clone();
    Array.Sort(sorted);
    var middle = sorted.Length / 2;
    return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "(not known here)";
