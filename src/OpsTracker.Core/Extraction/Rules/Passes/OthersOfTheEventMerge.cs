using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أسفرت الغارة عن مقتل 4 من قادة التنظيم" and, a few sentences on, "وأضاف أن الضربات أسفرت عن مقتل 12 عنصرا
/// آخرين": a later clause that names the event told with a definite noun (lexicon anaphoricStrikes, eventReferences:
/// "الضربات"، "الهجوم"، "الاشتباكات") and counts ISIS members as "others" (lexicon others after the noun) counts more
/// of the same event's dead, in addition to those told: the counts add up in the one operation, as gold keeps its
/// whole. <see cref="ContinuationMerge"/> joins only a count of a measure not told yet; this is its "others" case.
/// The clause names no place or day of its own and tells no other operation ("في حادث آخر"), and the event is the
/// last standing draft before it, within <see cref="OthersOfTheEventReach"/> sentences.
/// Input: the drafts standing. Output: the drafts standing, the others' drafts merged into their event.
/// </summary>
internal sealed class OthersOfTheEventMerge(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        OperationDraft? previous = null;
        foreach (var d in drafts)
        {
            if (d.Dropped)
            {
                continue;
            }
            if (previous is not null
                && ((CountsOnlyOthers(report, d) && d.Place is null && !d.ProvinceOwn && !d.DateOwn
                        && (report.Has(lexicon.AnaphoricStrikes, d.Clause) || report.Has(lexicon.EventReferences, d.Clause)))
                    // The event "also" resulted in more: the verb's subject is the event, and the day or place its
                    // clause tells are the same event's, told again.
                    || (ResultsAlso(report, d) && (!d.ProvinceOwn || d.Province == previous.Province)))
                && d.Clause.Index - previous.LastSentence <= OthersOfTheEventReach
                && previous.Live.Any(p => p.Kind == FigureKind.Casualty && p.Side == CasualtySide.Isis && d.Live.Any(f => f.SameMeasure(p)))
                && !NewForceClauses.TellsAnotherOperation(report, lexicon, d.Clause))
            {
                previous.Absorb(d);
                continue;
            }
            previous = d;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// "وأضاف أن الهجمات أسفرت أيضا عن مقتل 30 إرهابيا": a verb of resulting (lexicon resultVerbs) with "also" (lexicon
    /// postposedAlso) right after it, before the draft's first figure. The event is the verb's subject, so "also" adds
    /// to what the event was told to have caused, as "others" adds to the dead counted; after a verb of saying ("وأكد
    /// أيضا مقتل") it would belong to the telling. Every live figure counts ISIS's dead or wounded, but for the strike
    /// the clause names as the verb's subject.
    /// </summary>
    private bool ResultsAlso(ReportText report, OperationDraft d)
    {
        var first = int.MaxValue;
        foreach (var f in d.Live)
        {
            // "أن الغارة أدت كذلك إلى": the strike named as the verb's subject is the event, not more of it.
            if (f.Kind == FigureKind.Strikes && f.Implicit)
            {
                continue;
            }
            if (f.Kind != FigureKind.Casualty || f.Side != CasualtySide.Isis)
            {
                return false;
            }
            first = Math.Min(first, f.First);
        }
        if (first == int.MaxValue)
        {
            return false;
        }
        var tokens = report.Tokens;
        for (var j = d.Clause.First; j + 1 < first && j + 1 <= d.Clause.Last; j++)
        {
            if (tokens[j].ReadsAsOneOf(lexicon.ResultVerbs)
                && lexicon.PostposedAlso.MatchAt(tokens, j + 1) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every live figure of the draft counts ISIS members as "others": its last word or the word right after it.</summary>
    private bool CountsOnlyOthers(ReportText report, OperationDraft d)
    {
        var any = false;
        foreach (var f in d.Live)
        {
            // "12 عنصرا آخرين": the word after the noun; "2 آخرين": the figure's own last word.
            if (f.Kind != FigureKind.Casualty || f.Side != CasualtySide.Isis
                || (lexicon.Others.MatchAt(report.Tokens, f.Last) is null && (f.Last + 1 >= report.Tokens.Count || lexicon.Others.MatchAt(report.Tokens, f.Last + 1) is null)))
            {
                return false;
            }
            any = true;
        }
        return any;
    }
}
