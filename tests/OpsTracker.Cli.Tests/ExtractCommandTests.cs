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

    [Fact]
    public async Task Trace_shows_each_pass_that_changed_the_operations_and_leaves_the_output_as_it_was()
    {
        var file = Path.Combine(_folder, "traced.txt");
        // A lead that counts what the body tells again: the repetition pass removes one of the two drafts.
        await File.WriteAllTextAsync(file, "مقتل ثلاثة إرهابيين في كركوك\nأعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي جنوبي كركوك.", Encoding.UTF8);

        var (plainExit, plain, _) = await RunAsync("extract", file, "--published", "2024-03-10");
        var (exit, stdout, stderr) = await RunAsync("extract", file, "--published", "2024-03-10", "--trace");

        Assert.Equal(0, plainExit);
        Assert.Equal(0, exit);
        Assert.Equal(plain, stdout);
        var stages = stderr.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("== SentenceReader: 2 draft(s)", stages[0], StringComparison.Ordinal);
        Assert.EndsWith(": 1 draft(s)", stages[^1], StringComparison.Ordinal);
        Assert.Contains("Isis.Killed=3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_is_refused_for_a_folder()
    {
        var folder = await WriteReportsAsync("traced-batch");
        var (exit, stdout, stderr) = await RunAsync("extract", folder, "--trace");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("--trace", stderr, StringComparison.Ordinal);
    }

    // ---- batch mode ---------------------------------------------------------------------------------------------

    /// <summary>Invented reports, one operation each; names chosen so that ordinal order differs from creation order.</summary>
    private static readonly (string Name, string Text)[] Reports =
    [
        ("b-kirkuk.txt", "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين وتدمير مضافتين بضربة جوية في وادي الشاي جنوبي كركوك."),
        ("a-anbar.txt", "تمكنت قوة من الجيش من اعتقال خمسة إرهابيين في قضاء القائم بمحافظة الأنبار."),
        ("C-diyala.txt", "قتل إرهابيان اثنان في اشتباك مع قوات الحشد الشعبي في حوض حمرين بمحافظة ديالى أمس."),
        ("d-nineveh.txt", "ألقت قوات الأمن القبض على إرهابي في الموصل بمحافظة نينوى."),
    ];

    private async Task<string> WriteReportsAsync(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        foreach (var (file, text) in Reports)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file), text, Encoding.UTF8);
        }
        return folder;
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Help_mentions_jobs()
    {
        var (exit, stdout, _) = await RunAsync("extract", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--jobs", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_gives_one_json_line_per_report_in_ordinal_file_name_order()
    {
        var folder = await WriteReportsAsync("folder");

        var (exit, stdout, stderr) = await RunAsync("extract", folder);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        var lines = Lines(stdout);
        Assert.Equal(["C-diyala.txt", "a-anbar.txt", "b-kirkuk.txt", "d-nineveh.txt"], lines.Select(l => l.GetProperty("file").GetString()));
        // Each line is the contract's object: the one-file output plus "file".
        var single = await RunAsync("extract", Path.Combine(folder, "b-kirkuk.txt"));
        using var one = JsonDocument.Parse(single.Stdout);
        Assert.Equal(
            one.RootElement.EnumerateObject().Select(p => (p.Name, JsonSerializer.Serialize(p.Value))),
            lines[2].EnumerateObject().Where(p => p.Name != "file").Select(p => (p.Name, JsonSerializer.Serialize(p.Value))));
        Assert.Equal(3, lines[2].GetProperty("operations")[0].GetProperty("killed").GetInt32());
        Assert.Equal(5, lines[1].GetProperty("operations")[0].GetProperty("arrested").GetInt32());
    }

    [Fact]
    public async Task Several_files_are_read_in_ordinal_file_name_order()
    {
        var folder = await WriteReportsAsync("files");

        var (exit, stdout, _) = await RunAsync("extract", Path.Combine(folder, "d-nineveh.txt"), Path.Combine(folder, "a-anbar.txt"));

        Assert.Equal(0, exit);
        Assert.Equal(["a-anbar.txt", "d-nineveh.txt"], Lines(stdout).Select(l => l.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Four_jobs_print_the_same_bytes_as_one()
    {
        // The repository's seeds (with their sidecars) and the invented reports, several times over, so that reports
        // of different lengths finish out of order.
        var folder = await WriteReportsAsync("jobs");
        var seeds = Path.Combine(RepoRoot(), "seeds");
        for (var copy = 0; copy < 3; copy++)
        {
            foreach (var file in Directory.GetFiles(seeds))
            {
                File.Copy(file, Path.Combine(folder, $"{copy}-{Path.GetFileName(file)}"));
            }
        }

        var one = await RunAsync("extract", folder, "--jobs", "1");
        var four = await RunAsync("extract", folder, "--jobs", "4");

        Assert.Equal(0, one.Exit);
        Assert.Equal(0, four.Exit);
        Assert.Equal(19, Lines(one.Stdout).Count);
        Assert.Equal(one.Stdout, four.Stdout);
    }

    [Fact]
    public async Task A_bad_file_is_named_on_standard_error_the_rest_are_printed_and_the_exit_code_is_1()
    {
        var folder = await WriteReportsAsync("bad");
        await File.WriteAllBytesAsync(Path.Combine(folder, "b-broken.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x9C, 0x00, 0x00, 0x41]);

        var (exit, stdout, stderr) = await RunAsync("extract", folder, "--jobs", "3");

        Assert.Equal(1, exit);
        Assert.Equal(["C-diyala.txt", "a-anbar.txt", "b-kirkuk.txt", "d-nineveh.txt"], Lines(stdout).Select(l => l.GetProperty("file").GetString()));
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("b-broken.txt", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sidecar_gives_the_publication_date()
    {
        var folder = await WriteReportsAsync("sidecar");
        await File.WriteAllTextAsync(Path.Combine(folder, "C-diyala.json"), """{"outlet": "Invented", "published": "2024-05-02"}""");

        var (exit, stdout, _) = await RunAsync("extract", folder);

        Assert.Equal(0, exit);
        var lines = Lines(stdout);
        var diyala = lines.Single(l => l.GetProperty("file").GetString() == "C-diyala.txt");
        Assert.Equal("2024-05-02", diyala.GetProperty("published").GetString());
        // "أمس": the day before publication.
        Assert.Equal("2024-05-01", diyala.GetProperty("operations")[0].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, lines.Single(l => l.GetProperty("file").GetString() == "a-anbar.txt").GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task Published_is_refused_with_several_files()
    {
        var folder = await WriteReportsAsync("published");

        var (exit, stdout, stderr) = await RunAsync("extract", folder, "--published", "2024-05-02");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("--published", stderr, StringComparison.Ordinal);
        Assert.Contains("sidecar", stderr, StringComparison.Ordinal);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsTracker.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"no OpsTracker.sln above {AppContext.BaseDirectory}");
    }

    internal static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
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
