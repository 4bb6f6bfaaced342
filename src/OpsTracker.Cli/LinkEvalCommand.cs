using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Scoring;
using OpsTracker.Core.Linking;
using OpsTracker.Data;
using OpsTracker.Data.Linking;
using OpsTracker.Data.Seeding;

namespace OpsTracker.Cli;

/// <summary>
/// <c>link-eval DEVSET_DIR LINKING_GOLD.json</c>: measures event linking on a development set (issue 10). Into a
/// throw-away SQLite database it imports, through the real importer and linker, every report of DEVSET_DIR/texts (with
/// the publication date of DEVSET_DIR/gold.json), then a re-telling of each (its first paragraph dropped, published
/// <c>publishedShiftDays</c> later). True links: each re-telling's operation with the original's operation at the
/// same evidence (shifted), and the gold's <c>sameEvent</c> groups. It prints pairwise precision and recall per part
/// (d, a, b, c) and overall, every false and missed link, and whether any <c>examinedApart</c> pair was linked.
/// Nothing of the development set is written anywhere but the temporary database, deleted at the end.
/// </summary>
internal static class LinkEvalCommand
{
    private const string RetoldSuffix = "~retold";

    public static Command Create()
    {
        var devset = new Argument<DirectoryInfo>("devset") { Description = "The development set: texts/<id>.txt and gold.json." };
        var gold = new Argument<FileInfo>("gold") { Description = "The linking gold (tests/OpsTracker.Data.Tests/Linking/linking-gold.json)." };
        var command = new Command("link-eval", "Measure event linking: pairwise precision and recall on a development set and its re-tellings.") { devset, gold };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(devset)!, parse.GetValue(gold)!, Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo devset, FileInfo goldFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var texts = Path.Combine(devset.FullName, "texts");
        var devGold = Path.Combine(devset.FullName, "gold.json");
        if (!Directory.Exists(texts) || !File.Exists(devGold) || !goldFile.Exists)
        {
            await error.WriteLineAsync($"Need {texts}, {devGold} and {goldFile.FullName}.");
            return 2;
        }
        using var linkingGold = JsonDocument.Parse(await File.ReadAllTextAsync(goldFile.FullName, cancellationToken));
        var shift = linkingGold.RootElement.GetProperty("retelling").GetProperty("publishedShiftDays").GetInt32();
        var reports = GoldReport.LoadAll(devGold);

        var file = Path.Combine(Path.GetTempPath(), $"opstracker-link-eval-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ToString());
            var factory = OpsTrackerDbContextFactory.Create(settings);
            await OpsTrackerDatabase.MigrateAsync(factory, NullLogger.Instance, cancellationToken);
            var importer = new ReportImporter(factory, new ArabicReportExtractor(), TimeProvider.System, NullLogger<ReportImporter>.Instance);

            var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
            var started = System.Diagnostics.Stopwatch.StartNew();
            foreach (var report in reports)
            {
                var id = Path.GetFileNameWithoutExtension(report.File);
                var text = ReportDecoder.ReadFile(Path.Combine(texts, id + ".txt")).Text;
                await importer.ImportBytesAsync(id + ".txt", Encoding.UTF8.GetBytes(text), new ReportSidecar(null, null, report.Published), cancellationToken);
            }
            foreach (var report in reports)
            {
                var id = Path.GetFileNameWithoutExtension(report.File);
                var text = ReportDecoder.ReadFile(Path.Combine(texts, id + ".txt")).Text;
                var prefix = FirstParagraphLength(text);
                if (prefix <= 0 || prefix >= text.Length)
                {
                    continue;
                }
                prefixes[id] = prefix;
                await importer.ImportBytesAsync(
                    id + RetoldSuffix + ".txt", Encoding.UTF8.GetBytes(text[prefix..]),
                    new ReportSidecar("re-telling", null, report.Published?.AddDays(shift)), cancellationToken);
            }
            var elapsed = started.Elapsed;

            await using var db = factory.CreateDbContext();
            var rows = await db.Operations.AsNoTracking()
                .Select(o => new
                {
                    o.Id, o.ReportId, o.Report!.FileName, o.EvidenceStart, o.EvidenceEnd, EventId = EF.Property<int?>(o, EventColumns.EventId),
                    o.Date, o.DatePrecision, o.ProvinceCode, o.Place, o.Kind, o.Actors, o.Approximate, o.EvidenceText,
                    Figures = o.Casualties.Select(c => new { c.Side, c.Category, c.Count }).ToList(),
                    Destroyed = o.Hideouts.Where(h => h.Outcome == HideoutOutcome.Destroyed).Select(h => h.Count).ToList(),
                })
                .ToListAsync(cancellationToken);
            // What an operation says, for recognising one told again in other words.
            var ops = rows.Select(o => new
            {
                o.FileName, o.EvidenceStart, o.EvidenceEnd, o.EventId, Dated = o.Date is not null,
                Linking = new OperationFacts(o.Id, o.ReportId, o.Date, o.DatePrecision, o.ProvinceCode, o.Place, o.Kind, o.Actors,
                    EventFigureSet.From(o.Figures.Select(f => (f.Category, f.Side, f.Count)), o.Destroyed), o.Approximate, o.EvidenceText),
                Facts = string.Join('|', o.Date, o.ProvinceCode, o.Place, o.Kind,
                    string.Join(',', o.Figures.Select(f => $"{f.Side}/{f.Category}/{f.Count}").Order(StringComparer.Ordinal))),
            }).ToList();
            string Key(string fileName, int start, int end) => OperationKeys.Of(fileName, start, end);
            var groups = ops.Where(o => o.EventId is not null).GroupBy(o => o.EventId)
                .Select(g => (IReadOnlyCollection<string>)[.. g.Select(o => Key(o.FileName, o.EvidenceStart, o.EvidenceEnd))]).ToList();

            var truth = new List<(string A, string B)>();
            var originals = ops.Where(o => !o.FileName.Contains(RetoldSuffix, StringComparison.Ordinal))
                .ToLookup(o => Path.GetFileNameWithoutExtension(o.FileName));
            foreach (var retold in ops.Where(o => o.FileName.Contains(RetoldSuffix, StringComparison.Ordinal)))
            {
                var id = Path.GetFileNameWithoutExtension(retold.FileName)[..^RetoldSuffix.Length];
                var shiftBy = prefixes[id];
                var original = originals[id].FirstOrDefault(o => o.EvidenceStart == retold.EvidenceStart + shiftBy && o.EvidenceEnd == retold.EvidenceEnd + shiftBy);
                // A sentence the original told in its (dropped) lead too is one operation there, with the lead's span:
                // when no original operation has the shifted span and exactly one has the same facts, it is that one.
                if (original is null && !originals[id].Any(o => o.EvidenceStart < retold.EvidenceEnd + shiftBy && retold.EvidenceStart + shiftBy < o.EvidenceEnd))
                {
                    var same = originals[id].Where(o => o.Facts == retold.Facts).ToList();
                    original = same.Count == 1 ? same[0] : null;
                }
                if (original is not null)
                {
                    truth.Add((Key(original.FileName, original.EvidenceStart, original.EvidenceEnd), Key(retold.FileName, retold.EvidenceStart, retold.EvidenceEnd)));
                }
            }
            // The gold's same-event groups: the extracted operation whose evidence overlaps the gold span.
            string? Extracted(JsonElement member)
            {
                var name = member.GetProperty("report").GetString() + ".txt";
                var span = member.GetProperty("evidence");
                var (start, end) = (span[0].GetInt32(), span[1].GetInt32());
                var op = ops.FirstOrDefault(o => o.FileName == name && o.EvidenceStart < end && start < o.EvidenceEnd);
                return op is null ? null : Key(op.FileName, op.EvidenceStart, op.EvidenceEnd);
            }
            foreach (var group in linkingGold.RootElement.GetProperty("sameEvent").EnumerateArray())
            {
                var keys = group.EnumerateArray().Select(Extracted).OfType<string>().ToList();
                for (var i = 0; i < keys.Count; i++)
                {
                    for (var j = i + 1; j < keys.Count; j++)
                    {
                        truth.Add((keys[i], keys[j]));
                    }
                }
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{reports.Count} reports and {prefixes.Count} re-tellings imported and linked in {elapsed.TotalSeconds:0.0} s; {ops.Count} operations, {groups.Count} events of several reports"));
            static string Part(string key) => key[..1];
            foreach (var part in new[] { "d", "a", "b", "c" })
            {
                var (s, _, _) = PairwiseScore.Of(
                    groups.Select(g => (IReadOnlyCollection<string>)[.. g.Where(k => Part(k) == part)]),
                    truth.Where(p => Part(p.A) == part && Part(p.B) == part));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"part {part}: precision {s.Precision:0.000} recall {s.Recall:0.000} (predicted {s.Predicted}, true {s.True}, correct {s.Correct})"));
            }
            var (all, wrong, missed) = PairwiseScore.Of(groups, truth);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"all: precision {all.Precision:0.000} recall {all.Recall:0.000} (predicted {all.Predicted}, true {all.True}, correct {all.Correct})"));
            // The same, over operations with a date only (an undated one links only at the same place with the same figures).
            var dated = ops.Where(o => o.Dated).Select(o => Key(o.FileName, o.EvidenceStart, o.EvidenceEnd)).ToHashSet(StringComparer.Ordinal);
            var (onDated, _, _) = PairwiseScore.Of(
                groups.Select(g => (IReadOnlyCollection<string>)[.. g.Where(dated.Contains)]),
                truth.Where(p => dated.Contains(p.A) && dated.Contains(p.B)));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"dated operations: precision {onDated.Precision:0.000} recall {onDated.Recall:0.000} (predicted {onDated.Predicted}, true {onDated.True}, correct {onDated.Correct})"));
            // The scorer alone, every pair compared (no candidate query): what linking would find if every operation
            // were a candidate, the undated and province-less ones included.
            var (unrestricted, unrestrictedWrong, unrestrictedMissed) = PairwiseScore.Of(
                GroupEveryPair([.. ops.GroupBy(o => Key(o.FileName, o.EvidenceStart, o.EvidenceEnd), StringComparer.Ordinal).Select(g => (g.Key, g.First().Linking))]),
                truth);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"scorer on every pair (no candidate query): precision {unrestricted.Precision:0.000} recall {unrestricted.Recall:0.000} (predicted {unrestricted.Predicted}, true {unrestricted.True}, correct {unrestricted.Correct})"));
            // Each wrong and missed pair with what the scorer saw of both sides, to find the general reason.
            // (Two operations of one sentence share a key; the first stands for both.)
            var byKey = ops.GroupBy(o => Key(o.FileName, o.EvidenceStart, o.EvidenceEnd), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Linking, StringComparer.Ordinal);
            async Task Explain(string what, string a, string b)
            {
                var (fa, fb) = (byKey[a], byKey[b]);
                var score = EventScorer.Default.Score(fa, fb);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {what}: {a} ~ {b}  score {score.Score:0.00}{(score.Veto is { } v ? $" veto {v}" : "")}\n      {Describe(fa)}\n      {Describe(fb)}"));
            }
            foreach (var (a, b) in wrong)
            {
                await Explain("false link", a, b);
            }
            foreach (var (a, b) in missed)
            {
                await Explain("missed", a, b);
            }
            foreach (var (a, b) in unrestrictedWrong)
            {
                await Explain("false link (every pair)", a, b);
            }
            foreach (var (a, b) in unrestrictedMissed)
            {
                await Explain("missed (every pair)", a, b);
            }
            var apart = linkingGold.RootElement.GetProperty("examinedApart").EnumerateArray().ToList();
            var linkedApart = apart.Count(p => Extracted(p.GetProperty("a")) is { } a && Extracted(p.GetProperty("b")) is { } b
                && groups.Any(g => g.Contains(a) && g.Contains(b)));
            await output.WriteLineAsync($"examined-apart pairs linked: {linkedApart} of {apart.Count}");
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

    /// <summary>
    /// Groups operations by scoring every pair: the linking pairs best first, each joining two groups unless that would
    /// put two operations of one report together (the linker's rule, without its candidate query or import order).
    /// </summary>
    internal static List<IReadOnlyCollection<string>> GroupEveryPair(IReadOnlyList<(string Key, OperationFacts Facts)> operations)
    {
        var pairs = new List<(int A, int B, double Score)>();
        for (var i = 0; i < operations.Count; i++)
        {
            for (var j = i + 1; j < operations.Count; j++)
            {
                var score = EventScorer.Default.Score(operations[i].Facts, operations[j].Facts);
                if (score.Links)
                {
                    pairs.Add((i, j, score.Score));
                }
            }
        }
        var groupOf = Enumerable.Range(0, operations.Count).ToArray();
        var members = Enumerable.Range(0, operations.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            var (ga, gb) = (groupOf[a], groupOf[b]);
            if (ga == gb || members[ga].Any(x => members[gb].Any(y => operations[x].Facts.ReportId == operations[y].Facts.ReportId)))
            {
                continue;
            }
            foreach (var m in members[gb])
            {
                groupOf[m] = ga;
            }
            members[ga].AddRange(members[gb]);
            members[gb].Clear();
        }
        return [.. members.Where(m => m.Count > 1).Select(m => (IReadOnlyCollection<string>)[.. m.Select(i => operations[i].Key)])];
    }

    /// <summary>An operation's facts on one line: date/precision, province, place, kind, figures, actors.</summary>
    internal static string Describe(OperationFacts f) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{f.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}/{f.Precision} {f.ProvinceCode ?? "-"} place={f.Place ?? "-"} {f.Kind} fig=[{string.Join(',', f.Figures.Values().Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "."))}]{(f.Approximate ? "~" : "")} actors={string.Join('+', f.Actors)}");

    /// <summary>The length of the first paragraph with the blank lines after it (up to the first blank line; else the first line).</summary>
    internal static int FirstParagraphLength(string text)
    {
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var crlfBlank = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var end = (blank, crlfBlank) switch
        {
            (< 0, < 0) => text.IndexOf('\n', StringComparison.Ordinal),
            (< 0, _) => crlfBlank,
            (_, < 0) => blank,
            _ => Math.Min(blank, crlfBlank),
        };
        if (end < 0)
        {
            return 0;
        }
        while (end < text.Length && (text[end] == '\n' || text[end] == '\r'))
        {
            end++;
        }
        return end;
    }
}
