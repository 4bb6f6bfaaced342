using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace OpsTracker.Cli.Tests;

/// <summary>The `extract` verb as scripts call it: a real process, JSON on standard output, errors on standard error.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opstracker-extract-").FullName;

    [Fact]
    public async Task Prints_the_contract_for_a_report()
    {
        var file = Path.Combine(_folder, "report.txt");
        await File.WriteAllTextAsync(file, "أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل ثلاثة إرهابيين وتدمير مضافتين بضربة جوية في وادي الشاي جنوبي كركوك.", Encoding.UTF8);

        var (exit, stdout, stderr) = await RunAsync("extract", file, "--published", "2024-03-10");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2024-03-10", root.GetProperty("published").GetString());
        var op = Assert.Single(root.GetProperty("operations").EnumerateArray());
        Assert.Equal("2024-03-10", op.GetProperty("date").GetString());
        Assert.Equal("day", op.GetProperty("datePrecision").GetString());
        Assert.Equal("IQ-KI", op.GetProperty("province").GetString());
        Assert.Equal("airstrike", op.GetProperty("kind").GetString());
        Assert.Equal(3, op.GetProperty("killed").GetInt32());
        Assert.Equal(2, op.GetProperty("hideoutsDestroyed").GetInt32());
        Assert.Equal(JsonValueKind.Null, op.GetProperty("arrested").ValueKind);
        var casualty = Assert.Single(op.GetProperty("casualties").EnumerateArray());
        Assert.Equal("isis", casualty.GetProperty("side").GetString());
        var evidence = casualty.GetProperty("evidence");
        var text = await File.ReadAllTextAsync(file, Encoding.UTF8);
        Assert.Equal(text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()], evidence.GetProperty("text").GetString());
        Assert.Empty(root.GetProperty("tallies").EnumerateArray());
    }

    [Fact]
    public async Task An_unreadable_file_is_one_line_on_standard_error_and_a_non_zero_exit()
    {
        var file = Path.Combine(_folder, "empty.txt");
        await File.WriteAllBytesAsync(file, []);

        var (exit, stdout, stderr) = await RunAsync("extract", file);

        Assert.NotEqual(0, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("empty.txt", line, StringComparison.Ordinal);
        Assert.Contains("empty", line[(line.IndexOf("empty.txt", StringComparison.Ordinal) + 9)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_publication_date_is_refused()
    {
        var file = Path.Combine(_folder, "r.txt");
        await File.WriteAllTextAsync(file, "قتل 3 إرهابيين في كركوك.", Encoding.UTF8);
        var (exit, _, stderr) = await RunAsync("extract", file, "--published", "12/04/2021");
        Assert.NotEqual(0, exit);
        Assert.Contains("--published", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OpsTracker.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
