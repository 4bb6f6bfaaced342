using OpsTracker.Core.Domain;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أعلن مسؤول مقتل قياديين اثنين من داعش بقصف" then "ما أسفر عن مقتل 9 عناصر بينهم القيادي فلان والقيادي فلان": a count
/// of ISIS's leaders (a noun of rank: قيادي، قادة، متزعم، أمير، والي) is a part of a larger count of ISIS's dead of the
/// same operation when the text says leaders were among that count's dead (a cue of inclusion, بينهم، بين القتلى،
/// من ضمنهم, with a leader's noun after it, told after the larger count). The report counts the leaders apart because
/// they are news, not because they died somewhere else. Without that cue a leaders' count stays: a report may tell the
/// leaders killed in one quarter beside the fighters killed in another.
/// Input: the drafts standing. Output: the same drafts, the leaders' counts that are parts marked breakdowns.
/// </summary>
internal sealed class LeadersAmongTheDead(Lexicon.ExtractionLexicon lexicon, Numbers.NumberReader numbers) : IDraftPass
{
    /// <summary>
    /// How many words after the cue of inclusion the leader's noun may come: past a name of two or three words and
    /// "أحد" ("من بين القتلى فلان الفلاني أحد قياديي التنظيم").
    /// </summary>
    private const int LeaderAfterCueReach = 6;

    /// <summary>
    /// How many sentences after the larger count the cue may be told: the statement's next lines (a sentence that names
    /// who was among the dead comes right after the toll), not a later part of a report of several operations.
    /// </summary>
    private const int CueSentenceReach = 3;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var all = DraftPass.LiveFigures(drafts);
        // Cheap first: most reports count no leader apart, and their words are not looked at again.
        var leaders = all.Where(x => IsIsisDead(x.Figure) && CountsLeaders(context.Report, x.Figure)).ToList();
        if (leaders.Count == 0)
        {
            return DraftPass.Standing(drafts);
        }
        foreach (var (draft, part) in leaders)
        {
            foreach (var (wholeDraft, whole) in all)
            {
                if (wholeDraft == draft || whole == part || !IsIsisDead(whole) || whole.Count <= part.Count
                    || !Compatible(draft, wholeDraft) || OwnDaysDiffer(draft, wholeDraft))
                {
                    continue;
                }
                if (LeadersToldAmong(context.Report, whole, part, all))
                {
                    part.Breakdown = true;
                    break;
                }
            }
        }
        return DraftPass.Standing(drafts);
    }

    private static bool IsIsisDead(Figure f) =>
        f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Killed, Side: CasualtySide.Isis, Breakdown: false, Implicit: false };

    /// <summary>The figure's own words (its count, its noun and the word after them) name a leader's rank.</summary>
    private bool CountsLeaders(ReportText report, Figure f)
    {
        var tokens = report.Tokens;
        var end = Math.Min(f.Last + 1, tokens.Count - 1);
        for (var j = f.First; j <= end; j++)
        {
            if (IsLeaderNoun(tokens[j]))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsLeaderNoun(Text.Token t) => t.IsWord && t.Stems.AnyIn(lexicon.IsisLeaderNouns);

    /// <summary>
    /// After the larger count, in its sentence or the next ones up to a sentence that counts ISIS's dead again, a cue of
    /// inclusion with a leader's noun after it: the leaders are among that count.
    /// </summary>
    private bool LeadersToldAmong(ReportText report, Figure whole, Figure part, List<(OperationDraft Draft, Figure Figure)> all)
    {
        var tokens = report.Tokens;
        var lastSentence = Math.Min(report.Sentences.Count - 1, whole.Sentence + CueSentenceReach);
        for (var si = whole.Sentence; si <= lastSentence; si++)
        {
            // A later sentence that counts ISIS's dead of its own starts another telling: its cue is its own count's.
            if (si > whole.Sentence && all.Exists(x => x.Figure.Sentence == si && x.Figure != whole && IsIsisDead(x.Figure) && !CountsLeaders(report, x.Figure)))
            {
                break;
            }
            var s = report.Sentences[si];
            for (var j = Math.Max(s.First, si == whole.Sentence ? whole.Last + 1 : s.First); j <= s.Last; j++)
            {
                if (lexicon.InclusionCues.MatchAt(tokens, j) is not { } cue)
                {
                    continue;
                }
                var reach = Math.Min(s.Last, cue.Last + LeaderAfterCueReach);
                for (var k = cue.Last + 1; k <= reach; k++)
                {
                    if (IsLeaderNoun(tokens[k]))
                    {
                        // "بينهم 8 متزعمين": the leaders among the larger count are counted there; a leaders' count
                        // told apart is one of them only when it is that count.
                        if (CountBetween(tokens, cue.Last + 1, k - 1) is { } counted && counted != part.Count)
                        {
                            break;
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>The value of a count read between two tokens (a counted breakdown after the cue: "بينهم 8 متزعمين"), or null.</summary>
    private int? CountBetween(Text.TokenList tokens, int first, int last)
    {
        for (var j = first; j <= last; j++)
        {
            if (numbers.ReadAt(tokens, j) is { } count)
            {
                return (int)count.Value;
            }
        }
        return null;
    }

    /// <summary>Two drafts each dated to a day of their own, different days, tell two operations.</summary>
    private static bool OwnDaysDiffer(OperationDraft a, OperationDraft b) =>
        a.DateOwn && b.DateOwn && a.Date is { Precision: DatePrecision.Day, Date: { } da } && b.Date is { Precision: DatePrecision.Day, Date: { } db } && da != db;
}
