using System.CommandLine;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Scoring;

namespace OpsTracker.Cli;

/// <summary>
/// <c>rules TEXTS_DIR GOLD.json</c>: extracts every report the gold names (TEXTS_DIR/&lt;id&gt;.txt, with the gold's
/// publication date), matches the extracted figures to the gold as eval_extract.py does, and prints per rule how
/// many figures it gave, how many were right, its precision and in how many reports it fired. With <c>--summary</c> it
/// prints only the scorer's three totals lines: the way to score a held-back set (tests/OpsTracker.Core.Tests/CasesHeld)
/// without reading which figures it misses.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var texts = new Argument<DirectoryInfo>("texts") { Description = "The folder of report texts, <id>.txt." };
        var gold = new Argument<FileInfo>("gold") { Description = "The gold file (the shape of the devset's gold.json: reports[] with file, published, operations, tallies)." };
        var summary = new Option<bool>("--summary") { Description = "Print only the totals (operation figures, tally figures, dates, provinces), no rule table: for a held-back set." };
        var command = new Command("rules", "Score each extraction rule against a gold file: hits, correct, precision, reports it fired in.") { texts, gold, summary };
        command.SetAction(parse => Run(parse.GetValue(texts)!, parse.GetValue(gold)!, Console.Out, Console.Error, parse.GetValue(summary)));
        return command;
    }

    public static int Run(DirectoryInfo texts, FileInfo goldFile, TextWriter output, TextWriter error, bool summaryOnly = false)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(goldFile);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!texts.Exists)
        {
            error.WriteLine($"{texts.FullName}: no such folder");
            return 2;
        }
        List<GoldReport> golds;
        try
        {
            golds = GoldReport.LoadAll(goldFile.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            error.WriteLine($"{goldFile.FullName}: {e.Message}");
            return 2;
        }

        var extractor = new ArabicReportExtractor();
        var failed = false;
        ExtractionResult Extract(GoldReport gold)
        {
            // eval_extract.py's id: the gold's file name without its extension.
            var path = Path.Combine(texts.FullName, Path.GetFileNameWithoutExtension(gold.File) + ".txt");
            try
            {
                return extractor.Extract(ReportDecoder.ReadFile(path).Text, gold.Published);
            }
            catch (ReportReadException e)
            {
                // As the scorer does: a report without output predicts nothing.
                error.WriteLine($"{path}: {e.Reason}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: {e.Message}");
            }
            failed = true;
            return new ExtractionResult();
        }
        WriteScores(golds.Select(g => (g, Extract(g))), output, summaryOnly);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// The rule table, then the scorer's summary line, of reports scored one by one as they come; or, with
    /// <paramref name="summaryOnly"/>, the scorer's three totals lines alone (nothing that names a report, a rule or a figure).
    /// </summary>
    public static ScoreTotals WriteScores(IEnumerable<(GoldReport Gold, ExtractionResult Predicted)> scored, TextWriter output, bool summaryOnly = false)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(output);
        var report = new RuleReport();
        var totals = new ScoreTotals();
        foreach (var (gold, predicted) in scored)
        {
            totals.Add(report.Add(gold, predicted));
        }
        if (summaryOnly)
        {
            output.WriteLine(totals.ToString());
            return totals;
        }
        output.Write(report.ToTable());
        output.WriteLine(totals.ToString().Split('\n')[^1]);
        return totals;
    }
}
