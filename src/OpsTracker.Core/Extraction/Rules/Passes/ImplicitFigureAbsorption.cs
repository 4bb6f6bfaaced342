using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A singular noun read as one ("مقتل ما يسمى والي") next to an explicit count of the same people is part of it,
/// unless it names a place the count does not: "مقتل ستة مقاتلين بهجوم ... وأعلنت مقتل مقاتل في قرية تل الذهب" tells
/// two attacks (a man who is one of the count is told where the count was, or nowhere).
/// </summary>
internal sealed class ImplicitFigureAbsorption(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        foreach (var draft in drafts.Where(d => !d.Dropped))
        {
            // "وفي أنباء الأمس أعلن العراق عن قتل إرهابي": a clause told as another story counts a man of its own.
            // "كما اعتقلت مفرزة من اللواء الخامس مطلوبا": so does another force's clause.
            if (NewForceClauses.TellsAnotherOperation(context.Report, lexicon, draft.Clause))
            {
                continue;
            }
            foreach (var f in draft.Live.Where(f => f.Implicit).ToList())
            {
                // "مقتل سبعة" over "ستة" and the man: the head total counts him apart (HeadlineTotalRemoval).
                // "وفي 3 آذار، ذكر مصدر أن قوة اعتقلت قياديا": told on another time, he is another event's (AnotherTimeOpeners).
                if (CountedWithHisCompanions(draft, f) || f.CountedApart || AnotherTimeOpeners.Open(context.Report, lexicon, f.Sentence))
                {
                    continue;
                }
                var host = drafts.FirstOrDefault(o => o != draft && !o.Dropped && Math.Abs(o.Clause.Index - draft.Clause.Index) <= ImplicitFigureReach
                    && o.Live.Any(x => !x.Implicit && x.SameMeasure(f) && x.Side == f.Side && x.Count >= 2 && !NewReferentsAfterHim(x, f)) && Compatible(o, draft)
                    && !OwnDayLongBefore(draft, o) && !NamesAnotherProvince(draft, o)
                    && (draft.Place is null || o.SamePlace(draft) || CountsHim(context.Report, o)));
                if (host is not null)
                {
                    // The named man is one of the count; his announcement's date is not the operation's.
                    draft.Figures.Remove(f);
                    // "تدمير أربعة أوكار، كما تم تدمير مضافة": told as "also", it is one more of the same operation.
                    if (OpensWithAddition(context.Report, draft))
                    {
                        host.Figures.Add(f);
                    }
                    Inherit(host, draft, takeDate: false);
                }
            }
            if (!draft.Live.Any())
            {
                draft.Dropped = true;
            }
        }
        // "أعلنت ... مقتل ما يسمى والي صلاح الدين بضربة جوية": a strike named beside an operation told nearby is that
        // operation's strike, not an operation of its own.
        foreach (var draft in drafts.Where(d => !d.Dropped && d.Live.All(f => f.Kind == FigureKind.Strikes && f.Implicit)))
        {
            var host = drafts.Where(o => o != draft && !o.Dropped && Math.Abs(o.Clause.Index - draft.Clause.Index) <= ImplicitFigureReach && Compatible(o, draft)
                    && o.Live.Any(f => f.Kind != FigureKind.Strikes))
                .MinBy(o => Math.Abs(o.Clause.Index - draft.Clause.Index));
            if (host is null)
            {
                continue;
            }
            if (!host.Live.Any(f => f.Kind == FigureKind.Strikes))
            {
                host.Figures.AddRange(draft.Live);
            }
            draft.Dropped = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// "اعتقلت قوة خاصة قياديا في التنظيم، وأن الموقوف اعترف بمكان مخبأ ... لمطلوبين اثنين تتبعتهما الأجهزة واعتقالهما":
    /// people counted after the man as new referents of the telling, then taken by a later word's pronoun
    /// (<see cref="Figure.TakenByALaterPronoun"/>), are others the story came to through him, not a group he is one of.
    /// </summary>
    private static bool NewReferentsAfterHim(Figure count, Figure man) => count.TakenByALaterPronoun && count.First > man.Last;

    /// <summary>
    /// "قتل جنديان ... ليل الثلاثاء" and "وكانت الطارمية قد شهدت في 21 آذار الماضي هجوما مماثلا أدى إلى مقتل ضابط": a
    /// man told with his own day more than <see cref="ImplicitFigureOwnDayGap"/> days before the count's own day is the
    /// victim of an earlier operation told as background, not one of the count.
    /// </summary>
    private static bool OwnDayLongBefore(OperationDraft man, OperationDraft count) =>
        man.DateOwn && count.DateOwn && man.Date is { Date: { } his, Precision: DatePrecision.Day }
        && count.Date is { Date: { } theirs, Precision: DatePrecision.Day } && theirs.DayNumber - his.DayNumber > ImplicitFigureOwnDayGap;

    /// <summary>
    /// "وأوضح ضابط أن المسلحين قصفوا المقر، ما أدى إلى سقوط خمسة قتلى" (placed in Nineveh by the sentence before), then
    /// "وفي الأنبار قتل شرطي بانفجار عبوة": a man told in a clause that names a province of its own, other than the one
    /// the count took from the sentences before it, is told where the count was not. A bulletin that goes from
    /// province to province ("وفي ...") tells another operation there, not one of the count; the count does not
    /// take his province either.
    /// </summary>
    private static bool NamesAnotherProvince(OperationDraft man, OperationDraft count) =>
        man.ProvinceOwn && !count.ProvinceOwn && man.Province is not null && count.Province is not null && man.Province != count.Province;

    /// <summary>
    /// "نعت الفرقة مقتل ضابط وثلاثة جنود آخرين": the man is told beside a count of the same people in his own clause, the
    /// others with him, so the two make one group of their own; he is no one of a count told elsewhere.
    /// </summary>
    private static bool CountedWithHisCompanions(OperationDraft draft, Figure man) =>
        draft.Live.Any(x => !x.Implicit && x.Sentence == man.Sentence && x.SameMeasure(man) && x.Side == man.Side);

    /// <summary>
    /// "تدمير أربعة أوكار، كما تم تدمير مضافة": a clause opening with "also" (lexicon additiveOpeners, the first word
    /// or the one after a comma) tells one more of what was counted before it, not one of the count.
    /// </summary>
    private bool OpensWithAddition(ReportText report, OperationDraft draft)
    {
        var first = draft.Clause.First;
        while (first < draft.Clause.Last && report.Tokens[first].IsClauseBreak)
        {
            first++;
        }
        return lexicon.AdditiveOpeners.MatchAt(report.Tokens, first) is not null;
    }

    /// <summary>
    /// "أسفرت عن مقتل خمسة ... وتبين أن أحدهم هو القيادي"، "تمكنت من اعتقاله مع أحد مساعديه": a count told without a
    /// place of its own that says the man is one of its people, whatever place his own telling names.
    /// </summary>
    private bool CountsHim(ReportText report, OperationDraft count) =>
        count.Place is null && (report.Has(lexicon.OneOfThem, count.Clause) || count.Live.Any(f => f.IncludesNamedMan));
}
