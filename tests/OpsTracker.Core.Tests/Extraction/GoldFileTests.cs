using System.Text;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>Stored records as gold: the development set's shape, read back by the scorer as written.</summary>
public sealed class GoldFileTests
{
    private static Operation Raid(string evidence, params Casualty[] casualties)
    {
        var op = new Operation
        {
            Date = new DateOnly(2024, 3, 1),
            DatePrecision = DatePrecision.Month,
            ProvinceCode = "IQ-KI",
            Place = "وادي الشاي",
            Kind = OperationKind.Raid,
            EvidenceText = evidence,
        };
        op.Casualties.AddRange(casualties);
        return op;
    }

    private static Casualty Hit(CasualtySide side, CasualtyCategory category, int count) => new() { Side = side, Category = category, Count = count };

    [Fact]
    public void An_operations_isis_figures_and_the_people_it_hit_on_other_sides_are_two_gold_operations()
    {
        var op = Raid("قتل ثلاثة إرهابيين واستشهد جنديان ومدني",
            Hit(CasualtySide.Isis, CasualtyCategory.Killed, 3),
            Hit(CasualtySide.Security, CasualtyCategory.Killed, 2),
            Hit(CasualtySide.Civilian, CasualtyCategory.Killed, 1),
            Hit(CasualtySide.Civilian, CasualtyCategory.Wounded, 4));
        op.Hideouts.Add(new Hideout { Count = 2, Outcome = HideoutOutcome.Destroyed, Kind = HideoutKind.Den });
        op.Hideouts.Add(new Hideout { Count = 5, Outcome = HideoutOutcome.Found, Kind = HideoutKind.Den });

        var gold = GoldFile.FromRecords("r.txt", new DateOnly(2024, 3, 9), [op], []);

        Assert.Equal(2, gold.Operations.Count);
        var (isis, victims) = (gold.Operations[0], gold.Operations[1]);
        Assert.Equal((null, 3, 2), (isis.Side, isis.Killed, isis.HideoutsDestroyed));
        Assert.Equal(("security+civilian", 3, 4, (int?)null), (victims.Side, victims.Killed, victims.Wounded, victims.HideoutsDestroyed));
        Assert.All(gold.Operations, o => Assert.Equal(("IQ-KI", "raid", "2024-03", "وادي الشاي"), (o.Province, o.Kind, o.DateKey, o.Place)));
        Assert.Equal(
            ["killed=3", "hideoutsDestroyed=2", "victims.killed=3", "victims.wounded=4"],
            gold.Operations.SelectMany((o, i) => GoldScorer.FiguresOf(o, i, ScoreOptions.Python)).Select(f => $"{f.Field}={f.Value}"));
    }

    [Fact]
    public void An_operation_without_figures_stays_one_and_victims_alone_give_no_empty_isis_operation()
    {
        var figureless = Raid("انطلقت عملية تفتيش");
        var attack = Raid("استشهد شرطي", Hit(CasualtySide.Security, CasualtyCategory.Killed, 1));

        var gold = GoldFile.FromRecords("r.txt", null, [figureless, attack], []);

        Assert.Equal([null, "security"], gold.Operations.Select(o => o.Side));
        Assert.Null(gold.Operations[0].Killed);
        Assert.Equal(1, gold.Operations[1].Killed);
    }

    [Fact]
    public void What_is_written_the_scorer_reads_back_figure_for_figure()
    {
        var op = Raid("اعتقال \"سبعة\" مطلوبين", Hit(CasualtySide.Isis, CasualtyCategory.Arrested, 7));
        var tally = new ReportedTally
        {
            PeriodStart = new DateOnly(2023, 1, 1),
            PeriodEnd = new DateOnly(2023, 12, 31),
            Scope = "IQ",
            ReportedBy = "Joint Operations Command",
            Operations = 120,
            Killed = 95,
            Approximate = true,
            EvidenceText = "حصيلة العام",
        };
        var written = GoldFile.FromRecords("a.txt", new DateOnly(2024, 1, 2), [op], [tally]);

        using var stream = new MemoryStream();
        GoldFile.Write(stream, [written]);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("اعتقال \\\"سبعة\\\" مطلوبين", text, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try
        {
            var read = Assert.Single(GoldReport.LoadAll(path));
            Assert.Equal(("a.txt", new DateOnly(2024, 1, 2)), (read.File, read.Published));
            var o = Assert.Single(read.Operations);
            Assert.Equal((7, "IQ-KI", "2024-03", "raid", "اعتقال \"سبعة\" مطلوبين"), (o.Arrested, o.Province, o.DateKey, o.Kind, o.EvidenceContains));
            var t = Assert.Single(read.Tallies);
            Assert.Equal([("operations", 120), ("killed", 95)], t.Figures());
            Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "IQ", true), (t.PeriodStart, t.PeriodEnd, t.Scope, t.Approximate));

            // Scored against itself as the extractor's output would be: every figure right.
            var predicted = new ExtractionResult();
            var extracted = new ExtractedOperation { Province = "IQ-KI", Kind = OperationKind.Raid, Date = new DateOnly(2024, 3, 1), DatePrecision = DatePrecision.Month, Evidence = new Evidence(0, 1, "x") };
            extracted.Casualties.Add(new ExtractedCasualty(CasualtySide.Isis, CasualtyCategory.Arrested, 7, false, new Evidence(0, 1, "x"), "r", 1));
            predicted.Operations.Add(extracted);
            predicted.Tallies.Add(new ExtractedTally { Operations = 120, Killed = 95, Evidence = new Evidence(0, 1, "x") });
            var score = GoldScorer.Score(read, predicted, ScoreOptions.Python);
            Assert.Equal((1, 0, 0, 2), (score.Hits.Count, score.Misses.Count, score.Extras.Count, score.TallyHits));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
