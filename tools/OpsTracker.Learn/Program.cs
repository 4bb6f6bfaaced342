using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Scoring;
using OpsTracker.Learn;

// usage: OpsTracker.Learn TEXTS_DIR GOLD.json [--write MODEL.json]
// Extracts every report the gold names (publication date from its sidecar NAME.json, as the batch `extract` does),
// labels each operation figure right or wrong by the scorer's matching, and measures a keep/drop filter by
// leave-one-group-out cross-validation (thresholds chosen inside the training groups only).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var textsDir = args[0];
var golds = GoldReport.LoadAll(args[1]);
var writeIndex = Array.IndexOf(args, "--write");
var modelPath = writeIndex >= 0 ? args[writeIndex + 1] : null;
var skipTrees = args.Contains("--no-trees");
var l2Index = Array.IndexOf(args, "--l2");
var l2 = l2Index >= 0 ? float.Parse(args[l2Index + 1], CultureInfo.InvariantCulture) : 1f;
var leavesIndex = Array.IndexOf(args, "--leaves");
var leaves = leavesIndex >= 0 ? int.Parse(args[leavesIndex + 1], CultureInfo.InvariantCulture) : 8;

var extractor = new ArabicReportExtractor();
var reports = new List<Report>();
foreach (var gold in golds)
{
    var name = Path.GetFileNameWithoutExtension(gold.File);
    var path = Path.Combine(textsDir, name + ".txt");
    var sidecar = Path.Combine(textsDir, name + ".json");
    DateOnly? published = null;
    if (File.Exists(sidecar))
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(sidecar));
        if (doc.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
        {
            published = DateOnly.ParseExact(p.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
    var text = ReportDecoder.ReadFile(path).Text;
    var result = extractor.Extract(text, published);
    var score = GoldScorer.Score(gold, result, ScoreOptions.Python);
    var right = score.Hits.Select(h => (h.Predicted.Operation, h.Predicted.Field)).ToHashSet();
    var candidates = FigureFeatures.Of(text, result);
    // Extra figures whose value the gold gives under the other side's field (killed ↔ victims.killed).
    var sideErrorsOf = new HashSet<int>();
    for (var i = 0; i < candidates.Count; i++)
    {
        var c = candidates[i];
        if (right.Contains((c.Operation, c.Field)) || c.Field == "hideoutsDestroyed") { continue; }
        var other = c.Field.StartsWith("victims.", StringComparison.Ordinal) ? c.Field["victims.".Length..] : "victims." + c.Field;
        if (score.Misses.Any(m => m.Field == other && m.Value == c.Value)) { sideErrorsOf.Add(i); }
    }
    reports.Add(new Report(name, Group(name), gold, result, candidates,
        candidates.Select(c => right.Contains((c.Operation, c.Field))).ToArray(), score.Hits.Count + score.Misses.Count, sideErrorsOf));
}
// Side errors: an extra figure whose value the gold gives under the other side's field (killed ↔ victims.killed).
var sideErrors = 0;
var extraKinds = new Dictionary<string, int> { ["province"] = 0, ["value (a gold figure of the field and province missed)"] = 0, ["repeated (the gold figure already matched)"] = 0, ["role (a gold tally figure)"] = 0, ["spurious"] = 0 };
foreach (var r in reports)
{
    var s = GoldScorer.Score(r.Gold, r.Result, ScoreOptions.Python);
    foreach (var x in s.Extras)
    {
        var other = x.Field.StartsWith("victims.", StringComparison.Ordinal) ? x.Field["victims.".Length..] : "victims." + x.Field;
        if (s.Misses.Any(m => m.Field == other && m.Value == x.Value)) { sideErrors++; Console.WriteLine($"side error: {r.Name} {x.Field}={x.Value}"); }
        else if (s.Misses.Any(m => m.Field == x.Field && m.Value == x.Value)) { extraKinds["province"]++; }
        else if (s.Misses.Any(m => m.Field == x.Field && m.Operation >= 0 && Math.Abs(m.Value - x.Value) > 0 && m.Evidence.Length >= 0 && r.Gold.Operations[m.Operation].Province == x.Province)) { extraKinds["value (a gold figure of the field and province missed)"]++; }
        else if (r.Gold.Operations.SelectMany((o, i) => GoldScorer.FiguresOf(o, i, ScoreOptions.Python)).Any(g => g.Field == x.Field && g.Value == x.Value)) { extraKinds["repeated (the gold figure already matched)"]++; }
        else if (r.Gold.Tallies.SelectMany(t => t.Figures()).Any(t => t.Value == x.Value)) { extraKinds["role (a gold tally figure)"]++; }
        else { extraKinds["spurious"]++; }
    }
}
Console.WriteLine($"{sideErrors} extra figures are side errors; the others: " + string.Join(", ", extraKinds.Select(k => $"{k.Key} {k.Value}")));
var groups = reports.Select(r => r.Group).Distinct().ToList();
Console.WriteLine($"{reports.Count} reports, {reports.Sum(r => r.Candidates.Count)} figures ({reports.Sum(r => r.Labels.Count(x => x))} right), groups: {string.Join(' ', groups)}");

var vocabulary = reports.SelectMany(r => r.Candidates).SelectMany(c => c.Features.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
var index = vocabulary.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
var ml = new MLContext(seed: 1);

var models = new List<(string Name, Func<List<Report>, Func<FigureCandidate, double>> Train)>
{
    ("LR", train => TrainLinear(ml, train, index, l2).Score),
};
// No learning: the figure's own confidence (confidence.json's model, already in the output) as the score.
models.Add(("confidence", _ => c => c.Features.GetValueOrDefault("confidence", 1f)));
if (!skipTrees)
{
    models.Add(("FastTree", train => TrainTrees(ml, train, index, leaves)));
}

// Leave one group out: each group is scored by filters trained on the others, thresholds chosen by an inner
// leave-one-group-out over the training groups.
var table = new StringBuilder();
table.AppendLine("| held-out group | reports | figures (right) | rules P / R / F1 | " + string.Join(" | ", models.Select(m => $"{m.Name} P / R / F1 (thr, dropped right/wrong)")) + " |");
table.AppendLine("|---|---|---|---|" + string.Concat(models.Select(_ => "---|")));
var pooled = new Dictionary<string, ScoreTotals> { ["rules"] = new() };
var pages = new Dictionary<string, ScoreTotals> { ["rules"] = new() };
foreach (var m in models) { pooled[m.Name] = new(); pages[m.Name] = new(); }
foreach (var g in groups)
{
    var test = reports.Where(r => r.Group == g).ToList();
    var train = reports.Where(r => r.Group != g).ToList();
    var rules = new ScoreTotals();
    foreach (var r in test) { var s = GoldScorer.Score(r.Gold, r.Result, ScoreOptions.Python); rules.Add(s); pooled["rules"].Add(s); if (IsPage(g)) { pages["rules"].Add(s); } }
    var row = new StringBuilder($"| {g} | {test.Count} | {test.Sum(r => r.Candidates.Count)} ({test.Sum(r => r.Labels.Count(x => x))}) | {Prf(rules)} |");
    foreach (var (name, trainer) in models)
    {
        var threshold = ChooseThreshold(train, trainer);
        var model = trainer(train);
        var totals = new ScoreTotals();
        int droppedRight = 0, droppedWrong = 0;
        foreach (var r in test)
        {
            var drop = new HashSet<(int, string)>();
            for (var i = 0; i < r.Candidates.Count; i++)
            {
                if (model(r.Candidates[i]) < threshold)
                {
                    drop.Add((r.Candidates[i].Operation, r.Candidates[i].Field));
                    if (r.Labels[i]) { droppedRight++; } else { droppedWrong++; }
                }
            }
            var s = GoldScorer.Score(r.Gold, Filter(r.Result, drop), ScoreOptions.Python);
            totals.Add(s); pooled[name].Add(s);
            if (IsPage(g)) { pages[name].Add(s); }
        }
        row.Append($" {Prf(totals)} ({threshold:0.000}, {droppedRight}/{droppedWrong}) |");
    }
    table.AppendLine(row.ToString());
    Console.Error.WriteLine(row.ToString());
}
table.AppendLine($"| pooled (all groups) | {reports.Count} | | {Prf(pooled["rules"])} |" + string.Concat(models.Select(m => $" {Prf(pooled[m.Name])} |")));
table.AppendLine($"| pooled page sets | {reports.Count(r => IsPage(r.Group))} | | {Prf(pages["rules"])} |" + string.Concat(models.Select(m => $" {Prf(pages[m.Name])} |")));
Console.WriteLine(table);

// How well each model ranks the figures at all: out-of-group probabilities pooled over every group, the area under
// the ROC curve (right figures ranked above wrong ones), and how many of the k lowest-ranked figures are wrong.
foreach (var (name, trainer) in models)
{
    var oof = new List<(double P, bool Right, string Where)>();
    foreach (var g in groups)
    {
        var model = trainer(reports.Where(r => r.Group != g).ToList());
        foreach (var r in reports.Where(r => r.Group == g))
        {
            for (var i = 0; i < r.Candidates.Count; i++) { oof.Add((model(r.Candidates[i]), r.Labels[i], $"{r.Name} {r.Candidates[i].Field}={r.Candidates[i].Value}")); }
        }
    }
    var pos = oof.Where(x => x.Right).ToList();
    var neg = oof.Where(x => !x.Right).ToList();
    var auc = pos.Sum(p => neg.Sum(q => p.P > q.P ? 1.0 : p.P == q.P ? 0.5 : 0)) / (pos.Count * (double)neg.Count);
    var ranked = oof.OrderBy(x => x.P).ToList();
    Console.WriteLine($"{name}: out-of-group AUC {auc:0.000}; wrong among the lowest 10/20/40: {ranked.Take(10).Count(x => !x.Right)}/{ranked.Take(20).Count(x => !x.Right)}/{ranked.Take(40).Count(x => !x.Right)} (base rate {neg.Count}/{oof.Count})");
    foreach (var x in ranked.Take(15)) { Console.WriteLine($"    {x.P:0.000} {(x.Right ? "right" : "WRONG")} {x.Where}"); }
}

// A side classifier: does a casualty figure belong to ISIS or to its victims? Trained on the figures whose side is
// known (right figures, and extra figures whose value the gold gives under the other side), without the side and field
// features the rules set, so that it reads the side from everything else; a figure whose side it contradicts with a
// probability over a threshold (chosen inside the training groups) changes side. Scored like the filter.
if (args.Contains("--sides"))
{
    var sideTable = new StringBuilder("| held-out group | rules P / R / F1 | side classifier P / R / F1 (thr, flipped right/side-error/other) |\n|---|---|---|\n");
    var pooledRules = new ScoreTotals();
    var pooledSides = new ScoreTotals();
    foreach (var g in groups)
    {
        var test = reports.Where(r => r.Group == g).ToList();
        var train = reports.Where(r => r.Group != g).ToList();
        var threshold = ChooseSideThreshold(ml, train, l2);
        var model = TrainSides(ml, train, l2);
        var totals = new ScoreTotals();
        var rules = new ScoreTotals();
        int flippedRight = 0, flippedSideError = 0, flippedOther = 0;
        foreach (var r in test)
        {
            var flip = new HashSet<(int, string)>();
            for (var i = 0; i < r.Candidates.Count; i++)
            {
                var c = r.Candidates[i];
                if (c.Field == "hideoutsDestroyed") { continue; }
                var isis = !c.Field.StartsWith("victims.", StringComparison.Ordinal);
                var p = model(c);
                if ((isis ? 1 - p : p) > threshold)
                {
                    flip.Add((c.Operation, c.Field));
                    if (r.Labels[i]) { flippedRight++; } else if (r.SideErrors.Contains(i)) { flippedSideError++; } else { flippedOther++; }
                }
            }
            var sr = GoldScorer.Score(r.Gold, r.Result, ScoreOptions.Python);
            rules.Add(sr); pooledRules.Add(sr);
            var sf = GoldScorer.Score(r.Gold, FlipSides(r.Result, flip), ScoreOptions.Python);
            totals.Add(sf); pooledSides.Add(sf);
        }
        sideTable.AppendLine($"| {g} | {Prf(rules)} | {Prf(totals)} ({threshold:0.000}, {flippedRight}/{flippedSideError}/{flippedOther}) |");
    }
    sideTable.AppendLine($"| pooled | {Prf(pooledRules)} | {Prf(pooledSides)} |");
    // How well it reads the side at all, out of group, on the figures whose side the gold settles.
    int agree = 0, total = 0;
    foreach (var g in groups)
    {
        var model = TrainSides(ml, reports.Where(r => r.Group != g).ToList(), l2);
        foreach (var (c, isis) in SideExamples(reports.Where(r => r.Group == g).ToList()))
        {
            total++;
            if (model(c) >= 0.5 == isis) { agree++; }
        }
    }
    sideTable.AppendLine($"side classifier out of group: the gold's side read right for {agree} of {total} figures (the rules: all but the one side error)");
    Console.WriteLine(sideTable);
}

// The linear model on every group, its threshold by leave-one-group-out over all groups, its weights.
var final = TrainLinear(ml, reports, index, l2);
var finalThreshold = ChooseThreshold(reports, train => TrainLinear(ml, train, index, l2).Score);
Console.WriteLine($"final LR threshold {finalThreshold:0.000}; heaviest weights (per standard deviation):");
foreach (var (name, w) in final.Weights.Select((w, i) => (vocabulary[i], w)).OrderByDescending(x => Math.Abs(x.w)).Take(25))
{
    Console.WriteLine($"  {w,8:0.000}  {name}");
}
if (modelPath is not null)
{
    var json = new
    {
        comment = "Written by tools/OpsTracker.Learn (docs/extraction.md, 'A learned layer'): a logistic regression over each operation figure's features; p = sigmoid(bias + sum w * (x - mean) / scale); a figure with p below threshold is dropped.",
        threshold = Math.Round(finalThreshold, 4),
        bias = Math.Round(final.Bias, 6),
        features = vocabulary.Select((n, i) => new { name = n, mean = Math.Round(final.Mean[i], 6), scale = Math.Round(final.Scale[i], 6), weight = Math.Round(final.Weights[i], 6) }).Where(x => x.weight != 0).ToList(),
    };
    File.WriteAllText(modelPath, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    Console.WriteLine($"wrote {modelPath}");
}
return 0;

static string Group(string name)
{
    if (name.Length > 1 && "dab".Contains(name[0]) && char.IsDigit(name[1])) { return name[..1]; }
    if (name.StartsWith("fresh", StringComparison.Ordinal)) { return "fresh"; }
    if (name.StartsWith("lead_", StringComparison.Ordinal)) { return "lead"; }
    // The page sets of milestones 24 on are named by a two-letter part and a number (hi01, tl17): one hand a part.
    if (name.Length > 2 && char.IsAsciiLetterLower(name[0]) && char.IsAsciiLetterLower(name[1]) && name[2..].All(char.IsDigit)) { return name[..2]; }
    return string.Join('_', name.Split('_').Take(1));
}

static bool IsPage(string group) => group is not ("d" or "a" or "b");

static string Prf(ScoreTotals t)
{
    var (p, r, f) = t.Figures;
    return $"{p:0.000} / {r:0.000} / {f:0.000}";
}

static float[] Vector(FigureCandidate c, Dictionary<string, int> index)
{
    var v = new float[index.Count];
    foreach (var (k, x) in c.Features)
    {
        if (index.TryGetValue(k, out var i)) { v[i] = x; }
    }
    return v;
}

// The threshold that maximises the figures' F1 over the training reports, each scored by a model trained without
// its group (the F1 counted from the labels: dropping a right figure loses a hit, dropping a wrong one a false positive).
static double ChooseThreshold(List<Report> train, Func<List<Report>, Func<FigureCandidate, double>> trainer)
{
    var scored = new List<(double P, bool Right)>();
    foreach (var h in train.Select(r => r.Group).Distinct())
    {
        var model = trainer(train.Where(r => r.Group != h).ToList());
        foreach (var r in train.Where(r => r.Group == h))
        {
            for (var i = 0; i < r.Candidates.Count; i++) { scored.Add((model(r.Candidates[i]), r.Labels[i])); }
        }
    }
    var goldCount = train.Sum(r => r.GoldFigures);
    var best = (F: -1.0, T: 0.0);
    foreach (var t in new[] { 0.0 }.Concat(Enumerable.Range(1, 36).Select(i => i * 0.025)))
    {
        var kept = scored.Where(x => x.P >= t).ToList();
        var (_, _, f) = GoldScorer.F1(kept.Count(x => x.Right), kept.Count, goldCount);
        if (f > best.F + 1e-9) { best = (f, t); }
    }
    return best.T;
}

static LinearModel TrainLinear(MLContext ml, List<Report> train, Dictionary<string, int> index, float l2)
{
    var n = index.Count;
    var rows = train.SelectMany(r => r.Candidates.Select((c, i) => (V: Vector(c, index), L: r.Labels[i]))).ToList();
    var mean = new double[n];
    var scale = new double[n];
    for (var j = 0; j < n; j++)
    {
        mean[j] = rows.Average(x => x.V[j]);
        var sd = Math.Sqrt(rows.Average(x => (x.V[j] - mean[j]) * (x.V[j] - mean[j])));
        scale[j] = sd < 1e-6 ? 1 : sd;
    }
    var data = rows.Select(x => new Row { Label = x.L, Features = x.V.Select((v, j) => (float)((v - mean[j]) / scale[j])).ToArray() }).ToList();
    var view = ml.Data.LoadFromEnumerable(data, Schema(n));
    var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new Microsoft.ML.Trainers.LbfgsLogisticRegressionBinaryTrainer.Options
    {
        L2Regularization = l2, L1Regularization = 0.1f,
    });
    var model = trainer.Fit(view);
    var weights = model.Model.SubModel.Weights.Select(w => (double)w).ToArray();
    return new LinearModel(mean, scale, weights, model.Model.SubModel.Bias, index);
}

static Func<FigureCandidate, double> TrainTrees(MLContext ml, List<Report> train, Dictionary<string, int> index, int leaves)
{
    var n = index.Count;
    var data = train.SelectMany(r => r.Candidates.Select((c, i) => new Row { Label = r.Labels[i], Features = Vector(c, index) })).ToList();
    var view = ml.Data.LoadFromEnumerable(data, Schema(n));
    var model = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: leaves, numberOfTrees: 60, minimumExampleCountPerLeaf: 10, learningRate: 0.1).Fit(view);
    var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model, inputSchemaDefinition: Schema(n));
    return c => engine.Predict(new Row { Features = Vector(c, index) }).Probability;
}

static SchemaDefinition Schema(int n)
{
    var schema = SchemaDefinition.Create(typeof(Row));
    schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, n);
    return schema;
}

// A copy of the extraction with the dropped figures' casualties and destroyed hideouts taken out (operations stay,
// so provinces and tallies are scored as before).
// The side examples: (candidate, is ISIS) for every casualty figure whose side the gold settles.
static List<(FigureCandidate C, bool Isis)> SideExamples(List<Report> reports)
{
    var list = new List<(FigureCandidate, bool)>();
    foreach (var r in reports)
    {
        for (var i = 0; i < r.Candidates.Count; i++)
        {
            var c = r.Candidates[i];
            if (c.Field == "hideoutsDestroyed") { continue; }
            var isis = !c.Field.StartsWith("victims.", StringComparison.Ordinal);
            if (r.Labels[i]) { list.Add((c, isis)); }
            else if (r.SideErrors.Contains(i)) { list.Add((c, !isis)); }
        }
    }
    return list;
}

static FigureCandidate WithoutSide(FigureCandidate c)
{
    var f = c.Features.Where(x => !x.Key.StartsWith("side:", StringComparison.Ordinal) && !x.Key.StartsWith("field:", StringComparison.Ordinal))
        .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
    var category = c.Field.StartsWith("victims.", StringComparison.Ordinal) ? c.Field["victims.".Length..] : c.Field;
    f["category:" + category] = 1;
    return c with { Features = f };
}

static Func<FigureCandidate, double> TrainSides(MLContext ml, List<Report> train, float l2)
{
    var examples = SideExamples(train);
    var sideIndex = examples.SelectMany(e => WithoutSide(e.C).Features.Keys).Distinct().Order(StringComparer.Ordinal)
        .Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
    var fake = new Report("", "", new GoldReport { File = "" }, new ExtractionResult(), examples.Select(e => WithoutSide(e.C)).ToList(), examples.Select(e => e.Isis).ToArray(), 0, []);
    var model = TrainLinear(ml, [fake], sideIndex, l2);
    return c => model.Score(WithoutSide(c));
}

// The flip threshold that maximises the figures' hits over the training groups, each scored out of group: flipping a
// side error gains a hit, flipping a right figure loses one.
static double ChooseSideThreshold(MLContext ml, List<Report> train, float l2)
{
    var scored = new List<(double Contra, int Gain)>();
    foreach (var h in train.Select(r => r.Group).Distinct())
    {
        var model = TrainSides(ml, train.Where(r => r.Group != h).ToList(), l2);
        foreach (var r in train.Where(r => r.Group == h))
        {
            for (var i = 0; i < r.Candidates.Count; i++)
            {
                var c = r.Candidates[i];
                if (c.Field == "hideoutsDestroyed") { continue; }
                var p = model(c);
                var contra = c.Field.StartsWith("victims.", StringComparison.Ordinal) ? p : 1 - p;
                scored.Add((contra, r.Labels[i] ? -1 : r.SideErrors.Contains(i) ? 1 : 0));
            }
        }
    }
    var best = (Gain: 0, T: 1.0);
    foreach (var t in Enumerable.Range(0, 20).Select(i => 0.5 + i * 0.025))
    {
        var gain = scored.Where(x => x.Contra > t).Sum(x => x.Gain);
        if (gain > best.Gain) { best = (gain, t); }
    }
    return best.T;
}

// A copy of the extraction where the flipped figures' casualties change side: ISIS's become of an unknown side
// (victims), the victims' become ISIS's.
static ExtractionResult FlipSides(ExtractionResult r, HashSet<(int, string)> flip)
{
    var copy = Filter(r, []);
    for (var i = 0; i < copy.Operations.Count; i++)
    {
        var cas = copy.Operations[i].Casualties;
        for (var j = 0; j < cas.Count; j++)
        {
            var c = cas[j];
            var field = c.Side == CasualtySide.Isis
                ? c.Category switch { CasualtyCategory.Killed => "killed", CasualtyCategory.Arrested => "arrested", _ => "wounded" }
                : "victims." + ExtractionJson.Name(c.Category);
            if (flip.Contains((i, field)))
            {
                cas[j] = c with { Side = c.Side == CasualtySide.Isis ? CasualtySide.Unknown : CasualtySide.Isis };
            }
        }
    }
    return copy;
}

static ExtractionResult Filter(ExtractionResult r, HashSet<(int, string)> drop)
{
    var copy = new ExtractionResult { Published = r.Published, PublishedSource = r.PublishedSource, InferredYear = r.InferredYear };
    copy.Tallies.AddRange(r.Tallies);
    for (var i = 0; i < r.Operations.Count; i++)
    {
        var op = r.Operations[i];
        var o = new ExtractedOperation
        {
            Date = op.Date, DatePrecision = op.DatePrecision, RelativeDate = op.RelativeDate, Province = op.Province, Place = op.Place,
            Kind = op.Kind, Strikes = op.Strikes, StrikesApproximate = op.StrikesApproximate, StrikesEvidence = op.StrikesEvidence,
            Evidence = op.Evidence, Rule = op.Rule, Confidence = op.Confidence,
        };
        o.Actors.AddRange(op.Actors);
        o.Casualties.AddRange(op.Casualties.Where(c => !drop.Contains((i, c.Side == CasualtySide.Isis
            ? c.Category switch { CasualtyCategory.Killed => "killed", CasualtyCategory.Arrested => "arrested", _ => "wounded" }
            : "victims." + ExtractionJson.Name(c.Category)))));
        o.Hideouts.AddRange(op.Hideouts.Where(h => h.Outcome != HideoutOutcome.Destroyed || !drop.Contains((i, "hideoutsDestroyed"))));
        copy.Operations.Add(o);
    }
    return copy;
}

internal sealed record Report(string Name, string Group, GoldReport Gold, ExtractionResult Result, List<FigureCandidate> Candidates, bool[] Labels, int GoldFigures, HashSet<int> SideErrors);

internal sealed class Row
{
    public bool Label { get; set; }
    public float[] Features { get; set; } = [];
}

internal sealed class Prediction
{
    public float Probability { get; set; }
}

internal sealed record LinearModel(double[] Mean, double[] Scale, double[] Weights, double Bias, Dictionary<string, int> Index)
{
    public double Score(FigureCandidate c)
    {
        var z = Bias;
        for (var j = 0; j < Mean.Length; j++) { z -= Weights[j] * Mean[j] / Scale[j]; }
        foreach (var (k, x) in c.Features)
        {
            if (Index.TryGetValue(k, out var j)) { z += Weights[j] * x / Scale[j]; }
        }
        return 1 / (1 + Math.Exp(-z));
    }
}
