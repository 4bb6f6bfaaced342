using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A report whose headline tells one attack (an attack noun in the singular, lexicon oneAttackNouns, and none in the dual
/// or plural) counts that attack's dead or wounded once; a later telling of the same outcome of the same people by
/// another source, a little more or less ("مقتل 38 شرطيا" in the lead, then "ونقلت وكالة عن مسعفين أن 37 شرطيا لقوا
/// حتفهم بالتفجير"; a post quoted at the end, "مقتل 10 مدنيين بهجوم ... على القرية", after "11"), is
/// the same toll as another source counted it, not a second attack: the first telling stands, and takes the place and
/// day the later one names where it named none. Only counts within <see cref="RetoldTollSpread"/> of the first (at
/// least <see cref="RetoldTollSpreadMinimum"/>), of an attack's victims, in a province and on a day the first allows.
/// </summary>
internal sealed class OtherSourceTollRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var tolls = drafts.Where(d => !d.Dropped && d.Kind == OperationKind.IsisAttack && d.Live.Any() && d.Live.All(IsVictimToll))
            .OrderBy(d => d.Clause.Index).ThenBy(d => d.Clause.First).ToList();
        // The headline is read only when two tolls may tell one attack (most reports have fewer).
        if (tolls.Count < 2 || report.Sentences.Count == 0 || !HeadlineTellsOneAttack(report))
        {
            return DraftPass.Standing(drafts);
        }
        for (var i = 1; i < tolls.Count; i++)
        {
            var later = tolls[i];
            if (TellsAnotherAttack(report, later.Clause))
            {
                continue;
            }
            var retold = later.Live.ToList();
            var first = tolls.Take(i).FirstOrDefault(d => !d.Dropped && Compatible(d, later) && !OwnDaysDiffer(d, later)
                && retold.All(f => d.Live.Any(e => RetellsIt(e, f))));
            if (first is null)
            {
                continue;
            }
            Inherit(first, later);
            first.LastSentence = Math.Max(first.LastSentence, later.LastSentence);
            later.Figures.Clear();
            later.Dropped = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>The same outcome of the same people (or people a side does not name), counted a little more or less.</summary>
    private static bool RetellsIt(Figure first, Figure later) =>
        first.Category == later.Category
        && MayBeTheSamePeople(first, later)
        && Math.Abs(first.Count - later.Count) <= Math.Max(RetoldTollSpreadMinimum, (int)(first.Count * RetoldTollSpread));

    /// <summary>Each operation names its own day and the days differ.</summary>
    private static bool OwnDaysDiffer(OperationDraft a, OperationDraft b) =>
        a.DateOwn && b.DateOwn && a.Date?.Date is { } da && b.Date?.Date is { } db && da != db;

    /// <summary>
    /// The clause tells an attack of its own: another operation or incident ("وفي هجوم آخر", lexicon anotherOperation),
    /// or an attack noun followed by a word of another ("بهجوم ثان"، "هجوم مماثل", lexicon anotherMarkers, similarMarkers).
    /// </summary>
    private bool TellsAnotherAttack(ReportText report, Sentence clause)
    {
        if (NewForceClauses.TellsAnotherOperation(report, lexicon, clause))
        {
            return true;
        }
        for (var i = clause.First; i < clause.Last; i++)
        {
            if (report.Tokens[i].ReadsAsOneOf(lexicon.OneAttackNouns)
                && (lexicon.AnotherMarkers.MatchAt(report.Tokens, i + 1) is not null || report.Tokens[i + 1].ReadsAsOneOf(lexicon.SimilarMarkers)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The headline (the report's first sentence) names one attack in the singular and none in the dual or plural.</summary>
    private bool HeadlineTellsOneAttack(ReportText report)
    {
        var s = report.Sentences[0];
        var one = false;
        for (var i = s.First; i <= s.Last; i++)
        {
            var t = report.Tokens[i];
            if (!t.IsWord)
            {
                continue;
            }
            if (t.ReadsAsOneOf(lexicon.SeveralIncidentNouns) || lexicon.PluralAttackNouns.MatchAt(report.Tokens, i) is not null)
            {
                return false;
            }
            one |= t.ReadsAsOneOf(lexicon.OneAttackNouns);
        }
        return one;
    }
}
