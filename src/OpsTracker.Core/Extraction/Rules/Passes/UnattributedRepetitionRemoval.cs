using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A headline or lead counts the victims the body goes on to blame on unknown gunmen or on old ordnance ("مقتل ثلاثة
/// مزارعين بهجوم مسلح", then "قتل مسلحون مجهولون ثلاثة مزارعين"): the body's sentence names no ISIS, so its victims
/// were left out (<see cref="ReportText.UnattributedVictims"/>), and the head's telling of them, the same count of the
/// same outcome with no ISIS named in its own clause, is no ISIS attack either.
/// </summary>
internal sealed class UnattributedRepetitionRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.UnattributedVictims.Count == 0)
        {
            return drafts;
        }
        foreach (var d in drafts.Where(d => !d.Dropped && d.Clause.Index <= report.Layout.HeadLast && !report.Has(lexicon.IsisAgent, d.Clause)))
        {
            var victims = d.Figures.Where(f => f.Kind == FigureKind.Casualty && f.Side != Domain.CasualtySide.Isis).ToList();
            d.Figures.RemoveAll(f => victims.Contains(f)
                && report.UnattributedVictims.Any(u => u.Sentence != f.Sentence && u.Category == f.Category && u.Count == f.Count && TellsNoMoreThan(victims, u.Sentence, report)));
            d.Dropped = d.Figures.Count == 0;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// "مقتل 9 جنود وإصابة اثنين" in the lead and "وسقط 9 قتلى و6 جرحى بقذائف" below: the head's victims are a
    /// telling of the unattributed ones only when each of them (category and count) is among the victims left without
    /// evidence in that one sentence; a head that counts people that sentence does not tells another event.
    /// </summary>
    private static bool TellsNoMoreThan(List<Figure> headVictims, int sentence, ReportText report) =>
        headVictims.All(f => report.UnattributedVictims.Any(u => u.Sentence == sentence && u.Category == f.Category && u.Count == f.Count));
}
