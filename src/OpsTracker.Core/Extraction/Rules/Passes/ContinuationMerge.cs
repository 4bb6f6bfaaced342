using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Sentences that go on telling one operation ("وعثرت على 4 جثث", "وكر آخر") join it when they name no place or
/// date of their own and count something it has not counted (hideouts add up). An attack's next sentence joins it
/// only when it refers back to it ("الهجوم أسفر أيضا عن إصابة جندي ثالث"): a bulletin of attacks tells each in a
/// sentence of its own, often without a place. A sentence whose counts follow "بعد يومين على" tells an earlier event
/// ("وجاء الاعتداء بعد يومين على قتل القوات ستة"), never more of this one.
/// </summary>
internal sealed class ContinuationMerge(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        OperationDraft? previous = null;
        foreach (var d in drafts.Where(d => !d.Dropped))
        {
            // A bulletin's next item names a town of its own: another operation, even in the same province.
            if (previous is not null && (!d.ProvinceOwn || d.Province == previous.Province) && (!d.DateOwn || SameDate(d, previous) || SoonAfter(d, previous))
                && (d.Place is null || d.SamePlace(previous))
                && (d.Clause.Index - previous.LastSentence <= ContinuationReach || PointsBack(context.Report, d))
                && d.Live.All(f => f.Kind == FigureKind.Hideout ? f.Another || !previous.Live.Any(p => p.SameMeasure(f))
                    : !previous.Live.Any(p => p.SameMeasure(f)) || OtherPeopleOfTheAttack(context.Report, previous, d, f))
                && ((d.Kind is not OperationKind.IsisAttack && previous.Kind is not OperationKind.IsisAttack) || RefersBack(context.Report, d))
                && DraftRelations.EarlierEventDays(context.Report, lexicon, d) is null && !NewForceClauses.TellsAnotherOperation(context.Report, lexicon, d.Clause))
            {
                previous.Absorb(d);
                continue;
            }
            previous = d;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The clause names the event with a definite noun ("الهجوم", "الانفجار"), or counts only "others" of the people
    /// told before ("مضيفا أن عنصرين آخرين أصيبا بجروح": more of the same attack's victims), and names no place of its own.
    /// </summary>
    private bool RefersBack(ReportText report, OperationDraft d) =>
        d.Place is null && !d.ProvinceOwn && (report.Has(lexicon.EventReferences, d.Clause) || d.Live.All(f => CountsOtherVictims(report, f)));

    /// <summary>
    /// "خلف الهجوم على الحاجز مقتل جنديين وجرح ثلاثة آخرين" then "وحين هرع رعاة لنجدتهم بعد سماعهم بالهجوم فتح عليهم
    /// المسلحون النار وجرحوا أربعة منهم": an attack's next sentence that refers back to it by a
    /// definite noun counts victims of another side than those told of its measure, and another count: the other people
    /// the same attack hit, who add up with the first. A count equal to one told, or of the same side, may be the same
    /// people told again, and stays apart.
    /// </summary>
    private bool OtherPeopleOfTheAttack(ReportText report, OperationDraft previous, OperationDraft d, Figure f) =>
        previous.Kind == OperationKind.IsisAttack && d.Kind == OperationKind.IsisAttack && f.Side != CasualtySide.Isis
        && RefersBack(report, d) && report.Has(lexicon.EventReferences, d.Clause)
        && previous.Live.Where(p => p.SameMeasure(f)).All(p => p.Side != f.Side && p.Count != f.Count);

    /// <summary>A casualty figure whose noun is followed by "آخرين"/"آخرون" (lexicon others), or that counts them.</summary>
    private static bool CountsOtherVictims(ReportText report, Figure f) =>
        f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis && report.CountsOthers(f);

    /// <summary>
    /// "ضربتين ... مساء الجمعة ... فيما قامت قوة بتفتيش الموقع صباح أمس السبت وعثرت على 4 جثث": the same sentence
    /// going on to the day after tells the same operation's results.
    /// </summary>
    private static bool SoonAfter(OperationDraft later, OperationDraft earlier) =>
        later.Clause.Index == earlier.LastSentence
        && later.Date?.Date is { } l && earlier.Date?.Date is { } e && l >= e && l.DayNumber - e.DayNumber <= ResultsFollowDays;

    /// <summary>
    /// "وأفاد البيان بتدمير هذين الوكرين": every figure of the clause counts a noun a demonstrative points at (lexicon
    /// demonstratives, right before the figure's words): what was told before, however far back.
    /// </summary>
    private bool PointsBack(ReportText report, OperationDraft d) =>
        d.Live.All(f => f.First > 0 && report.Tokens[f.First - 1].IsWord && lexicon.Demonstratives.Contains(report.Tokens[f.First - 1].Text));

    private static bool SameDate(OperationDraft a, OperationDraft b) =>
        a.Date is { } x && b.Date is { } y && x.Date == y.Date && x.Precision == y.Precision && (x.Date is not null || x.Expression == y.Expression);
}
