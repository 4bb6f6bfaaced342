using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "تدمير وكر وقتل 12 إرهابيا في منطقة أ، وإحراق زورق وقتل 4 إرهابيين في منطقة ب"، "قتل خمسة مسلحين يوم الجمعة
/// وثلاثة يوم الخميس": two counts of the same people in one sentence, each followed by a place or
/// a day of its own (lexicon ownPlaceOrDay: a locality noun and the name after it, a day word and the weekday after
/// it), are two events of a results list, not one sum. The later count, and what the sentence counts after the first
/// count's place, become an operation of their own with the sentence's province. Counts of one strike or one place
/// ("5 مسلحين واثنين من القناصة") have no place between them and stay one sum.
/// </summary>
internal sealed class OwnPlaceOrDaySplit(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        List<OperationDraft>? result = null;
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var split = draft.Figures.Count >= 2 ? SplitOff(context.Report, draft) : null;
            if (split is null)
            {
                result?.Add(draft);
                continue;
            }
            result ??= drafts.Take(d).ToList();
            result.Add(draft);
            result.Add(split);
        }
        return result ?? drafts;
    }

    /// <summary>The operation the second count of <paramref name="draft"/> tells with its own place or day, if any.</summary>
    private OperationDraft? SplitOff(ReportText report, OperationDraft draft)
    {
        var live = draft.Live.Where(f => f.Kind == FigureKind.Casualty && !f.Implicit).OrderBy(f => f.First).ToList();
        for (var a = 0; a + 1 < live.Count; a++)
        {
            var first = live[a];
            var second = live.Skip(a + 1).FirstOrDefault(f => f.Sentence == first.Sentence && f.SameMeasure(first) && f.Side == first.Side);
            if (second is null)
            {
                continue;
            }
            var sentence = report.Sentences[first.Sentence];
            if (OwnMarkAfter(report, first.Last, second.First - 1) is not { } firstMark
                || OwnMarkAfter(report, second.Last, sentence.Last) is not { } secondMark
                || report.Tokens[firstMark].Text == report.Tokens[secondMark].Text)
            {
                continue;
            }
            var moved = draft.Figures.Where(f => f.Sentence == first.Sentence && f.First > firstMark).ToList();
            var own = new OperationDraft
            {
                Clause = draft.Clause, Province = draft.Province, ProvinceOwn = draft.ProvinceOwn, Date = draft.Date, DateOwn = draft.DateOwn,
                DateFromAnnouncement = draft.DateFromAnnouncement, Kind = draft.Kind, Rule = draft.Rule + "+own-place-or-day",
                EvidenceStart = report.Tokens[firstMark].End, EvidenceEnd = draft.EvidenceEnd, LastSentence = draft.LastSentence,
            };
            own.Actors.AddRange(draft.Actors);
            own.Figures.AddRange(moved);
            draft.Figures.RemoveAll(moved.Contains);
            return own;
        }
        return null;
    }

    /// <summary>
    /// The token that names the place or day a count is told with: the word after a locality noun or a day word
    /// (lexicon ownPlaceOrDay) within <see cref="AssemblerLimits.OwnPlaceOrDayReach"/> tokens after
    /// <paramref name="after"/>, not past <paramref name="last"/> nor a sentence break.
    /// </summary>
    private int? OwnMarkAfter(ReportText report, int after, int last)
    {
        var tokens = report.Tokens;
        var to = Math.Min(last, after + OwnPlaceOrDayReach);
        for (var j = after + 1; j < to; j++)
        {
            if (tokens[j].IsSentenceBreak)
            {
                return null;
            }
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (lexicon.OwnPlaces.MatchAt(tokens, j) is { } place && place.Last + 1 <= to && tokens[place.Last + 1].IsWord)
            {
                return place.Last + 1;
            }
            if (lexicon.OwnDays.MatchAt(tokens, j) is { } day && day.Last + 1 <= to && lexicon.OwnWeekdays.MatchAt(tokens, day.Last + 1) is not null)
            {
                return day.Last + 1;
            }
        }
        return null;
    }
}
