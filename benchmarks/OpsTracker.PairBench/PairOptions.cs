using System.Globalization;

namespace OpsTracker.PairBench;

/// <summary>The command line: <c>BASE CHANGE [--order ab|ba] [--warmup N] [--passes N] [--reports DIR] [--copies N] [--clock process|thread]</c>.</summary>
public sealed record PairOptions(
    string BuildA,
    string BuildB,
    bool BFirst,
    int WarmupPasses,
    int MeasuredPasses,
    string? ReportsFolder,
    int? Copies,
    CpuClock Clock)
{
    public const string Usage = """
        usage: OpsTracker.PairBench BASE CHANGE [--order ab|ba] [--warmup N] [--passes N] [--reports DIR] [--copies N] [--clock process|thread]

          BASE, CHANGE    folders holding OpsTracker.Core.dll (dotnet build src/OpsTracker.Core -c Release -o DIR), or the
                          assemblies' paths: build A and build B
          --order ab|ba   which build is loaded first and runs first in each round (default ab); the second-loaded build
                          reads a few % slower whatever it is, so run both orders (docs/benchmarks.md)
          --warmup N      alternated passes of each build before measuring (default 60)
          --passes N      measured passes of each build, alternated (default 30)
          --reports DIR   *.txt reports with optional NAME.json sidecars (default: the repository's seeds/); the batch
                          benchmark's OPSTRACKER_BENCH_REPORTS
          --copies N      how many times the folder is read in a pass (default: as many as make about 1000 reports); the
                          batch benchmark's OPSTRACKER_BENCH_COPIES
          --clock C       process: user+system CPU time of the whole process (default); thread: the measuring thread's

        Exits 1 when the builds write different JSON for a report, 2 on a wrong command line.
        """;

    /// <summary>The options, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static PairOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var builds = new List<string>();
        var bFirst = false;
        var warmup = 60;
        var passes = 30;
        string? reports = null;
        int? copies = null;
        var clock = CpuClock.Process;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                builds.Add(arg);
                continue;
            }
            if (i + 1 >= args.Count)
            {
                error = $"{arg} wants a value";
                return null;
            }
            var value = args[++i];
            switch (arg)
            {
                case "--order" when value is "ab" or "ba":
                    bFirst = value == "ba";
                    break;
                case "--clock" when value is "process" or "thread":
                    clock = value == "thread" ? CpuClock.Thread : CpuClock.Process;
                    break;
                case "--warmup" when Count(value, 0) is { } n:
                    warmup = n;
                    break;
                case "--passes" when Count(value, 1) is { } n:
                    passes = n;
                    break;
                case "--copies" when Count(value, 1) is { } n:
                    copies = n;
                    break;
                case "--reports":
                    reports = value;
                    break;
                default:
                    error = $"{arg} {value}: not an option this tool knows with that value";
                    return null;
            }
        }
        if (builds.Count != 2)
        {
            error = $"two builds wanted (BASE and CHANGE), {builds.Count} given";
            return null;
        }
        return new PairOptions(builds[0], builds[1], bFirst, warmup, passes, reports, copies, clock);
    }

    private static int? Count(string value, int least) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= least ? n : null;
}
