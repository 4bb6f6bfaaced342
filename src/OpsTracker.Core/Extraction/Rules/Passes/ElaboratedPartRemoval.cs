using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أفادت بيانات عسكرية بأن القوات قتلت تسعة من عناصر داعش في عملية لتحرير الناحية" then "وأوضحت البيانات أن ...
/// فضلا عن قتل أربعة منهم في إحدى القرى": the lead sums up the statement and the sentence that explains it (an
/// elaboration opener: وأوضح، وبيّن، وفصّل ...) gives a smaller count of the same measure in the same province, on no
/// other day. That count is one of the lead's, not a second operation; so is a count of some of a group ("خمسة منهم")
/// in a sentence that quotes the statement's speaker ("وقال"، "وأضاف": lexicon quoteOpeners). Only when it is the only count of its measure
/// the explanation gives: two or more that add up to the lead are its parts (<see cref="HeadlineTotalRemoval"/>),
/// and two or more that do not are left as they are. A count the same or larger is a retelling or another event, which
/// other passes judge.
/// </summary>
internal sealed class ElaboratedPartRemoval(Lexicon.ExtractionLexicon lexicon, Numbers.NumberReader numbers) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var headLast = report.Layout.HeadLast;
        var all = DraftPass.LiveFigures(drafts);
        foreach (var (lead, total) in all.Where(x => x.Figure.Sentence <= headLast && !x.Figure.Breakdown))
        {
            var explained = all.Where(x => x.Draft != lead && x.Figure.Sentence > total.Sentence && x.Figure.Sentence <= total.Sentence + ElaboratedPartReach
                    && x.Figure.MayBePartOf(total))
                .ToList();
            // A man the head total counts apart from the count beside him (Figure.CountedApart) is no part of that count.
            if (explained is not [var (draft, part)] || part.Breakdown || part.Another || part.Correction || part.CountedApart || part.Count >= total.Count
                || !(Elaborates(report, part.Sentence) || (part.Rule == "count-of-them" && QuotesTheStatement(report, part.Sentence) && !ThemToldBefore(report, part)))
                || !SamePlaceAndDay(lead, draft))
            {
                continue;
            }
            part.Breakdown = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>The sentence opens by explaining the statement told before it ("وأوضح"، "وبيّنت").</summary>
    private bool Elaborates(ReportText report, int sentence) =>
        lexicon.ElaborationOpeners.MatchAt(report.Tokens, report.Sentences[sentence].First) is not null;

    /// <summary>"وقال قائد ميداني إن ... وقتلت خمسة منهم": the sentence quotes the statement's speaker.</summary>
    private bool QuotesTheStatement(ReportText report, int sentence) =>
        lexicon.QuoteOpeners.MatchAt(report.Tokens, report.Sentences[sentence].First) is not null;

    /// <summary>
    /// "ضربة دقيقة على تجمع للإرهابيين ... أسفرت عن هلاك 11 منهم": the people "منهم" counts some of are named in its own
    /// sentence before it (ISIS's men, lexicon persons), uncounted, so the share is of that group, not of the lead's dead
    /// (a group counted there, "ستة مسلحين ... خمسة منهم", is the lead's dead told again).
    /// </summary>
    private bool ThemToldBefore(ReportText report, Figure part)
    {
        var sentence = report.Sentences[part.Sentence];
        if (part.First <= sentence.First)
        {
            return false;
        }
        var before = sentence with { Last = part.First - 1 };
        // "ستة مسلحين حاولوا التسلل ... فقتلت قواتنا خمسة منهم": a group counted before is the lead's dead told again.
        for (var i = before.First; i <= before.Last; i++)
        {
            if (numbers.ReadAt(report.Tokens, i) is not null)
            {
                return false;
            }
        }
        return report.Values(lexicon.Persons, before).Any(p => p.Side == Domain.CasualtySide.Isis && !p.Ambiguous);
    }

    /// <summary>The part's operation lies in the lead's province (or names none) and names no day of its own other than the lead's.</summary>
    private static bool SamePlaceAndDay(OperationDraft lead, OperationDraft part) =>
        (part.Province is null || part.Province == lead.Province)
        && !(part.DateOwn && part.Date?.Date is { } day && lead.Date?.Date is { } leadDay && day != leadDay);
}
