using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Linking;
using OpsTracker.Data;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Cli;

/// <summary>
/// <c>link-labelled SEEDS_DIR LABELLED_DIR</c>: measures event linking on the repository's labelled groups (issue 10):
/// the seeds and the invented re-tellings and hard negatives of LABELLED_DIR, imported in the order <c>--order</c> names
/// (default: seeds first, then name order with the blind part last) through the real importer and linker into a throw-away SQLite database, scored against
/// LABELLED_DIR/labelled-groups.json. Prints pairwise precision and recall for the tuned, the held-out and the blind part and
/// overall, the same for the scorer alone on every pair (no candidate query), and every false and missed pair with
/// what the scorer saw. Exit 0 when measured; 2 on missing input or a label that names no operation.
/// </summary>
internal static class LinkLabelledCommand
{
    public const string GoldFileName = "labelled-groups.json";

    public static Command Create()
    {
        var seeds = new Argument<DirectoryInfo>("seeds") { Description = "The seed reports (seeds/, *.txt with their sidecars)." };
        var labelled = new Argument<DirectoryInfo>("labelled") { Description = $"The labelled reports and {GoldFileName} (tests/OpsTracker.Data.Tests/Linking/Labelled)." };
        var order = new Option<string>("--order")
        {
            Description = "The order the reports are loaded in: blind-last (seeds, then the labelled reports in name order with the blind part last; the default), "
                + "name (seeds, then every labelled report in name order), reverse (the labelled reports in reverse name order, then the seeds in reverse), "
                + "shuffled (seeds and labelled reports together in a random order drawn from --shuffle-seed).",
            DefaultValueFactory = _ => LoadOrders.BlindLast,
        };
        order.AcceptOnlyFromAmong(LoadOrders.BlindLast, LoadOrders.Name, LoadOrders.Reverse, LoadOrders.Shuffled);
        var shuffleSeed = new Option<int>("--shuffle-seed") { Description = "The random seed of --order shuffled (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("link-labelled", "Measure event linking on the labelled re-tellings of the seeds: pairwise precision and recall, tuned, held-out and blind.") { seeds, labelled, order, shuffleSeed };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(seeds)!, parse.GetValue(labelled)!, Console.Out, Console.Error, ct, parse.GetValue(order)!, parse.GetValue(shuffleSeed)));
        return command;
    }


    /// <summary>The values of <c>--order</c>.</summary>
    public static class LoadOrders
    {
        public const string BlindLast = "blind-last";
        public const string Name = "name";
        public const string Reverse = "reverse";
        public const string Shuffled = "shuffled";
    }

    public static async Task<int> RunAsync(
        DirectoryInfo seeds, DirectoryInfo labelled, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        string order = LoadOrders.BlindLast, int shuffleSeed = 1)
    {
        var goldFile = Path.Combine(labelled.FullName, GoldFileName);
        if (!seeds.Exists || !labelled.Exists || !File.Exists(goldFile))
        {
            await error.WriteLineAsync($"Need {seeds.FullName}, {labelled.FullName} and {goldFile}.");
            return 2;
        }
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(goldFile, cancellationToken));
        var partOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in gold.RootElement.GetProperty("parts").EnumerateObject())
        {
            foreach (var report in part.Value.EnumerateArray())
            {
                partOf[report.GetString()!] = part.Name;
            }
        }

        var file = Path.Combine(Path.GetTempPath(), $"opstracker-link-labelled-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ToString());
            var factory = OpsTrackerDbContextFactory.Create(settings);
            await OpsTrackerDatabase.MigrateAsync(factory, NullLogger.Instance, cancellationToken);
            var importer = new ReportImporter(factory, new ArabicReportExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var loadOrder = LoadOrder(ReportImporter.FindReports(seeds.FullName).ToList(), ReportImporter.FindReports(labelled.FullName).ToList(), partOf, order, shuffleSeed);
            await output.WriteLineAsync($"order {order}: {string.Join(' ', loadOrder.Select(Path.GetFileNameWithoutExtension))}");
            foreach (var path in loadOrder)
            {
                await importer.ImportFileAsync(path, cancellationToken);
                texts[Path.GetFileNameWithoutExtension(path)] = ReportDecoder.ReadFile(path).Text;
            }

            await using var db = factory.CreateDbContext();
            // The events a later operation showed to be one (the linker's merges), as the audit trail keeps them.
            foreach (var merge in await db.AuditEntries.AsNoTracking().Where(a => a.Action == EventLinker.LinkerMergeAction).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            {
                await output.WriteLineAsync($"linker merge into event {merge.EntityId} by {merge.EntityKey}: {merge.Reason}");
            }
            var rows = await db.Operations.AsNoTracking()
                .Select(o => new
                {
                    o.Id, o.ReportId, o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd, EventId = EF.Property<int?>(o, EventColumns.EventId),
                    o.Date, o.DatePrecision, o.ProvinceCode, o.Place, o.Kind, o.Actors, o.Approximate, o.EvidenceText,
                    Figures = o.Casualties.Select(c => new { c.Side, c.Category, c.Count }).ToList(),
                    Destroyed = o.Hideouts.Where(h => h.Outcome == HideoutOutcome.Destroyed).Select(h => h.Count).ToList(),
                })
                .ToListAsync(cancellationToken);
            var ops = rows.Select(o => (
                Key: OperationKeys.Of(o.FileName, o.EvidenceStart, o.EvidenceEnd), Report: Path.GetFileNameWithoutExtension(o.FileName), o.EventId,
                o.EvidenceStart, o.EvidenceEnd,
                Facts: new OperationFacts(o.Id, o.ReportId, o.Date, o.DatePrecision, o.ProvinceCode, o.Place, o.Kind, o.Actors,
                    EventFigureSet.From(o.Figures.Select(f => (f.Category, f.Side, f.Count)), o.Destroyed), o.Approximate, o.EvidenceText)))
                .GroupBy(o => o.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();

            var truth = new List<(string A, string B)>();
            foreach (var group in gold.RootElement.GetProperty("sameEvent").EnumerateArray())
            {
                var keys = new List<string>();
                foreach (var member in group.GetProperty("members").EnumerateArray())
                {
                    var report = member.GetProperty("report").GetString()!;
                    var quote = member.GetProperty("quote").GetString()!;
                    var at = texts.TryGetValue(report, out var text) ? text.IndexOf(quote, StringComparison.Ordinal) : -1;
                    var op = at < 0 ? default : ops.FirstOrDefault(o => o.Report == report && o.EvidenceStart <= at && at < o.EvidenceEnd);
                    if (op.Key is null)
                    {
                        await error.WriteLineAsync($"No operation of {report} holds the quote '{quote}'.");
                        return 2;
                    }
                    keys.Add(op.Key);
                }
                for (var i = 0; i < keys.Count; i++)
                {
                    for (var j = i + 1; j < keys.Count; j++)
                    {
                        truth.Add((keys[i], keys[j]));
                    }
                }
            }

            var linked = ops.Where(o => o.EventId is not null).GroupBy(o => o.EventId)
                .Select(g => (IReadOnlyCollection<string>)[.. g.Select(o => o.Key)]).ToList();
            var everyPair = LinkEvalCommand.GroupEveryPair([.. ops.Select(o => (o.Key, o.Facts))]);
            var reportOf = ops.ToDictionary(o => o.Key, o => o.Report, StringComparer.Ordinal);
            string PartOfPair(string a, string b) =>
                new[] { reportOf[a], reportOf[b] }.Select(r => partOf.GetValueOrDefault(r, "seeds")).OrderBy(p => Array.IndexOf(PairPartOrder, p) is var i and >= 0 ? i : PairPartOrder.Length).First();

            foreach (var part in PartsReported.Where(p => partOf.ContainsValue(p)))
            {
                var inPart = truth.Where(p => PartOfPair(p.A, p.B) == part).ToList();
                var linker = ScoreWithin(linked, inPart, part, PartOfPair);
                var every = ScoreWithin(everyPair, inPart, part, PartOfPair);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"part {part}: precision {linker.Precision:0.000} recall {linker.Recall:0.000} (predicted {linker.Predicted}, true {linker.True}, correct {linker.Correct}); scorer on every pair: precision {every.Precision:0.000} recall {every.Recall:0.000}"));
            }
            var (all, wrong, missed) = PairwiseScore.Of(linked, truth);
            var (allEvery, wrongEvery, missedEvery) = PairwiseScore.Of(everyPair, truth);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"all: precision {all.Precision:0.000} recall {all.Recall:0.000} (predicted {all.Predicted}, true {all.True}, correct {all.Correct}); scorer on every pair: precision {allEvery.Precision:0.000} recall {allEvery.Recall:0.000}"));
            var facts = ops.ToDictionary(o => o.Key, o => o.Facts, StringComparer.Ordinal);
            async Task Explain(string what, string a, string b)
            {
                var score = EventScorer.Default.Score(facts[a], facts[b]);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {what} [{PartOfPair(a, b)}]: {a} ~ {b}  score {score.Score:0.00}{(score.Veto is { } v ? $" veto {v}" : "")}\n      {LinkEvalCommand.Describe(facts[a])}\n      {LinkEvalCommand.Describe(facts[b])}"));
            }
            foreach (var (a, b) in wrong)
            {
                await Explain("false link", a, b);
            }
            foreach (var (a, b) in missed)
            {
                await Explain("missed", a, b);
            }
            foreach (var (a, b) in wrongEvery)
            {
                await Explain("false link (every pair)", a, b);
            }
            foreach (var (a, b) in missedEvery)
            {
                await Explain("missed (every pair)", a, b);
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    /// <summary>The parts reported, in this order (labelled-groups.json's "parts").</summary>
    /// <summary>
    /// The files in the order <paramref name="order"/> names. blind-last is the order the tuned and held-out parts were
    /// measured in before the blind part was written (a report loaded later is linked against everything before it);
    /// the others show whether the events depend on the order.
    /// </summary>
    internal static IReadOnlyList<string> LoadOrder(IReadOnlyList<string> seedFiles, IReadOnlyList<string> labelledFiles, IReadOnlyDictionary<string, string> partOf, string order, int shuffleSeed)
    {
        var seedsByName = seedFiles.OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
        var labelledByName = labelledFiles.OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
        return order switch
        {
            LoadOrders.Name => [.. seedsByName, .. labelledByName],
            LoadOrders.Reverse => [.. Enumerable.Reverse(labelledByName), .. Enumerable.Reverse(seedsByName)],
            LoadOrders.Shuffled => Shuffled([.. seedsByName, .. labelledByName], new Random(shuffleSeed)),
            _ => [.. seedsByName, .. labelledByName.OrderBy(path => partOf.GetValueOrDefault(Path.GetFileNameWithoutExtension(path)) == "blind" ? 1 : 0)],
        };
    }

    private static string[] Shuffled(string[] files, Random random)
    {
        random.Shuffle(files);
        return files;
    }

    private static readonly string[] PartsReported = ["tune", "held-out", "blind"];

    /// <summary>A pair belongs to the first of these parts one of its reports belongs to (a blind report makes a blind pair).</summary>
    private static readonly string[] PairPartOrder = ["blind", "held-out", "tune"];

    /// <summary>The pairwise score of the predicted groups' pairs that fall in one part, against that part's true pairs.</summary>
    private static PairwiseScore ScoreWithin(
        IEnumerable<IReadOnlyCollection<string>> groups, IReadOnlyList<(string A, string B)> truth, string part, Func<string, string, string> partOfPair)
    {
        // Each predicted group reduced to its pairs of this part (a pair is its own two-item group).
        var pairs = groups.SelectMany(g =>
        {
            var items = g.ToList();
            return Enumerable.Range(0, items.Count).SelectMany(i => Enumerable.Range(i + 1, items.Count - i - 1).Select(j => (items[i], items[j])));
        }).Where(p => partOfPair(p.Item1, p.Item2) == part).Select(p => (IReadOnlyCollection<string>)[p.Item1, p.Item2]);
        return PairwiseScore.Of(pairs, truth).Score;
    }
}
