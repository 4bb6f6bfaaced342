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
        bool Placed(OperationDraft d) => d.Province is not null && (d.ProvinceOwn || d.Province != report.RegionalDatelineProvince);
        if (drafts.All(Placed) || report.Sentences.Any(s => report.PlacesIn(s).Any() || report.Has(lexicon.IraqScope, s))
            || !report.Sentences.Any(s => report.Has(lexicon.ForeignScope, s)))
        {
            return drafts;
        }
        return drafts.Where(Placed).ToList();
    }
}
