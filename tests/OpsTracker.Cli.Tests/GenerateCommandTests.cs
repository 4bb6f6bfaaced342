using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpsTracker.Data.Generation;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Cli.Tests;

public sealed partial class GenerateCommandTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [GeneratedRegex(@"^wrote (\d+) operations, (\d+) casualties, (\d+) hideouts, (\d+) reports, (\d+) tallies in \d+\.\d s$", RegexOptions.Multiline)]
    private static partial Regex Summary();

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Generates_the_operations_exits_zero_and_prints_what_it_wrote(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);

        var (exit, output, error) = await RunAsync(db, "generate", "--operations", "800", "--seed", "3");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Generating 800 operations with seed 3, dated 2014-01-01 to 2026-11-23", output, StringComparison.Ordinal);
        var summary = Summary().Match(output);
        Assert.True(summary.Success, output);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal("800", summary.Groups[1].Value);
        Assert.Equal(800, await context.Operations.CountAsync());
        Assert.Equal(int.Parse(summary.Groups[2].Value), await context.Casualties.CountAsync());
        Assert.Equal(int.Parse(summary.Groups[3].Value), await context.Hideouts.CountAsync());
        Assert.Equal(int.Parse(summary.Groups[4].Value), await context.Reports.CountAsync(r => r.FileName.StartsWith("synthetic/3/")));
        Assert.Equal(int.Parse(summary.Groups[5].Value), await context.ReportedTallies.CountAsync());
        Assert.True(await context.Operations.MaxAsync(o => o.Date) <= new DateOnly(2026, 11, 23));
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task The_same_seed_twice_replaces_and_until_bounds_the_dates(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);

        var (first, _, _) = await RunAsync(db, "generate", "--operations", "100", "--seed", "8", "--until", "2020-12-31");
        var (second, output, _) = await RunAsync(db, "generate", "--operations", "100", "--seed", "8", "--until", "2020-12-31");

        Assert.Equal((0, 0), (first, second));
        Assert.Matches(@"replaced \d+ report\(s\) an earlier run of seed 8 had written", output);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal(100, await context.Operations.CountAsync());
        Assert.True(await context.Operations.MaxAsync(o => o.Date) <= new DateOnly(2020, 12, 31));
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task Without_a_seed_it_picks_one_and_says_which(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);

        var (exit, output, _) = await RunAsync(db, "generate", "--operations", "10");

        Assert.Equal(0, exit);
        var seed = Regex.Match(output, @"with seed (\d+),");
        Assert.True(seed.Success, output);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.All(await context.Reports.Select(r => r.FileName).ToListAsync(),
            name => Assert.StartsWith(SyntheticData.SeedPrefix(int.Parse(seed.Groups[1].Value)), name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--operations", "0")]
    [InlineData("--operations", "ten")]
    [InlineData("--operations", "5", "--seed", "-1")]
    [InlineData("--operations", "5", "--until", "2024-13-01")]
    [InlineData("--operations", "5", "--until", "2013-12-31")]
    [InlineData("--seed", "1")]
    public async Task Bad_arguments_are_refused_before_touching_the_database(params string[] args)
    {
        // No database at all: a refused command must not reach it.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Sqlite", "Data Source=/nonexistent/folder/x.db")]).Build();
        var root = new RootCommand { GenerateCommand.Create(() => configuration, new FixedTime(Now)) };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await root.Parse(["generate", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.NotEqual(0, exit);
        Assert.NotEmpty(error.ToString());
        Assert.DoesNotContain("wrote", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase db, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([db.ConfigurationEntry]).Build();
        var root = new RootCommand { GenerateCommand.Create(() => configuration, new FixedTime(Now)) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
