using OpsTracker.Core.Domain;
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
        foreach (var d in counted.Where(d => !d.DateOwn && !d.ProvinceOwn && d.Place is null))
        {
            var lead = figureless.LastOrDefault(f => f.Clause.Index < d.Clause.Index && d.Clause.Index - f.Clause.Index <= ContinuationReach);
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
}
