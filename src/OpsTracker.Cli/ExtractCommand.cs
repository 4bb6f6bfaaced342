using System.CommandLine;
using System.Globalization;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Cli;

/// <summary>
/// <c>extract FILE [--published YYYY-MM-DD]</c>: prints one report's extraction as the JSON contract.
/// <c>extract FOLDER|FILE FILE... [--jobs N]</c>: prints JSON Lines, one contract object per report with its
/// <c>"file"</c>, in ordinal file-name order (see <see cref="BatchExtraction"/>).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Bytes of JSON Lines gathered before a write to standard output in batch mode.</summary>
    private const int StdoutBuffer = 1 << 16;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "One report (UTF-8, UTF-16 or Windows-1256 text), or a folder of *.txt reports, or several report files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published")
        {
            Description = "The publication date, YYYY-MM-DD, when known. One report only; in a batch each report's date comes from its sidecar NAME.json ({\"published\": \"YYYY-MM-DD\"}).",
        };
        var jobs = new Option<int>("--jobs")
        {
            Description = "Batch mode (a folder or several files): how many reports are read at once. The output is the same for any N.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });
        var trace = new Option<bool>("--trace")
        {
            Description = "One report only: also write to standard error the operations as the sentences gave them and as each pass of the pipeline left them (a developer's view of where a figure was lost or merged).",
        };
        var command = new Command(
            "extract",
            "Read one report and print its operations and tallies as JSON; read a folder or several files and print JSON Lines, one object per report with its \"file\".")
        {
            paths, published, jobs, trace,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(paths)!;
            var pub = parse.GetValue(published);
            if (given.Length == 1 && !Directory.Exists(given[0]))
            {
                return ExtractOne(given[0], pub, parse.GetValue(trace));
            }
            if (parse.GetValue(trace))
            {
                await Console.Error.WriteLineAsync("--trace applies to one report file.");
                return 2;
            }
            if (!string.IsNullOrWhiteSpace(pub))
            {
                await Console.Error.WriteLineAsync(
                    "--published applies to one report file; in a folder or a list of files, give each report a sidecar NAME.json with {\"published\": \"YYYY-MM-DD\"}.");
                return 2;
            }
            // Standard output is unbuffered: one write a report line was a system call each; the batch flushes at the end.
            await using var stdout = new BufferedStream(Console.OpenStandardOutput(), StdoutBuffer);
            return await BatchExtraction.RunAsync(given, parse.GetValue(jobs), new ArabicReportExtractor(), stdout, Console.Error, cancellationToken);
        });
        return command;
    }

    private static int ExtractOne(string path, string? pub, bool trace)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(pub))
        {
            if (!DateOnly.TryParseExact(pub, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Console.Error.WriteLine($"--published: '{pub}' is not a date of the form YYYY-MM-DD");
                return 2;
            }
            date = d;
        }
        var fullPath = Path.GetFullPath(path);
        ReportText text;
        try
        {
            text = ReportDecoder.ReadFile(fullPath);
        }
        catch (ReportReadException e)
        {
            Console.Error.WriteLine($"{fullPath}: {e.Reason}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{fullPath}: {e.Message}");
            return 1;
        }
        var extractor = new ArabicReportExtractor();
        var result = trace ? extractor.ExtractWithTrace(text.Text, date, Console.Error) : extractor.Extract(text.Text, date);
        using var stdout = Console.OpenStandardOutput();
        ExtractionJson.Write(result, stdout);
        stdout.WriteByte((byte)'\n');
        return 0;
    }
}
