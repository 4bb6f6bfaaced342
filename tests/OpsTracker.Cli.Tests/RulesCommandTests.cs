using System.Text;

namespace OpsTracker.Cli.Tests;

/// <summary>`rules TEXTS_DIR GOLD.json` as a developer runs it, on invented reports and an invented gold file.</summary>
public sealed class RulesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opstracker-rules-").FullName;

    [Fact]
    public async Task Prints_one_line_per_rule_flags_rules_of_one_report_and_the_scorer_summary()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "r1.txt"), "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين وتدمير مضافتين بضربة جوية في وادي الشاي جنوبي كركوك.", Encoding.UTF8);
        await File.WriteAllTextAsync(Path.Combine(_folder, "r2.txt"), "أعلنت خلية الإعلام الأمني مقتل خمسة إرهابيين في قضاء الحويجة غربي كركوك.", Encoding.UTF8);
        var gold = Path.Combine(_folder, "gold.json");
        await File.WriteAllTextAsync(gold, """
            { "reports": [
              { "file": "r1.txt", "published": "2024-03-10", "operations": [ { "province": "IQ-KI", "killed": 3, "hideoutsDestroyed": 2 } ] },
              { "file": "r2.txt", "published": "2024-03-12", "operations": [ { "province": "IQ-KI", "killed": 4 } ] },
              { "file": "missing.txt", "operations": [ { "killed": 1 } ] }
            ] }
            """, Encoding.UTF8);

        var (exit, stdout, stderr) = await ExtractCommandTests.RunAsync("rules", _folder, gold);

        // The missing report is named, scored as predicting nothing, and makes the exit code 1.
        Assert.Equal(1, exit);
        Assert.Contains("missing.txt", stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rule", lines[0], StringComparison.Ordinal);
        // Killed 3 (right) and 5 (wrong, the gold says 4) come from one rule, which fired in both reports.
        var killed = Assert.Single(lines, l => l.Contains("  2        1       0.50        2", StringComparison.Ordinal));
        Assert.DoesNotContain("one report only", killed, StringComparison.Ordinal);
        // The two hideouts fired in r1 only.
        Assert.Contains(lines, l => l.Contains("  1        1       1.00        1  one report only", StringComparison.Ordinal));
        Assert.Equal("figures F1=0.57 tallies F1=1.00 dates=0/0 provinces=2/2", lines[^1]);
    }

    [Fact]
    public async Task Summary_prints_the_totals_alone_and_nothing_that_names_a_report_or_rule()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "r1.txt"), "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين وتدمير مضافتين بضربة جوية في وادي الشاي جنوبي كركوك.", Encoding.UTF8);
        var gold = Path.Combine(_folder, "gold.json");
        await File.WriteAllTextAsync(gold, """
            { "reports": [ { "file": "r1.txt", "published": "2024-03-10", "operations": [ { "province": "IQ-KI", "killed": 3, "hideoutsDestroyed": 1 } ] } ] }
            """, Encoding.UTF8);

        var (exit, stdout, stderr) = await ExtractCommandTests.RunAsync("rules", _folder, gold, "--summary");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("operation figures: P=0.50 R=0.50 F1=0.50 (1 right of 2 given, 2 in gold)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("tally figures:", lines[1], StringComparison.Ordinal);
        Assert.Equal("figures F1=0.50 tallies F1=1.00 dates=0/0 provinces=1/1", lines[2]);
        Assert.DoesNotContain("r1", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("trigger", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
