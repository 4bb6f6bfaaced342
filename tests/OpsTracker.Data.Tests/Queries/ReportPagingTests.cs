using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Queries;

/// <summary>The reports list filtered, ordered and paged in the database, on both providers.</summary>
public sealed class ReportPagingTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static Report Report(string file, string? outlet, DateOnly? published, ReportStatus status, int operations) => new()
    {
        FileName = file,
        Outlet = outlet,
        Published = published,
        ContentHash = file.PadRight(64, 'h')[..64],
        IngestedAtUtc = DateTime.UtcNow,
        Status = status,
        FailureReason = status == ReportStatus.Failed ? "unreadable" : null,
        Operations = [.. Enumerable.Range(0, operations).Select(i => new Operation { EvidenceText = "e", EvidenceStart = i * 10, EvidenceEnd = i * 10 + 1 })],
    };

    private async Task<ReportQuery> SeedAsync(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        context.Reports.AddRange(
            Report("a-mosul.txt", "Alsumaria", new(2024, 1, 5), ReportStatus.Extracted, 2),
            Report("b-Kirkuk.txt", "Shafaq", new(2024, 3, 1), ReportStatus.Extracted, 0),
            Report("c_100%.txt", "Alsumaria", null, ReportStatus.Failed, 0),
            Report("d-anbar.txt", null, new(2023, 7, 9), ReportStatus.Extracted, 5));
        await context.SaveChangesAsync();
        return new ReportQuery(db.Factory);
    }

    private static ReportFilter Filter(string? status = null, string? outlet = null, string? from = null, string? to = null, string? q = null, string? sort = null, string? page = null, string? pageSize = null)
    {
        var (filter, errors) = ReportFilter.Parse(status, outlet, from, to, q, sort, page, pageSize);
        Assert.Empty(errors);
        return filter;
    }

    private static async Task<string[]> FilesAsync(ReportQuery query, ReportFilter filter) =>
        [.. (await query.PageAsync(filter)).Items.Select(r => r.FileName)];

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Filters_order_and_pages_run_in_the_database(TestProvider provider)
    {
        var query = await SeedAsync(provider);
        Assert.Equal(["a-mosul.txt", "b-Kirkuk.txt", "c_100%.txt", "d-anbar.txt"], await FilesAsync(query, Filter()));
        Assert.Equal(["c_100%.txt"], await FilesAsync(query, Filter(status: "failed")));
        Assert.Equal(["a-mosul.txt", "c_100%.txt"], await FilesAsync(query, Filter(outlet: "Alsumaria")));
        Assert.Equal(["a-mosul.txt", "b-Kirkuk.txt"], await FilesAsync(query, Filter(from: "2024-01-01", to: "2024-12-31")));
        Assert.Equal(["b-Kirkuk.txt"], await FilesAsync(query, Filter(q: "kirkuk"))); // any case
        Assert.Equal(["a-mosul.txt", "c_100%.txt"], await FilesAsync(query, Filter(q: "SUMARIA"))); // the outlet, any case
        Assert.Equal(["c_100%.txt"], await FilesAsync(query, Filter(q: "_100%"))); // wildcards are literal
        Assert.Equal(["b-Kirkuk.txt", "a-mosul.txt", "d-anbar.txt", "c_100%.txt"], await FilesAsync(query, Filter(sort: "-published")));
        Assert.Equal(["d-anbar.txt", "a-mosul.txt"], (await FilesAsync(query, Filter(sort: "-operations")))[..2]);

        var second = await query.PageAsync(Filter(page: "2", pageSize: "3"));
        Assert.Equal(4, second.Total);
        Assert.Equal(["d-anbar.txt"], second.Items.Select(r => r.FileName));
        Assert.Equal(5, second.Items.Single().Operations);
    }

    [Theory]
    [InlineData("status", "deleted")]
    [InlineData("sort", "size")]
    [InlineData("from", "2024-13-01")]
    [InlineData("page", "0")]
    [InlineData("pageSize", "501")]
    [InlineData("q", "a\u0000b")]
    public void A_bad_parameter_is_named(string name, string value)
    {
        var (_, errors) = name switch
        {
            "status" => ReportFilter.Parse(status: value),
            "sort" => ReportFilter.Parse(sort: value),
            "from" => ReportFilter.Parse(from: value),
            "page" => ReportFilter.Parse(page: value),
            "pageSize" => ReportFilter.Parse(pageSize: value),
            _ => ReportFilter.Parse(q: value),
        };
        Assert.Equal([name], errors.Keys);
    }
}
