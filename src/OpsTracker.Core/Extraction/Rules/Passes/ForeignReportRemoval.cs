using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A report that names neither Iraq (lexicon iraqScope) nor a place in it, and names a place or a force abroad (lexicon
/// foreignScope: سوريا، قسد، الرقة ...), tells of ISIS elsewhere: its operations that found no province are not ours.
/// A report naming Iraq or an Iraqi place keeps them ("العراق يعلن مقتل ..." without a place is Iraq's operation).
/// A regional outlet's dateline ("أربيل (كوردستان24)-") names where the copy was filed, not where anything happened:
/// an operation it alone placed is, in such a report, as unplaced as the others.
/// </summary>
internal sealed class ForeignReportRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        bool Placed(OperationDraft d) => d.Province is not null && (d.ProvinceOwn || d.Province != report.PlaceReadings.RegionalDatelineProvince);
        if (drafts.All(Placed) || (!HeadlinePlacesItAbroad(report)
            && (report.Sentences.Any(s => report.PlaceReadings.PlacesIn(s).Any() || report.Has(lexicon.IraqScope, s))
                || !report.Sentences.Any(s => report.Has(lexicon.ForeignScope, s)))))
        {
            return drafts;
        }
        return drafts.Where(Placed).ToList();
    }

    /// <summary>
    /// "الطيران العراقي يقصف مواقع التنظيم في سوريا": a headline that places what it tells abroad ("في"/"داخل" and
    /// a country or place of lexicon foreignScope) and names no place in Iraq nor Iraq after "في" says where the
    /// report's operations were, though the body names Iraq as the one who struck or announced: an operation the body
    /// does not place in Iraq is not ours. A headline of both ("في العراق وسوريا") places nothing abroad.
    /// </summary>
    private bool HeadlinePlacesItAbroad(ReportText report)
    {
        if (!report.Layout.IsHeadline(0))
        {
            return false;
        }
        var headline = report.Sentences[0];
        if (report.PlaceReadings.PlacesIn(headline).Any())
        {
            return false;
        }
        var tokens = report.Tokens;
        var abroad = false;
        for (var i = headline.First + 1; i <= headline.Last; i++)
        {
            if (tokens[i - 1].Text is not (Text.Particles.Fi or Text.Particles.Dakhil) || ClosesAComparison(report, headline, i - 1))
            {
                continue;
            }
            if (lexicon.IraqScope.MatchAt(tokens, i) is not null)
            {
                return false;
            }
            abroad |= lexicon.ForeignScope.MatchAt(tokens, i) is not null;
        }
        return abroad;
    }

    /// <summary>
    /// "اعتقال أبرز مهربي السلاح في المنطقة": the "في" after a superlative or an elative in construct (lexicon superlatives,
    /// elativesOfOne), within <see cref="AssemblerLimits.SuperlativeReach"/> words and no break, names what the man is
    /// compared with, not where anything happened.
    /// </summary>
    private bool ClosesAComparison(ReportText report, Sentence s, int fi) =>
        SuperlativeComparisons.AfterSuperlative(report, lexicon, s, fi, lexicon.ElativesOfOne);
}
