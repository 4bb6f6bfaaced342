using Microsoft.EntityFrameworkCore;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Model;

/// <summary>The same model tests on SQLite and PostgreSQL.</summary>
public sealed class ModelTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Every_entity_round_trips(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        var ingested = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        int reportId;
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var report = SampleReport("round-trip.txt", ingested);
            context.Reports.Add(report);
            await context.SaveChangesAsync();
            reportId = report.Id;
        }

        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var report = await context.Reports
                .Include(r => r.Operations).ThenInclude(o => o.Casualties)
                .Include(r => r.Operations).ThenInclude(o => o.Hideouts)
                .Include(r => r.Operations).ThenInclude(o => o.Province)
                .Include(r => r.Tallies)
                .SingleAsync(r => r.Id == reportId);

            Assert.Equal("round-trip.txt", report.FileName);
            Assert.Equal("Test outlet", report.Outlet);
            Assert.Equal("https://example.org/a", report.Url);
            Assert.Equal(new DateOnly(2024, 5, 2), report.Published);
            Assert.Equal(PublicationDateSource.Known, report.PublishedSource);
            Assert.Equal("قتل ثلاثة إرهابيين في نينوى", report.Text);
            Assert.Equal(new string('a', 64), report.ContentHash);
            Assert.Equal(ingested, report.IngestedAtUtc);
            Assert.Equal(DateTimeKind.Utc, report.IngestedAtUtc.Kind);
            Assert.Equal("1.2.3", report.ExtractorVersion);
            Assert.Equal(ReportStatus.Extracted, report.Status);
            Assert.Null(report.FailureReason);

            var op = Assert.Single(report.Operations);
            Assert.Equal(new DateOnly(2024, 5, 1), op.Date);
            Assert.Equal(DatePrecision.Day, op.DatePrecision);
            Assert.Equal("الاثنين الماضي", op.RelativeDate);
            Assert.Equal("IQ-NI", op.ProvinceCode);
            Assert.Equal("Nineveh", op.Province!.NameEn);
            Assert.Equal("بادوش", op.Place);
            Assert.Equal(OperationKind.IsisAttack, op.Kind);
            Assert.Equal(["Iraqi Army", "Popular Mobilization Forces"], op.Actors);
            Assert.Equal(4, op.Strikes);
            Assert.True(op.Approximate);
            Assert.Equal((3, 20), (op.EvidenceStart, op.EvidenceEnd));
            Assert.Equal("قتل ثلاثة", op.EvidenceText);
            Assert.Equal("rule-1", op.Rule);
            Assert.Equal(3, op.CountOf(CasualtyCategory.Killed));
            Assert.Equal(2, op.CountOf(CasualtyCategory.Killed, CasualtySide.Civilian));
            Assert.Equal(5, op.HideoutsDestroyed);

            var civilian = op.Casualties.Single(c => c.Side == CasualtySide.Civilian);
            Assert.True(civilian.Approximate);
            Assert.Equal("مدنيين", civilian.EvidenceText);
            var hideout = op.Hideouts.Single(h => h.Kind == HideoutKind.Tunnel);
            Assert.Equal((HideoutOutcome.Found, 1), (hideout.Outcome, hideout.Count));

            var tally = Assert.Single(report.Tallies);
            Assert.Equal(new DateOnly(2024, 1, 1), tally.PeriodStart);
            Assert.Equal(new DateOnly(2024, 12, 31), tally.PeriodEnd);
            Assert.Equal("IQ", tally.Scope);
            Assert.Equal("Joint Operations Command", tally.ReportedBy);
            Assert.Equal(new DateOnly(2025, 1, 2), tally.AnnouncedOn);
            Assert.Equal((344, 70, 120, 15, 9), (tally.Operations!.Value, tally.Killed!.Value, tally.Arrested!.Value, tally.HideoutsDestroyed!.Value, tally.IsisAttacks!.Value));
            Assert.True(tally.Approximate);
            Assert.Equal("tally-1", tally.Rule);
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Provinces_come_from_the_catalog(TestProvider provider)
    {
        var db = await databases.GetAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        var codes = await context.Provinces.Select(p => p.Code).OrderBy(c => c).ToListAsync();
        Assert.Equal(ProvinceCatalog.Default.All.Select(p => p.Code).Order(StringComparer.Ordinal), codes);
        Assert.Equal(19, codes.Count);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Deleting_a_report_deletes_what_was_extracted_from_it(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            context.Reports.Add(SampleReport("a.txt", DateTime.UtcNow));
            context.Reports.Add(SampleReport("b.txt", DateTime.UtcNow, hash: new string('b', 64)));
            await context.SaveChangesAsync();
        }
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            await context.Reports.Where(r => r.FileName == "a.txt").ExecuteDeleteAsync();
        }
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            Assert.Equal(["b.txt"], await context.Reports.Select(r => r.FileName).ToListAsync());
            Assert.Equal(1, await context.Operations.CountAsync());
            Assert.Equal(2, await context.Casualties.CountAsync());
            Assert.Equal(2, await context.Hideouts.CountAsync());
            Assert.Equal(1, await context.ReportedTallies.CountAsync());
            Assert.All(await context.Operations.ToListAsync(), o => Assert.Equal("b.txt", context.Reports.Find(o.ReportId)!.FileName));
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_file_name_is_stored_once(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        context.Reports.Add(SampleReport("same.txt", DateTime.UtcNow));
        context.Reports.Add(SampleReport("same.txt", DateTime.UtcNow, hash: new string('c', 64)));
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task An_operation_cannot_name_an_unknown_province(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        var report = SampleReport("bad-province.txt", DateTime.UtcNow);
        report.Operations[0].ProvinceCode = "IQ-XX";
        context.Reports.Add(report);
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_dashboard_filters_have_indexes(TestProvider provider)
    {
        var db = await databases.GetAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        var sql = provider == TestProvider.Postgres
            ? "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'";
        var indexes = await context.Database.SqlQueryRaw<string>(sql).ToListAsync();
        Assert.Contains("IX_Operations_Date", indexes);
        Assert.Contains("IX_Operations_ProvinceCode", indexes);
        Assert.Contains("IX_Operations_Kind", indexes);
        Assert.Contains("IX_Operations_ReportId", indexes);
        Assert.Contains("IX_Reports_FileName", indexes);
        Assert.Contains("IX_Reports_ContentHash", indexes);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task The_migrations_match_the_model(TestProvider provider)
    {
        var db = await databases.GetAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: see OpsTrackerDbContext's doc comment.");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(provider == TestProvider.Postgres ? typeof(PostgresOpsTrackerDbContext) : typeof(SqliteOpsTrackerDbContext), context.GetType());
    }

    internal static Report SampleReport(string fileName, DateTime ingestedUtc, string? hash = null)
    {
        var evidence = "قتل ثلاثة";
        return new Report
        {
            FileName = fileName,
            Outlet = "Test outlet",
            Url = "https://example.org/a",
            Published = new DateOnly(2024, 5, 2),
            PublishedSource = PublicationDateSource.Known,
            Text = "قتل ثلاثة إرهابيين في نينوى",
            ContentHash = hash ?? new string('a', 64),
            IngestedAtUtc = ingestedUtc,
            ExtractorVersion = "1.2.3",
            Status = ReportStatus.Extracted,
            Operations =
            [
                new Operation
                {
                    Date = new DateOnly(2024, 5, 1),
                    DatePrecision = DatePrecision.Day,
                    RelativeDate = "الاثنين الماضي",
                    ProvinceCode = "IQ-NI",
                    Place = "بادوش",
                    Kind = OperationKind.IsisAttack,
                    Actors = ["Iraqi Army", "Popular Mobilization Forces"],
                    Strikes = 4,
                    Approximate = true,
                    EvidenceStart = 3,
                    EvidenceEnd = 20,
                    EvidenceText = evidence,
                    Rule = "rule-1",
                    Casualties =
                    [
                        new Casualty { Category = CasualtyCategory.Killed, Side = CasualtySide.Isis, Count = 3, EvidenceText = evidence },
                        new Casualty { Category = CasualtyCategory.Killed, Side = CasualtySide.Civilian, Count = 2, Approximate = true, EvidenceText = "مدنيين" },
                    ],
                    Hideouts =
                    [
                        new Hideout { Kind = HideoutKind.GuestHouse, Count = 5, Outcome = HideoutOutcome.Destroyed, EvidenceText = "مضافات" },
                        new Hideout { Kind = HideoutKind.Tunnel, Count = 1, Outcome = HideoutOutcome.Found, EvidenceText = "نفق" },
                    ],
                },
            ],
            Tallies =
            [
                new ReportedTally
                {
                    PeriodStart = new DateOnly(2024, 1, 1),
                    PeriodEnd = new DateOnly(2024, 12, 31),
                    Scope = "IQ",
                    ReportedBy = "Joint Operations Command",
                    AnnouncedOn = new DateOnly(2025, 1, 2),
                    Operations = 344,
                    Killed = 70,
                    Arrested = 120,
                    HideoutsDestroyed = 15,
                    IsisAttacks = 9,
                    Approximate = true,
                    EvidenceText = "344 عملية",
                    Rule = "tally-1",
                },
            ],
        };
    }
}
