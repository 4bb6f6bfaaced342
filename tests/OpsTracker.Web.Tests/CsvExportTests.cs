using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>Cells that a spreadsheet would run as formulas are neutralised, directly and through the export endpoint.</summary>
public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("قتل 3 إرهابيين", "قتل 3 إرهابيين")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void The_neutraliser_prefixes_formula_starts_with_a_quote(string? cell, string? expected) =>
        Assert.Equal(expected, CsvExport.Neutralize(cell));

    [Fact]
    public async Task Quoting_follows_rfc_4180_and_the_file_starts_with_a_bom()
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteUtf8Async(stream, async writer =>
        {
            await using var csv = CsvExport.CreateWriter(writer);
            csv.Text("a,b");
            csv.Text("say \"hi\"");
            csv.Text("=1");
            csv.Number(null);
            await csv.NextRecordAsync();
        });
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",'=1,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [PostgresFact]
    public async Task An_exported_operation_whose_text_starts_with_a_formula_is_neutralised()
    {
        await using var db = await TestDatabase.CreateAsync(TestProvider.Postgres);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            context.Reports.Add(new Report
            {
                FileName = "=cmd.txt",
                ContentHash = new string('f', 64),
                IngestedAtUtc = DateTime.UtcNow,
                Status = ReportStatus.Extracted,
                Operations =
                [
                    new Operation
                    {
                        ProvinceCode = "IQ-NI", Kind = OperationKind.Raid, Date = new DateOnly(2024, 5, 1), DatePrecision = DatePrecision.Day,
                        Place = "=HYPERLINK(\"http://evil\",\"x\")", Actors = ["@Attacker"], EvidenceText = "+1+2 قتل إرهابي",
                        RelativeDate = "-1",
                    },
                ],
            });
            await context.SaveChangesAsync();
        }
        using var seeds = new ReportFolder();
        await using var factory = new OpsTrackerWebFactory(new Dictionary<string, string?>
        {
            [db.ConfigurationEntry.Key] = db.ConfigurationEntry.Value,
            ["OpsTracker:SeedsPath"] = seeds.Path,
        });
        await factory.WaitForSeedingAsync();

        var response = await factory.CreateClient().GetAsync("/export/operations.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        csv.ReadHeader();
        Assert.True(csv.Read());
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", csv.GetField("place"));
        Assert.Equal("'@Attacker", csv.GetField("actors"));
        Assert.Equal("'+1+2 قتل إرهابي", csv.GetField("evidence"));
        Assert.Equal("'-1", csv.GetField("relative_date"));
        Assert.Equal("'=cmd.txt", csv.GetField("report_file"));
        Assert.False(csv.Read());
    }

    [Fact]
    public void File_names_carry_the_filter_and_the_day()
    {
        var (filter, _) = OperationFilter.Parse(["IQ-KI", "IQ-SD"], "2024", null, "airstrike", null, null, null, "جبال حمرين!");
        Assert.Equal("opstracker-operations_IQ-KI+IQ-SD_2024-01-01_to_end_airstrike_q-جبال-حمرين_2026-11-23.csv",
            ExportFileName.For("operations", filter, new DateOnly(2026, 11, 23)));
        Assert.Equal("opstracker-tallies_all_2026-11-23.csv", ExportFileName.For("tallies", new OperationFilter(), new DateOnly(2026, 11, 23)));
    }
}
