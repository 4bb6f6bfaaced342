using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "إلحاقاً ببياننا السابق بشأن الضربة ... التي أعلنا في حينها مقتل خمسة إرهابيين" then "وقد أظهرت النتائج مقتل تسعة
/// إرهابيين": a count the text says was announced before (a verb of telling and a mark of the earlier time right before
/// it, lexicon announcedEarlier) and, within <see cref="AnnouncedEarlierReach"/> sentences after it, a larger count of the
/// same measure of an operation of the same province (or of none named): the operation counted again once more was known.
/// The earlier count is superseded; what else its telling counts and the day it names join the later telling.
/// (<see cref="EarlierTollRemoval"/> reads the other order: the toll now, then the one first reported.)
/// </summary>
internal sealed class AnnouncedEarlierRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        // Each live figure is asked once whether it was announced before: the drafts that tell one, and the figures
        // told again as found since, both read the answer.
        var announcedBefore = DraftPass.LiveFigures(drafts).Where(x => AnnouncedEarlier(report, x.Figure)).Select(x => x.Figure).ToHashSet();
        if (announcedBefore.Count == 0)
        {
            return drafts;
        }
        foreach (var earlier in drafts)
        {
            if (earlier.Dropped || !earlier.Live.Any(announcedBefore.Contains))
            {
                continue;
            }
            var announced = earlier.Live.Where(announcedBefore.Contains).ToList();
            var later = drafts.FirstOrDefault(d => !d.Dropped && d != earlier && d.Clause.Index > earlier.LastSentence
                && d.Clause.Index - earlier.LastSentence <= AnnouncedEarlierReach && SameProvinceOrUnnamed(d, earlier)
                && announced.All(f => d.Live.Any(u => u.SameMeasure(f) && u.Count > f.Count && !announcedBefore.Contains(u))));
            if (later is null)
            {
                continue;
            }
            foreach (var f in earlier.Live.Except(announced).ToList())
            {
                later.Figures.Add(f);
            }
            if (later.Date?.Date is null && earlier.Date?.Date is not null)
            {
                later.Date = earlier.Date;
                later.DateOwn = earlier.DateOwn;
            }
            Inherit(later, earlier, takeDate: false);
            earlier.Figures.Clear();
            earlier.Dropped = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// A mark of the earlier time ("في حينها") ends at most <see cref="AnnouncedEarlierWords"/> words before the figure,
    /// with a verb of telling at most as many words before the mark, in the figure's sentence.
    /// </summary>
    private bool AnnouncedEarlier(ReportText report, Figure f)
    {
        var tokens = report.Tokens;
        var sentence = report.Sentences[report.SentenceOf(f.First)];
        for (var i = f.First - 1; i >= Math.Max(sentence.First, f.First - AnnouncedEarlierWords - 3); i--)
        {
            if (lexicon.AnnouncedEarlierMarks.MatchAt(tokens, i) is { } mark && mark.Last < f.First && f.First - mark.Last <= AnnouncedEarlierWords
                && lexicon.AnnouncedEarlierVerbs.AnyIn(tokens, Math.Max(sentence.First, i - AnnouncedEarlierWords), i - 1))
            {
                return true;
            }
        }
        return false;
    }
}
