using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "مسلحون مجهولون يغتالون شابا"، "مقتل ثلاثة مقاتلين بقصف تركي": the victims of gunmen nobody names, of another state's
/// strike (<see cref="StrikeAnaphora"/>), of old ordnance ("انفجار مقذوف من مخلفات الحرب") or of a blast whose motive is
/// in doubt are not victims of an ISIS attack; they go to <see cref="ReportText.UnattributedVictims"/>. Gunmen a clause
/// calls unknown are no ISIS members either. Holds only the lexicon and the strike anaphora's reader: safe to share.
/// </summary>
internal sealed class UnattributedVictims(ExtractionLexicon lexicon)
{
    private readonly StrikeAnaphora _strikeAnaphora = new(lexicon);

    /// <summary>Takes out of <paramref name="figures"/> the victims no one attributes to ISIS and the unknown gunmen killed.</summary>
    public void LeaveOut(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures)
    {
        var anotherStatesStrike = _strikeAnaphora.PointsToAnotherStatesStrike(report, sentence);
        if ((report.Has(lexicon.UnknownAgent, sentence) || report.Has(lexicon.OtherAgents, sentence) || report.Has(lexicon.WarRemnants, sentence) || anotherStatesStrike
                || MotiveInDoubt(report, sentence))
            // "ولم يتضح ما إذا كان التنظيم وراءه": ISIS named only in a question of whether it did it.
            && (!report.Has(lexicon.IsisAgent, sentence) || report.Has(lexicon.DoerInDoubt, sentence)))
        {
            report.UnattributedVictims.AddRange(figures.Where(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis));
            figures.RemoveAll(f => f.Kind == FigureKind.Casualty && (f.Side != CasualtySide.Isis || (anotherStatesStrike && !f.SideExplicit)));
        }
        // "قتل مسلحان اثنان خلال اشتباك مع مسلحين مجهولين": gunmen of a clause that calls them unknown and names no
        // ISIS are no ISIS members.
        if (figures.Count > 0 && UnknownGunmenClauses(report, clauses) is { Count: > 0 } unknownGunmen)
        {
            figures.RemoveAll(f => f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis && unknownGunmen.Any(c => c.Contains(f.First))
                && Enumerable.Range(f.First, f.Last - f.First + 1).Any(t => lexicon.GunmenNouns.MatchAt(report.Tokens, t) is not null));
        }
    }

    /// <summary>
    /// "قتل مسلحان اثنان خلال اشتباك مع مسلحين مجهولين": the clauses that call gunmen unknown and name no ISIS; a loop,
    /// asked of every sentence with figures.
    /// </summary>
    private List<Sentence> UnknownGunmenClauses(ReportText report, IReadOnlyList<Sentence> clauses)
    {
        var found = new List<Sentence>(0);
        foreach (var c in clauses)
        {
            if (report.Has(lexicon.UnknownAgent, c) && !report.Has(lexicon.IsisAgent, c) && !report.Has(lexicon.IsisOrgs, c))
            {
                found.Add(c);
            }
        }
        return found;
    }

    /// <summary>
    /// "انفجرت عبوة ناسفة أمام محل للصيرفة ... وقال مصدر إن الحادث لم يعرف بعد إن كانت دوافعه إرهابية أم جنائية": the
    /// sentence, or the one right after it, says the motive is not known (lexicon motiveInDoubt), so its victims are
    /// attributed to no one.
    /// </summary>
    private bool MotiveInDoubt(ReportText report, Sentence sentence) =>
        report.Has(lexicon.MotiveInDoubt, sentence)
        || (sentence.Index + 1 < report.Sentences.Count && report.Has(lexicon.MotiveInDoubt, report.Sentences[sentence.Index + 1]));
}
