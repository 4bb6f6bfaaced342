using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;
using OpsTracker.Web.Tests.Testing;

namespace OpsTracker.Web.Tests;

/// <summary>An analyst sets an unknown publication date: the report is extracted again and its relative dates resolve.</summary>
public sealed class ReextractionTests
{
    private const string LastMondayReport = "003_9d1aa88e7d28a158.txt"; // "يوم الاثنين الماضي", no publication date

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Setting_the_publication_date_resolves_last_monday_and_survives_a_new_import(TestProvider provider)
    {
        await using var db = await SeededDatabases.CreateAsync(provider);
        var importer = SeededDatabases.Importer(db.Factory);
        int reportId;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var report = await context.Reports.Include(r => r.Operations).SingleAsync(r => r.FileName == LastMondayReport);
            Assert.Equal(PublicationDateSource.Unknown, report.PublishedSource);
            Assert.All(report.Operations, o => Assert.Null(o.Date));
            Assert.Contains(report.Operations, o => o.RelativeDate == "يوم الاثنين الماضي");
            reportId = report.Id;
        }

        // 15 May 2024 is a Wednesday: "last Monday" is the 13th.
        var outcome = await importer.ReextractAsync(reportId, new DateOnly(2024, 5, 15));
        Assert.Equal((reportId, ReportStatus.Extracted, 2), (outcome.ReportId, outcome.Status, outcome.Operations));

        var detail = (await new ReportQuery(db.Factory).GetAsync(reportId))!;
        Assert.Equal((new DateOnly(2024, 5, 15), PublicationDateSource.Known), (detail.Report.Published, detail.Report.PublishedSource));
        // The strike of "last Monday" is the 13th; the nine arrested "recently" (مؤخرا) were arrested on a day the
        // report does not give, so they stay undated.
        Assert.Equal(new DateOnly(2024, 5, 13), Assert.Single(detail.Operations, o => o.Kind != "arrest").Date);
        Assert.Null(Assert.Single(detail.Operations, o => o.Kind == "arrest").Date);

        // The timeline shows the strike dated, in May 2024.
        var may = await new OperationQuery(db.Factory).ListAsync(new OperationFilter { From = new(2024, 5, 1), To = new(2024, 5, 31) });
        Assert.Equal(1, may.Total);
        Assert.All(may.Items, o => Assert.Equal("IQ-SD", o.Province));

        // The next start imports the unchanged file again: the analyst's date stays.
        var again = await importer.ImportFileAsync(Path.Combine(SeededDatabases.SeedsPath, LastMondayReport));
        Assert.Equal(ImportChange.Unchanged, again.Change);
        var kept = (await new ReportQuery(db.Factory).GetAsync(reportId))!;
        Assert.Equal(new DateOnly(2024, 5, 15), kept.Report.Published);
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task A_report_that_does_not_exist_or_failed_cannot_be_extracted_again(TestProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var importer = SeededDatabases.Importer(db.Factory);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => importer.ReextractAsync(12345, new DateOnly(2024, 1, 1)));

        using var folder = new ReportFolder();
        var outcome = await importer.ImportFileAsync(folder.WriteBytes("empty.txt", []));
        Assert.Equal(ReportStatus.Failed, outcome.Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ReextractAsync(outcome.ReportId, new DateOnly(2024, 1, 1)));
    }
}
