using System.Security.Cryptography;
using System.Text.Json;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The held-back set (CasesHeld/README.md) is frozen: its texts and gold are those hashed before the extractor first
/// ran on them. These tests read its files and its gold but never extract it, so the suite holds no score of it that
/// anyone could tune to.
/// </summary>
public sealed class CasesHeldIntegrityTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "OpsTracker.Core.Tests", "CasesHeld");

    [Fact]
    public void Every_file_is_the_one_hashed_when_the_set_was_frozen()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "SHA256SUMS"));
        Assert.Equal(61, lines.Length);
        foreach (var line in lines)
        {
            var (expected, name) = (line[..64], line[66..]);
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, name))));
            Assert.True(expected == actual, $"CasesHeld/{name} changed since the set was frozen (see CasesHeld/README.md)");
        }
    }

    [Fact]
    public void The_gold_names_every_text_once_and_each_evidence_is_in_its_text()
    {
        var golds = GoldReport.LoadAll(Path.Combine(Folder, "gold.json"));
        var texts = Directory.GetFiles(Folder, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(60, golds.Count);
        Assert.Equal(texts, golds.Select(g => g.File).Order(StringComparer.Ordinal).ToList());

        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "gold.json")));
        var operationFigures = 0;
        foreach (var report in gold.RootElement.GetProperty("reports").EnumerateArray())
        {
            var file = report.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(Folder, file));
            foreach (var item in report.GetProperty("operations").EnumerateArray().Concat(report.GetProperty("tallies").EnumerateArray()))
            {
                var evidence = item.GetProperty("evidenceContains").GetString()!;
                Assert.True(text.Contains(evidence, StringComparison.Ordinal), $"{file}: evidence not in the text");
            }
            foreach (var operation in report.GetProperty("operations").EnumerateArray())
            {
                operationFigures += FigureFields.Count(f => operation.GetProperty(f).ValueKind == JsonValueKind.Number);
            }
        }
        Assert.Equal(130, operationFigures);
    }

    private static readonly string[] FigureFields = ["killed", "arrested", "wounded", "hideoutsDestroyed"];
}
