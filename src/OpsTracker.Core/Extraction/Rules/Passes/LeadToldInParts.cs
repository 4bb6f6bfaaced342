using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "جرح ستة جنود في هجوم لداعش على نقطة عسكرية" in the lead, then "وأوضح ضابط أن أربعة من الجنود جرحوا خلال الهجوم
/// بالقنص فيما جرح اثنان بانقلاب عجلتهما"; "سقط قتيل وثمانية جرحى من الحشد بهجوم ..." then "وتابع أن الاعتداء خلف
/// قتيلا من الحشد وخمسة جرحى": a
/// sentence that explains or quotes the statement (lexicon elaborationOpeners, quoteOpeners) and points back at the
/// lead's one event by the article of what was told already (the attack, the raid, the clash: lexicon eventReferences,
/// anaphoricStrikes) gives the lead's count again in parts, by cause or by group. Its smaller counts of the lead's
/// measure, together no more than the lead's count, are that count's breakdown; the lead's count is the figure. Not
/// when the lead tells several incidents (a dual or plural of them: each is then an event of its own, and the lead their
/// sum, <see cref="HeadlineTotalRemoval"/>), nor when the parts lie at two places or in two provinces or on a day of their own, nor parts told in the lead or above it, nor for a
/// count the sentence marks as another one or a correction.
/// </summary>
internal sealed class LeadToldInParts(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var headLast = report.Layout.HeadLast;
        var lead = LeadSentence(report);
        var all = DraftPass.LiveFigures(drafts);
        foreach (var (told, total) in all.Where(x => x.Figure.Sentence <= headLast && !x.Figure.Breakdown))
        {
            if (!TellsOneEvent(report, total.Sentence))
            {
                continue;
            }
            var smaller = all.Where(x => x.Draft != told && x.Figure.Sentence > Math.Max(lead, total.Sentence) && x.Figure.Sentence <= total.Sentence + LeadPartsReach
                    && !x.Figure.Breakdown && x.Figure.MayBePartOf(total) && x.Figure.Count < total.Count)
                .ToList();
            // Every smaller count of its measure told near it explains the one event; one told otherwise is an operation
            // of its own, and the lead may sum several.
            var parts = smaller.Where(x => ExplainsTheEvent(report, x.Figure.Sentence)).ToList();
            if (parts.Count == 0 || parts.Count < smaller.Count || parts.Sum(x => x.Figure.Count) > total.Count || LumpsOutcomes(all, total, parts)
                || parts.Exists(x => x.Figure.Another || x.Figure.Correction || AddsToIt(report, all, x.Figure) || !SameProvinceAndDay(told, x.Draft))
                || parts.Exists(x => parts.Exists(y => (x.Draft.Place is not null && y.Draft.Place is not null && !x.Draft.SamePlace(y.Draft))
                    || (x.Draft.Province is not null && y.Draft.Province is not null && x.Draft.Province != y.Draft.Province))))
            {
                continue;
            }
            foreach (var (_, part) in parts)
            {
                part.Breakdown = true;
            }
        }
        foreach (var d in drafts)
        {
            d.Dropped |= !d.Live.Any();
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The lead: the first sentence of the head ended by a full stop (a headline and a dateline end at a line break). The
    /// parts are told in the body after it; a sentence of the head itself sums up, it does not explain.
    /// </summary>
    internal static int LeadSentence(ReportText report)
    {
        for (var i = 0; i <= report.Layout.HeadLast && i < report.Sentences.Count; i++)
        {
            var end = report.Sentences[i].Last + 1;
            if (end < report.Tokens.Count && report.Tokens[end].Text == ".")
            {
                return i;
            }
        }
        return report.Layout.HeadLast;
    }

    /// <summary>
    /// "ارتفعت أعداد قتلى وجرحى الحشد إلى 23" over "مقتل 6 وإصابة 17": the lead's count is the killed and the wounded
    /// together, when the parts' sentences give a count of another outcome of the same people that adds up with the
    /// parts to it; no count of the wounded alone, so none of its parts.
    /// </summary>
    private static bool LumpsOutcomes(List<(OperationDraft Draft, Figure Figure)> all, Figure total, List<(OperationDraft Draft, Figure Figure)> parts)
    {
        var sum = parts.Sum(x => x.Figure.Count);
        return all.Exists(x => x.Figure.Kind == total.Kind && x.Figure.Category != total.Category && x.Figure.Side == total.Side
            && parts.Exists(p => p.Figure.Sentence == x.Figure.Sentence) && x.Figure.Count + sum == total.Count);
    }

    /// <summary>
    /// "وأضاف أن الغارة أدت كذلك إلى مقتل 3"، "إن الاشتباك أسفر أيضا عن مقتل 2 آخرين": 'also' in the sentence (lexicon
    /// postposedAlso, additiveOpeners), or others counted with no count before them in the sentence that they differ
    /// from, add people to the lead's count; they are no part of it.
    /// </summary>
    private bool AddsToIt(ReportText report, List<(OperationDraft Draft, Figure Figure)> all, Figure part)
    {
        var s = report.Sentences[part.Sentence];
        if (report.Has(lexicon.PostposedAlso, s) || report.Has(lexicon.AdditiveOpeners, s))
        {
            return true;
        }
        var others = false;
        for (var i = part.First; i <= Math.Min(s.Last, part.Last + 1); i++)
        {
            others |= lexicon.Others.MatchAt(report.Tokens, i) is not null;
        }
        return others && !all.Exists(x => x.Figure.Sentence == part.Sentence && x.Figure.Last < part.First);
    }

    /// <summary>The lead's sentence names no incidents in the dual or plural ("هجومين"، "هجمات"، "اشتباكات"): one event.</summary>
    private bool TellsOneEvent(ReportText report, int sentence)
    {
        var s = report.Sentences[sentence];
        for (var i = s.First; i <= s.Last; i++)
        {
            if (report.Tokens[i].IsWord && report.Tokens[i].ReadsAsOneOf(lexicon.SeveralIncidentNouns))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The sentence opens by explaining or quoting the statement and points back at the event by its article.</summary>
    private bool ExplainsTheEvent(ReportText report, int sentence)
    {
        var s = report.Sentences[sentence];
        return (lexicon.ElaborationOpeners.MatchAt(report.Tokens, s.First) is not null || lexicon.QuoteOpeners.MatchAt(report.Tokens, s.First) is not null)
            && (report.Has(lexicon.EventReferences, s) || report.Has(lexicon.AnaphoricStrikes, s));
    }

    /// <summary>The part's operation lies in the lead's province (or names none) and names no day of its own other than the lead's.</summary>
    private static bool SameProvinceAndDay(OperationDraft lead, OperationDraft part) =>
        DraftRelations.SameProvinceOrUnnamed(lead, part)
        && !(part.DateOwn && part.Date?.Date is { } day && lead.Date?.Date is { } leadDay && day != leadDay);
}
