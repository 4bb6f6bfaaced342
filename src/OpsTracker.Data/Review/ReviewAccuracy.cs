using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Scoring;

namespace OpsTracker.Data.Review;

/// <summary>Figures right, given by the extractor, and in the analysts' reviews; precision, recall and F1 of them.</summary>
public sealed record FigureCounts(int Right, int Given, int Reviewed)
{
    public double Precision => GoldScorer.F1(Right, Given, Reviewed).P;
    public double Recall => GoldScorer.F1(Right, Given, Reviewed).R;
    public double F1 => GoldScorer.F1(Right, Given, Reviewed).F1;
}

/// <summary>One figure as the scorer matches it: field (killed, arrested, wounded, hideoutsDestroyed, victims.*), value, province.</summary>
public sealed record FigureTold(string Field, int Value, string? Province);

/// <summary>A figure the extractor reads right but dates otherwise than the analysts (dates as the scorer keys them: YYYY, YYYY-MM or YYYY-MM-DD).</summary>
public sealed record FigureDated(string Field, int Value, string? Province, string? Reviewed, string? Read);

/// <summary>A tally figure (operations, killed, arrested, hideoutsDestroyed, isisAttacks) and its value.</summary>
public sealed record TallyFigure(string Field, int Value);

/// <summary>
/// A reviewed report the extractor reads otherwise than its analysts: the operation figures it misses and those it
/// adds, the figures it reads right on another day, and the tally figures it misses and adds.
/// </summary>
public sealed record ReportDisagreement(
    int ReportId,
    string FileName,
    IReadOnlyList<FigureTold> Missed,
    IReadOnlyList<FigureTold> Extra,
    IReadOnlyList<FigureDated> Dated,
    IReadOnlyList<TallyFigure> TalliesMissed,
    IReadOnlyList<TallyFigure> TalliesExtra);

/// <summary>
/// How this build's extractor reads the reports analysts reviewed whole, scored as the development set is
/// (operation figures on field, value and province; tally figures; dates of the figures it gets right; provinces of
/// the operations), and the reports it reads otherwise, with what differs: the measure of issue #8 on the product's own
/// text.
/// </summary>
public sealed record ReviewAccuracy(
    string ExtractorVersion,
    int ReviewedReports,
    int ExtractedReports,
    FigureCounts Figures,
    FigureCounts Tallies,
    int DatesRight,
    int DatesChecked,
    int ProvincesRight,
    int ProvincesReviewed,
    IReadOnlyList<ReportDisagreement> Disagreements);

/// <summary>
/// Measures <see cref="ReviewAccuracy"/>: every report of <see cref="ReviewedReports"/> read again by the extractor the
/// app runs (not the one that read it first) and scored against the analysts' reading. Analysts start from the
/// extractor's reading, so a figure they let stand agrees with it more readily than a second annotator would: the
/// measure is an upper bound where reviews are quick, and it counts what analysts added or corrected in full.
/// </summary>
public sealed class ReviewAccuracyMeter(ReviewedReports reviewed, IReportExtractor extractor)
{
    public async Task<ReviewAccuracy> MeasureAsync(CancellationToken cancellationToken = default)
    {
        var set = await reviewed.LoadAsync(cancellationToken);
        // Reading is CPU work: off the caller's thread (a Blazor circuit or a request), report by report.
        return await Task.Run(() =>
        {
            var totals = new ScoreTotals();
            var disagreements = new List<ReportDisagreement>();
            foreach (var report in set.Reports)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var score = GoldScorer.Score(report.Gold, extractor.Extract(report.Text, report.Published), ScoreOptions.Python);
                totals.Add(score);
                var tallyExtras = score.TallyFigures.Where(t => !t.Correct).Select(t => new TallyFigure(t.Field, t.Value)).ToList();
                if (score.Misses.Count > 0 || score.Extras.Count > 0 || score.WrongDates.Count > 0 || score.TallyMissedFigures.Count > 0 || tallyExtras.Count > 0)
                {
                    disagreements.Add(new ReportDisagreement(report.ReportId, report.FileName,
                        [.. score.Misses.Select(Told)],
                        [.. score.Extras.Select(Told)],
                        [.. score.WrongDates.Select(d => new FigureDated(d.Gold.Field, d.Gold.Value, d.Gold.Province, d.Gold.DateKey, d.Predicted.DateKey))],
                        [.. score.TallyMissedFigures.Select(t => new TallyFigure(t.Field, t.Value))],
                        tallyExtras));
                }
            }
            return new ReviewAccuracy(
                extractor.Version,
                set.Reports.Count,
                set.ExtractedReports,
                new FigureCounts(totals.Hits, totals.Predicted, totals.Gold),
                new FigureCounts(totals.TallyHits, totals.TallyPredicted, totals.TallyGold),
                totals.DatesOk,
                totals.DatesChecked,
                totals.ProvincesOk,
                totals.ProvincesExpected,
                disagreements);
        }, cancellationToken);
    }

    private static FigureTold Told(ScoredFigure f) => new(f.Field, f.Value, f.Province);
}
