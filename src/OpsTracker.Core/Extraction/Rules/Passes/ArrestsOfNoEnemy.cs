using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A police bulletin that counts the wanted it arrested ("القبض على 9 مطلوبين للقضاء"، "ضبط متهمين") and never names
/// ISIS, its fighters, terror or a terror charge anywhere (lexicon isisNames, isisOrgs, terrorCharges) tells of crime:
/// "مطلوب" says only that a court wants the man. Its arrests are no arrests of ISIS members; an arrest the report ties to
/// ISIS in any sentence stays, as the clause readers left it. Input: the drafts standing. Output: the drafts without
/// such arrests; a draft that counted nothing else dropped.
/// </summary>
internal sealed class ArrestsOfNoEnemy(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        // The cheap test first: most reports' drafts count no arrest, and most that do name ISIS in their first sentence.
        if (!drafts.Any(d => d.Figures.Exists(IsArrest)) || NamesTheEnemy(context.Report))
        {
            return drafts;
        }
        foreach (var d in drafts)
        {
            if (d.Figures.RemoveAll(IsArrest) > 0 && d.Figures.Count == 0)
            {
                d.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    private static bool IsArrest(Figure f) => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested, Side: CasualtySide.Isis };

    private bool NamesTheEnemy(ReportText report)
    {
        foreach (var s in report.Sentences)
        {
            if (report.Has(lexicon.IsisNames, s) || report.Has(lexicon.IsisOrgs, s) || report.Has(lexicon.TerrorCharges, s))
            {
                return true;
            }
        }
        return false;
    }
}
