using System.CommandLine;
using System.Globalization;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Cli;

/// <summary>`extract FILE [--published YYYY-MM-DD]`: prints the extraction as the JSON contract.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The report: a UTF-8, UTF-16 or Windows-1256 text file." };
        var published = new Option<string?>("--published") { Description = "The publication date, YYYY-MM-DD, when known." };
        var command = new Command("extract", "Read one report and print its operations and tallies as JSON.") { file, published };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var pub = parse.GetValue(published);
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
            ReportText text;
            try
            {
                text = ReportDecoder.ReadFile(path.FullName);
            }
            catch (ReportReadException e)
            {
                Console.Error.WriteLine($"{path.FullName}: {e.Reason}");
                return 1;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"{path.FullName}: {e.Message}");
                return 1;
            }
            var result = new ArabicReportExtractor().Extract(text.Text, date);
            using var stdout = Console.OpenStandardOutput();
            ExtractionJson.Write(result, stdout);
            stdout.WriteByte((byte)'\n');
            return 0;
        });
        return command;
    }
}
