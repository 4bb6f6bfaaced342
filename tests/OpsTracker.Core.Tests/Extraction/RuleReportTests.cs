using System.Text.Json;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>The rule report credits each extracted figure, right or wrong as the scorer matches it, to the rules that read it.</summary>
public class RuleReportTests
{
    private const string Kirkuk = "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين وتدمير مضافتين بضربة جوية في وادي الشاي جنوبي كركوك.";
    private const string Anbar = "تمكنت قوة من الجيش من اعتقال خمسة إرهابيين في قضاء القائم بمحافظة الأنبار.";
    private const string Tally = "وقالت خلية الإعلام الأمني إن القوات الأمنية قتلت منذ مطلع العام الجاري 45 إرهابيا واعتقلت 160 آخرين.";

    /// <summary>An invented gold: Kirkuk read right, Anbar's arrests given as four (so the five read are wrong), the tally's arrests as 150.</summary>
    private static List<GoldReport> Gold() =>
    [
        .. JsonDocument.Parse("""
            [
              { "file": "kirkuk.txt", "published": "2024-03-10",
                "operations": [ { "province": "IQ-KI", "killed": 3, "hideoutsDestroyed": 2 } ] },
              { "file": "anbar.txt", "published": "2024-03-11",
                "operations": [ { "province": "IQ-AN", "arrested": 4 } ] },
              { "file": "tally.txt", "published": "2024-03-12",
                "tallies": [ { "killed": 45, "arrested": 150 } ] }
            ]
            """).RootElement.EnumerateArray().Select(GoldReport.Parse),
    ];

    [Fact]
    public void Each_rule_gets_its_figures_hits_correct_and_reports()
    {
        var extractor = new ArabicReportExtractor();
        var texts = new Dictionary<string, string> { ["kirkuk.txt"] = Kirkuk, ["anbar.txt"] = Anbar, ["tally.txt"] = Tally };
        var report = new RuleReport();
        var results = new Dictionary<string, ExtractionResult>();
        foreach (var gold in Gold())
        {
            results[gold.File] = extractor.Extract(texts[gold.File], gold.Published);
            report.Add(gold, results[gold.File]);
        }

        var kirkuk = Assert.Single(results["kirkuk.txt"].Operations);
        var killedRule = Assert.Single(kirkuk.Casualties).Rule;
        var hideoutRule = Assert.Single(kirkuk.Hideouts).Rule;
        var anbar = Assert.Single(results["anbar.txt"].Operations);
        var arrestedRule = Assert.Single(anbar.Casualties).Rule;
        var tally = Assert.Single(results["tally.txt"].Tallies);
        Assert.Equal(45, tally.Killed);
        Assert.Equal(160, tally.Arrested);

        var expected = new Dictionary<string, (int Hits, int Correct, HashSet<string> Reports)>(StringComparer.Ordinal);
        void Expect(string rule, bool correct, string file)
        {
            var (h, c, r) = expected.TryGetValue(rule, out var x) ? x : (0, 0, new HashSet<string>());
            r.Add(file);
            expected[rule] = (h + 1, c + (correct ? 1 : 0), r);
        }
        Expect(killedRule, true, "kirkuk.txt");
        Expect(hideoutRule, true, "kirkuk.txt");
        Expect(arrestedRule, false, "anbar.txt");
        Expect(tally.Rule, true, "tally.txt");   // killed 45
        Expect(tally.Rule, false, "tally.txt");  // arrested 160, the gold says 150

        var rules = report.Rules.ToDictionary(r => r.Rule);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rules.Keys.Order(StringComparer.Ordinal));
        foreach (var (rule, (hits, correct, reports)) in expected)
        {
            Assert.Equal((hits, correct, reports.Count), (rules[rule].Hits, rules[rule].Correct, rules[rule].Reports));
            Assert.Equal(reports.Count == 1, rules[rule].SingleReport);
        }
        Assert.Equal(0.5, rules[tally.Rule].Precision);

        var table = report.ToTable();
        Assert.Contains("one report only", table, StringComparison.Ordinal);
        Assert.StartsWith("rule", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_no_rule_read_is_counted_under_none()
    {
        var op = new ExtractedOperation { Evidence = new Evidence(0, 1, "x"), Province = "IQ-KI" };
        op.Casualties.Add(new ExtractedCasualty(CasualtySide.Isis, CasualtyCategory.Killed, 2, false, new Evidence(0, 1, "x"), ""));
        var result = new ExtractionResult();
        result.Operations.Add(op);
        var report = new RuleReport();
        report.Add(Gold()[0], result);

        var none = Assert.Single(report.Rules);
        Assert.Equal(("(none)", 1, 0, 1), (none.Rule, none.Hits, none.Correct, none.Reports));
    }
}
