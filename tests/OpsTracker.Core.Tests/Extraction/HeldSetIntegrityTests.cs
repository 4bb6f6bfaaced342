using System.Security.Cryptography;
using System.Text.Json;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The held-back sets (CasesHeld/README.md, CasesPagesHeld/README.md, CasesPagesHeld2/README.md) are frozen: their texts and gold are those
/// hashed before the extractor first ran on them. These tests read their files and their gold but never extract them,
/// so the suite holds no score of them that anyone could tune to.
/// </summary>
public sealed class HeldSetIntegrityTests
{
    /// <summary>Each held set: its folder, how many reports it holds, and how many operation figures its gold counts.</summary>
    public static TheoryData<string, int, int> HeldSets() => new()
    {
        { "CasesHeld", 60, 130 },
        { "CasesPagesHeld", 60, 131 },
        { "CasesPagesHeld2", 60, 124 },
    };

    /// <summary>Each held set's folder and how many reports it holds.</summary>
    public static TheoryData<string, int> HeldSetSizes() => new()
    {
        { "CasesHeld", 60 },
        { "CasesPagesHeld", 60 },
        { "CasesPagesHeld2", 60 },
    };

    private static string Folder(string set) => Path.Combine(RepoPaths.Root, "tests", "OpsTracker.Core.Tests", set);

    [Theory]
    [MemberData(nameof(HeldSetSizes))]
    public void Every_file_is_the_one_hashed_when_the_set_was_frozen(string set, int reports)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder(set), "SHA256SUMS"));
        Assert.Equal(reports + 1, lines.Length);
        foreach (var line in lines)
        {
            var (expected, name) = (line[..64], line[66..]);
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder(set), name))));
            Assert.True(expected == actual, $"{set}/{name} changed since the set was frozen (see {set}/README.md)");
        }
    }

    [Theory]
    [MemberData(nameof(HeldSets))]
    public void The_gold_names_every_text_once_and_each_evidence_is_in_its_text(string set, int reports, int operationFigures)
    {
        var folder = Folder(set);
        var golds = GoldReport.LoadAll(Path.Combine(folder, "gold.json"));
        var texts = Directory.GetFiles(folder, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(reports, golds.Count);
        Assert.Equal(texts, golds.Select(g => g.File).Order(StringComparer.Ordinal).ToList());

        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        var counted = 0;
        foreach (var report in gold.RootElement.GetProperty("reports").EnumerateArray())
        {
            var file = report.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(folder, file));
            foreach (var item in report.GetProperty("operations").EnumerateArray().Concat(report.GetProperty("tallies").EnumerateArray()))
            {
                var evidence = item.GetProperty("evidenceContains").GetString()!;
                Assert.True(text.Contains(evidence, StringComparison.Ordinal), $"{set}/{file}: evidence not in the text");
            }
            foreach (var operation in report.GetProperty("operations").EnumerateArray())
            {
                counted += FigureFields.Count(f => operation.GetProperty(f).ValueKind == JsonValueKind.Number);
            }
        }
        Assert.Equal(operationFigures, counted);
    }

    private static readonly string[] FigureFields = ["killed", "arrested", "wounded", "hideoutsDestroyed"];
}
