using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpsTracker.Core.Domain;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Cli.Tests;

public sealed class ImportCommandTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task A_folder_with_a_bad_file_imports_the_good_ones_and_exits_non_zero_naming_it(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        folder.Write("good-1.txt", "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك.");
        folder.Write("good-2.txt", "ألقت القوات الأمنية القبض على إرهابي في قضاء الموصل.");
        folder.WriteSidecar("good-2.txt", """{"outlet": "Test outlet", "url": null, "published": "2024-03-01"}""");
        folder.WriteBytes("bad.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x00, 0x10, 0x11]);

        var (exit, output, error) = await RunAsync(db, "import", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("bad.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("good-", error, StringComparison.Ordinal);
        Assert.Contains("3 file(s): 3 added, 0 replaced, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
        await using var context = await db.Factory.CreateDbContextAsync();
        var reports = await context.Reports.ToDictionaryAsync(r => r.FileName);
        Assert.Equal(ReportStatus.Extracted, reports["good-1.txt"].Status);
        Assert.Equal(ReportStatus.Extracted, reports["good-2.txt"].Status);
        Assert.Equal(new DateOnly(2024, 3, 1), reports["good-2.txt"].Published);
        Assert.Equal(ReportStatus.Failed, reports["bad.txt"].Status);
        var imports = await context.AuditEntries
            .Where(a => a.Action == "report.import" && (a.EntityKey == "good-1.txt" || a.EntityKey == "good-2.txt" || a.EntityKey == "bad.txt"))
            .Select(a => a.User).ToListAsync();
        Assert.Equal(3, imports.Count);
        Assert.All(imports, user => Assert.Equal("cli:" + Environment.UserName, user));

        // Again: nothing new, and the bad file is still reported.
        var (again, output2, error2) = await RunAsync(db, "import", folder.Path);
        Assert.Equal(1, again);
        Assert.Contains("3 file(s): 0 added, 0 replaced, 3 unchanged, 1 failed", output2, StringComparison.Ordinal);
        Assert.Contains("bad.txt", error2, StringComparison.Ordinal);
        Assert.Equal(3, await context.Reports.CountAsync());
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task One_good_file_imports_and_exits_zero(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        var file = folder.Write("one.txt", "نص تقرير عن عملية أمنية في الأنبار.");

        var (exit, output, error) = await RunAsync(db, "import", file);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("1 file(s): 1 added", output, StringComparison.Ordinal);
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task A_missing_path_is_an_error(TestProvider provider)
    {
        var db = await databases.GetAsync(provider);
        var (exit, _, error) = await RunAsync(db, "import", "/nonexistent/reports");
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/reports: no such file or folder", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase db, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([db.ConfigurationEntry]).Build();
        var root = new RootCommand { ImportCommand.Create(() => configuration) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
