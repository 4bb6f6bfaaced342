using System.Threading.Channels;
using OpsTracker.Core.Extraction;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Cli;

/// <summary>
/// <c>extract FOLDER</c> and <c>extract FILE FILE ...</c>: reads many reports in one process on one shared extractor
/// and prints JSON Lines, one contract object per report with its <c>"file"</c>, in ordinal file-name order.
/// Up to <c>jobs</c> reports are read at once, but lines are written in order as each report's turn comes, so the
/// output is byte for byte the same for any number of jobs. A report's publication date comes from its sidecar
/// <c>NAME.json</c> (<see cref="ReportSidecar"/>, as for <c>import</c>). A file that cannot be read is named on
/// standard error and the others are still printed; the exit code is then 1.
/// </summary>
internal static class BatchExtraction
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> paths, int jobs, IReportExtractor extractor, Stream output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);

        var (files, missing) = ReportsOf(paths);
        foreach (var path in missing)
        {
            await error.WriteLineAsync($"{path}: no such file or folder");
        }

        // Reports start in order, at most `jobs` at a time, and their tasks queue in that order: the writer takes
        // them one by one, so a report finished early waits for those before it. The bounded queue keeps memory to
        // a few reports however many the folder holds.
        var queue = Channel.CreateBounded<Task<Outcome>>(new BoundedChannelOptions(jobs) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(jobs);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var file in files)
                    {
                        await slots.WaitAsync(cancellationToken);
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return Extract(file, extractor);
                                }
                                finally
                                {
                                    slots.Release();
                                }
                            },
                            CancellationToken.None);
                        await queue.Writer.WriteAsync(task, cancellationToken);
                    }
                }
                finally
                {
                    queue.Writer.Complete();
                }
            },
            CancellationToken.None);

        var failed = missing.Count > 0;
        await foreach (var task in queue.Reader.ReadAllAsync(cancellationToken))
        {
            var outcome = await task;
            if (outcome.Warning is not null)
            {
                await error.WriteLineAsync(outcome.Warning);
            }
            if (outcome.Line is not null)
            {
                await output.WriteAsync(outcome.Line, cancellationToken);
            }
            else
            {
                failed = true;
                await error.WriteLineAsync(outcome.Failure);
            }
        }
        await producer;
        await output.FlushAsync(cancellationToken);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// The report files the arguments name, in ordinal order of their file names (then of their paths): a folder
    /// gives its *.txt files (not recursive), a file itself; and the arguments that name nothing.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) ReportsOf(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(ReportImporter.FindReports(path).Select(Path.GetFullPath));
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                missing.Add(path);
            }
        }
        var ordered = files.Distinct(StringComparer.Ordinal)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        return (ordered, missing);
    }

    private static Outcome Extract(string path, IReportExtractor extractor)
    {
        var fileName = Path.GetFileName(path);
        string? warning = null;
        var sidecar = ReportSidecar.None;
        try
        {
            sidecar = ReportSidecar.Read(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            // As `import` does: a broken sidecar costs the report its date, not its extraction.
            warning = $"{path}: ignoring its sidecar: {e.Message}";
        }
        ReportText text;
        try
        {
            text = ReportDecoder.ReadFile(path);
        }
        catch (ReportReadException e)
        {
            return new Outcome(null, $"{path}: {e.Reason}", warning);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(null, $"{path}: {e.Message}", warning);
        }
        try
        {
            var result = extractor.Extract(text.Text, sidecar.Published);
            using var line = new MemoryStream();
            ExtractionJson.WriteLine(result, fileName, line);
            return new Outcome(line.ToArray(), null, warning);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Outcome(null, $"{path}: extractor error: {e.Message}", warning);
        }
    }

    /// <summary>One report's JSON line, or why there is none; and a warning to print before either.</summary>
    private sealed record Outcome(byte[]? Line, string? Failure, string? Warning);
}
