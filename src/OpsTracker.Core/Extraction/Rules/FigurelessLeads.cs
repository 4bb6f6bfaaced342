using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أحبط الحشد هجوما لداعش في مطيبيجة ليلة أمس. وقال إعلام الحشد إن المقاتلين قتلوا ثلاثة من المهاجمين": a lead
/// that tells the event without a figure, and the next sentences that count it without naming a place or a day of
/// their own, are one operation. The counted drafts take the lead's province, place, day, kind and actors; the lead
/// is no operation of its own. Input: the drafts read with figures and those read without, in reading order. Output:
/// the figureless drafts that still stand (the counted drafts that took a lead are changed in place, as the passes
/// change theirs).
/// </summary>
internal static class FigurelessLeads
{
    public static IReadOnlyList<OperationDraft> Absorb(IReadOnlyList<OperationDraft> counted, IReadOnlyList<OperationDraft> figureless)
    {
        var absorbed = new HashSet<OperationDraft>();
        foreach (var d in counted.Where(d => !d.ProvinceOwn && d.Place is null))
        {
            // A search told as the pursuit of an attack's doers (FigurelessOperations.PursuitRule) is the sequel of an
            // attack told before it: no lead of the counts after it.
            var lead = figureless.LastOrDefault(f => f.Clause.Index < d.Clause.Index && d.Clause.Index - f.Clause.Index <= ContinuationReach && f.Rule != FigurelessOperations.PursuitRule);
            if (d.DateOwn && (lead is null || !SameDay(d, lead)))
            {
                continue;
            }
            // Another operation told in between, with its own place or day, is what the sentence goes on with.
            if (lead is null || (d.Province is not null && lead.Province is not null && d.Province != lead.Province)
                || counted.Any(o => o != d && o.Clause.Index > lead.Clause.Index && o.Clause.Index < d.Clause.Index && (o.ProvinceOwn || o.Place is not null || o.DateOwn)))
            {
                continue;
            }
            d.Province = lead.Province ?? d.Province;
            d.ProvinceOwn = lead.ProvinceOwn;
            d.Place = lead.Place;
            if (lead.Date is not null)
            {
                d.Date = lead.Date;
                d.DateOwn = lead.DateOwn;
            }
            if (d.Kind == OperationKind.Other)
            {
                d.Kind = lead.Kind;
            }
            foreach (var a in lead.Actors.Where(a => !d.Actors.Contains(a)))
            {
                d.Actors.Add(a);
            }
            absorbed.Add(lead);
        }
        return figureless.Where(f => !absorbed.Contains(f)).ToList();
    }

    /// <summary>
    /// "أعلنت القيادة اليوم الاثنين تحرير قرية الخضر في قضاء تلعفر" then "وأضاف أن أربعة مسلحين لقوا حتفهم اليوم": a
    /// count whose own day is the day the lead told is no other day's operation; the day does not part them.
    /// </summary>
    private static bool SameDay(OperationDraft counted, OperationDraft lead) =>
        counted.Date is { Date: { } mine, Precision: DatePrecision.Day } && lead.Date is { Date: { } its, Precision: DatePrecision.Day } && mine == its;

    /// <summary>
    /// "أعلن العراق عن قتل إرهابي ... وقد نفذت ضده عملية نوعية إثر اشتباك في جزيرة الشرقاط": a clause told without figures
    /// within <see cref="FollowUpReach"/> sentences after a counted draft that named no place or province of its own,
    /// with a pronoun that points back at the people counted (lexicon <c>backReferences</c>), goes on telling that
    /// operation: the counted draft takes its province and place, and it is no operation of its own. Output: the
    /// figureless drafts that still stand.
    /// </summary>
    public static IReadOnlyList<OperationDraft> AbsorbFollowUps(ReportText report, ExtractionLexicon lexicon, IReadOnlyList<OperationDraft> counted, IReadOnlyList<OperationDraft> figureless)
    {
        var absorbed = new HashSet<OperationDraft>();
        foreach (var f in figureless.Where(f => f.Place is not null && report.Has(lexicon.BackReferences, f.Clause)))
        {
            var d = counted.LastOrDefault(o => o.Clause.Index <= f.Clause.Index && f.Clause.Index - o.Clause.Index <= FollowUpReach);
            if (d is null || d.Place is not null || d.ProvinceOwn || counted.Any(o => o != d && o.Clause.Index > d.Clause.Index && o.Clause.Index <= f.Clause.Index))
            {
                continue;
            }
            d.Province = f.Province ?? d.Province;
            d.ProvinceOwn = f.ProvinceOwn;
            d.Place = f.Place;
            absorbed.Add(f);
        }
        return figureless.Where(f => !absorbed.Contains(f)).ToList();
    }
}
