using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Scoring;
using OpsTracker.Data;
using OpsTracker.Data.Review;

namespace OpsTracker.Cli;

/// <summary>
/// <c>review-score [--export DIR]</c>: the extractor measured on what analysts reviewed. Every report reviewed whole in
/// the web app's database (<see cref="ReviewedReports"/>: said complete, every item reviewed) is read again by this
/// build's extractor and scored against the analysts' reading as <c>rules</c> scores the development set: one line
/// per rule, then the summary line. Reports nobody tuned the extractor on are the unseen text issue #8 asks to be
/// measured on. <c>--export DIR</c> also
/// writes them as a labelled set, <c>DIR/texts/NAME.txt</c> and <c>DIR/gold.json</c> in the development set's shape, for
/// <c>rules</c> and eval_extract.py.
/// </summary>
public static class ReviewScoreCommand
{
    public static Command Create() => Create(() => new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>The command over a given configuration (tests).</summary>
    public static Command Create(Func<IConfiguration> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var export = new Option<DirectoryInfo?>("--export") { Description = "Also write the reviewed reports to this folder: texts/NAME.txt and gold.json." };
        var command = new Command("review-score", "Score the extractor against the reports analysts have reviewed whole; optionally export them as a labelled set.") { export };
        command.SetAction((parse, cancellationToken) => RunAsync(
            configuration(), parse.GetValue(export), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, DirectoryInfo? export, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var services = new ServiceCollection().AddLogging().AddOpsTrackerData(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateOpsTrackerDatabaseAsync(cancellationToken);
        var set = await provider.GetRequiredService<ReviewedReports>().LoadAsync(cancellationToken);
        await output.WriteLineAsync($"{set.Reports.Count} of {set.ExtractedReports} extracted reports reviewed whole.");
        if (set.Reports.Count == 0)
        {
            await output.WriteLineAsync("Nothing to score yet: a report counts once an analyst has said nothing it tells is missing (Nothing is missing, on its page) and every operation and tally in it is confirmed, corrected or rejected.");
            return 0;
        }
        if (export is not null)
        {
            try
            {
                Export(set.Reports, export);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{export.FullName}: {e.Message}");
                return 1;
            }
            await output.WriteLineAsync($"Wrote {set.Reports.Count} texts and gold.json to {export.FullName}.");
        }
        var extractor = new ArabicReportExtractor();
        RulesCommand.WriteScores(set.Reports.Select(r => (r.Gold, extractor.Extract(r.Text, r.Published))), output);
        return 0;
    }

    /// <summary>DIR/texts/NAME.txt (the stored text, UTF-8) and DIR/gold.json whose <c>file</c> names them.</summary>
    private static void Export(IReadOnlyList<ReviewedReport> reports, DirectoryInfo folder)
    {
        var texts = Directory.CreateDirectory(Path.Combine(folder.FullName, "texts"));
        var golds = new List<GoldReport>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in reports)
        {
            // The stored name may carry a folder or another extension; the set's texts are NAME.txt, as the dev set's,
            // and two reports never share one.
            var stem = Path.GetFileNameWithoutExtension(r.FileName);
            var name = stem + ".txt";
            for (var n = 2; !names.Add(name); n++)
            {
                name = $"{stem}-{n}.txt";
            }
            File.WriteAllText(Path.Combine(texts.FullName, name), r.Text);
            var gold = new GoldReport { File = name, Published = r.Gold.Published };
            gold.Operations.AddRange(r.Gold.Operations);
            gold.Tallies.AddRange(r.Gold.Tallies);
            golds.Add(gold);
        }
        using var file = File.Create(Path.Combine(folder.FullName, "gold.json"));
        GoldFile.Write(file, golds);
    }
}
