using System.Security.Cryptography;
using System.Text;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Generation;

namespace OpsTracker.Data.Tests.Generation;

public sealed class SyntheticReportGeneratorTests
{
    /// <summary>One sample for the coverage tests: large enough that every rare combination turns up.</summary>
    private static readonly Lazy<List<Report>> Sample = new(() => GeneratedRows.Generate(6_000, seed: 2014));

    private static IEnumerable<Operation> Operations => Sample.Value.SelectMany(r => r.Operations);

    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = GeneratedRows.Lines(GeneratedRows.Generate(2_000, seed: 42));
        var again = GeneratedRows.Lines(GeneratedRows.Generate(2_000, seed: 42));
        var other = GeneratedRows.Lines(GeneratedRows.Generate(2_000, seed: 43));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(1_000)]
    public void Exactly_the_asked_number_of_operations_several_per_report(int count)
    {
        var reports = GeneratedRows.Generate(count, seed: 5);
        var withOperations = reports.Where(r => r.Operations.Count > 0).ToList();

        Assert.Equal(count, withOperations.Sum(r => r.Operations.Count));
        Assert.All(withOperations, r => Assert.InRange(r.Operations.Count, 1, 6));
        Assert.All(reports, r => Assert.True(r.Operations.Count == 0 || r.Tallies.Count == 0, "a report tells operations or tallies"));
        if (count >= 1_000)
        {
            Assert.InRange(withOperations.Average(r => r.Operations.Count), 3.0, 4.0);
        }
    }

    [Fact]
    public void Reports_are_marked_synthetic_numbered_and_hashed()
    {
        var reports = Sample.Value;
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            Assert.Equal($"synthetic/2014/{i + 1}.txt", r.FileName);
            Assert.True(SyntheticData.IsSynthetic(r));
            Assert.Equal("synthetic", r.ExtractorVersion);
            Assert.Equal(ReportStatus.Extracted, r.Status);
            Assert.Equal(PublicationDateSource.Known, r.PublishedSource);
            Assert.Equal(GeneratedRows.IngestedAt, r.IngestedAtUtc);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.Text))), r.ContentHash);
        }
        Assert.Equal(reports.Count, reports.Select(r => r.ContentHash).Distinct().Count());
        Assert.All(Operations, o => Assert.Equal("synthetic", o.Rule));
        Assert.All(reports.SelectMany(r => r.Tallies), t => Assert.Equal("synthetic", t.Rule));
    }

    [Fact]
    public void Every_evidence_span_points_at_its_text()
    {
        foreach (var r in Sample.Value)
        {
            foreach (var o in r.Operations)
            {
                Assert.Equal(o.EvidenceText, r.Text[o.EvidenceStart..o.EvidenceEnd]);
                foreach (var (start, end, text) in o.Casualties.Select(c => (c.EvidenceStart, c.EvidenceEnd, c.EvidenceText))
                    .Concat(o.Hideouts.Select(h => (h.EvidenceStart, h.EvidenceEnd, h.EvidenceText))))
                {
                    Assert.Equal(text, r.Text[start..end]);
                    Assert.InRange(start, o.EvidenceStart, o.EvidenceEnd);
                    Assert.InRange(end, o.EvidenceStart, o.EvidenceEnd);
                }
            }
            foreach (var t in r.Tallies)
            {
                Assert.Equal(t.EvidenceText, r.Text[t.EvidenceStart..t.EvidenceEnd]);
            }
        }
    }

    [Fact]
    public void Every_province_kind_precision_and_year_appears()
    {
        var operations = Operations.ToList();
        Assert.Equal(ProvinceCatalog.Default.All.Select(p => p.Code).Order(), operations.Select(o => o.ProvinceCode!).Distinct().Order());
        Assert.Equal(Enum.GetValues<OperationKind>(), operations.Select(o => o.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<DatePrecision>(), operations.Select(o => o.DatePrecision).Distinct().Order());
        Assert.Equal(Enumerable.Range(2014, GeneratedRows.Until.Year - 2014 + 1), operations.Where(o => o.Date is not null).Select(o => o.Date!.Value.Year).Distinct().Order());
        // Day precision dominates.
        Assert.InRange(operations.Count(o => o.DatePrecision == DatePrecision.Day) / (double)operations.Count, 0.7, 0.9);
    }

    [Fact]
    public void Dates_are_within_range_and_match_their_precision()
    {
        foreach (var r in Sample.Value)
        {
            Assert.InRange(r.Published!.Value, SyntheticData.FirstDate, GeneratedRows.Until);
            foreach (var o in r.Operations)
            {
                if (o.DatePrecision == DatePrecision.Unknown)
                {
                    Assert.Null(o.Date);
                    Assert.False(string.IsNullOrWhiteSpace(o.RelativeDate));
                    Assert.Contains(o.RelativeDate, o.EvidenceText, StringComparison.Ordinal);
                    continue;
                }
                Assert.Null(o.RelativeDate);
                var date = o.Date!.Value;
                Assert.InRange(date, SyntheticData.FirstDate, r.Published.Value);
                if (o.DatePrecision == DatePrecision.Month)
                {
                    Assert.Equal(1, date.Day);
                }
                if (o.DatePrecision == DatePrecision.Year)
                {
                    Assert.Equal((1, 1), (date.Month, date.Day));
                }
            }
        }
    }

    [Fact]
    public void Every_actor_side_category_and_hideout_appears()
    {
        string[] actors =
        [
            "Counter-Terrorism Service", "Joint Operations Command", "Iraqi Army", "Iraqi Air Force", "Army Aviation",
            "Federal Police", "Popular Mobilization Forces", "Peshmerga", "International coalition",
        ];
        Assert.Equal(actors.Order(), Operations.SelectMany(o => o.Actors).Distinct().Order());

        var casualties = Operations.SelectMany(o => o.Casualties).Select(c => (c.Side, c.Category)).ToHashSet();
        foreach (var side in Enum.GetValues<CasualtySide>())
        {
            foreach (var category in Enum.GetValues<CasualtyCategory>())
            {
                Assert.Contains((side, category), casualties);
            }
        }

        var hideouts = Operations.SelectMany(o => o.Hideouts).Select(h => (h.Kind, h.Outcome)).ToHashSet();
        foreach (var kind in Enum.GetValues<HideoutKind>().Where(k => k != HideoutKind.Other))
        {
            Assert.Contains((kind, HideoutOutcome.Destroyed), hideouts);
            Assert.Contains((kind, HideoutOutcome.Found), hideouts);
        }
        Assert.Contains(Operations, o => o.Casualties.Any(c => c.Approximate) && o.Approximate);
    }

    [Fact]
    public void Isis_attacks_have_victims_and_no_actors_while_other_operations_count_isis_members_mostly()
    {
        var attacks = Operations.Where(o => o.Kind == OperationKind.IsisAttack).ToList();
        Assert.All(attacks, o => Assert.Empty(o.Actors));
        Assert.All(attacks, o => Assert.NotEmpty(o.Casualties));
        Assert.True(attacks.Count(o => o.Casualties.Any(c => c.Side != CasualtySide.Isis)) > attacks.Count * 0.9);

        var others = Operations.Where(o => o.Kind != OperationKind.IsisAttack).ToList();
        Assert.All(others, o => Assert.NotEmpty(o.Actors));
        var casualties = others.SelectMany(o => o.Casualties).ToList();
        Assert.True(casualties.Count(c => c.Side == CasualtySide.Isis) > casualties.Count * 0.8);
        Assert.All(others.Where(o => o.Kind == OperationKind.Arrest), o => Assert.Contains(o.Casualties, c => c.Category == CasualtyCategory.Arrested));
        Assert.All(Operations.Where(o => o.Strikes is not null), o => Assert.Equal(OperationKind.Airstrike, o.Kind));
    }

    [Fact]
    public void Each_complete_year_has_an_all_iraq_tally_and_up_to_three_provinces()
    {
        var tallyReports = Sample.Value.Where(r => r.Tallies.Count > 0).ToList();
        Assert.Equal(Enumerable.Range(2014, GeneratedRows.Until.Year - 2014), tallyReports.Select(r => r.Tallies[0].PeriodStart!.Value.Year));
        foreach (var r in tallyReports)
        {
            var year = r.Tallies[0].PeriodStart!.Value.Year;
            Assert.Equal("IQ", r.Tallies[0].Scope);
            Assert.InRange(r.Tallies.Count, 2, 4);
            Assert.Equal(r.Tallies.Count, r.Tallies.Select(t => t.Scope).Distinct().Count());
            foreach (var t in r.Tallies)
            {
                Assert.Equal(new DateOnly(year, 1, 1), t.PeriodStart);
                Assert.Equal(new DateOnly(year, 12, 31), t.PeriodEnd);
                Assert.Equal(r.Published, t.AnnouncedOn);
                Assert.True(t.AnnouncedOn > t.PeriodEnd);
                Assert.Equal("Joint Operations Command", t.ReportedBy);
                Assert.True(t.Operations > 0);
                Assert.True(t.Scope == "IQ" || ProvinceCatalog.Default.IsKnown(t.Scope));
            }
        }
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticReportGenerator(GeneratedRows.Options(0, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticReportGenerator(
            new GenerationOptions(10, 1, new DateOnly(2014, 1, 2), GeneratedRows.IngestedAt)));
    }
}
