using System.Diagnostics;

namespace OpsTracker.Core.Tests;

/// <summary>
/// How the cost of some work grows with its input, measured so that a busy shared machine cannot fail a test: the
/// two sizes run in alternating batches, the fastest of five batches is kept (other work only ever adds time), and
/// with processor time only this process's own work counts. Tests assert the ratio, never a duration.
/// </summary>
internal static class Growth
{
    /// <summary>Seconds per run of each action, each the fastest of five batches long enough to be measured.</summary>
    public static (double Small, double Large) SecondsPerRun(Action small, Action large, bool processorTime = true)
    {
        // Processor time is counted in 10 ms ticks on Linux, so its batches last at least 250 ms.
        var minimum = TimeSpan.FromMilliseconds(processorTime ? 250 : 50);
        double Batch(Action work)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var runs = 0;
            do
            {
                work();
                runs++;
            }
            while (sw.Elapsed < minimum);
            var spent = processorTime ? (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds : sw.Elapsed.TotalSeconds;
            return spent / runs;
        }
        double fastestSmall = double.MaxValue, fastestLarge = double.MaxValue;
        for (var b = 0; b < 5; b++)
        {
            fastestSmall = Math.Min(fastestSmall, Batch(small));
            fastestLarge = Math.Min(fastestLarge, Batch(large));
        }
        return (fastestSmall, fastestLarge);
    }
}
