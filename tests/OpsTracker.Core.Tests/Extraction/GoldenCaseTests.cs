using System.Globalization;
using System.Text;
using System.Text.Json;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using Xunit.Abstractions;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The test bed: the original reports of Cases/cNN.txt against Cases/gold.json (the devset's gold shape), and a second
/// set written apart from the rules, CasesWrittenApart/bNN.txt (blind only until its first score: rules were tuned on it
/// since, so it is a regression set now, not a measure of unseen text; that measure is the dev set's held-back split in
/// docs/extraction.md). One test per case: every gold figure found (recall), no figure more (precision), the dates of matched figures and the provinces of
/// gold operations right, the tally figures exact, plus the strict checks of <see cref="ScoreOptions.Full"/> (strikes,
/// approximate flags, no invented dates, tally scope and period). A failure lists every miss and extra with its evidence.
/// </summary>
public class GoldenCaseTests(ITestOutputHelper output)
{
    /// <summary>
    /// The lowest F1 the whole test bed may score, on operation figures and on tally figures alike (eval_extract.py's
    /// counting, without strikes). 0.0 while the extractor is being written; the lead raises it as the rules land.
    /// </summary>
    public const double MinimumF1 = 0.95;

    private static readonly string[] Sets = ["Cases", "CasesWrittenApart", "CasesPages"];

    private static readonly Lazy<Dictionary<string, List<GoldReport>>> GoldSets = new(() =>
        Sets.ToDictionary(s => s, s => GoldReport.LoadAll(RepoPaths.Output(s, "gold.json"))));

    private static readonly Lazy<List<GoldReport>> Gold = new(() => GoldSets.Value["Cases"]);

    /// <summary>The bar of the set written apart from the rules (tuned on since its first score, so no longer held out).</summary>
    public const double WrittenApartMinimumF1 = 0.95;

    /// <summary>
    /// The bars of the sets written apart from the rules and tuned on since their first score (each README gives it),
    /// on operation figures and on tally figures: CasesWrittenApart (first 0.75 / 0.84), CasesPages, whole news pages
    /// (p01-p60 first 0.87 / 0.91, r01-r60 first 0.85 / 0.85, session 34; both together 0.94 / 0.95 at the end of it;
    /// s01-s60 first 0.81 / 0.83, session 35, which took the three batches together to 0.909 / 0.909; 0.92 / 0.93 at the
    /// end of it).
    /// </summary>
    public static TheoryData<string, double, double> SetsWrittenApart() => new()
    {
        { "CasesWrittenApart", WrittenApartMinimumF1, WrittenApartMinimumF1 },
        { "CasesPages", 0.92, 0.92 },
    };

    public static TheoryData<string, string> Cases()
    {
        // Every case of the first set must be read exactly; the set written apart is measured as a whole (below).
        var data = new TheoryData<string, string>();
        foreach (var r in GoldSets.Value["Cases"])
        {
            data.Add("Cases", r.File);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SetsWrittenApart))]
    public void Set_written_apart_scores_at_least_its_bar(string set, double figuresBar, double talliesBar)
    {
        var totals = new ScoreTotals();
        var report = new StringBuilder();
        foreach (var gold in GoldSets.Value[set])
        {
            var extracted = Extract(set, gold);
            totals.Add(GoldScorer.Score(gold, extracted, ScoreOptions.Python));
            var full = GoldScorer.Score(gold, extracted, ScoreOptions.Full);
            if (!full.Perfect)
            {
                report.AppendLine(full.Describe());
            }
        }
        output.WriteLine(totals.ToString());
        output.WriteLine(report.ToString());
        Assert.True(totals.Figures.F1 >= figuresBar && totals.TallyFigures.F1 >= talliesBar,
            $"{set} below its bars of F1 {figuresBar:0.00} / {talliesBar:0.00}:\n{totals}\n{report}");
    }

    [Fact]
    public void The_test_bed_has_at_least_forty_cases_each_with_its_text()
    {
        Assert.True(Gold.Value.Count >= 40, $"only {Gold.Value.Count} cases in Cases/gold.json");
        foreach (var r in Gold.Value)
        {
            Assert.True(File.Exists(RepoPaths.Output("Cases", r.File)), $"Cases/{r.File} is listed in gold.json but missing");
        }
        Assert.Equal(Gold.Value.Count, Gold.Value.Select(r => r.File).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_read_as_the_analyst_reads_it(string set, string file)
    {
        var gold = GoldSets.Value[set].Single(r => r.File == file);
        var result = Extract(set, gold);
        var score = GoldScorer.Score(gold, result, ScoreOptions.Full);
        output.WriteLine(score.Describe());
        Assert.True(score.Perfect, score.Describe());
    }

    [Fact]
    public void F1_over_all_cases_is_at_least_the_threshold()
    {
        var totals = new ScoreTotals();
        var report = new StringBuilder();
        // The test bed is the golden cases and the first set written apart; CasesPages has a bar of its own (above).
        foreach (var (set, gold) in GoldSets.Value.Where(g => g.Key != "CasesPages").SelectMany(g => g.Value.Select(r => (g.Key, r))))
        {
            var score = GoldScorer.Score(gold, Extract(set, gold), ScoreOptions.Python);
            totals.Add(score);
            if (!score.Perfect)
            {
                report.AppendLine(score.Describe());
            }
        }
        output.WriteLine(totals.ToString());
        output.WriteLine(report.ToString());
        var figures = totals.Figures.F1;
        var tallies = totals.TallyFigures.F1;
        Assert.True(figures >= MinimumF1 && tallies >= MinimumF1,
            $"test bed below the bar of F1 {MinimumF1:0.00}:\n{totals}");
    }

    private static ExtractionResult Extract(string set, GoldReport gold)
    {
        var text = File.ReadAllText(RepoPaths.Output(set, gold.File), Encoding.UTF8);
        return new ArabicReportExtractor().Extract(text, gold.Published);
    }
}

/// <summary>
/// Checks of the test bed itself: the gold of every case and seed, fed back as an extraction, must score perfectly (so a
/// failing golden test is the extractor's fault, not the gold's or the scorer's), and the scorer must catch what
/// eval_extract.py catches.
/// </summary>
public class GoldScorerSelfTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_gold_fed_back_as_an_extraction_scores_perfectly()
    {
        var files = new[]
        {
            (RepoPaths.Output("Cases", "gold.json"), RepoPaths.Output("Cases")),
            (RepoPaths.Output("Seeds", "expected.json"), RepoPaths.Seeds),
        };
        foreach (var (goldPath, textFolder) in files)
        {
            var totals = new ScoreTotals();
            foreach (var gold in GoldReport.LoadAll(goldPath))
            {
                var text = File.ReadAllText(Path.Combine(textFolder, gold.File), Encoding.UTF8);
                var fedBack = FeedBack(gold, text);
                var score = GoldScorer.Score(gold, fedBack, ScoreOptions.Full);
                Assert.True(score.Perfect, score.Describe());
                var forbidden = GoldScorer.AllPredictedCounts(fedBack).Where(c => score.Forbidden.ContainsKey(c.Value)).ToList();
                Assert.True(forbidden.Count == 0, $"{gold.File}: a gold figure is listed in mustNotExtract: {string.Join("; ", forbidden)}");
                foreach (var e in gold.Operations.Select(o => o.EvidenceContains).Concat(gold.Tallies.Select(t => t.EvidenceContains)))
                {
                    Assert.True(e is null || text.Contains(e, StringComparison.Ordinal), $"{gold.File}: evidenceContains not in the text: «{e}»");
                }
                totals.Add(GoldScorer.Score(gold, fedBack, ScoreOptions.Python));
            }
            output.WriteLine($"{Path.GetFileName(goldPath)} fed back:\n{totals}");
            Assert.Equal(1.0, totals.Figures.F1);
            Assert.Equal(1.0, totals.TallyFigures.F1);
        }
    }

    [Fact]
    public void The_scorer_counts_as_eval_extract_py_does()
    {
        var gold = GoldReport.Parse(JsonDocument.Parse("""
            { "file": "x.txt", "published": "2024-03-07",
              "operations": [
                { "date": "2024-03-05", "datePrecision": "day", "province": "IQ-KI", "killed": 4, "hideoutsDestroyed": 1 },
                { "date": "2024-10", "datePrecision": "month", "province": null, "killed": 9 },
                { "date": null, "province": "IQ-SD", "side": "security+civilian", "killed": 3, "wounded": 2 } ],
              "tallies": [ { "scope": "IQ", "killed": 45, "arrested": 160 } ],
              "mustNotExtract": ["الساعة 500: a clock time", "50 ألف مقاتل: trained", "9 December 2017"] }
            """).RootElement);
        var e = new Evidence(0, 0, "");
        ExtractedOperation Op(string? province, DateOnly? date, DatePrecision precision) =>
            new() { Province = province, Date = date, DatePrecision = precision, Evidence = e };

        var a = Op("IQ-KI", new DateOnly(2024, 3, 6), DatePrecision.Day); // right figures, wrong day
        a.Casualties.Add(new(CasualtySide.Isis, CasualtyCategory.Killed, 4, false, e, "t"));
        var b = Op("IQ-NI", new DateOnly(2024, 10, 1), DatePrecision.Month); // gold has no province: any province matches
        b.Casualties.Add(new(CasualtySide.Isis, CasualtyCategory.Killed, 9, false, e, "t"));
        var c = Op("IQ-SD", null, DatePrecision.Unknown); // victims summed over sides: 1 + 2 killed
        c.Casualties.Add(new(CasualtySide.Security, CasualtyCategory.Killed, 1, false, e, "t"));
        c.Casualties.Add(new(CasualtySide.Civilian, CasualtyCategory.Killed, 2, false, e, "t"));
        c.Casualties.Add(new(CasualtySide.Isis, CasualtyCategory.Killed, 500, false, e, "t")); // a clock time read as a count
        var result = new ExtractionResult();
        result.Operations.AddRange([a, b, c]);
        result.Tallies.Add(new ExtractedTally { Scope = "IQ", Killed = 45, Arrested = 161, Evidence = e });

        var s = GoldScorer.Score(gold, result, ScoreOptions.Python);
        output.WriteLine(s.Describe());
        Assert.Equal(["killed=4", "killed=9", "victims.killed=3"], s.Hits.Select(h => $"{h.Gold.Field}={h.Gold.Value}"));
        Assert.Equal(["hideoutsDestroyed=1", "victims.wounded=2"], s.Misses.Select(m => $"{m.Field}={m.Value}"));
        Assert.Equal(["killed=500"], s.Extras.Select(x => $"{x.Field}={x.Value}"));
        Assert.Equal(2, s.DatesChecked); // the third gold operation has no date
        Assert.Single(s.WrongDates);
        Assert.Equal((2, 2), (s.ProvincesFound, s.ProvincesExpected));
        Assert.Equal((1, 2, 2), (s.TallyHits, s.TallyPredicted, s.TallyGold));
        Assert.Contains(500L, s.Forbidden.Keys);
        Assert.Contains(50_000L, s.Forbidden.Keys);
        Assert.DoesNotContain(9L, s.Forbidden.Keys); // 9 is also a gold figure
        Assert.Contains("mustNotExtract: الساعة 500", s.Describe(), StringComparison.Ordinal);
        Assert.False(s.Perfect);

        Assert.True(GoldScorer.ScopeAgrees("IQ-SD,IQ-DI", "IQ-DI"));
        Assert.True(GoldScorer.ScopeAgrees("IQ-SD,IQ-DI", "IQ-DI, IQ-SD"));
        Assert.False(GoldScorer.ScopeAgrees("IQ-SD,IQ-DI", "IQ"));
        Assert.Equal([394L, 394_000_000L, 200L], GoldScorer.NumbersIn("394 مليون دولار و ٢٠٠"));
    }

    /// <summary>The gold read back into an ExtractionResult, as the extractor would return it if it agreed in full.</summary>
    internal static ExtractionResult FeedBack(GoldReport gold, string text)
    {
        var result = new ExtractionResult { Published = gold.Published };
        foreach (var g in gold.Operations)
        {
            var at = g.EvidenceContains is { } ev ? text.IndexOf(ev, StringComparison.Ordinal) : -1;
            var evidence = at >= 0 ? new Evidence(at, at + g.EvidenceContains!.Length, g.EvidenceContains) : new Evidence(0, 0, "");
            var precision = Enum.TryParse<DatePrecision>(g.DatePrecision, true, out var p) ? p : g.Date is null ? DatePrecision.Unknown : DatePrecision.Day;
            var op = new ExtractedOperation
            {
                Date = g.Date is { Length: 7 } month ? DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture) : GoldReport.Date(g.Date),
                DatePrecision = precision,
                Province = g.Province,
                Place = g.Place,
                RelativeDate = g.Relative,
                Strikes = g.Strikes,
                Evidence = evidence,
            };
            var approximate = g.Approximate ?? false;
            var side = g.Side?.ToLowerInvariant() switch
            {
                null or "" or "isis" => CasualtySide.Isis,
                "civilian" => CasualtySide.Civilian,
                "unknown" => CasualtySide.Unknown,
                _ => CasualtySide.Security, // security, security+civilian: victims are summed across sides anyway
            };
            foreach (var (count, category) in new[] { (g.Killed, CasualtyCategory.Killed), (g.Arrested, CasualtyCategory.Arrested), (g.Wounded, CasualtyCategory.Wounded) })
            {
                if (count is { } n)
                {
                    op.Casualties.Add(new ExtractedCasualty(side, category, n, approximate, evidence, "gold"));
                }
            }
            if (g.HideoutsDestroyed is { } h)
            {
                op.Hideouts.Add(new ExtractedHideout(HideoutKind.Other, h, HideoutOutcome.Destroyed, evidence, "gold"));
            }
            // ExtractedHideout has no approximate flag: a hedged count of hideouts alone (c25) can only be marked here.
            op.StrikesApproximate = approximate && op.Casualties.Count == 0;
            result.Operations.Add(op);
        }
        foreach (var g in gold.Tallies)
        {
            var at = g.EvidenceContains is { } ev ? text.IndexOf(ev, StringComparison.Ordinal) : -1;
            result.Tallies.Add(new ExtractedTally
            {
                PeriodStart = g.PeriodStart,
                PeriodEnd = g.PeriodEnd,
                Scope = g.Scope ?? "IQ",
                ReportedBy = g.ReportedBy,
                Operations = g.Operations,
                Killed = g.Killed,
                Arrested = g.Arrested,
                HideoutsDestroyed = g.HideoutsDestroyed,
                IsisAttacks = g.IsisAttacks,
                Approximate = g.Approximate ?? false,
                Evidence = at >= 0 ? new Evidence(at, at + g.EvidenceContains!.Length, g.EvidenceContains) : new Evidence(0, 0, ""),
            });
        }
        return result;
    }
}
