using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وكانت قوات الأمن أعلنت أمس عن القبض على ..."، "وفي 3 آذار، ذكر مصدر أن قوة اعتقلت قياديا ...": a sentence that
/// opens on a time of its own, in the pluperfect of background (lexicon backgroundOpeners), on an earlier time
/// ("وفي وقت سابق"، "ومؤخرا", lexicon earlierUnspecified), or with a calendar day
/// fronted before its verb (lexicon frontedDayPrepositions, then a day, month or weekday the calendar names, not a
/// day counted from the telling: "وفي اليوم نفسه" goes on with the same time), steps to another event. Its counts are
/// none of the counts told before it: neither a part of a summary (<see cref="Passes.SeveralEventsTotalRemoval"/>) nor
/// a man of a group counted before (<see cref="Passes.ImplicitFigureAbsorption"/>).
/// </summary>
internal static class AnotherTimeOpeners
{
    public static bool Open(ReportText report, ExtractionLexicon lexicon, int sentence)
    {
        var s = report.Sentences[sentence];
        if (report.Layout.OpensAsBackground(s))
        {
            return true;
        }
        var tokens = report.Tokens;
        // "وفي وقت سابق اليوم، صرح ...": a sentence opened on an earlier time (lexicon earlierUnspecified) steps back too.
        if (lexicon.EarlierUnspecified.MatchAt(tokens, s.First) is not null)
        {
            return true;
        }
        if (s.First + 1 > s.Last || !tokens[s.First].ReadsAsOneOf(lexicon.FrontedDayPrepositions))
        {
            return false;
        }
        foreach (var m in report.DateReadings.MentionsIn(s))
        {
            return m.Start == tokens[s.First + 1].Start
                && m.Kind is DateMentionKind.Absolute or DateMentionKind.DayMonth or DateMentionKind.MonthYear or DateMentionKind.Month or DateMentionKind.Weekday;
        }
        return false;
    }
}
