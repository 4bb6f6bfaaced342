using System.Text;
using OpsTracker.Core.Extraction;
using Xunit.Abstractions;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The acceptance bar of the five seed reports: what Seeds/expected.json (the analyst's reading, copied into the test
/// project) lists must be extracted from the repository's seeds/*.txt. Nothing is read from outside the repository.
///
/// A seed passes when every figure expected.json lists is found (recall, with strikes), with its province and date,
/// every province of its operations is found, every tally figure is found with the tally's scope and period, and no count
/// anywhere in the extraction is a number its mustNotExtract lists. Extra figures that expected.json does not mention are
/// listed in the output but do not fail the seed: expected.json is a bar, the golden cases measure precision.
///
/// How expected.json's special fields are read (see GoldScorer for the code):
/// - 'published': passed to the extractor as the publication date (null for four seeds, 2021-04-12 for 004, as its sidecar
///   .json says). 'publishedYearInferable' and 'publishedNote' are information only: the year shows in the dates it implies
///   (seed 000's "6 كانون الثاني" is 2025-01-06 with no publication date), not in ExtractionResult.InferredYear, because
///   seed 002's year comes from world knowledge (the COVID curfew), not from the text.
/// - 'date' "2024-10" with 'datePrecision' "month": compared as eval_extract.py does, on YYYY-MM, so the extraction must
///   give a date in October 2024 with month precision (the contract stores 2024-10-01).
/// - 'date' null with 'relative' ("last Monday", "Sunday night, the day before publication"): the publication date is
///   unknown, so the extraction must not give a date either (null); its relativeDate is not checked.
/// - 'date' null with 'before' "2021-04-12" (seed 004, 'أعلنت ... سابقًا'): the day is unknown; the extraction may leave it
///   null or give a day on or before 2021-04-12, nothing later.
/// - 'period' "2024" or "2020": the calendar year, so the tally must run from 1 January to 31 December of it. Other
///   'period' strings ("the last two weeks", "January and February", "since the start of the current year (2024)") are
///   descriptions, not checked.
/// - 'scope' "IQ-SD,IQ-DI" (seed 002): the tally covers the areas between the two provinces; the contract has one code per
///   tally, so either code or both (comma-separated, any order) pass; "IQ" does not.
/// - 'approximate' true (seed 003's "نحو 100", seed 004's "ما يقرب من 133"): the matched operation or tally must be approximate.
/// - 'mustNotExtract': free text; every number in it (any digits; "50 ألف" also 50000, "394 مليون" also 394000000) that is
///   not itself a figure of the seed's gold (seed 002's tally is 50, seed 000's killed are 9) must not be any count of the
///   extraction. Entries without numbers (hashtags, CTEF, the alert in five provinces) are not machine-checked.
/// - 'kind', 'actors', 'place', 'seized', 'accountsTracked', 'announced', 'evidenceContains', 'note' are not checked
///   (evidenceContains is printed with a miss).
/// </summary>
public class SeedAcceptanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<GoldReport>> Expected = new(() => GoldReport.LoadAll(RepoPaths.Output("Seeds", "expected.json")));

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var r in Expected.Value)
        {
            data.Add(r.File);
        }
        return data;
    }

    [Fact]
    public void The_five_seeds_are_in_the_repository()
    {
        Assert.Equal(5, Expected.Value.Count);
        foreach (var r in Expected.Value)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Seeds, r.File)), $"seeds/{r.File} is missing");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_meets_the_acceptance_bar(string file)
    {
        var expected = Expected.Value.Single(r => r.File == file);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, file), Encoding.UTF8);
        var result = new ArabicReportExtractor().Extract(text, expected.Published);
        var score = GoldScorer.Score(expected, result, ScoreOptions.Full);

        var failures = new List<string>();
        failures.AddRange(score.Misses.Select(m => $"missed {m}   expected evidence: «{m.Evidence}»"));
        failures.AddRange(score.WrongDates.Select(w => $"wrong date for {w.Gold.Field}={w.Gold.Value}: expected {w.Gold.DateKey}, got {w.Predicted.DateKey ?? "null"}   evidence: «{w.Predicted.Evidence}»"));
        failures.AddRange(score.ProvinceMisses);
        failures.AddRange(score.TallyMisses.Select(t => "missed tally " + t));
        failures.AddRange(score.Problems);
        foreach (var (value, where) in GoldScorer.AllPredictedCounts(result))
        {
            if (score.Forbidden.TryGetValue(value, out var entry))
            {
                failures.Add($"{value} is extracted as a count ({where}) but expected.json says: {entry}");
            }
        }

        var summary = $"{file}: the extractor returned {result.Operations.Count} operation(s) and {result.Tallies.Count} tally(ies); "
            + $"{score.Hits.Count} of {score.Hits.Count + score.Misses.Count} expected figures, tally figures {score.TallyHits} of {score.TallyGold}, "
            + $"provinces {score.ProvincesFound}/{score.ProvincesExpected}";
        output.WriteLine(summary);
        foreach (var x in score.Extras)
        {
            output.WriteLine($"  (not failing) figure expected.json does not list: {x}   evidence: «{x.Evidence}»");
        }
        foreach (var x in score.TallyExtras)
        {
            output.WriteLine($"  (not failing) tally figure expected.json does not list: {x}");
        }
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Select(f => $"  {file}: {f}")));
    }
}
