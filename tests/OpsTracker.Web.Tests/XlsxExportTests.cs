using System.IO.Compression;
using System.Net;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Exports;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>The XLSX exports, through their endpoints, on both providers: the CSV's columns and rows, the same filters.</summary>
public sealed class XlsxExportTests
{
    private static async Task<string> SheetAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(XlsxExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var sheet = Assert.Single(zip.Entries, e => e.FullName == "xl/worksheets/sheet1.xml");
        using var reader = new StreamReader(sheet.Open());
        return await reader.ReadToEndAsync();
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Operations_and_tallies_download_as_workbooks_with_the_filters_of_the_csv(TestProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            context.Reports.Add(new Report
            {
                FileName = "x.txt",
                ContentHash = new string('x', 64),
                IngestedAtUtc = DateTime.UtcNow,
                Status = ReportStatus.Extracted,
                Operations =
                [
                    new Operation
                    {
                        ProvinceCode = "IQ-NI", Kind = OperationKind.Raid, Date = new DateOnly(2024, 5, 1), DatePrecision = DatePrecision.Day,
                        Place = "=HYPERLINK(\"http://evil\")", EvidenceText = "قتل ثلاثة إرهابيين في بادوش", EvidenceEnd = 10,
                        Casualties = [new Casualty { Side = CasualtySide.Isis, Category = CasualtyCategory.Killed, Count = 3 }],
                    },
                    new Operation
                    {
                        ProvinceCode = "IQ-AN", Kind = OperationKind.Airstrike, Date = new DateOnly(2023, 2, 1), DatePrecision = DatePrecision.Day,
                        EvidenceText = "غارة جوية في الرطبة", EvidenceStart = 20, EvidenceEnd = 30,
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
        using var client = factory.CreateClient();

        var operations = await SheetAsync(await client.GetAsync("/export/operations.xlsx?province=IQ-NI"));
        Assert.Contains(">evidence<", operations, StringComparison.Ordinal);
        Assert.Contains("قتل ثلاثة إرهابيين في بادوش", operations, StringComparison.Ordinal);
        Assert.DoesNotContain("الرطبة", operations, StringComparison.Ordinal); // another province
        Assert.Contains("=HYPERLINK(&quot;http://evil&quot;)", operations, StringComparison.Ordinal); // text, not a formula
        Assert.DoesNotContain("<f>", operations, StringComparison.Ordinal);

        var tallies = await SheetAsync(await client.GetAsync("/export/tallies.xlsx?from=2024&to=2024"));
        Assert.Contains(">official_hideouts_destroyed<", tallies, StringComparison.Ordinal);
        Assert.Contains("Nineveh", tallies, StringComparison.Ordinal);
        Assert.DoesNotContain("Anbar", tallies, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/export/operations.xlsx?province=XX")).StatusCode);
    }
}
