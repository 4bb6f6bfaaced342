using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// People at large killed or wounded by shelling whose sentence names no doer: "قتل أربعة مدنيين في قصف على
/// المدينة"، "أصيب 12 بسقوط قذائف هاون قرب سوق"، "أدت نيران المدفعية إلى مقتل تسعة". Indirect fire is shot from afar
/// by whoever holds the guns, and in the war years both sides shelled the towns the other held; so the sentence that
/// counts such victims must itself name ISIS or terrorists (lexicon attackAttribution.attributors) for them to be
/// ISIS's victims. A headline's framing of the report as ISIS's attacks, or a neighbour telling an attack, says whose
/// the report's bombs and ambushes were, not whose the shells were (<see cref="AttackAttribution"/> still reads
/// those for every other means). Men of the forces hit by shells are left to the rule for attacks on the forces.
/// The victims join <see cref="ReportText.UnattributedVictims"/>, as those of the other removals do. A risen toll of
/// victims counted before is left to the toll it corrects.
/// One neighbour does name the doer: "رمى عناصر التنظيم حيا بقذائف الهاون. وبين المسؤول أن القذائف أوقعت
/// ثلاثة قتلى": the sentence that counts the victims points back by a definite noun of shelling (lexicon shellingReferences)
/// to the shelling the sentence before it in the same paragraph tells, and that sentence names ISIS; the shells are
/// the ones it names the doer of.
/// Input: the drafts as read; output: the drafts still counting something.
/// </summary>
internal sealed class UnnamedShellingVictimRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        return DraftPass.UnattributeVictims(report, drafts, f =>
        {
            // "ارتفع عدد القتلى المدنيين بقذائف الهاون إلى سبعة": a risen toll is the toll told before it, whose doer
            // that telling named or did not (CorrectionApplication makes it one).
            if (f.Side == CasualtySide.Security || (f.Correction && drafts.Any(d => d.Figures.Exists(e => e != f && !e.Correction && e.First < f.First && e.SameMeasure(f)))))
            {
                return false;
            }
            var sentence = report.Sentences[f.Sentence];
            return report.Has(lexicon.ShellingWords, sentence) && !report.Has(lexicon.AttackAttributors, sentence)
                && !PointsBackToNamedShelling(report, sentence);
        });
    }

    /// <summary>
    /// The sentence refers to a shelling by a definite noun, and the sentence before it, in the same paragraph, tells
    /// shelling and names ISIS or terrorists without saying nobody claimed it.
    /// </summary>
    private bool PointsBackToNamedShelling(ReportText report, Sentence sentence)
    {
        if (sentence.Index == 0 || report.Sentences[sentence.Index - 1] is not { } before || before.Paragraph != sentence.Paragraph)
        {
            return false;
        }
        var referred = false;
        for (var j = sentence.First; j <= sentence.Last && !referred; j++)
        {
            referred = report.Tokens[j].IsWord && report.Tokens[j].ReadingsKeepingArticle.AnyIn(lexicon.ShellingReferences);
        }
        return referred && report.Has(lexicon.ShellingWords, before) && report.Has(lexicon.AttackAttributors, before)
            && !report.Has(lexicon.NoClaimCues, before);
    }
}
