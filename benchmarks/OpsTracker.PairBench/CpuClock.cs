using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpsTracker.PairBench;

/// <summary>
/// CPU time used so far: by the whole process (user and system, every thread: the collector's and the JIT's included,
/// which a pass causes), or by the calling thread alone (the pass's own work). On Linux read with
/// <c>clock_gettime</c>, to the nanosecond; elsewhere the process's <see cref="Process.TotalProcessorTime"/>.
/// </summary>
public sealed partial class CpuClock
{
    private const int ClockProcessCpuTime = 2;
    private const int ClockThreadCpuTime = 3;

    private readonly int clockId;

    private CpuClock(string name, int clockId)
    {
        Name = name;
        this.clockId = clockId;
    }

    public static CpuClock Process { get; } = new("process", ClockProcessCpuTime);

    public static CpuClock Thread { get; } = new("thread", ClockThreadCpuTime);

    public string Name { get; }

    public double NowMilliseconds()
    {
        if (OperatingSystem.IsLinux())
        {
            if (ClockGetTime(clockId, out var now) != 0)
            {
                throw new InvalidOperationException($"clock_gettime({clockId}) failed: errno {Marshal.GetLastPInvokeError()}");
            }
            return now.Seconds * 1000.0 + now.Nanoseconds / 1_000_000.0;
        }
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);
}
