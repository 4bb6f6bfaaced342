using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أصيب جنديان بعبوة قرب الدبس ليل الجمعة، بعد ثلاثة أيام من اعتداء مشابه قتل فيه سبعة"، "ووقع الانفجار بعد يومين من
/// كمين قتل فيه خمسة جنود": an event named after "بعد N من" (lexicon daysBetweenEvents) happened N days before the
/// event told first. Its day is that event's day, the last day the sentence names before "بعد" or else the day of the
/// operation told just before it, less N; without either it stays as it was. "بعد أيام من" names no number: nothing.
/// </summary>
internal sealed class DaysBeforeDating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var tokens = report.Tokens;
        OperationDraft? before = null;
        foreach (var d in drafts)
        {
            if (d.Dropped)
            {
                continue;
            }
            var sentence = report.Sentences[d.Clause.Index];
            var firstFigure = d.Figures.Min(f => f.First);
            for (var j = Math.Max(sentence.First, firstFigure - DaysBeforeReach); j < firstFigure; j++)
            {
                if (tokens[j].Text != "بعد" || lexicon.DaysBetweenEvents.MatchAt(tokens, j + 1) is not { } days
                    || days.Last + 1 >= firstFigure || tokens[days.Last + 1].Text != "من")
                {
                    continue;
                }
                var start = tokens[j].Start;
                var anchor = report.MentionsIn(sentence).LastOrDefault(m => m.Start < start && m.Precision == DatePrecision.Day
                    && m.Kind != DateMentionKind.Period && m.Date is not null)?.Date
                    ?? (before is { DateOwn: true, Date: { Precision: DatePrecision.Day, Date: { } day } } ? day : null);
                if (anchor is { } a)
                {
                    d.Date = new DateMention(start, tokens[days.Last].End, DateMentionKind.Absolute, a.AddDays(-days.Value), DatePrecision.Day,
                        report.Text.Text[start..tokens[days.Last].End], true, null, null);
                    d.DateOwn = true;
                }
                break;
            }
            before = d;
        }
        return DraftPass.Standing(drafts);
    }
}
