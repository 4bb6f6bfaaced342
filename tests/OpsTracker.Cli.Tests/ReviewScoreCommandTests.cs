using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpsTracker.Data.Review;
using OpsTracker.Data.Tests.Testing;

namespace OpsTracker.Cli.Tests;

/// <summary>`review-score [--export DIR]`: the extractor scored against what analysts reviewed, on invented reports.</summary>
public sealed class ReviewScoreCommandTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Analyst = "analyst@example.org";

    [Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]
    public async Task Scores_the_extractor_against_the_reports_reviewed_whole_and_exports_them_for_rules(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        folder.Write("strike.txt", "أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل خمسة إرهابيين من داعش بضربة جوية في وادي الشاي جنوب كركوك.\n"
            + "وقالت الخلية في بيان إن القوات الأمنية اعتقلت ثلاثة مطلوبين في قضاء الحويجة.");
        folder.WriteSidecar("strike.txt", """{"outlet": null, "url": null, "published": "2024-05-05"}""");
        folder.Write("unreviewed.txt", "ألقت القوات الأمنية القبض على إرهابي في قضاء الموصل.");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([db.ConfigurationEntry]).Build();
        var (imported, _, importErrors) = await RunAsync(ImportCommand.Create(() => configuration), "import", folder.Path);
        Assert.Equal((0, ""), (imported, importErrors));

        var (exit, output, _) = await RunAsync(ReviewScoreCommand.Create(() => configuration), "review-score");
        Assert.Equal(0, exit);
        Assert.Contains("0 of 2 extracted reports reviewed whole.", output, StringComparison.Ordinal);
        Assert.Contains("Nothing to score yet", output, StringComparison.Ordinal);

        // The analyst confirms the strike, corrects the arrests to four, and says nothing else is missing.
        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            var ops = await context.Operations.Where(o => o.Report!.FileName == "strike.txt").OrderBy(o => o.EvidenceStart).Select(o => o.Id).ToListAsync();
            Assert.Equal(2, ops.Count);
            Assert.Empty((await reviews.ReviewAsync(ops[0], "confirmed", "As told", Analyst)).Errors);
            var arrested = await context.Casualties.Where(c => c.OperationId == ops[1]).SingleAsync();
            Assert.Empty((await reviews.CorrectAsync(ops[1], new JsonObject
            {
                ["casualties"] = new JsonArray(new JsonObject
                {
                    ["count"] = 4, ["category"] = "arrested", ["side"] = "isis",
                    ["evidenceStart"] = arrested.EvidenceStart, ["evidenceEnd"] = arrested.EvidenceEnd,
                }),
            }, "Four, by the ministry's later statement", Analyst)).Errors);
            // Nothing the report tells is missing: it is labelled text now.
            var report = await context.Reports.Where(r => r.FileName == "strike.txt").Select(r => r.Id).SingleAsync();
            Assert.Empty((await new ReportCompletionService(db.Factory, TimeProvider.System).SetAsync(report, true, "Read it through", Analyst)).Errors);
        }

        var export = Path.Combine(folder.Path, "labelled");
        (exit, output, var error) = await RunAsync(ReviewScoreCommand.Create(() => configuration), "review-score", "--export", export);

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("1 of 2 extracted reports reviewed whole.", output, StringComparison.Ordinal);
        // Killed 5 as the analyst confirmed it; arrested 3 where the analyst says 4: one right, one extra, one missed.
        var summary = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.Equal("figures F1=0.50 tallies F1=1.00 dates=1/1 provinces=2/2", summary);
        Assert.True(File.Exists(Path.Combine(export, "texts", "strike.txt")));
        Assert.False(File.Exists(Path.Combine(export, "texts", "unreviewed.txt")));

        // The exported set is what `rules` reads, and it scores the same.
        var (rulesExit, rulesOutput, rulesError) = await ExtractCommandTests.RunAsync("rules", Path.Combine(export, "texts"), Path.Combine(export, "gold.json"));
        Assert.Equal((0, ""), (rulesExit, rulesError));
        Assert.Equal(summary, rulesOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Theory, ProviderData(TestProvider.Sqlite)]
    public async Task An_export_folder_that_cannot_be_written_is_named_and_the_exit_code_is_1(TestProvider provider)
    {
        var db = await databases.GetCleanAsync(provider);
        using var folder = new ReportFolder();
        folder.Write("one.txt", "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك.");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([db.ConfigurationEntry]).Build();
        Assert.Equal(0, (await RunAsync(ImportCommand.Create(() => configuration), "import", folder.Path)).Exit);
        var reviews = new ReviewService(db.Factory, TimeProvider.System);
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            foreach (var id in await context.Operations.Select(o => o.Id).ToListAsync())
            {
                Assert.Empty((await reviews.ReviewAsync(id, "confirmed", "As told", Analyst)).Errors);
            }
            Assert.Empty((await new ReportCompletionService(db.Factory, TimeProvider.System).SetAsync(await context.Reports.Select(r => r.Id).SingleAsync(), true, "Read it through", Analyst)).Errors);
        }
        // A file where the folder should be: texts/ cannot be made under it.
        var blocked = folder.Write("blocked", "not a folder");

        var (exit, output, error) = await RunAsync(ReviewScoreCommand.Create(() => configuration), "review-score", "--export", blocked);

        Assert.Equal(1, exit);
        Assert.Contains(blocked, error, StringComparison.Ordinal);
        Assert.Contains("1 of 1 extracted reports reviewed whole.", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(Command command, params string[] args)
    {
        var root = new RootCommand { command };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
