using System.Globalization;
using System.Text;

namespace OpsTracker.Core.Extraction.Scoring;

/// <summary>How one rule did over a set of reports.</summary>
/// <param name="Rule">The rule's name, as the JSON's "rule" field carries it.</param>
/// <param name="Hits">The extracted figures it contributed to (operation and tally figures).</param>
/// <param name="Correct">Of those, the ones the gold confirms (matched as eval_extract.py matches them).</param>
/// <param name="Reports">In how many distinct reports it fired.</param>
public sealed record RuleStats(string Rule, int Hits, int Correct, int Reports)
{
    public double Precision => Hits == 0 ? 0 : (double)Correct / Hits;

    /// <summary>A rule that fired in one report only may be tuned to that report's wording.</summary>
    public bool SingleReport => Reports == 1;
}

/// <summary>
/// Which rules produce right figures: each extracted figure is matched against the gold exactly as the scorer
/// (<see cref="GoldScorer"/>, eval_extract.py's matching) does, then credited to the rules that read it. A figure
/// that adds up casualties read by two rules counts for both.
/// </summary>
public sealed class RuleReport
{
    private readonly Dictionary<string, (int Hits, int Correct, HashSet<string> Reports)> _byRule = new(StringComparer.Ordinal);

    /// <summary>Scores one report and counts its figures under their rules.</summary>
    public ReportScore Add(GoldReport gold, ExtractionResult predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var score = GoldScorer.Score(gold, predicted, ScoreOptions.Python);
        foreach (var (_, figure) in score.Hits)
        {
            Count(figure.Rules, gold.File, correct: true);
        }
        foreach (var figure in score.Extras)
        {
            Count(figure.Rules, gold.File, correct: false);
        }
        foreach (var (_, _, rule, correct) in score.TallyFigures)
        {
            Count([rule], gold.File, correct);
        }
        return score;
    }

    /// <summary>Every rule that fired, most figures first (then by name).</summary>
    public IReadOnlyList<RuleStats> Rules =>
        [.. _byRule.Select(p => new RuleStats(p.Key, p.Value.Hits, p.Value.Correct, p.Value.Reports.Count))
            .OrderByDescending(r => r.Hits).ThenBy(r => r.Rule, StringComparer.Ordinal)];

    /// <summary>The table the CLI's <c>rules</c> verb prints: one line per rule, and a mark on rules that fired in one report only.</summary>
    public string ToTable()
    {
        var rules = Rules;
        var width = Math.Max("rule".Length, rules.Count == 0 ? 0 : rules.Max(r => r.Rule.Length));
        var sb = new StringBuilder();
        sb.Append("rule".PadRight(width)).Append("   hits  correct  precision  reports\n");
        foreach (var r in rules)
        {
            sb.Append(r.Rule.PadRight(width))
                .Append(CultureInfo.InvariantCulture, $"  {r.Hits,5}  {r.Correct,7}  {r.Precision,9:0.00}  {r.Reports,7}")
                .Append(r.SingleReport ? "  one report only" : "")
                .Append('\n');
        }
        var hits = rules.Sum(r => r.Hits);
        var correct = rules.Sum(r => r.Correct);
        sb.Append(CultureInfo.InvariantCulture,
            $"{rules.Count} rules, {rules.Count(r => r.SingleReport)} fired in one report only; {correct} of {hits} rule hits right\n");
        return sb.ToString();
    }

    private void Count(IEnumerable<string> rules, string report, bool correct)
    {
        foreach (var rule in rules.DefaultIfEmpty("(none)"))
        {
            var (hits, right, reports) = _byRule.TryGetValue(rule, out var found) ? found : (0, 0, new HashSet<string>(StringComparer.Ordinal));
            reports.Add(report);
            _byRule[rule] = (hits + 1, right + (correct ? 1 : 0), reports);
        }
    }
}
