using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "شن داعش مساء الخميس هجوما على مقر للشرطة" then "وقال مسؤول محلي في تصريح أمس إن الهجوم
/// أسفر عن مقتل 3": the sentence that goes on quoting an official (a statement opener: وقال، وأضاف ...) names only the
/// day of the statement (a day right after a word of speaking: تصريح، بيان، قال ...; lexicon statementDayWords);
/// the event it counts is the one the sentence before told, without figures of its own but with an operation or
/// attack word and an earlier day. That day is the operation's.
/// </summary>
internal sealed class StatementDayDating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var d in drafts.Where(d => !d.Dropped && d.DateOwn && d.Clause.Index > 0))
        {
            var sentence = report.Sentences[d.Clause.Index];
            if (d.Date is not { Precision: DatePrecision.Day, Date: { } told } m || !DatesTheStatement(report, lexicon, m, sentence))
            {
                continue;
            }
            var before = report.Sentences[d.Clause.Index - 1];
            if (lexicon.StatementOpeners.MatchAt(report.Tokens, sentence.First) is null
                || report.Layout.OpensAsBackground(sentence)
                || drafts.Any(o => o != d && !o.Dropped && o.Clause.Index == before.Index && o.Live.Any(f => f.Kind is FigureKind.Casualty or FigureKind.Hideout))
                || !(report.Has(lexicon.Kinds, before) || report.Has(lexicon.AttackNouns, before)))
            {
                continue;
            }
            var earlier = report.DateReadings.MentionsIn(before).LastOrDefault(x => x.Precision == DatePrecision.Day && x.Kind != DateMentionKind.Period
                && x.Date is { } day && day < told && day >= told.AddDays(-ElaborationDaysBefore) && !DatesTheStatement(report, lexicon, x, before));
            if (earlier is not null)
            {
                d.Date = earlier;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// "في تصريح لإعلام حزبه أمس"، "وقال أمس": a word of speaking (lexicon statementDayWords) at most
    /// <see cref="StatementDayReach"/> words before the day, in the same sentence.
    /// </summary>
    internal static bool DatesTheStatement(ReportText report, ExtractionLexicon lexicon, DateMention m, Sentence sentence)
    {
        var at = report.TokenAt(m.Start);
        return lexicon.StatementDayWords.AnyIn(report.Tokens, Math.Max(sentence.First, at - StatementDayReach), at - 1);
    }
}
