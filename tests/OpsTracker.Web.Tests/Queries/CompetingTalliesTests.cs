using System.Globalization;
using CsvHelper;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Web.Tests.Queries;

/// <summary>
/// Two official tallies for one year and scope: never added; the longer period is used, the other fills only what it
/// lacks; both are listed as competing, and the CSV names the sources and the gap.
/// </summary>
public sealed class CompetingTalliesTests
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Competing_tallies_are_listed_the_longest_is_used_and_the_csv_names_its_source(TestProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            // Invented statements: the whole of 2023 (70 killed) and its first half ("about 100 killed", 40 arrested).
            var report = new Report
            {
                FileName = "tallies.txt", Text = "بيان أول. بيان ثان.", ContentHash = new string('c', 64), ExtractorVersion = "test",
                Status = ReportStatus.Extracted, IngestedAtUtc = DateTime.UtcNow,
            };
            report.Tallies.Add(new ReportedTally
            {
                PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 12, 31), Scope = "IQ", ReportedBy = "Security Media Cell",
                AnnouncedOn = new DateOnly(2024, 1, 2), Killed = 70, EvidenceStart = 0, EvidenceEnd = 9, EvidenceText = "بيان أول.", Rule = "test",
            });
            report.Tallies.Add(new ReportedTally
            {
                PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 6, 30), Scope = "IQ", ReportedBy = "Joint Operations Command",
                AnnouncedOn = new DateOnly(2023, 7, 1), Killed = 100, Arrested = 40, Approximate = true, EvidenceStart = 10, EvidenceEnd = 19,
                EvidenceText = "بيان ثان.", Rule = "test",
            });
            context.Reports.Add(report);
            await context.SaveChangesAsync();
        }

        var table = await new TallyQuery(db.Factory).GetAsync(new OperationFilter());
        var row = Assert.Single(table.Rows, r => r.Year == 2023 && r.IsAllIraq);
        Assert.Equal((70, 40), (row.OfficialKilled, row.OfficialArrested)); // never 170
        Assert.Equal(["Security Media Cell", "Joint Operations Command"], row.OfficialSources.Select(t => t.ReportedBy));
        Assert.Equal(2, row.CompetingTallies.Count);
        Assert.Equal(70, row.KilledGap);

        using var writer = new StringWriter();
        await new TallyCsvExport(db.Factory).WriteAsync(new OperationFilter(), writer);
        using var csv = new CsvReader(new StringReader(writer.ToString()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }
        var header = rows[0].ToList();
        var line = Assert.Single(rows, r => r[0] == "2023" && r[1] == "IQ");
        string At(string column) => line[header.IndexOf(column)];
        Assert.Equal("70", At("killed_gap"));
        Assert.Equal("40", At("arrested_gap"));
        Assert.Equal("", At("operations_gap"));
        Assert.Equal("Security Media Cell | Joint Operations Command", At("official_reported_by"));
        Assert.Equal("2024-01-02 | 2023-07-01", At("official_announced_on"));
        Assert.Equal("بيان أول. | بيان ثان.", At("official_evidence"));
        Assert.Equal("2", At("official_competing"));
    }
}
