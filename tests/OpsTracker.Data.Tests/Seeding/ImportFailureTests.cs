using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Seeding;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Seeding;

/// <summary>Failures of one file: a passing regular-expression time-out is tried again; a failure of its own is listed.</summary>
public sealed class ImportFailureTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static ReportImporter Importer(TestDatabase db, IReportExtractor extractor) =>
        new(db.Factory, extractor, TimeProvider.System, NullLogger<ReportImporter>.Instance);

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task A_regex_time_out_is_tried_once_more_before_the_file_counts_as_failed(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var once = folder.Write("once.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتل ثلاثة إرهابيين"));
        var always = folder.Write("always.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتل ثلاثة إرهابيين في بادوش"));

        var first = await Importer(db, new TimingOut(failures: 1)).ImportFileAsync(once);
        Assert.Equal((ReportStatus.Extracted, 1), (first.Status, first.Operations));

        var second = await Importer(db, new TimingOut(failures: 2)).ImportFileAsync(always);
        Assert.Equal(ReportStatus.Failed, second.Status);
        Assert.StartsWith("extractor error:", second.FailureReason, StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_file_recorded_as_failed_is_listed_with_its_reason_and_skipped_until_it_changes(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var path = folder.Write("refused.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 3, "قتل ثلاثة إرهابيين"));
        var importer = Importer(db, new FakeExtractor());

        var recorded = await importer.RecordFailureAsync(path, "could not be stored: value too long");
        Assert.Equal(ReportStatus.Failed, recorded.Status);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var report = await context.Reports.SingleAsync(r => r.FileName == "refused.txt");
            Assert.Equal((ReportStatus.Failed, "could not be stored: value too long"), (report.Status, report.FailureReason));
        }
        Assert.Equal(ImportChange.Unchanged, (await importer.ImportFileAsync(path)).Change);

        folder.Write("refused.txt", FakeExtractor.Line("IQ-NI", "raid", "2024-05-01", 4, "قتل أربعة إرهابيين"));
        var changed = await importer.ImportFileAsync(path);
        Assert.Equal((ImportChange.Replaced, ReportStatus.Extracted), (changed.Change, changed.Status));
    }

    /// <summary>Throws a regular-expression time-out the first <c>failures</c> times, then extracts as the fake does.</summary>
    private sealed class TimingOut(int failures) : IReportExtractor
    {
        private readonly FakeExtractor _inner = new();
        private int _left = failures;

        public string Version => _inner.Version;

        public ExtractionResult Extract(string text, DateOnly? published)
        {
            if (_left-- > 0)
            {
                throw new RegexMatchTimeoutException("x", @"\d+", TimeSpan.FromSeconds(1));
            }
            return _inner.Extract(text, published);
        }
    }
}
