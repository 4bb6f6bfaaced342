using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "أصيب جنديان بعبوة قرب الدبس ليل الجمعة، بعد ثلاثة أيام من اعتداء مشابه قتل فيه سبعة"، "ووقع الانفجار بعد يومين من
/// كمين قتل فيه خمسة جنود"، "وجاء الاعتداء بعد يومين على قتل القوات ستة": an event named after "بعد N من" or "بعد N على"
/// (lexicon daysBetweenEvents) happened N days before the
/// event told first. Its day is that event's day, the last day the sentence names before "بعد" or else the day of the
/// operation told just before it (its own or, "ذكر ضابط يوم الثلاثاء أن مسلحين هاجموا مقرا", the day it was
/// announced on), less N; without either it stays as it was. "بعد أيام من" names no number: nothing.
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
            if (DraftRelations.EarlierEventDays(report, lexicon, d) is { } found)
            {
                var (at, days, end) = found;
                var sentence = report.Sentences[d.Clause.Index];
                var start = tokens[at].Start;
                var anchor = report.DateReadings.MentionsIn(sentence).LastOrDefault(m => m.Start < start && m.Precision == DatePrecision.Day
                    && m.Kind != DateMentionKind.Period && m.Date is not null)?.Date
                    ?? (before is { Date: { Precision: DatePrecision.Day, Date: { } day } } ? day : null);
                if (anchor is { } a)
                {
                    d.Date = new DateMention(start, tokens[end].End, DateMentionKind.Absolute, a.AddDays(-days), DatePrecision.Day,
                        report.Text.Text[start..tokens[end].End], true, null, null);
                    d.DateOwn = true;
                }
            }
            before = d;
        }
        return DraftPass.Standing(drafts);
    }
}
