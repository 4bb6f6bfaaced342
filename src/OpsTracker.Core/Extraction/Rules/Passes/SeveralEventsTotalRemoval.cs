using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "قتل 17 مسلحا بعمليتين منفصلتين قرب الرطبة وحديثة"، "اعتقال ثلاثة إرهابيين في مناطق متفرقة من البلاد", then
/// the body tells the operations one by one: a count whose own sentence says it is spread over several events
/// (incidents or operations in the dual or plural with a word of dispersal, a series of them, a country's expanse, areas
/// spread about: <see cref="SeveralEvents"/>) is the sum of those events, no event of its own, once the sentences after
/// it tell at least one count of its measure and all their counts of it add up to no more than it (a copy may leave one
/// event uncounted, or count one man the summary leaves out, but never more than the summary). The head's summary is
/// the usual one; a statement further down sums up its own events alike ("وفي بيان آخر، أعلنت الخلية اعتقال سبعة في
/// عمليات متفرقة بمحافظة ديالى" then "وفي التفاصيل، اعتقلت قوة أربعة في قرية ..."). The headline's telling of the same
/// count is the same sum, whoever it names as the doer. Where nothing after it tells a count of its measure the summary
/// is all the text gives, and stays.
/// </summary>
internal sealed class SeveralEventsTotalRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var headLast = report.Layout.HeadLast;
        var spreadSentences = new HashSet<int>();
        var spread = new List<Figure>();
        var all = DraftPass.LiveFigures(drafts);
        for (var s = 0; s < report.Sentences.Count; s++)
        {
            var sentence = report.Sentences[s];
            // A sentence with no live figure and no victim taken out gives no count below, and its being spread matters
            // only to a figure of its own: its words are not read (most head sentences).
            if (!HasCountIn(s, all, report.UnattributedVictims)
                || (!SeveralEvents.TellsSeveralIncidents(lexicon, report, sentence) && !SeveralEvents.NamesDispersedAreas(lexicon, report, sentence)))
            {
                continue;
            }
            spreadSentences.Add(s);
            // The victims an earlier pass took out as counted over several incidents are such counts too.
            spread.AddRange(report.UnattributedVictims.Where(u => u.Sentence == s));
            spread.AddRange(all.Where(x => x.Figure.Sentence == s).Select(x => x.Figure));
        }
        if (spread.Count == 0)
        {
            return drafts;
        }
        foreach (var (totalDraft, total) in all.Where(x => spread.Exists(s => s.SameMeasure(x.Figure) && s.Count == x.Figure.Count)))
        {
            // The events told one by one: smaller counts of its measure after it, in sentences that are no summary and
            // no headline of their own, told in the province the summary spreads its events over (or in none named):
            // "مقتل 75 في غارات استهدفت مناطق متفرقة غرب كركوك" does not sum the dead told next at Baquba or Mosul.
            // A sentence that opens on another time ("وكانت قوات الأمن أعلنت أمس عن القبض على ...") tells another event,
            // none of those the summary spreads over (AnotherTimeOpeners).
            var parts = all.Where(x => x.Figure.Sentence > total.Sentence && !spreadSentences.Contains(x.Figure.Sentence) && !report.Layout.IsHeadline(x.Figure.Sentence)
                && !AnotherTimeOpeners.Open(report, lexicon, x.Figure.Sentence)
                && x.Figure.MayBePartOf(total) && x.Figure.Count < total.Count && DraftRelations.SameProvinceOrUnnamed(x.Draft, totalDraft)).ToList();
            if (parts.Count > 0 && parts.Sum(x => x.Figure.Count) <= total.Count && !IsSiblingOfAHeadSum(drafts, total, parts.ConvertAll(x => x.Figure), headLast))
            {
                total.Breakdown = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>Whether sentence <paramref name="s"/> holds a live figure or a victim an earlier pass took out.</summary>
    private static bool HasCountIn(int s, List<(OperationDraft Draft, Figure Figure)> all, List<Figure> unattributed)
    {
        foreach (var (_, figure) in all)
        {
            if (figure.Sentence == s)
            {
                return true;
            }
        }
        foreach (var figure in unattributed)
        {
            if (figure.Sentence == s)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A head total already found to add up the counts below (a breakdown, <see cref="HeadlineTotalRemoval"/>) that
    /// takes this count as one of its parts beside some of the counts it would sum: it is their sibling, no sum of them
    /// (<see cref="SiblingParts"/>).
    /// </summary>
    private static bool IsSiblingOfAHeadSum(IReadOnlyList<OperationDraft> drafts, Figure count, List<Figure> ownParts, int headLast)
    {
        var figures = drafts.Where(d => !d.Dropped).SelectMany(d => d.Figures).ToList();
        foreach (var total in figures.Where(f => f.Breakdown && f.Sentence <= headLast && f.First < count.First && count.MayBePartOf(f) && f.Count > count.Count))
        {
            var others = figures.Where(f => f != total && !f.Breakdown && f.First > total.First && f.MayBePartOf(total) && f.Count < total.Count).ToList();
            if (SiblingParts.Of(total, count, others, ownParts))
            {
                return true;
            }
        }
        return false;
    }
}
