using System.Globalization;
using System.Text;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The reports the batch benchmark reads: every *.txt of the folder named by <c>OPSTRACKER_BENCH_REPORTS</c> (default:
/// the repository's seeds/), each with its sidecar's publication date, repeated <c>OPSTRACKER_BENCH_COPIES</c> times
/// (default: as many as make about a thousand reports). Held in memory as bytes, so the disk is not measured.
/// </summary>
public static class BatchCorpus
{
    public const string FolderVariable = "OPSTRACKER_BENCH_REPORTS";
    public const string CopiesVariable = "OPSTRACKER_BENCH_COPIES";
    private const int TargetReports = 1000;

    private static readonly Lazy<IReadOnlyList<BatchReport>> Reports = new(Load);

    public static IReadOnlyList<BatchReport> All => Reports.Value;

    /// <summary>UTF-8 bytes of all the texts one benchmark call reads: the throughput's numerator.</summary>
    public static long Utf8Bytes => All.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));

    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder : SeedCorpus.Folder;

    private static List<BatchReport> Load()
    {
        var files = ReportImporter.FindReports(Folder);
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no *.txt reports in {Folder}");
        }
        var copies = Environment.GetEnvironmentVariable(CopiesVariable) is { Length: > 0 } n
            ? int.Parse(n, CultureInfo.InvariantCulture)
            : Math.Max(1, (int)Math.Round(TargetReports / (double)files.Count));
        var one = files.Select(f => new BatchReport(
            Path.GetFileName(f), File.ReadAllBytes(f), File.ReadAllText(f, Encoding.UTF8), ReportSidecar.Read(f).Published)).ToList();
        return [.. Enumerable.Repeat(one, copies).SelectMany(r => r)];
    }
}

/// <summary>One report as the batch reads it: its file's bytes (decoded in the benchmark) and its sidecar's date.</summary>
public sealed record BatchReport(string FileName, byte[] Bytes, string Text, DateOnly? Published);
