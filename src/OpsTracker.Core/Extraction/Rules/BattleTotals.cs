using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A battle's running total told as one count: "مقتل 270 من عناصر داعش في معركة تحرير الحويجة"، "قتلت 288 من عناصر
/// داعش خلال تسعة أيام من انطلاق العملية". The sentence says the count covers the whole battle (a battle of liberation
/// named, or a span counted from the launch), and the count is of a battle's size: it is the campaign's total so far,
/// a tally when an authority gives it, never one operation. Holds only the lexicon: safe to share.
/// </summary>
internal sealed class BattleTotals(ExtractionLexicon lexicon)
{
    /// <summary>ISIS members killed, at least <see cref="BattleTotalMinimum"/>, in a sentence that names the whole battle or the span from its launch.</summary>
    public bool IsWholeBattleCount(ReportText report, Sentence sentence, Figure f) =>
        f is { Kind: FigureKind.Casualty, Side: CasualtySide.Isis, Category: CasualtyCategory.Killed, Breakdown: false } && f.Count >= BattleTotalMinimum
        && (report.Has(lexicon.WholeBattle, sentence) || CountsFromTheLaunch(report, sentence) || CountsAnEndedCampaign(report, sentence));

    /// <summary>
    /// "أعلنت القيادة تحرير محافظة الأنبار كاملة ومقتل أكثر من 60 مسلحا"، "أعلنت الوزارة مقتل 200 مسلح وتحرير نحو 25 قرية
    /// في القضاء": the dead announced together with the liberation of a whole province, or of a counted many areas (at
    /// least <see cref="AssemblerLimits.LiberatedAreasMinimum"/>: lexicon liberatedWholes), both objects of one verb of
    /// announcing, are the results of the campaign that liberated them, not one operation's: a tally when an authority
    /// gives it. A village or a town liberated ("تحرير قرية ومقتل خمسة") is one operation's; a handful of dead (under
    /// <see cref="AssemblerLimits.LiberationTollMinimum"/>) too; and a day the sentence names for what it counts, other
    /// than the day a verb of announcing before it dates the statement, ties the figures to that day.
    /// </summary>
    public bool IsALiberationsToll(ReportText report, Sentence sentence, Figure f)
    {
        if (f is not { Kind: FigureKind.Casualty, Side: CasualtySide.Isis, Category: CasualtyCategory.Killed, Breakdown: false } || f.Count < LiberationTollMinimum
            || !report.Has(lexicon.Liberations, sentence) || !report.Has(lexicon.AnnouncementVerbs, sentence))
        {
            return false;
        }
        var tokens = report.Tokens;
        foreach (var m in report.DateReadings.MentionsIn(sentence))
        {
            if (m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period
                && !lexicon.AnnouncementVerbs.AnyIn(tokens, sentence.First, report.TokenAt(m.Start) - 1))
            {
                return false;
            }
        }
        for (var i = sentence.First; i < sentence.Last; i++)
        {
            // "بإسناد من قيادة عمليات تحرير الموصل"، "معركة تحرير الأنبار": a liberation in construct after a noun of
            // operations or battle names a campaign under way, not a liberation announced.
            if (lexicon.Liberations.MatchAt(tokens, i) is { } liberation && !(i > sentence.First && NamesACampaign(tokens, i - 1))
                && LiberatesAWhole(report, sentence, liberation.Last + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"عمليات"، "معركة": a noun of operations or battle (lexicon operationNouns, battleNouns), read on its clitic readings.</summary>
    private bool NamesACampaign(Text.TokenList tokens, int k) =>
        tokens[k].IsWord && (lexicon.OperationNouns.MatchAt(tokens, k) is { } op && op.Last == k || lexicon.BattleNouns.MatchAt(tokens, k) is { } battle && battle.Last == k);

    /// <summary>
    /// Right after a word of liberation (within <see cref="AssemblerLimits.LiberatedWholeReach"/> tokens): a province
    /// ("محافظة ديالى"), or a number of at least <see cref="AssemblerLimits.LiberatedAreasMinimum"/> before a noun of areas
    /// ("نحو 30 منطقة").
    /// </summary>
    private bool LiberatesAWhole(ReportText report, Sentence sentence, int from)
    {
        var tokens = report.Tokens;
        var last = Math.Min(sentence.Last, from + LiberatedWholeReach);
        if (from > last)
        {
            return false;
        }
        var start = tokens[from].Start;
        var end = tokens[last].End;
        if (report.PlaceReadings.PlacesIn(sentence).Any(p => p.Start >= start && p.Start < end && p.Entry.Type == Places.PlaceType.Province && !report.PlaceDirections.IsDirectionOnly(p)))
        {
            return true;
        }
        for (var k = from; k < last; k++)
        {
            if (tokens[k].IsNumber && int.TryParse(tokens[k].Text, out var n) && n >= LiberatedAreasMinimum
                && tokens[k + 1].ReadsAsOneOfBareOrDefinite(lexicon.LiberatedAreaNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أعلن قائد الشرطة الاتحادية أن قطعاته حررت 30 قرية وقتلت 150 إرهابيا" in a report that a phase or a battle has
    /// ended ("أعلن انتهاء المرحلة الأولى من عمليات التحرير"، "انتهت المعركة بخسارة التنظيم"): ISIS's dead by the hundred,
    /// in a sentence that names no day of its own, are the toll of the phase or battle that ended, not one operation's.
    /// Asked only of counts of <see cref="AssemblerLimits.BattleTotalMinimum"/> or more; the report is read for the
    /// ending only then.
    /// </summary>
    private bool CountsAnEndedCampaign(ReportText report, Sentence sentence) =>
        !report.DateReadings.MentionsIn(sentence).Any(m => m.Precision == DatePrecision.Day && m.Kind is not Dates.DateMentionKind.Period)
        && (report.TellsACampaignsEnd ??= report.Sentences.Any(s => TellsACampaignsEnd(report, s)));

    /// <summary>
    /// A word of ending (lexicon campaignEnds.endings) right before a campaign's noun (campaigns), not after a
    /// preposition of time (notAfter: "بعد انتهاء المرحلة" dates what follows; "فور انتهاء العملية" tells the future).
    /// </summary>
    private bool TellsACampaignsEnd(ReportText report, Sentence s)
    {
        var tokens = report.Tokens;
        for (var i = s.First; i < s.Last; i++)
        {
            if (!tokens[i].ReadsAsOneOf(lexicon.CampaignEndings))
            {
                continue;
            }
            var next = i + 1;
            // "تم إنهاء الصفحة"، "انتهت بذلك المرحلة": one word may stand between.
            if (!tokens[next].ReadsAsOneOf(lexicon.CampaignEndNouns) && !(next < s.Last && tokens[next + 1].ReadsAsOneOf(lexicon.CampaignEndNouns)))
            {
                continue;
            }
            if (i > s.First && tokens[i - 1].ReadsAsOneOf(lexicon.CampaignEndNotAfter))
            {
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// "قتل 75 عنصرا بعد أربعة أيام من بدء الحملة البرية"، "خلال أسبوعين من انطلاق العمليات": a span of days, weeks or months
    /// (lexicon launchSpanUnits) opened by "بعد"/"خلال" (launchSpanOpeners) within <see cref="AssemblerLimits.FromTheLaunchReach"/>
    /// tokens before a launch (fromTheLaunch): what the sentence counts is the campaign's so far, whatever its size, a
    /// tally when an authority gives it. Hours from the launch ("خلال ساعات من انطلاق العملية") are the operation's own.
    /// </summary>
    public bool CountsDaysFromTheLaunch(ReportText report, Sentence sentence)
    {
        if (!report.MayHold(lexicon.FromTheLaunch, sentence))
        {
            return false;
        }
        var tokens = report.Tokens;
        for (var j = sentence.First; j <= sentence.Last; j++)
        {
            if (lexicon.FromTheLaunch.MatchAt(tokens, j) is null)
            {
                continue;
            }
            var opened = false;
            for (var k = Math.Max(sentence.First, j - FromTheLaunchReach); k < j; k++)
            {
                opened |= lexicon.LaunchSpanOpeners.Contains(tokens[k].Text);
                if (opened && lexicon.LaunchSpanUnits.Contains(tokens[k].Text))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "مقتل 45 إرهابيا ضمن حملة صولة الفرسان التي بدأت في الشهر الماضي"، "كشفت حصيلة الحملة التي أطلقها قبل
    /// عشرة أيام": a relative clause tells when the campaign the sentence counts for was launched, at a time before the
    /// telling (a month, a year, or days back: lexicon launchedBefore). The relative pronoun right before the verb of
    /// launching makes the clause the campaign's description, and its time the start of the span the sentence counts
    /// over: the campaign's total so far, whatever its size, a tally when an authority gives it. Launched today or
    /// yesterday ("التي انطلقت فجر اليوم") the count is the operation's own.
    /// </summary>
    public bool CountsFromALaunchBefore(ReportText report, Sentence sentence)
    {
        if (!report.MayHoldList(lexicon.LaunchVerbsList, sentence))
        {
            // No word of the sentence may read as a verb of launching (its bit is clear): the walk below would find none.
            return false;
        }
        var tokens = report.Tokens;
        List<DateMention>? mentions = null;
        for (var j = sentence.First + 1; j <= sentence.Last; j++)
        {
            if (!tokens[j].ReadsAsOneOf(lexicon.LaunchVerbs) || !tokens[j - 1].ReadsAsOneOf(lexicon.LaunchRelatives))
            {
                continue;
            }
            mentions ??= [.. report.DateReadings.MentionsIn(sentence)];
            foreach (var m in mentions)
            {
                var at = report.TokenAt(m.Start);
                if (at > j && at - j <= LaunchTimeReach && IsBeforeTheTelling(report, m, at))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A month, a year, or days counted back ("قبل ثلاثة أيام"): a time before the day of the telling.</summary>
    private bool IsBeforeTheTelling(ReportText report, DateMention m, int at) =>
        m.Kind is DateMentionKind.Month or DateMentionKind.MonthYear or DateMentionKind.Year
        || (m.Kind is DateMentionKind.Relative && (m.Precision is not DatePrecision.Day || report.Tokens[at].ReadsAsOneOf(lexicon.LaunchDaysBack)));

    /// <summary>"خلال تسعة أيام من انطلاق العملية": "خلال" within <see cref="FromTheLaunchReach"/> tokens before a launch phrase.</summary>
    private bool CountsFromTheLaunch(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var j = sentence.First; j <= sentence.Last; j++)
        {
            if (lexicon.FromTheLaunch.MatchAt(tokens, j) is null)
            {
                continue;
            }
            for (var k = Math.Max(sentence.First, j - FromTheLaunchReach); k < j; k++)
            {
                if (tokens[k].Text == Text.Particles.Khilal)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
