using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsTracker.Cli.Tests;

/// <summary>
/// `link-labelled seeds tests/OpsTracker.Data.Tests/Linking/Labelled` as docs/extraction.md runs it: the repository's
/// labelled re-tellings of the seeds and hard negatives, through the real importer and linker.
/// </summary>
public sealed partial class LinkLabelledCommandTests
{
    [Fact]
    public async Task The_labelled_groups_are_linked_with_precision_and_tuned_recall_of_at_least_0_9()
    {
        var root = ExtractCommandTests.RepoRoot();
        var (exit, stdout, stderr) = await ExtractCommandTests.RunAsync(
            "link-labelled", Path.Combine(root, "seeds"), Path.Combine(root, "tests", "OpsTracker.Data.Tests", "Linking", "Labelled"));

        Assert.True(exit == 0, stderr + stdout);
        var parts = PartLine().Matches(stdout).ToDictionary(
            m => m.Groups["part"].Value,
            m => (Precision: double.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture), Recall: double.Parse(m.Groups["r"].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(["blind", "held-out", "tune"], parts.Keys.Order(StringComparer.Ordinal));
        // No hard negative (another town the same day, the same valley days later, a bulletin's other operations) is
        // linked, in either part. Recall is held to the bar on the tuned part; the held-out part's misses are the
        // documented limits (a dated re-telling of an undated report, an undated one without a place).
        Assert.True(parts["tune"].Precision >= 0.9, stdout);
        Assert.True(parts["held-out"].Precision >= 0.9, stdout);
        Assert.True(parts["blind"].Precision >= 0.9, stdout);
        Assert.True(parts["tune"].Recall >= 0.9, stdout);
        Assert.DoesNotContain("false link [", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_labelled_parts_score_the_same_in_reverse_and_shuffled_order_as_in_the_default_order()
    {
        var root = ExtractCommandTests.RepoRoot();
        var seeds = Path.Combine(root, "seeds");
        var labelled = Path.Combine(root, "tests", "OpsTracker.Data.Tests", "Linking", "Labelled");
        var (exit, stdout, stderr) = await ExtractCommandTests.RunAsync("link-labelled", seeds, labelled);
        Assert.True(exit == 0, stderr + stdout);
        var expected = Scores(stdout);
        Assert.Equal(4, expected.Count); // three parts and all
        foreach (var order in new[] { "reverse", "shuffled" })
        {
            (exit, var other, stderr) = await ExtractCommandTests.RunAsync("link-labelled", seeds, labelled, "--order", order);
            Assert.True(exit == 0, stderr + other);
            Assert.StartsWith($"order {order}: ", other, StringComparison.Ordinal);
            Assert.Equal(expected, Scores(other));
        }
    }

    [Fact]
    public async Task An_unknown_order_is_refused_with_the_orders_it_takes()
    {
        var root = ExtractCommandTests.RepoRoot();
        var (exit, _, stderr) = await ExtractCommandTests.RunAsync(
            "link-labelled", Path.Combine(root, "seeds"), Path.Combine(root, "tests", "OpsTracker.Data.Tests", "Linking", "Labelled"), "--order", "sideways");
        Assert.NotEqual(0, exit);
        Assert.Contains("sideways", stderr, StringComparison.Ordinal);
        Assert.Contains("blind-last", stderr, StringComparison.Ordinal);
    }

    /// <summary>The part and overall lines (precision, recall and pair counts), in the order printed.</summary>
    private static List<string> Scores(string stdout) =>
        [.. stdout.Split('\n').Where(l => l.StartsWith("part ", StringComparison.Ordinal) || l.StartsWith("all: ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r'))];

    [Fact]
    public async Task A_missing_gold_file_is_a_clear_error()
    {
        var empty = Directory.CreateTempSubdirectory("opstracker-link-labelled-").FullName;
        try
        {
            var (exit, _, stderr) = await ExtractCommandTests.RunAsync("link-labelled", empty, empty);
            Assert.Equal(2, exit);
            Assert.Contains("labelled-groups.json", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [GeneratedRegex(@"^part (?<part>[\w-]+): precision (?<p>[0-9.]+) recall (?<r>[0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex PartLine();
}
