using OpsTracker.Core.Domain;
using OpsTracker.Data.Queries;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Data.Tests.Queries;

/// <summary>
/// Keyset paging (<see cref="OperationFilter.After"/>): walking the timeline by cursor gives exactly the pages the page
/// numbers give, across days shared by several operations and across the step from dated to undated operations; and a
/// row added before the cursor does not move the next page. On both providers.
/// </summary>
public sealed class KeysetPagingTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly string[] Provinces = ["IQ-KI", "IQ-NI", "IQ-AN"];

    private async Task<TestDatabase> SeedAsync(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        await using var context = await db.Factory.CreateDbContextAsync();
        var report = new Report
        {
            FileName = $"keyset-{Guid.NewGuid():N}.txt",
            ContentHash = new string('k', 64),
            IngestedAtUtc = DateTime.UtcNow,
            Status = ReportStatus.Extracted,
        };
        // 30 operations: four or five to a day on six days (ties broken by id), and every seventh undated.
        for (var i = 0; i < 30; i++)
        {
            DateOnly? date = i % 7 == 3 ? null : new DateOnly(2024, 1, 1).AddDays(i % 6 * 10);
            report.Operations.Add(Operation(Provinces[i % 3], date, i));
        }
        // Victims (every side but ISIS) are listed with each row, in the order they were stored.
        foreach (var n in new[] { 0, 4, 13 })
        {
            report.Operations[n].Casualties =
            [
                new Casualty { Side = CasualtySide.Civilian, Category = CasualtyCategory.Killed, Count = 3 + n },
                new Casualty { Side = CasualtySide.Isis, Category = CasualtyCategory.Killed, Count = 2 },
                new Casualty { Side = CasualtySide.Security, Category = CasualtyCategory.Wounded, Count = 1 },
            ];
        }
        context.Reports.Add(report);
        await context.SaveChangesAsync();
        return db;
    }

    private static Operation Operation(string province, DateOnly? date, int n) => new()
    {
        ProvinceCode = province,
        Kind = OperationKind.Raid,
        Date = date,
        DatePrecision = date is null ? DatePrecision.Unknown : DatePrecision.Day,
        EvidenceText = $"عملية رقم {n}",
        EvidenceStart = n * 100,
        EvidenceEnd = (n * 100) + 10,
    };

    private static OperationFilter Filter(string? province, int pageSize, string? page = null, string? after = null)
    {
        var (filter, errors) = OperationFilter.Parse(
            province is null ? null : [province], null, null, null, page, pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), after: after);
        Assert.Empty(errors);
        return filter;
    }

    private static async Task<List<int[]>> PagesByNumberAsync(OperationQuery query, string? province, int pageSize)
    {
        var pages = new List<int[]>();
        for (var page = 1; ; page++)
        {
            var result = await query.ListAsync(Filter(province, pageSize, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (result.Items.Count == 0)
            {
                return pages;
            }
            pages.Add([.. result.Items.Select(i => i.Id)]);
        }
    }

    private static string Victims(OperationItem item) =>
        $"{item.Id}: {item.Killed} / " + string.Join(", ", item.Victims.Select(v => $"{v.Side} {v.Category} {v.Count}"));

    private static async Task<List<int[]>> PagesByCursorAsync(OperationQuery query, string? province, int pageSize, int total, List<string> victims)
    {
        var pages = new List<int[]>();
        string? after = null;
        do
        {
            var result = await query.ListAsync(Filter(province, pageSize, after: after));
            Assert.Equal(total, result.Total); // the count is the filter's, whatever the cursor
            Assert.NotEmpty(result.Items); // a next cursor is given only when there is a next row
            pages.Add([.. result.Items.Select(i => i.Id)]);
            victims.AddRange(result.Items.Select(Victims));
            after = result.Next;
            Assert.True(pages.Count <= total, "the cursors loop");
        }
        while (after is not null);
        return pages;
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Pages_by_cursor_are_the_pages_by_number(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var query = new OperationQuery(db.Factory);
        foreach (var province in new[] { null, "IQ-KI" })
        {
            var whole = await query.ListAsync(Filter(province, OperationFilter.MaxPageSize));
            Assert.Null(whole.Next);
            Assert.Contains(whole.Items, i => i.Date is null); // the walk crosses from dated to undated operations
            Assert.Contains(whole.Items, i => i is { Killed: 2, Victims: [{ Side: "civilian", Category: "killed" }, { Side: "security", Category: "wounded", Count: 1 }] });
            foreach (var size in new[] { 1, 3, 4, 7, whole.Total })
            {
                var byNumber = await PagesByNumberAsync(query, province, size);
                var victims = new List<string>();
                var byCursor = await PagesByCursorAsync(query, province, size, whole.Total, victims);
                Assert.Equal(byNumber, byCursor);
                Assert.Equal(whole.Items.Select(i => i.Id), byCursor.SelectMany(p => p));
                Assert.Equal(whole.Items.Select(Victims), victims);
            }
        }
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_row_added_before_the_cursor_does_not_shift_the_next_page(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var query = new OperationQuery(db.Factory);
        var first = await query.ListAsync(Filter(null, 4));
        var secondByNumber = await query.ListAsync(Filter(null, 4, "2"));
        var secondByCursor = await query.ListAsync(Filter(null, 4, after: first.Next));
        Assert.Equal(secondByNumber.Items.Select(i => i.Id), secondByCursor.Items.Select(i => i.Id));

        // A newer operation arrives: it comes first in the timeline, before the cursor.
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var report = new Report
            {
                FileName = $"keyset-late-{Guid.NewGuid():N}.txt",
                ContentHash = new string('l', 64),
                IngestedAtUtc = DateTime.UtcNow,
                Status = ReportStatus.Extracted,
            };
            report.Operations.Add(Operation("IQ-KI", new DateOnly(2025, 1, 1), 99));
            context.Reports.Add(report);
            await context.SaveChangesAsync();
        }

        var again = await query.ListAsync(Filter(null, 4, after: first.Next));
        Assert.Equal(secondByCursor.Items.Select(i => i.Id), again.Items.Select(i => i.Id));
        Assert.Equal(secondByCursor.Next, again.Next);
        // By number, the same page moved down by one row: the last row of page 1 is now the first of page 2.
        var shifted = await query.ListAsync(Filter(null, 4, "2"));
        Assert.Equal(first.Items[^1].Id, shifted.Items[0].Id);
    }

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_cursor_past_the_last_row_gives_an_empty_page_and_the_count(TestProvider provider)
    {
        var db = await SeedAsync(provider);
        var query = new OperationQuery(db.Factory);
        var whole = await query.ListAsync(Filter(null, OperationFilter.MaxPageSize));
        var last = whole.Items[^1];
        Assert.Null(last.Date); // undated operations come last
        var after = new TimelineCursor(last.Date, last.Id).Encode();
        var past = await query.ListAsync(Filter(null, 5, after: after));
        Assert.Empty(past.Items);
        Assert.Null(past.Next);
        Assert.Equal(whole.Total, past.Total);
        var lastDated = whole.Items.Last(i => i.Date is not null);
        var undated = await query.ListAsync(Filter(null, OperationFilter.MaxPageSize, after: new TimelineCursor(lastDated.Date, lastDated.Id).Encode()));
        Assert.Equal(whole.Items.Where(i => i.Date is null).Select(i => i.Id), undated.Items.Select(i => i.Id));
    }

    [Fact]
    public void A_cursor_reads_back_what_it_wrote()
    {
        foreach (var cursor in new TimelineCursor[] { new(new DateOnly(2024, 2, 29), 1), new(null, int.MaxValue), new(DateOnly.MinValue, 7), new(new DateOnly(9999, 12, 30), 42) })
        {
            var text = cursor.Encode();
            Assert.Matches("^[A-Za-z0-9_-]+$", text); // safe in a URL as it is
            Assert.Equal(cursor, TimelineCursor.Decode(text));
            var (filter, errors) = OperationFilter.Parse(null, null, null, null, null, null, after: text);
            Assert.Empty(errors);
            Assert.Equal(cursor, filter.After);
            Assert.Contains(new KeyValuePair<string, string>("after", text), filter.ToQueryParameters());
        }
    }

    [Theory]
    [InlineData("x")]
    [InlineData("not a cursor")]
    [InlineData("dDE6MjAyNC0wMi0zMDo1")] // t1:2024-02-30:5, a day that does not exist
    [InlineData("dDE6LTow")] // t1:-:0, id below 1
    [InlineData("dDI6LTo1")] // t2:-:5, another layout
    [InlineData("dDE6LTotNQ")] // t1:-:-5
    [InlineData("dDE6MjAyNC0wMi0yOTo1OjE")] // t1:2024-02-29:5:1
    public void A_bad_cursor_is_an_error_named_after(string value)
    {
        var (_, errors) = OperationFilter.Parse(null, null, null, null, null, null, after: value);
        Assert.Contains("after", errors.Keys);
    }

    [Fact]
    public void A_cursor_with_a_page_number_is_an_error_named_after()
    {
        var after = new TimelineCursor(new DateOnly(2024, 1, 1), 3).Encode();
        var (filter, errors) = OperationFilter.Parse(null, null, null, null, "2", null, after: after);
        Assert.Contains("after", errors.Keys);
        Assert.Null(filter.After);
    }
}
