using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Scoring;

// A C# port of the matching in shared/tools/eval_extract.py, so that tests and the CLI's `rules` verb can score
// ExtractionResult objects against a gold file (the test cases' gold.json, the devset's gold.json shape, or
// Seeds/expected.json) without writing JSON files first.
//
// What the Python scorer does, and this port does the same way (ScoreOptions.Python):
// - operation figures are (field, value) pairs: the ISIS-side killed, arrested, wounded, hideoutsDestroyed of each
//   operation, and 'victims.<category>' = the sum, per operation and category, of its casualties whose side is not
//   isis (in the gold: the counts of an operation whose 'side' is not isis; its hideoutsDestroyed stays a
//   hideoutsDestroyed figure);
// - a gold figure matches the first unused predicted figure with the same field and value and, when the gold
//   operation has a province, the same province (greedy, in gold order);
// - dates are compared on matched figures only, when the gold has one: year precision compares YYYY, month
//   precision YYYY-MM, anything else YYYY-MM-DD;
// - provinces: per code, min(gold operations with it, predicted operations with it), figures or not;
// - tallies: (field, value) multisets over operations/killed/arrested/hideoutsDestroyed/isisAttacks, intersected.
//
// ScoreOptions.Strict adds what the per-case tests also want, and the Python scorer does not look at:
// - 'strikes' is an operation figure like the others;
// - a matched figure's operation must carry the gold 'approximate' flag (when the gold gives one);
// - a gold operation whose date is null must not get an invented date (with 'before': null or not after it);
// - each gold tally is aligned with the predicted tally sharing most of its figures, whose scope, period and
//   approximate flag must then agree with the gold's (a gold scope "IQ-SD,IQ-DI" accepts any non-empty subset).

/// <summary>The gold of one report, read tolerantly from any of the three gold files.</summary>
public sealed class GoldReport
{
    public required string File { get; init; }
    public DateOnly? Published { get; init; }
    public List<GoldOperation> Operations { get; } = [];
    public List<GoldTally> Tallies { get; } = [];
    public List<string> MustNotExtract { get; } = [];

    public static List<GoldReport> LoadAll(string path)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path, Encoding.UTF8));
        var root = doc.RootElement;
        var reports = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("reports");
        return reports.EnumerateArray().Select(Parse).ToList();
    }

    public static GoldReport Parse(JsonElement e)
    {
        var r = new GoldReport
        {
            File = Str(e, "file") ?? Str(e, "id") ?? "?",
            Published = Date(Str(e, "published")),
        };
        foreach (var o in Arr(e, "operations").Concat(Arr(e, "events")))
        {
            r.Operations.Add(GoldOperation.Parse(o));
        }
        foreach (var t in Arr(e, "tallies"))
        {
            r.Tallies.Add(GoldTally.Parse(t));
        }
        foreach (var m in Arr(e, "mustNotExtract"))
        {
            if (m.ValueKind == JsonValueKind.String)
            {
                r.MustNotExtract.Add(m.GetString()!);
            }
        }
        return r;
    }

    internal static IEnumerable<JsonElement> Arr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    internal static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static bool? Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    /// <summary>eval_extract.py's ival: numbers, numeric strings, {"value": n} or {"count": n}; booleans and null are no value.</summary>
    internal static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Ival(v) : null;

    internal static int? Ival(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.TryGetInt32(out var i) ? i : (int)v.GetDouble(),
        JsonValueKind.String => int.TryParse(v.GetString()!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null,
        JsonValueKind.Object => v.TryGetProperty("value", out var x) ? Ival(x) : v.TryGetProperty("count", out var c) ? Ival(c) : null,
        _ => null,
    };

    internal static DateOnly? Date(string? s) =>
        s is { Length: >= 10 } && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

public sealed class GoldOperation
{
    /// <summary>As written in the gold: "2024-10-06", or "2024-10" for a month (expected.json), or null.</summary>
    public string? Date { get; init; }
    public string? DatePrecision { get; init; }
    public string? Province { get; init; }
    public string? Place { get; init; }
    public string? Kind { get; init; }
    /// <summary>null or "isis" for ISIS figures; security / civilian / security+civilian for victims.</summary>
    public string? Side { get; init; }
    public int? Killed { get; init; }
    public int? Arrested { get; init; }
    public int? Wounded { get; init; }
    public int? HideoutsDestroyed { get; init; }
    public int? Strikes { get; init; }
    public bool? Approximate { get; init; }
    public string? EvidenceContains { get; init; }
    /// <summary>expected.json's 'relative' or the cases' 'relativeDate': an unresolved relative date.</summary>
    public string? Relative { get; init; }
    /// <summary>expected.json's 'before': the operation happened on or before this day, which is not known.</summary>
    public DateOnly? Before { get; init; }
    public string? Note { get; init; }

    public bool IsVictims => Side is { Length: > 0 } s && !s.Equals("isis", StringComparison.OrdinalIgnoreCase);

    public static GoldOperation Parse(JsonElement e) => new()
    {
        Date = GoldReport.Str(e, "date"),
        DatePrecision = GoldReport.Str(e, "datePrecision"),
        Province = GoldReport.Str(e, "province") is { Length: > 0 } p ? p.ToUpperInvariant() : null,
        Place = GoldReport.Str(e, "place"),
        Kind = GoldReport.Str(e, "kind"),
        Side = GoldReport.Str(e, "side"),
        Killed = GoldReport.Int(e, "killed"),
        Arrested = GoldReport.Int(e, "arrested"),
        Wounded = GoldReport.Int(e, "wounded"),
        HideoutsDestroyed = GoldReport.Int(e, "hideoutsDestroyed"),
        Strikes = GoldReport.Int(e, "strikes"),
        Approximate = GoldReport.Bool(e, "approximate"),
        EvidenceContains = GoldReport.Str(e, "evidenceContains"),
        Relative = GoldReport.Str(e, "relativeDate") ?? GoldReport.Str(e, "relative"),
        Before = GoldReport.Date(GoldReport.Str(e, "before")),
        Note = GoldReport.Str(e, "note"),
    };

    /// <summary>eval_extract.py's date_key for a gold operation.</summary>
    public string? DateKey => GoldScorer.DateKey(Date, DatePrecision);
}

public sealed class GoldTally
{
    public string? Period { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public string? Scope { get; init; }
    public string? ReportedBy { get; init; }
    public int? Operations { get; init; }
    public int? Killed { get; init; }
    public int? Arrested { get; init; }
    public int? HideoutsDestroyed { get; init; }
    public int? IsisAttacks { get; init; }
    public bool? Approximate { get; init; }
    public string? EvidenceContains { get; init; }

    public static GoldTally Parse(JsonElement e)
    {
        var period = GoldReport.Str(e, "period");
        var start = GoldReport.Date(GoldReport.Str(e, "periodStart"));
        var end = GoldReport.Date(GoldReport.Str(e, "periodEnd"));
        // expected.json gives only 'period'; a bare year ("2024") is the whole calendar year. Other period
        // strings ("the last two weeks", "since the start of the current year (2024)") are free text: not checked.
        if (start is null && end is null && period is { Length: 4 } && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            start = new DateOnly(year, 1, 1);
            end = new DateOnly(year, 12, 31);
        }
        return new GoldTally
        {
            Period = period,
            PeriodStart = start,
            PeriodEnd = end,
            Scope = GoldReport.Str(e, "scope"),
            ReportedBy = GoldReport.Str(e, "reportedBy"),
            Operations = GoldReport.Int(e, "operations"),
            Killed = GoldReport.Int(e, "killed"),
            Arrested = GoldReport.Int(e, "arrested"),
            HideoutsDestroyed = GoldReport.Int(e, "hideoutsDestroyed"),
            IsisAttacks = GoldReport.Int(e, "isisAttacks"),
            Approximate = GoldReport.Bool(e, "approximate"),
            EvidenceContains = GoldReport.Str(e, "evidenceContains"),
        };
    }

    public IEnumerable<(string Field, int Value)> Figures()
    {
        if (Operations is { } o) { yield return ("operations", o); }
        if (Killed is { } k) { yield return ("killed", k); }
        if (Arrested is { } a) { yield return ("arrested", a); }
        if (HideoutsDestroyed is { } h) { yield return ("hideoutsDestroyed", h); }
        if (IsisAttacks is { } i) { yield return ("isisAttacks", i); }
    }
}

/// <summary>One (field, value) pair of an operation, with what is needed to match it and to explain a miss.</summary>
public sealed record ScoredFigure(string Field, int Value, string? Province, string? DateKey, string Evidence, int Operation)
{
    /// <summary>The rules that read the casualties or hideouts a predicted figure adds up (the JSON's "rule"); none for gold.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    public override string ToString() =>
        $"{Field}={Value} province={Province ?? "-"} date={DateKey ?? "-"}";
}

public sealed record ScoreOptions(bool IncludeStrikes, bool Strict)
{
    /// <summary>Exactly what eval_extract.py counts.</summary>
    public static readonly ScoreOptions Python = new(false, false);

    /// <summary>The per-case bar: the Python figures plus strikes, approximate flags, invented dates, tally scope and period.</summary>
    public static readonly ScoreOptions Full = new(true, true);
}

public sealed class ReportScore
{
    public required string File { get; init; }
    public int PredictedOperations { get; init; }
    public int PredictedTallies { get; init; }
    public List<(ScoredFigure Gold, ScoredFigure Predicted)> Hits { get; } = [];
    public List<ScoredFigure> Misses { get; } = [];
    public List<ScoredFigure> Extras { get; } = [];
    public int DatesChecked { get; set; }
    public List<(ScoredFigure Gold, ScoredFigure Predicted)> WrongDates { get; } = [];
    public int ProvincesExpected { get; set; }
    public int ProvincesFound { get; set; }
    public List<string> ProvinceMisses { get; } = [];
    public int TallyHits { get; set; }
    public int TallyPredicted { get; set; }
    public int TallyGold { get; set; }
    public List<string> TallyMisses { get; } = [];
    /// <summary>The gold's tally figures no predicted tally gives, as (field, value); <see cref="TallyMisses"/> says them with their evidence.</summary>
    public List<(string Field, int Value)> TallyMissedFigures { get; } = [];
    public List<string> TallyExtras { get; } = [];
    /// <summary>Strict-mode findings (approximate, invented dates, tally scope and period).</summary>
    public List<string> Problems { get; } = [];
    /// <summary>
    /// Every predicted tally figure in the extraction's order, with its tally's rule, and whether it counts as right:
    /// of the predicted figures sharing a (field, value), as many as the gold has are right, the first ones first.
    /// </summary>
    public List<(string Field, int Value, string Rule, bool Correct)> TallyFigures { get; } = [];
    /// <summary>Numbers the gold's mustNotExtract lists that are not gold figures, with the entry that lists them.</summary>
    public Dictionary<long, string> Forbidden { get; init; } = [];

    public bool Perfect =>
        Misses.Count == 0 && Extras.Count == 0 && WrongDates.Count == 0 && ProvinceMisses.Count == 0
        && TallyMisses.Count == 0 && TallyExtras.Count == 0 && Problems.Count == 0;

    /// <summary>Every miss, extra and wrong date or province, one line each, with the evidence.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"{File}: the extractor returned {PredictedOperations} operation(s) and {PredictedTallies} tally(ies); "
            + $"{Hits.Count} of {Hits.Count + Misses.Count} gold figures found, {Extras.Count} extra; "
            + $"tally figures {TallyHits} of {TallyGold}, {TallyExtras.Count} extra; provinces {ProvincesFound}/{ProvincesExpected}; "
            + $"dates {DatesChecked - WrongDates.Count}/{DatesChecked}");
        foreach (var m in Misses)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"  {File}: missed {m}   gold evidence: «{m.Evidence}»");
        }
        foreach (var x in Extras)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"  {File}: extra {x}   evidence: «{x.Evidence}»");
            if (Forbidden.TryGetValue(x.Value, out var why))
            {
                sb.Append(CultureInfo.InvariantCulture, $"   (mustNotExtract: {why})");
            }
        }
        foreach (var (g, p) in WrongDates)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture,
                $"  {File}: wrong date for {g.Field}={g.Value}: gold {g.DateKey}, got {p.DateKey ?? "null"}   evidence: «{p.Evidence}»");
        }
        foreach (var p in ProvinceMisses)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"  {File}: {p}");
        }
        foreach (var t in TallyMisses)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"  {File}: missed tally {t}");
        }
        foreach (var t in TallyExtras)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"  {File}: extra tally {t}");
        }
        foreach (var p in Problems)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"  {File}: {p}");
        }
        return sb.ToString();
    }
}

/// <summary>Micro-averaged totals over many reports, as eval_extract.py prints them.</summary>
public sealed class ScoreTotals
{
    public int Hits { get; private set; }
    public int Predicted { get; private set; }
    public int Gold { get; private set; }
    public int TallyHits { get; private set; }
    public int TallyPredicted { get; private set; }
    public int TallyGold { get; private set; }
    public int DatesOk { get; private set; }
    public int DatesChecked { get; private set; }
    public int ProvincesOk { get; private set; }
    public int ProvincesExpected { get; private set; }

    public void Add(ReportScore s)
    {
        Hits += s.Hits.Count;
        Predicted += s.Hits.Count + s.Extras.Count;
        Gold += s.Hits.Count + s.Misses.Count;
        TallyHits += s.TallyHits;
        TallyPredicted += s.TallyPredicted;
        TallyGold += s.TallyGold;
        DatesChecked += s.DatesChecked;
        DatesOk += s.DatesChecked - s.WrongDates.Count;
        ProvincesOk += s.ProvincesFound;
        ProvincesExpected += s.ProvincesExpected;
    }

    public (double P, double R, double F1) Figures => GoldScorer.F1(Hits, Predicted, Gold);
    public (double P, double R, double F1) TallyFigures => GoldScorer.F1(TallyHits, TallyPredicted, TallyGold);

    public override string ToString()
    {
        var (p, r, f) = Figures;
        var (tp, tr, tf) = TallyFigures;
        return string.Create(CultureInfo.InvariantCulture,
            $"operation figures: P={p:0.00} R={r:0.00} F1={f:0.00} ({Hits} right of {Predicted} given, {Gold} in gold)\n"
            + $"tally figures:     P={tp:0.00} R={tr:0.00} F1={tf:0.00} ({TallyHits} right of {TallyPredicted} given, {TallyGold} in gold)\n"
            + $"figures F1={f:0.00} tallies F1={tf:0.00} dates={DatesOk}/{DatesChecked} provinces={ProvincesOk}/{ProvincesExpected}");
    }
}

public static partial class GoldScorer
{
    private static readonly string[] TallyFields = ["operations", "killed", "arrested", "hideoutsDestroyed", "isisAttacks"];

    /// <summary>eval_extract.py's f1: no prediction scores precision 1 only when there is no gold either.</summary>
    public static (double P, double R, double F1) F1(int tp, int nPred, int nGold)
    {
        var p = nPred > 0 ? (double)tp / nPred : nGold == 0 ? 1.0 : 0.0;
        var r = nGold > 0 ? (double)tp / nGold : 1.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    /// <summary>eval_extract.py's date_key: YYYY for year precision, YYYY-MM for month, else the first ten characters.</summary>
    public static string? DateKey(string? date, string? precision)
    {
        if (string.IsNullOrEmpty(date))
        {
            return null;
        }
        var prec = string.IsNullOrEmpty(precision) ? "day" : precision.ToLowerInvariant();
        return prec switch
        {
            "year" => date[..Math.Min(4, date.Length)],
            "month" => date[..Math.Min(7, date.Length)],
            _ => date[..Math.Min(10, date.Length)],
        };
    }

    public static string? DateKey(ExtractedOperation op) =>
        op.Date is { } d ? DateKey(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ExtractionJson.Name(op.DatePrecision)) : null;

    /// <summary>The figures of one gold operation (eval_extract.py figures_of(op, is_gold=True)).</summary>
    public static IEnumerable<ScoredFigure> FiguresOf(GoldOperation op, int index, ScoreOptions options)
    {
        var ev = op.EvidenceContains ?? "";
        if (op.IsVictims)
        {
            if (op.Killed is { } k) { yield return new("victims.killed", k, op.Province, op.DateKey, ev, index); }
            if (op.Wounded is { } w) { yield return new("victims.wounded", w, op.Province, op.DateKey, ev, index); }
            if (op.Arrested is { } a) { yield return new("victims.arrested", a, op.Province, op.DateKey, ev, index); }
        }
        else
        {
            if (op.Killed is { } k) { yield return new("killed", k, op.Province, op.DateKey, ev, index); }
            if (op.Arrested is { } a) { yield return new("arrested", a, op.Province, op.DateKey, ev, index); }
            if (op.Wounded is { } w) { yield return new("wounded", w, op.Province, op.DateKey, ev, index); }
        }
        if (op.HideoutsDestroyed is { } h) { yield return new("hideoutsDestroyed", h, op.Province, op.DateKey, ev, index); }
        if (options.IncludeStrikes && op.Strikes is { } s) { yield return new("strikes", s, op.Province, op.DateKey, ev, index); }
    }

    /// <summary>The figures of one predicted operation (eval_extract.py figures_of(op, is_gold=False)).</summary>
    public static IEnumerable<ScoredFigure> FiguresOf(ExtractedOperation op, int index, ScoreOptions options)
    {
        var province = string.IsNullOrEmpty(op.Province) ? null : op.Province.ToUpperInvariant();
        var date = DateKey(op);
        string Ev(IEnumerable<Evidence> evidence)
        {
            var texts = evidence.Select(e => e.Text).Where(t => !string.IsNullOrEmpty(t)).Distinct().ToList();
            return texts.Count > 0 ? string.Join(" | ", texts) : op.Evidence.Text;
        }
        foreach (var (field, category) in new[] { ("killed", CasualtyCategory.Killed), ("arrested", CasualtyCategory.Arrested), ("wounded", CasualtyCategory.Wounded) })
        {
            var isis = op.Casualties.Where(c => c.Side == CasualtySide.Isis && c.Category == category).ToList();
            if (isis.Count > 0)
            {
                yield return new(field, isis.Sum(c => c.Count), province, date, Ev(isis.Select(c => c.Evidence)), index)
                {
                    Rules = RulesOf(isis.Select(c => c.Rule)),
                };
            }
        }
        if (op.HideoutsDestroyed is { } h)
        {
            var destroyed = op.Hideouts.Where(x => x.Outcome == HideoutOutcome.Destroyed).ToList();
            yield return new("hideoutsDestroyed", h, province, date, Ev(destroyed.Select(x => x.Evidence)), index)
            {
                Rules = RulesOf(destroyed.Select(x => x.Rule)),
            };
        }
        if (options.IncludeStrikes && op.Strikes is { } s)
        {
            yield return new("strikes", s, province, date, op.Evidence.Text, index) { Rules = RulesOf([op.Rule]) };
        }
        // Victims: per category, the sum of the casualties of every side but ISIS (in the order eval_extract.py meets them).
        foreach (var group in op.Casualties.Where(c => c.Side != CasualtySide.Isis).GroupBy(c => c.Category))
        {
            yield return new("victims." + ExtractionJson.Name(group.Key), group.Sum(c => c.Count), province, date,
                Ev(group.Select(c => c.Evidence)), index)
            {
                Rules = RulesOf(group.Select(c => c.Rule)),
            };
        }
    }

    private static string[] RulesOf(IEnumerable<string> rules) =>
        [.. rules.Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal)];

    public static IEnumerable<(string Field, int Value)> FiguresOf(ExtractedTally t)
    {
        if (t.Operations is { } o) { yield return ("operations", o); }
        if (t.Killed is { } k) { yield return ("killed", k); }
        if (t.Arrested is { } a) { yield return ("arrested", a); }
        if (t.HideoutsDestroyed is { } h) { yield return ("hideoutsDestroyed", h); }
        if (t.IsisAttacks is { } i) { yield return ("isisAttacks", i); }
    }

    /// <summary>Scores one report against its gold; the verdict (Perfect) and the listing (Describe) are the callers' to use.</summary>
    public static ReportScore Score(GoldReport gold, ExtractionResult predicted, ScoreOptions options)
    {
        var score = new ReportScore
        {
            File = gold.File,
            PredictedOperations = predicted.Operations.Count,
            PredictedTallies = predicted.Tallies.Count,
            Forbidden = ForbiddenNumbers(gold),
        };

        // Operation figures: greedy matching in gold order, as eval_extract.py.
        var goldFigures = gold.Operations.SelectMany((op, i) => FiguresOf(op, i, options)).ToList();
        var predFigures = predicted.Operations.SelectMany((op, i) => FiguresOf(op, i, options)).ToList();
        var used = new bool[predFigures.Count];
        foreach (var g in goldFigures)
        {
            var found = -1;
            for (var i = 0; i < predFigures.Count; i++)
            {
                var p = predFigures[i];
                if (used[i] || p.Field != g.Field || p.Value != g.Value || (g.Province is not null && p.Province != g.Province))
                {
                    continue;
                }
                found = i;
                break;
            }
            if (found < 0)
            {
                score.Misses.Add(g);
                continue;
            }
            used[found] = true;
            var hit = predFigures[found];
            score.Hits.Add((g, hit));
            if (g.DateKey is not null)
            {
                score.DatesChecked++;
                if (hit.DateKey != g.DateKey)
                {
                    score.WrongDates.Add((g, hit));
                }
            }
            if (options.Strict)
            {
                CheckMatchedOperation(score, gold.Operations[g.Operation], predicted.Operations[hit.Operation], g);
            }
        }
        for (var i = 0; i < predFigures.Count; i++)
        {
            if (!used[i])
            {
                score.Extras.Add(predFigures[i]);
            }
        }

        // Provinces of gold operations, figures or not.
        var goldProvinces = gold.Operations.Where(o => o.Province is not null).GroupBy(o => o.Province!).ToDictionary(g => g.Key, g => g.Count());
        var predProvinces = predicted.Operations.Where(o => !string.IsNullOrEmpty(o.Province))
            .GroupBy(o => o.Province!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (code, n) in goldProvinces)
        {
            var got = Math.Min(n, predProvinces.GetValueOrDefault(code));
            score.ProvincesExpected += n;
            score.ProvincesFound += got;
            if (got < n)
            {
                var places = string.Join(" / ", gold.Operations.Where(o => o.Province == code).Select(o => o.Place ?? o.EvidenceContains).Distinct());
                score.ProvinceMisses.Add($"province {code}: {n} gold operation(s), {got} predicted   gold place: «{places}»");
            }
        }

        // Tallies: (field, value) multisets.
        var goldTally = Multiset(gold.Tallies.SelectMany(t => t.Figures()));
        var predTally = Multiset(predicted.Tallies.SelectMany(t => FiguresOf(t)));
        foreach (var (key, n) in goldTally)
        {
            var got = Math.Min(n, predTally.GetValueOrDefault(key));
            score.TallyHits += got;
            score.TallyGold += n;
            for (var i = got; i < n; i++)
            {
                var ev = gold.Tallies.FirstOrDefault(t => t.Figures().Contains(key))?.EvidenceContains;
                score.TallyMisses.Add($"{key.Field}={key.Value}   gold evidence: «{ev}»");
                score.TallyMissedFigures.Add(key);
            }
        }
        var unmatched = new Dictionary<(string Field, int Value), int>(goldTally);
        foreach (var t in predicted.Tallies)
        {
            foreach (var key in FiguresOf(t))
            {
                var correct = unmatched.GetValueOrDefault(key) > 0;
                if (correct)
                {
                    unmatched[key]--;
                }
                score.TallyFigures.Add((key.Field, key.Value, t.Rule, correct));
            }
        }
        foreach (var (key, n) in predTally)
        {
            score.TallyPredicted += n;
            for (var i = goldTally.GetValueOrDefault(key); i < n; i++)
            {
                var ev = predicted.Tallies.FirstOrDefault(t => FiguresOf(t).Contains(key))?.Evidence.Text;
                var why = score.Forbidden.TryGetValue(key.Value, out var w) ? $"   (mustNotExtract: {w})" : "";
                score.TallyExtras.Add($"{key.Field}={key.Value}   evidence: «{ev}»{why}");
            }
        }
        if (options.Strict)
        {
            CheckTallies(score, gold, predicted);
        }
        return score;
    }

    private static Dictionary<(string Field, int Value), int> Multiset(IEnumerable<(string Field, int Value)> items)
    {
        var d = new Dictionary<(string, int), int>();
        foreach (var k in items)
        {
            d[k] = d.GetValueOrDefault(k) + 1;
        }
        return d;
    }

    private static void CheckMatchedOperation(ReportScore score, GoldOperation g, ExtractedOperation p, ScoredFigure figure)
    {
        if (g.Approximate is { } approx && p.Approximate != approx)
        {
            score.Problems.Add($"approximate for {figure.Field}={figure.Value}: gold {Lower(approx)}, got {Lower(p.Approximate)}   evidence: «{p.Evidence.Text}»");
        }
        if (g.Date is null && p.Date is { } d)
        {
            if (g.Before is { } before)
            {
                if (d > before)
                {
                    score.Problems.Add($"date for {figure.Field}={figure.Value}: gold says before {before:yyyy-MM-dd}, got {d:yyyy-MM-dd}");
                }
            }
            else
            {
                var why = g.Relative is null ? "the text gives no date" : $"'{g.Relative}' cannot be resolved";
                score.Problems.Add($"invented date for {figure.Field}={figure.Value}: gold null ({why}), got {d:yyyy-MM-dd}   evidence: «{p.Evidence.Text}»");
            }
        }
    }

    private static void CheckTallies(ReportScore score, GoldReport gold, ExtractionResult predicted)
    {
        var taken = new bool[predicted.Tallies.Count];
        foreach (var g in gold.Tallies)
        {
            var gf = g.Figures().ToList();
            var best = -1;
            var bestShared = 0;
            for (var i = 0; i < predicted.Tallies.Count; i++)
            {
                if (taken[i])
                {
                    continue;
                }
                var shared = FiguresOf(predicted.Tallies[i]).Count(gf.Contains);
                if (shared > bestShared)
                {
                    best = i;
                    bestShared = shared;
                }
            }
            if (best < 0)
            {
                continue; // its figures are already reported as missed
            }
            taken[best] = true;
            var p = predicted.Tallies[best];
            var label = $"tally «{g.EvidenceContains}»";
            if (g.Scope is { Length: > 0 } scope && !ScopeAgrees(scope, p.Scope))
            {
                score.Problems.Add($"{label}: scope gold {scope}, got {p.Scope}");
            }
            if (g.PeriodStart is { } start && p.PeriodStart != start)
            {
                score.Problems.Add($"{label}: periodStart gold {start:yyyy-MM-dd}, got {Show(p.PeriodStart)}");
            }
            if (g.PeriodEnd is { } end && p.PeriodEnd != end)
            {
                score.Problems.Add($"{label}: periodEnd gold {end:yyyy-MM-dd}, got {Show(p.PeriodEnd)}");
            }
            if (g.Approximate is { } approx && p.Approximate != approx)
            {
                score.Problems.Add($"{label}: approximate gold {Lower(approx)}, got {Lower(p.Approximate)}");
            }
        }
    }

    /// <summary>A gold scope of several provinces ("IQ-SD,IQ-DI", expected.json) accepts any non-empty subset; otherwise equal codes.</summary>
    public static bool ScopeAgrees(string gold, string? predicted)
    {
        static HashSet<string> Codes(string s) =>
            s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToHashSet();
        if (string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }
        var g = Codes(gold);
        var p = Codes(predicted);
        return p.Count > 0 && p.IsSubsetOf(g);
    }

    /// <summary>
    /// The numbers that the gold's mustNotExtract entries mention (digits of any script; "50 ألف" also gives 50000,
    /// "200 مليون" also 200000000), less the values of the gold's own figures (seed 002 lists "50 ألف مقاتل" but 50 is
    /// also its tally; seed 000 lists "9 December 2017" but 9 are killed). Each maps to the entry that lists it.
    /// </summary>
    public static Dictionary<long, string> ForbiddenNumbers(GoldReport gold)
    {
        var allowed = new HashSet<long>();
        foreach (var op in gold.Operations)
        {
            foreach (var v in new[] { op.Killed, op.Arrested, op.Wounded, op.HideoutsDestroyed, op.Strikes })
            {
                if (v is { } x) { allowed.Add(x); }
            }
        }
        foreach (var t in gold.Tallies)
        {
            foreach (var (_, v) in t.Figures()) { allowed.Add(v); }
        }
        var forbidden = new Dictionary<long, string>();
        foreach (var entry in gold.MustNotExtract)
        {
            foreach (var n in NumbersIn(entry))
            {
                if (!allowed.Contains(n))
                {
                    forbidden.TryAdd(n, entry);
                }
            }
        }
        return forbidden;
    }

    /// <summary>Every run of decimal digits (ASCII, Arabic-Indic, Eastern Arabic-Indic) in a string, with thousands and millions applied.</summary>
    public static IEnumerable<long> NumbersIn(string s)
    {
        foreach (Match m in Digits().Matches(s))
        {
            var value = 0L;
            foreach (var ch in m.Value)
            {
                value = value * 10 + CharUnicodeInfo.GetDecimalDigitValue(ch);
                if (value > 1_000_000_000_000L)
                {
                    break;
                }
            }
            yield return value;
            var rest = s[(m.Index + m.Length)..].TrimStart();
            if (rest.StartsWith("ألف", StringComparison.Ordinal) || rest.StartsWith("آلاف", StringComparison.Ordinal) || rest.StartsWith("الف", StringComparison.Ordinal))
            {
                yield return value * 1_000;
            }
            else if (rest.StartsWith("مليون", StringComparison.Ordinal) || rest.StartsWith("ملايين", StringComparison.Ordinal))
            {
                yield return value * 1_000_000;
            }
        }
    }

    /// <summary>Every count the extraction gives anywhere: operation figures (all casualties, hideouts, strikes) and tally figures.</summary>
    public static IEnumerable<(int Value, string Where)> AllPredictedCounts(ExtractionResult r)
    {
        foreach (var op in r.Operations)
        {
            foreach (var c in op.Casualties)
            {
                yield return (c.Count, $"{ExtractionJson.Name(c.Side)} {ExtractionJson.Name(c.Category)} «{c.Evidence.Text}»");
            }
            foreach (var h in op.Hideouts)
            {
                yield return (h.Count, $"hideouts {ExtractionJson.Name(h.Outcome)} «{h.Evidence.Text}»");
            }
            if (op.Strikes is { } s)
            {
                yield return (s, $"strikes «{op.Evidence.Text}»");
            }
        }
        foreach (var t in r.Tallies)
        {
            foreach (var (field, v) in FiguresOf(t))
            {
                yield return (v, $"tally {field} «{t.Evidence.Text}»");
            }
        }
    }

    private static string Lower(bool b) => b ? "true" : "false";

    private static string Show(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null";

    [GeneratedRegex(@"\p{Nd}+")]
    private static partial Regex Digits();
}
