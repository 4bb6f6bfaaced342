using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Decides whether a sentence opens a tally told over several sentences (an authority announcing a tally whose figures
/// follow, the enemy's losses announced as one whole) or goes on with the statement of the last tally read. An opened
/// tally joins the caller's list without figures; this class holds only the lexicon and its helpers: safe to share.
/// </summary>
internal sealed class TallyContinuation(ExtractionLexicon lexicon)
{
    private readonly TallyAnnouncer _announcer = new(lexicon);
    private readonly TallyPeriods _periods = new(lexicon);
    private readonly BattleTotals _battles = new(lexicon);
    private readonly TallyLossesList _losses = new(lexicon);
    private readonly OneOperationsResults _oneOperation = new(lexicon);
    private readonly StatementTimes _times = new(lexicon);

    /// <summary>
    /// "أعلنت وزارة الدفاع حصيلة عمليات قطعاتها لشهر أيار": an authority announcing a tally whose figures the next
    /// sentences or list items give. It opens a tally without figures for them to join (a tally nothing joins is
    /// dropped).
    /// </summary>
    public bool OpensTally(ReportText report, Sentence sentence, List<TallyDraft> tallies)
    {
        // The authority announces it in this very sentence: "في إطار إظهار حصيلة الجهود" only talks about results.
        if (!report.Has(lexicon.TallyStrongCues, sentence))
        {
            return OpensLossesList(report, sentence, tallies);
        }
        if (!report.Has(lexicon.Reporters, sentence))
        {
            return HeadsAListOfResults(report, sentence, tallies) || OpensLossesList(report, sentence, tallies);
        }
        var announcement = _announcer.Announce(report, sentence, 0);
        // The day it was announced on ("أعلنت، اليوم، حصيلة شهر أيار") may stand beside the period; a day alone is the
        // day's summary.
        var day = report.DateReadings.MentionsIn(sentence).Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period);
        // "أعلنت، اليوم، حصيلة الحملة التي أطلقها قبل عشرة أيام": the campaign's launch before that day is the span.
        if (day && announcement.Periods.Count == 0 && _periods.DayRange(report, sentence) is null && !_battles.CountsFromALaunchBefore(report, sentence))
        {
            return OpensLossesList(report, sentence, tallies);
        }
        if (_oneOperation.Counts(report, sentence))
        {
            return false;
        }
        OpenTally(report, sentence, tallies, announcement);
        return true;
    }

    /// <summary>
    /// "📊 حصاد العمليات الأمنية لشهر آب 2022" over "✅ تنفيذ (214) عملية ..." "✅ مقتل (17) إرهابيا": a post's heading that
    /// names a tally and its period (a month or longer) on a line of its own, with the list of its figures right under
    /// it, opens that tally though the heading names no authority (the office signs the post, or its channel is the
    /// authority): the authority named nearby, else the forces at large.
    /// </summary>
    private bool HeadsAListOfResults(ReportText report, Sentence sentence, List<TallyDraft> tallies)
    {
        if (sentence.Index + 1 >= report.Sentences.Count || !report.Layout.IsListItem(report.Sentences[sentence.Index + 1])
            || !report.Layout.IsLineOfItsOwn(sentence))
        {
            return false;
        }
        var announcement = _announcer.Announce(report, sentence, 0);
        if (announcement.Periods.Count == 0 || _oneOperation.Counts(report, sentence))
        {
            return false;
        }
        OpenTally(report, sentence, tallies, announcement.ReportedBy is null ? announcement with { ReportedBy = TallyAnnouncer.GenericAuthority } : announcement);
        return true;
    }

    /// <summary>
    /// "كشف القائد، اليوم، مجمل خسائر التنظيم في معركة المدينة التي انطلقت في 20 آذار"، "وتظهر الوثيقة حصيلة القتال
    /// ليوم كامل" under a headline "مجمل الخسائر": the enemy's losses announced as one whole to be listed
    /// (<see cref="TallyLossesList"/>), by an authority or a results document, open a tally even though the sentence names
    /// days: they bound the battle or the span the losses were counted over, or date the statement.
    /// </summary>
    private bool OpensLossesList(ReportText report, Sentence sentence, List<TallyDraft> tallies)
    {
        if (!_losses.AnnouncedAtOrBefore(report, sentence.Index) || !(report.Has(lexicon.TallyStrongCues, sentence) || _losses.Announces(report, sentence))
            || !_losses.IsAStatement(report, sentence) || _oneOperation.Counts(report, sentence)
            || _announcer.Announce(report, sentence, 0) is not { ReportedBy: not null } listed)
        {
            return false;
        }
        OpenTally(report, sentence, tallies, listed);
        return true;
    }

    /// <summary>A tally announced without figures yet, for the sentences after it to give them (dropped if none does).</summary>
    public void OpenTally(ReportText report, Sentence sentence, List<TallyDraft> tallies, TallyAnnouncement announcement)
    {
        var draft = TallyAnnouncer.NewTally(report, sentence, announcement);
        _periods.SetPeriod(report, sentence, draft, announcement, single: true, report.Tokens[sentence.First].Start);
        tallies.Add(draft);
    }

    /// <summary>
    /// "وبين البيان أن الحملة شملت أيضا تفجير أربعة أنفاق": a sentence that goes on with a tally's statement (a
    /// reporting verb, "كما", "أيضا", an item of its list, a verbal noun with و right after it, or the first figures of
    /// a statement that announced a tally), within <see cref="AssemblerLimits.TallyContinuationReach"/> sentences of it, naming no day and no place
    /// of its own, adds to that tally rather than telling an operation.
    /// </summary>
    public bool ContinuesTally(ReportText report, Sentence sentence, IReadOnlyList<TallyDraft> tallies)
    {
        if (tallies.Count == 0)
        {
            return false;
        }
        // A statement that gave no figure yet is continued by the first sentence after it that counts something.
        var announced = AnnouncedFiguresFollow(report, sentence, tallies[^1]);
        // "مجمل خسائر التنظيم ... وهي:": the enemy's losses announced as one whole are listed item by item, however
        // long the list (TallyLossesList).
        if (_losses.AnnouncedAtOrBefore(report, tallies[^1].Sentence.Index))
        {
            return !_times.NamesADayOfWhatItCounts(report, report.DateReadings.MentionsIn(sentence))
                && TallyLossesList.PlacedInScope(report, sentence, tallies[^1]);
        }
        // "- تدمير 279 وكرا": an item of a list reaches as far as the list's first item does.
        if (!announced && report.Layout.ListRunStart(sentence) - tallies[^1].Sentence.Index > TallyContinuationReach)
        {
            return false;
        }
        // "... قتل 51 إرهابيا. وتدمير 81 وكرا": a verbal noun with و opening the very next sentence is one more object of
        // the tally's verb, cut off by a full stop.
        var listGoesOn = sentence.Index == tallies[^1].LastSentence + 1 && OpensWithListContinuation(report, sentence);
        var goesOn = announced || listGoesOn || report.Layout.IsListItem(sentence) || report.Has(lexicon.StatementContinuations, sentence);
        // "وقالت القيادة في بيان لها أمس، إنها دمرت 30 نفقا": the day the statement was made is no day of what it counts.
        return goesOn
            && !_times.NamesADayOfWhatItCounts(report, report.DateReadings.MentionsIn(sentence))
            && (!NamesAPlace(report, sentence) || NamesSeveralProvincesOnly(report, sentence));
    }

    /// <summary>Whether the sentence names a place that is not a bare direction.</summary>
    public static bool NamesAPlace(ReportText report, Sentence sentence)
    {
        foreach (var p in report.PlaceReadings.PlacesIn(sentence))
        {
            if (!report.PlaceDirections.IsDirectionOnly(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أعلنت الخلية حصيلة الحملة ... وشاركت فيها قطعات من الجيش ... وأسفرت الحملة عن قتل 12 إرهابيا": an
    /// announcement of results that gave no figure yet promises them; the sentences after it that count nothing (who
    /// took part, where, with whose support) set its scene, and the first sentence that counts something, within
    /// <see cref="AssemblerLimits.AnnouncedFiguresReach"/> sentences, gives the announced figures.
    /// </summary>
    private static bool AnnouncedFiguresFollow(ReportText report, Sentence sentence, TallyDraft tally)
    {
        var opened = tally.Sentence.Index;
        if (tally.Figures.Count > 0 || sentence.Index <= opened || sentence.Index - opened > AnnouncedFiguresReach)
        {
            return false;
        }
        for (var i = opened + 1; i < sentence.Index; i++)
        {
            if (report.CountsSomething[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The sentence opens with a verbal noun joined by و (lexicon listContinuationNouns: "وتدمير 81 وكرا"), or with a
    /// trigger joined by و whose count follows at once ("وقتل 51 إرهابيا": verb or noun, its object is counted as the
    /// list before it counted).
    /// </summary>
    private bool OpensWithListContinuation(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        if (lexicon.ListContinuationNouns.MatchAt(tokens, sentence.First, allowArticleOnFirst: false) is not null)
        {
            return true;
        }
        return tokens[sentence.First].Text.StartsWith('و') && lexicon.CasualtyTriggers.MatchAt(tokens, sentence.First, allowArticleOnFirst: false) is { } trigger
            && trigger.Last + 1 <= sentence.Last && tokens[trigger.Last + 1].IsNumber;
    }

    /// <summary>
    /// "واعتقال 9 متهمين بالإرهاب في محافظات ديالى وكركوك ونينوى": a statement's figures spread over several
    /// provinces, with no town of one operation, are the statement's, not an operation's in the first province.
    /// </summary>
    private static bool NamesSeveralProvincesOnly(ReportText report, Sentence sentence)
    {
        var places = report.PlaceReadings.PlacesIn(sentence).Where(p => !report.PlaceDirections.IsDirectionOnly(p)).ToList();
        return places.All(p => p.Entry.Type == PlaceType.Province)
            && places.Select(p => p.Entry.ProvinceCode).Distinct().Count() >= SeveralProvinces;
    }
}
