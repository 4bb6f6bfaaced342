using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "اعتقلت الشرطة ثلاثة متورطين بتفجير سوق حصل الشهر الماضي"، "ضبط مطلوبين اثنين اشتركا بقتل راع قبل أيام": a time told after an arrest's count and after a word of the people's part in a crime (lexicon
/// crimeRoles, a charge or a confession, no comma between it and the time:
/// <see cref="PastCrimeYears.DatesAPastCrimeInItsPhrase"/>) belongs to the crime the description tells,
/// governed by its verb or verbal noun, not to the verb that counts them. The count takes the clause's other times
/// (the statement's "اليوم الثلاثاء"), else none, for the passes after it (the statement's day, the announcement's);
/// the counts the crime's own words tell after the time ("وقتل فيه أربعة") keep it, as an operation of their own.
/// The count happened after the crime: a later sentence's day on or before the crime's is no day of the count's
/// (<see cref="OperationDraft.AfterCrimeOf"/>, read by <see cref="ElaborationDating"/>).
/// </summary>
internal sealed class PastCrimeDaySplit(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        List<OperationDraft>? result = null;
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var split = draft.DateOwn && draft.Date is { } date ? Redate(report, draft, date) : null;
            if (split is null)
            {
                result?.Add(draft);
                continue;
            }
            result ??= drafts.Take(d).ToList();
            result.Add(split);
            result.Add(draft);
        }
        return result ?? drafts;
    }

    /// <summary>
    /// Gives the counts told before a past crime's time the clause's other time; returns the operation those counts
    /// become when the crime's own counts stay with the time, else null.
    /// </summary>
    private OperationDraft? Redate(ReportText report, OperationDraft draft, Dates.DateMention date)
    {
        var clause = draft.Clause;
        var tokens = report.Tokens;
        if (date.Start < tokens[clause.First].Start || date.End > tokens[clause.Last].End)
        {
            return null;
        }
        var time = report.TokenAt(date.Start);
        var before = draft.Figures.Where(f => f.Last < time).ToList();
        // The arrested's part in a crime: "قتل خمسة إرهابيين في ضربة نفذها الطيران يوم الخميس" tells the strike that
        // killed them, whose day is theirs.
        if (before.Count == 0 || !before.TrueForAll(f => f.IsArrest) || !PastCrimeYears.DatesAPastCrimeInItsPhrase(lexicon, report, before, date))
        {
            return null;
        }
        var after = draft.Figures.Where(f => f.Last >= time).ToList();
        // "قتل الإرهابي فلان، المسؤول عن العبوة التي انفجرت قبل عام، واثنين من معاونيه": more of the same people
        // counted after the time are the count's, not the crime's victims; the draft is left as it was read.
        if (after.Exists(f => f.Side == CasualtySide.Isis))
        {
            return null;
        }
        var others = report.DateReadings.MentionsIn(clause).Where(m => m != date && !PastCrimeYears.DatesAPastCrimeInItsPhrase(lexicon, report, before, m)).ToList();
        var own = OperationDates.NearestDate(report, others, before.Min(f => f.First));
        if (after.Count == 0)
        {
            draft.Date = own;
            draft.DateOwn = own is not null;
            draft.AfterCrimeOf = date.Date;
            return null;
        }
        var counted = new OperationDraft
        {
            Clause = draft.Clause, Province = draft.Province, ProvinceOwn = draft.ProvinceOwn, Place = draft.Place,
            ProvinceByBearing = draft.ProvinceByBearing, Date = own, DateOwn = own is not null,
            Kind = OperationKind.Arrest,
            Rule = draft.Rule + "+past-crime-day", EvidenceStart = draft.EvidenceStart, EvidenceEnd = draft.EvidenceEnd,
            LastSentence = draft.LastSentence, AfterCrimeOf = date.Date,
        };
        counted.Actors.AddRange(draft.Actors);
        counted.Figures.AddRange(before);
        draft.Figures.RemoveAll(before.Contains);
        return counted;
    }
}
