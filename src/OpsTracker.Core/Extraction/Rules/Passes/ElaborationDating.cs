using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A lead tells the figures with the day of the announcement ("أعلنت ... يوم الخميس القبض على إرهابيين اثنين"), or
/// a headline with no day at all; the sentences after it, adding no figures of their own, tell the day it happened
/// ("تمكنت أمس الأربعاء من إلقاء القبض على الإرهابيين"). That earlier day is the operation's.
/// </summary>
internal sealed class ElaborationDating(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.Published is not { } published)
        {
            return drafts;
        }
        foreach (var d in drafts.Where(d => d.Clause.Index <= ElaboratedLastSentence && (d.Date?.Date is null || d.Date.Date == published) && !ToldHoursAgo(report, d) && !DatedInTheQuote(report, d) && !DraftRelations.CountsSeveralStrikes(d)))
        {
            var days = DraftRelations.ElaboratingSentences(report, drafts, d).Where(s => !IsBackground(report, s) && !OpensAsEarlier(report, s) && !OpensAsAside(report, s) && !LaunchesACampaign(report, s))
                .SelectMany(s => report.DateReadings.MentionsIn(s).Where(m => !report.DateReadings.ToldOfAnotherNoun(s, m) && !NightReachingTheLeadsDay(report, s, m, d)))
                .Where(m => m.Precision == DatePrecision.Day && m.Kind != DateMentionKind.Period && m.Date is { } x
                    && x <= published && x >= published.AddDays(-ElaborationDaysBefore) && (d.Date?.Date is null || x < published)
                    && !(d.AfterCrimeOf is { } crime && x <= crime))
                .ToList();
            if (days.Count > 0)
            {
                d.Date = days.MinBy(m => m.Date);
                d.DateOwn = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// 'وقال بيان للحشد "إن قوة من اللواء قتلت صباح اليوم عنصرين"': a day named inside the words a statement quotes
    /// is the speaker's day of what was done, not the day a report announced it; the sentences after do not correct
    /// it. (Quotation marks of every kind are one mark after normalisation; inside = an odd number of them between the
    /// sentence's start and the day.)
    /// </summary>
    private static bool DatedInTheQuote(ReportText report, OperationDraft d)
    {
        if (d.Date is not { } m || !d.DateOwn)
        {
            return false;
        }
        var sentence = report.Sentences[d.Clause.Index];
        var at = report.TokenAt(m.Start);
        if (at < sentence.First || at > sentence.Last)
        {
            return false;
        }
        var marks = 0;
        for (var i = sentence.First; i < at; i++)
        {
            if (report.Tokens[i].Text == "\"")
            {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /// <summary>
    /// "قتل جنديان اليوم الثلاثاء ... هاجمهم التنظيم قرابة منتصف ليل الإثنين/الثلاثاء": a night named by the two
    /// days it joins (<see cref="DateReadings.NightOpenedBefore"/>) whose closing day is the day the lead gave its deed
    /// reaches that day: the elaboration agrees with the lead, and its first day corrects nothing.
    /// </summary>
    private static bool NightReachingTheLeadsDay(ReportText report, Sentence s, DateMention m, OperationDraft d) =>
        d.Date?.Date is { } lead && m.Date is { } first && first.AddDays(1) == lead
        && report.DateReadings.MentionsIn(s).Any(n => n.Date == lead && ReferenceEquals(report.DateReadings.NightOpenedBefore(n), m));

    /// <summary>
    /// "وجه التحالف ضربة قبل ساعات أسفرت عن مقتل 17": an operation dated by "hours ago" (lexicon hoursAgo) was done on
    /// the day of publication, and the text says so of the operation itself; that is no announcement's day for a
    /// later sentence to correct.
    /// </summary>
    private bool ToldHoursAgo(ReportText report, OperationDraft d) =>
        d.Date is { } m && d.DateOwn && lexicon.HoursAgo.MatchAt(report.Tokens, report.TokenAt(m.Start)) is not null;

    /// <summary>
    /// "وفي وقت سابق من الخميس، قال محافظ الأنبار ..."، "وقبل أيام ...": a sentence that opens by saying it
    /// tells something earlier (lexicon earlierUnspecified) steps back from the news to an earlier statement or event;
    /// the day it names is that one's, not the day the lead's operation happened.
    /// </summary>
    private bool OpensAsEarlier(ReportText report, Sentence s) =>
        lexicon.EarlierUnspecified.MatchAt(report.Tokens, s.First) is not null;

    /// <summary>
    /// "يذكر أن الأمم المتحدة أعلنت في الأول من الشهر حصيلة ..."، "والجدير بالذكر أن القوات أطلقت الخميس حملة ...": a
    /// sentence opened by a formula of mention (lexicon asideOpeners) steps aside from the news to its background; the
    /// day it names is the background's.
    /// </summary>
    private bool OpensAsAside(ReportText report, Sentence s) =>
        lexicon.AsideOpeners.MatchAt(report.Tokens, s.First) is not null;

    /// <summary>
    /// "وأطلقت القوات يوم الأحد حملة تفتيش في الصحراء"، "وانطلقت الخميس حملات أمنية ...": a sentence that tells a
    /// campaign's launch (a launch word, lexicon operationLaunches or campaignLaunchVerbs, then a campaign noun) names
    /// the campaign's first day; the operation the lead tells came during the campaign, on a day of its own.
    /// </summary>
    private bool LaunchesACampaign(ReportText report, Sentence s)
    {
        var tokens = report.Tokens;
        for (var i = s.First; i <= s.Last; i++)
        {
            if (!tokens[i].IsWord || !(tokens[i].Readings.AnyIn(lexicon.CampaignLaunchVerbs) || lexicon.OperationLaunches.MatchAt(tokens, i) is not null))
            {
                continue;
            }
            for (var j = i + 1; j <= Math.Min(s.Last, i + CampaignNounReach); j++)
            {
                if (lexicon.CampaignNouns.MatchAt(tokens, j) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// How many words after its launch word a campaign noun may stand: the subject and the day between them
    /// ("أطلقت [القوات الأمنية فجر الخميس الماضي] حملة": five), so that a campaign named later is another clause's.
    /// </summary>
    private const int CampaignNounReach = 7;

    /// <summary>
    /// "وكان وزير الدفاع قد أعلن الأحد الماضي ...": a sentence opened by the pluperfect "وكان"/"وكانت" tells the
    /// background of the news (what had happened before it), not the day of the operation the lead tells.
    /// </summary>
    private bool IsBackground(ReportText report, Sentence s)
    {
        if (!report.Layout.OpensAsBackground(s))
        {
            return false;
        }
        // "وكانت القيادة قد باشرت عمليات تفتيش منذ الخميس": the operation itself, told in the pluperfect, dates it;
        // "وكان وزير الدفاع أعلن الأحد عن انطلاق حملة": an announcement made before, does not.
        var clause = s with { Last = Math.Min(s.Last, s.First + BackgroundVerbReach) };
        // "وكانت القوات قد بدأت عملية واسعة لتحرير القضاء قبل يومين": nor does the launch of the campaign the lead's
        // operation is part of; its day is the launch's.
        return report.Has(lexicon.AnnouncementVerbs, clause) || report.Has(lexicon.OperationLaunches, clause);
    }
}
