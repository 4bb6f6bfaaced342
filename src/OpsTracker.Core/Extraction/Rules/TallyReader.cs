using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Decides whether a sentence reports an official tally (authority + period + category counts) and reads it: a
/// sentence that announces a tally whose figures follow, one that goes on with a statement, and the tallies of a
/// sentence (Iraq's figures only; a field counted twice starts a second tally). The tallies read so far are the
/// caller's list; this class holds only the lexicon and its two helpers: safe to share.
/// </summary>
internal sealed class TallyReader(ExtractionLexicon lexicon)
{
    private readonly TallyAnnouncer _announcer = new(lexicon);
    private readonly TallyPeriods _periods = new(lexicon);
    private readonly BattleTotals _battles = new(lexicon);
    private readonly TallyLossesList _losses = new(lexicon);
    private readonly OneOperationsResults _oneOperation = new(lexicon);

    /// <summary>
    /// A sentence reports an official tally when it counts operations or attacks, or speaks of a period ("خلال عام
    /// 2024", "منذ مطلع العام") or a total ("حصيلة", "حتى الآن"), and names no single day.
    /// </summary>
    public bool IsTally(ReportText report, Sentence sentence, List<Figure> figures)
    {
        // "الغارة الأعنف منذ مطلع العام": the time a superlative compares with is not what the sentence counts over.
        var comparisons = SuperlativeComparisons.In(report, lexicon, sentence);
        var mentions = SuperlativeComparisons.Outside(report, [.. report.DateReadings.MentionsIn(sentence)], comparisons);
        mentions.RemoveAll(m => m.Kind is DateMentionKind.Period && SinceALastingState(report, m));
        // "بينهم والي المدينة السابق، الذي أدار الهجوم عليها عام 2014": a time a relative clause tells of its antecedent.
        mentions.RemoveAll(m => RelativeClauseTimes.DatesTheAntecedent(lexicon, report, sentence, m));
        if ((figures.Any(f => f.Kind is FigureKind.Operations or FigureKind.Attacks) && !IsDaysBulletinLead(report, sentence, figures, mentions)
                && !CountsEventsOfNamedDays(report, sentence, figures, mentions)) || figures.Any(IsCumulative)
            || figures.Any(f => IsBattlesRunningCount(report, sentence, f)))
        {
            return true;
        }
        if (IsSummaryOfPlacedOperations(report, sentence, figures, mentions) || IsDaysFigureBeforeAPeriod(report, sentence, figures, mentions)
            || CountsAHandfulOverNoPeriod(report, sentence, figures, mentions)
            // "إجمالي من قتلتهم الطائرات في هذه العملية 60": one operation's results, whoever announces them; counted until a
            // day ("نتائج العملية حتى يوم الخميس") they are a campaign's running tally.
            || (_oneOperation.Counts(report, sentence) && !ResultsUntilADay(report, sentence, mentions)))
        {
            return false;
        }
        // A tally counts months or years; "خلال اليومين الماضيين" sums the operations of a couple of days.
        var period = mentions.Any(m => (m.Kind is DateMentionKind.Period && !IsShortWindow(m)) || m.Precision == DatePrecision.Year);
        if (HasStrongCueOutside(report, sentence, comparisons) || _battles.CountsDaysFromTheLaunch(report, sentence) || _battles.CountsFromALaunchBefore(report, sentence) || ResultsUntilADay(report, sentence, mentions) || (period && mentions.Any(m => (m.Kind is DateMentionKind.Period && !IsShortWindow(m)) || (m.Kind == DateMentionKind.Relative && m.Precision == DatePrecision.Year))))
        {
            return true;
        }
        // "بين 23 تشرين الثاني و9 كانون الأول": a span between two dated days of a week or more is a statement's period;
        // when a day cannot be resolved (no year, no publication date), the span still joins two days.
        if (_periods.DaySpan(report, sentence) is { } span
            && (span.Start is not { } from || span.End is not { } to || to.DayNumber - from.DayNumber + 1 >= TallyPeriods.DaySpanTallyDays))
        {
            return true;
        }
        // "للفترة من 14 إلى 21 أيار": a range of days of a week or more, its first day bare, is a statement's period too.
        if (_periods.DayRange(report, sentence) is { } range && range.End.DayNumber - range.Start.DayNumber + 1 >= TallyPeriods.DaySpanTallyDays)
        {
            return true;
        }
        // "مقتل 9 مسلحين بعمليات أمنية متفرقة طوال أسبوع": figures summed over scattered operations in a window of a
        // week or more, a sentence naming no day of its own, are a statement's count over that window; over hours or
        // a day or two ("خلال الساعات الـ24 الماضية") they sum up a day's bulletin.
        if ((mentions.Any(m => m.Kind is DateMentionKind.Period && IsWeekOrLonger(m)) || NamesAWindowOfWeeks(report, sentence)) && CountsScatteredOperations(report, sentence)
            && !NamesADayOfWhatItCounts(report, mentions))
        {
            return true;
        }
        if (CountsOverTheCountry(report, sentence, figures, mentions) || CountsOverDaysBack(report, sentence, figures, mentions))
        {
            return true;
        }
        // "قتل 64 مسلحا خلال سنة 2021": a year alone makes a tally only when no day of an operation is named, and
        // not when it says since when ("مطلوبا منذ عام 2015").
        var year = mentions.Any(m => m.Precision == DatePrecision.Year && !report.PrecededBy(m.Start, "منذ") && !PastCrimeYears.DatesAPastCrime(lexicon, report, figures, m));
        // "خلال أيار وحزيران الماضيين"، "طيلة شهر آذار": a named month a window opener opens is a month's count, as a
        // year is a year's.
        var month = !year && mentions.Any(m => OpensAMonthWindow(report, sentence, m));
        return (year || month) && !NamesADayOfWhatItCounts(report, mentions);
    }

    /// <summary>
    /// "اعتقال 23 متهما بمناطق متفرقة"، "قتلت 57 مسلحا في مناطق عدة من العراق"، "في عموم البلاد": a count
    /// whose place is the whole country (lexicon nationwideScope, or areas spread over it: <see cref="NamesAreasOfTheCountry"/>)
    /// sums many operations, a statement's count. Not a handful (under <see cref="HandfulMaximum"/>: a raid's few men
    /// "in scattered areas"), not over a window of hours or days ("خلال 48 ساعة الماضية": a day's bulletin), and not
    /// when the sentence names a day of what it counts.
    /// </summary>
    private bool CountsOverTheCountry(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions)
    {
        if (!figures.Exists(f => TallyFigures.FieldOf(f) is TallyFigures.Killed or TallyFigures.Arrested or TallyFigures.HideoutsDestroyed && f.Count >= HandfulMaximum)
            || mentions.Any(m => (m.Kind is DateMentionKind.Period && IsShortWindow(m))
                || (m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && !DatesTheStatement(report, sentence, m))))
        {
            return false;
        }
        return report.Has(lexicon.NationwideScope, sentence) || NamesAreasOfTheCountry(report, sentence);
    }

    /// <summary>
    /// "أعلنت قيادة الشرطة القبض على 11 عنصرا خلال الساعات الـ72 الماضية": an authority (lexicon reporters) counting
    /// people killed or taken over a window back from its statement of <see cref="AssemblerLimits.LookbackTallyDays"/>
    /// days or more sums the operations of those days, a statement's tally, whatever its size. Not when the sentence
    /// names a day of what it counts (the statement's own day, "أعلنت، الثلاثاء،", is no such day).
    /// </summary>
    private bool CountsOverDaysBack(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions) =>
        mentions.Exists(m => m.Kind is DateMentionKind.Period && m.WindowDays >= LookbackTallyDays)
        && figures.Exists(f => TallyFigures.FieldOf(f) is TallyFigures.Killed or TallyFigures.Arrested)
        && report.Has(lexicon.Reporters, sentence)
        && !mentions.Exists(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && !DatesTheStatement(report, sentence, m));

    /// <summary>
    /// "مناطق متفرقة من البلاد"، "عدة مناطق بالعراق"، "مختلف مناطق البلاد": a plural noun of areas (lexicon
    /// countryAreas.areaNouns) with a word of dispersal right before or after it, and the country within
    /// <see cref="CountryAreaReach"/> words after it.
    /// </summary>
    private bool NamesAreasOfTheCountry(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (!tokens[i].ReadsAsOneOfBareOrDefinite(lexicon.CountryAreaNouns))
            {
                continue;
            }
            var dispersed = (i > sentence.First && tokens[i - 1].Readings.AnyIn(lexicon.CountryDispersalWords))
                || (i < sentence.Last && tokens[i + 1].Readings.AnyIn(lexicon.CountryDispersalWords));
            if (!dispersed)
            {
                continue;
            }
            for (var k = i + 1; k <= Math.Min(sentence.Last, i + CountryAreaReach); k++)
            {
                if (tokens[k].ReadsAsOneOfBareOrDefinite(lexicon.CountryNouns))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>How many words after the areas the country may stand ("مناطق متفرقة من البلاد": three).</summary>
    private const int CountryAreaReach = 3;

    /// <summary>
    /// "كانت الحصيلة 4 من الدواعش قتلوا"، "أعلن نتائج العملية التي انطلقت أمس، مؤكدا مقتل ثلاثة عناصر": a tally sums
    /// the many operations of a period. A results or total cue over a handful of people (every count a tally keeps
    /// under <see cref="HandfulMaximum"/>, none of operations or attacks), in a sentence that names no period, no span
    /// of days and no "until" a day, gives one operation's results, which the operation keeps.
    /// </summary>
    private bool CountsAHandfulOverNoPeriod(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions)
    {
        var counted = false;
        foreach (var f in figures)
        {
            if (TallyFigures.FieldOf(f) is not { } field)
            {
                continue;
            }
            if (field is TallyFigures.Operations or TallyFigures.IsisAttacks || f.Count >= HandfulMaximum)
            {
                return false;
            }
            counted = true;
        }
        return counted && !NamesAPeriod(mentions) && !mentions.Any(m => OpensAMonthWindow(report, sentence, m))
            && _periods.DaySpan(report, sentence) is null && _periods.DayRange(report, sentence) is null
            && !ResultsUntilADay(report, sentence, mentions) && !NamesAWindowOfWeeks(report, sentence);
    }

    /// <summary>
    /// The fewest people a tally's count without a period may hold: ten. Below it the figures are those of the one
    /// operation a results noun sums up ("الحصيلة 4 قتلى"); statements over periods count tens to thousands.
    /// </summary>
    private const int HandfulMaximum = 10;

    /// <summary>
    /// "خلال أيار"، "طوال شهر تشرين الأول"، "خلال شهري آب وأيلول": a month named without a day (with or without its year)
    /// that a window opener (lexicon windowOpeners) opens, right before it or before the word "شهر"
    /// (<see cref="MonthWords"/>): the figures are summed over that month.
    /// </summary>
    private bool OpensAMonthWindow(ReportText report, Sentence sentence, DateMention m)
    {
        if (m.Precision != DatePrecision.Month || m.Kind is not (DateMentionKind.Month or DateMentionKind.MonthYear))
        {
            return false;
        }
        var k = report.TokenAt(m.Start) - 1;
        var tokens = report.Tokens;
        if (k >= sentence.First && MonthWords.Contains(tokens[k].Text))
        {
            k--;
        }
        return k >= sentence.First && lexicon.WindowOpeners.Contains(tokens[k].Text);
    }

    /// <summary>The word "month" standing before a month's name ("خلال شهر أيار"، "خلال شهري آب وأيلول").</summary>
    private static readonly HashSet<string> MonthWords = [Text.ArabicNormalizer.NormalizeTerm("شهر"), Text.ArabicNormalizer.NormalizeTerm("شهري")];

    /// <summary>
    /// "أكدت اللجنة، الاثنين، أن أكثر من عشرة قادة قتلوا خلال عام 2024"، "قال المتحدث، اليوم، إن": a day set off
    /// between the speaker and the complementizer ("أن"، "إن"، "بأن"; lexicon subjectOpeners) that opens what was said
    /// is the day the statement was made, not a day of what it counts; a year the content names may still make a tally.
    /// </summary>
    private bool DatesTheStatementBeforeItsContent(ReportText report, DateMention m)
    {
        var tokens = report.Tokens;
        var next = report.TokenAt(m.End - 1) + 1;
        while (next < tokens.Count && tokens[next].Text == ",")
        {
            next++;
        }
        // "في بيان لها أمس الخميس، إنها": the complementizer may carry its subject's pronoun.
        return next < tokens.Count && (lexicon.SubjectOpeners.Contains(tokens[next].Text) || lexicon.ComplementizersWithPronoun.Contains(tokens[next].Text));
    }

    /// <summary>
    /// "أعلنت الوزارة، اليوم، ..."، "وقال في بيان له أمس ...": a day that a verb of announcing (lexicon announcementVerbs)
    /// or a word of speaking (statementDayWords) comes before in its sentence, or that stands before what was said,
    /// dates the statement.
    /// </summary>
    private bool DatesTheStatement(ReportText report, Sentence sentence, DateMention m)
    {
        var day = report.TokenAt(m.Start);
        return DatesTheStatementBeforeItsContent(report, m)
            || (day > sentence.First && (lexicon.AnnouncementVerbs.AnyIn(report.Tokens, sentence.First, day - 1)
                || lexicon.StatementDayWords.AnyIn(report.Tokens, sentence.First, day - 1)));
    }

    /// <summary>"حتى" (until) as the text reads it.</summary>
    private static readonly string Until = Text.ArabicNormalizer.NormalizeTerm("حتى");

    /// <summary>
    /// "نتائج الحملة حتى ظهر الأربعاء شملت ..."، "وكانت نتائج العملية حتى يوم الخميس مقتل ...": a noun of results (lexicon
    /// resultsNouns) and a day that "حتى" (until) opens count the results up to that day, a campaign's running tally, as
    /// "لغاية" does; the day ends the span, it is no day of one operation.
    /// </summary>
    private bool ResultsUntilADay(ReportText report, Sentence sentence, List<DateMention> mentions)
    {
        if (!mentions.Exists(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && report.PrecededBy(m.Start, Until)))
        {
            return false;
        }
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (lexicon.ResultsNouns.Contains(report.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "اعتقال 3 إرهابيين مطلوبين منذ آب 2014"، "هاربا منذ حزيران الماضي": a window "منذ" opens within
    /// <see cref="LastingStateReach"/> words after a participle of a lasting state (lexicon lastingStates) measures how
    /// long the people were in it, not what the sentence counts.
    /// </summary>
    private bool SinceALastingState(ReportText report, DateMention m)
    {
        var since = report.TokenAt(m.Start);
        if (report.Tokens[since].Text != "منذ")
        {
            return false;
        }
        for (var k = since - 1; k >= Math.Max(0, since - LastingStateReach); k--)
        {
            if (lexicon.LastingStates.Contains(report.Tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words before "منذ" a participle of a lasting state may stand ("المطلوبين للقضاء منذ": two).</summary>
    private const int LastingStateReach = 2;

    /// <summary>
    /// "في عمليات عسكرية متفرقة"، "بعمليات منفصلة": an operation noun with a word of dispersal (lexicon
    /// scatteredAdjectives) right after it or after one qualifier: the figures are summed over several operations.
    /// </summary>
    private bool CountsScatteredOperations(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var i = sentence.First + 1; i <= sentence.Last; i++)
        {
            if (!tokens[i].ReadsAsOneOf(lexicon.ScatteredAdjectives))
            {
                continue;
            }
            for (var j = Math.Max(sentence.First, i - ScatteredAdjectiveReach); j < i; j++)
            {
                if (lexicon.OperationNouns.MatchAt(tokens, j) is { } op && op.Last < i)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A window of a week or more: by its bounds when they resolve, else by its words (none of lexicon
    /// hourAndDayWindows: "ساعة"، "يوم"، "أيام").
    /// </summary>
    private bool IsWeekOrLonger(DateMention m) =>
        m.PeriodStart is { } start && m.PeriodEnd is { } end
            ? end.DayNumber - start.DayNumber + 1 >= TallyPeriods.DaySpanTallyDays
            : !lexicon.HourAndDayWindows.Any(w => m.Expression.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// "خلال أسبوع"، "طيلة الأسبوع الماضي"، "خلال شهرين": a window opener (lexicon windowOpeners) with a unit of a week
    /// or more (weekOrLongerUnits, read without the article) right after it or one word on, a window the date reader
    /// may leave unresolved.
    /// </summary>
    private bool NamesAWindowOfWeeks(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var i = sentence.First; i < sentence.Last; i++)
        {
            if (!lexicon.WindowOpeners.Contains(tokens[i].Text))
            {
                continue;
            }
            for (var k = i + 1; k <= Math.Min(sentence.Last, i + WindowUnitReach); k++)
            {
                if (tokens[k].ReadingsKeepingArticle.AnyIn(lexicon.WeekOrLongerUnits) || tokens[k].Readings.AnyIn(lexicon.WeekOrLongerUnits))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>How many words after a window opener its unit may stand ("خلال الأسابيع الثلاثة" has it right after; "خلال ثلاثة أسابيع" one on).</summary>
    private const int WindowUnitReach = 2;

    /// <summary>How many words before a word of dispersal its operation noun may stand ("عمليات عسكرية متفرقة": two).</summary>
    private const int ScatteredAdjectiveReach = 2;

    /// <summary>A strong tally cue in the sentence outside the spans a superlative compares with.</summary>
    private bool HasStrongCueOutside(ReportText report, Sentence sentence, List<(int First, int Last)> comparisons)
    {
        if (!report.Has(lexicon.TallyStrongCues, sentence))
        {
            return false;
        }
        if (comparisons.Count == 0)
        {
            return true;
        }
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (!comparisons.Exists(c => i >= c.First && i <= c.Last) && lexicon.TallyStrongCues.MatchAt(report.Tokens, i) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أعلنت الخلية حصيلة عمليات اليوم: مقتل إرهابيين اثنين في وادي الشاي، واعتقال أربعة متهمين في الطارمية": a
    /// summary that names no period of a week or more and puts every figure in its own place lists operations, however
    /// it calls itself.
    /// </summary>
    private static bool IsSummaryOfPlacedOperations(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions)
    {
        if (figures.Count == 0 || NamesAPeriod(mentions))
        {
            return false;
        }
        // Every figure must have its place right after it: the first figure without one decides, and only the places
        // in a figure's reach are asked whether they are a direction only (the filter the list of all places made first).
        foreach (var f in figures)
        {
            if (!HasPlaceRightAfter(report, sentence, f))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether <see cref="PlaceRightAfter"/> would find a place for <paramref name="f"/> among the sentence's places that
    /// are no direction only: the same test, the reach asked before the direction.
    /// </summary>
    private static bool HasPlaceRightAfter(ReportText report, Sentence sentence, Figure f)
    {
        var end = report.Tokens[f.Last].End;
        foreach (var p in report.PlaceReadings.PlacesIn(sentence))
        {
            if (p.Start >= end && p.Start - end <= OperationPlaceReach && !report.PlaceDirections.IsDirectionOnly(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "وأضاف أن القطعات قتلت اليوم 9 إرهابيين ودمرت 3 أوكار، مشيرا إلى أن 1500 عائلة نزحت منذ بدء العمليات": a day
    /// named between the verb and its count ("قتلت اليوم 9"، "دمرت أمس 4") ties the figures to that day; a period or
    /// total cue the sentence names only after its last figure tells something else (families displaced, the battle's
    /// length), not what the figures count. Such a sentence tells the day's operation, no tally.
    /// </summary>
    private bool IsDaysFigureBeforeAPeriod(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions)
    {
        if (figures.Count == 0)
        {
            return false;
        }
        var tokens = report.Tokens;
        var first = figures.MinBy(f => f.First)!;
        var lastEnd = tokens[figures.Max(f => f.Last)].End;
        var dayAtVerb = mentions.Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period
            && report.TokenAt(m.End - 1) == first.First - 1 && report.TokenAt(m.Start) is var d && d - 1 >= sentence.First
            && (lexicon.CasualtyTriggers.MatchAt(tokens, d - 1) is not null || lexicon.DestroyTriggers.MatchAt(tokens, d - 1) is not null));
        if (!dayAtVerb)
        {
            return false;
        }
        var periodsAfter = mentions.Where(m => (m.Kind is DateMentionKind.Period or DateMentionKind.Year || m.Precision is DatePrecision.Week or DatePrecision.Month or DatePrecision.Year))
            .All(m => m.Start >= lastEnd);
        var cuesAfter = Enumerable.Range(sentence.First, sentence.Last - sentence.First + 1)
            .Where(i => lexicon.TallyStrongCues.MatchAt(tokens, i) is not null).All(i => tokens[i].Start >= lastEnd);
        return periodsAfter && cuesAfter;
    }

    /// <summary>A period, a year, or a week or more named in the sentence: what a tally counts over.</summary>
    private static bool NamesAPeriod(List<DateMention> mentions) =>
        mentions.Any(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year || m.Precision is DatePrecision.Week or DatePrecision.Month or DatePrecision.Year);

    /// <summary>The place named right after a figure (within <see cref="AssemblerLimits.OperationPlaceReach"/> characters): where it happened.</summary>
    private static PlaceMention? PlaceRightAfter(ReportText report, List<PlaceMention> places, Figure f)
    {
        var end = report.Tokens[f.Last].End;
        return places.FirstOrDefault(p => p.Start >= end && p.Start - end <= OperationPlaceReach);
    }

    /// <summary>
    /// "أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل خمسة إرهابيين في ثلاث عمليات منفصلة": the lead of a day's
    /// bulletin counts the few operations it goes on to tell one by one. In the report's head, naming a day and no
    /// period or total, a count of at most <see cref="AssemblerLimits.BulletinLeadOperations"/> operations (and no
    /// attacks) is no tally: its figures add up the operations below.
    /// </summary>
    private bool IsDaysBulletinLead(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions) =>
        sentence.Index <= report.Layout.HeadLast
        && figures.All(f => f.Kind != FigureKind.Attacks && (f.Kind != FigureKind.Operations || f.Count <= BulletinLeadOperations))
        && mentions.Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period)
        && !NamesAPeriod(mentions)
        && !report.Has(lexicon.TallyStrongCues, sentence);

    /// <summary>
    /// "وكان مسلحو التنظيم قد شنوا أربع هجمات يومي الجمعة والسبت، قتل فيها خمسة جنود": a few attacks or operations (at
    /// most <see cref="AssemblerLimits.BulletinLeadOperations"/>) told with the days they happened on, in a sentence that
    /// names no month, year or longer period and no total, are those days' events told together, not a statement's
    /// count over a period; wherever the sentence stands, as <see cref="IsDaysBulletinLead"/> reads a bulletin's lead.
    /// A day before the count that a verb of announcing or a word of speaking comes before ("أعلنت، اليوم الأربعاء، تنفيذ
    /// 4 عمليات خلال الأسبوع الماضي") is the day the statement was made; a day before it with no such word ("قتل 13
    /// جنديا، اليوم السبت، إثر 4 هجمات") is the day of the events the sentence tells. So are a few attacks told with no
    /// time at all ("شنوا 3 هجمات متتالية على نقاط الجيش"): with no period, nothing makes them a count over one.
    /// </summary>
    private bool CountsEventsOfNamedDays(ReportText report, Sentence sentence, List<Figure> figures, List<DateMention> mentions) =>
        figures.All(f => f.Kind is not (FigureKind.Operations or FigureKind.Attacks) || f.Count <= BulletinLeadOperations)
        && report.Tokens[figures.Where(f => f.Kind is FigureKind.Operations or FigureKind.Attacks).Min(f => f.First)].Start is var counted
        && (mentions.Count == 0 || mentions.Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period
            && (m.Start > counted || !DatesTheStatement(report, sentence, m))))
        && !mentions.Any(m => m.Precision is DatePrecision.Month or DatePrecision.Year || m.Kind is DateMentionKind.Year
            || (m.Kind is DateMentionKind.Period && !IsShortWindow(m)))
        && !report.Has(lexicon.TallyStrongCues, sentence);

    /// <summary>
    /// "وأضاف أن هناك 350 شخصا اعتقلوا في محافظة كركوك": within <see cref="AssemblerLimits.TallyContinuationReach"/>
    /// sentences of a tally, a statement that says there are so many ISIS members killed or taken gives a standing
    /// count (of the place it names), not one event, whatever day it names for what came after.
    /// </summary>
    public bool IsStandingCount(ReportText report, Sentence sentence, List<Figure> figures, IReadOnlyList<TallyDraft> tallies) =>
        tallies.Count > 0 && sentence.Index - tallies[^1].Sentence.Index <= TallyContinuationReach
        && figures.Any(f => TallyFigures.FieldOf(f) is TallyFigures.Killed or TallyFigures.Arrested && f.First > sentence.First
            && lexicon.ExistentialCues.MatchAt(report.Tokens, f.First - 1) is { } cue && cue.Last == f.First - 1);

    /// <summary>
    /// "التحالف نفذ 79 عملية خلال شهرين" over "نفذ ما مجموعه 79 عملية في سوريا والعراق": a headline or a summary's
    /// bullet names no country, and the body tells the same count of the same field for Iraq and Syria together (or
    /// for Syria). A tally every figure of which the report counts elsewhere for a foreign or combined scope restates
    /// that figure, whichever comes first: no tally of ours.
    /// </summary>
    public static void DropRestatedForeignCounts(List<TallyDraft> tallies, List<(string Field, int Count)> foreignCounts)
    {
        if (foreignCounts.Count == 0)
        {
            return;
        }
        tallies.RemoveAll(t => t.Figures.Count > 0 && t.Figures.TrueForAll(f => TallyFigures.FieldOf(f) is { } field && foreignCounts.Contains((field, f.Count))));
    }

    /// <summary>The tallies added from <paramref name="from"/> on keep only a period they name themselves.</summary>
    public static void KeepOwnPeriods(List<TallyDraft> tallies, int from)
    {
        foreach (var t in tallies.Skip(from).Where(t => !t.HasOwnPeriod))
        {
            (t.PeriodStart, t.PeriodEnd) = (null, null);
        }
    }

    /// <summary>
    /// "ارتفاع عدد قتلى داعش في معركة تحرير هيت إلى 60"، "وبلغ عدد قتلى التنظيم منذ بدء عمليات تحرير الحويجة 160": ISIS's
    /// dead given as a number reaching a figure (<see cref="TallyCountReached"/>) in a sentence that names the battle
    /// ("معركة"، "عمليات تحرير") count the battle so far, a running total: a tally when an authority announces it, never
    /// one operation.
    /// </summary>
    public bool IsBattlesRunningCount(ReportText report, Sentence sentence, Figure f) =>
        (f is { Kind: FigureKind.Casualty, Side: CasualtySide.Isis, Rule: "count-reached" } && report.Has(lexicon.BattleNouns, sentence))
        || _battles.IsWholeBattleCount(report, sentence, f) || _battles.IsALiberationsToll(report, sentence, f);

    /// <summary>People counted by the hundreds (<see cref="AssemblerLimits.CumulativeMinimum"/>): a running total, never one event.</summary>
    public static bool IsCumulative(Figure f) => f.Kind == FigureKind.Casualty && f.Count >= CumulativeMinimum;

    /// <summary>
    /// "أعلنت وزارة الدفاع حصيلة عمليات قطعاتها لشهر أيار": an authority announcing a tally whose figures the next
    /// sentences or list items give. It opens a tally without figures for them to join (a tally nothing joins is
    /// dropped).
    /// </summary>
    public bool OpensTally(ReportText report, Sentence sentence, List<TallyDraft> tallies)
    {
        // The authority announces it in this very sentence: "في إطار إظهار حصيلة الجهود" only talks about results.
        if (!report.Has(lexicon.TallyStrongCues, sentence) || !report.Has(lexicon.Reporters, sentence))
        {
            return OpensLossesList(report, sentence, tallies);
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
    private void OpenTally(ReportText report, Sentence sentence, List<TallyDraft> tallies, TallyAnnouncement announcement)
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
            return !NamesADayOfWhatItCounts(report, report.DateReadings.MentionsIn(sentence))
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
            && !NamesADayOfWhatItCounts(report, report.DateReadings.MentionsIn(sentence))
            && (!NamesAPlace(report, sentence) || NamesSeveralProvincesOnly(report, sentence));
    }

    /// <summary>
    /// Whether a day among the mentions, other than the statement's own (<see cref="DatesTheStatementBeforeItsContent"/>),
    /// dates what the sentence counts. A loop: a query here made its closure at every call of its callers, most of
    /// which return before they ask it.
    /// </summary>
    private bool NamesADayOfWhatItCounts(ReportText report, IEnumerable<DateMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && !DatesTheStatementBeforeItsContent(report, m))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence names a place that is not a bare direction.</summary>
    private static bool NamesAPlace(ReportText report, Sentence sentence)
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

    /// <summary>
    /// "اعتقال مطلوبين اثنين في كركوك و45 قتيلا من داعش منذ بداية العام": a figure placed in a town before the
    /// figures that the period covers belongs to an operation, not to the tally.
    /// </summary>
    public List<Figure> FiguresBeforeAPlace(ReportText report, Sentence sentence, List<Figure> figures)
    {
        var cue = report.DateReadings.MentionsIn(sentence).Where(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year || m.Precision == DatePrecision.Year)
            .Select(m => (int?)m.Start).Min();
        if (cue is null)
        {
            return [];
        }
        var places = report.PlaceReadings.PlacesIn(sentence).Where(p => !report.PlaceDirections.IsDirectionOnly(p) && p.Start < cue).ToList();
        return figures.Where(f => PlaceRightAfter(report, places, f) is { } place
            && figures.Any(g => g != f && report.Tokens[g.First].Start > place.End && report.Tokens[g.First].Start < cue)).ToList();
    }

    /// <summary>
    /// "انتهت عملية التفتيش بقتل 45 إرهابيا، بينما بلغ عدد من قتلتهم القطعات منذ بدء المعارك
    /// 130": an operation told in clauses of its own, before a connective (بينما، في حين) that opens the clause
    /// naming the period or total, keeps its figures; only the clauses from the period's on count the tally. The
    /// earlier clauses must name no period or total themselves and name an operation, strike or attack.
    /// </summary>
    /// <param name="told">The clauses before the period's: where the operation is told.</param>
    public List<Figure> FiguresBeforeAPeriodClause(ReportText report, Sentence sentence, List<Figure> figures, out Sentence told)
    {
        told = sentence;
        var clauses = report.ClausesOf(sentence);
        if (clauses.Count < 2)
        {
            return [];
        }
        var periodAt = -1;
        for (var c = 0; c < clauses.Count; c++)
        {
            if (NamesAPeriodOrTotal(report, clauses[c]))
            {
                periodAt = c;
                break;
            }
        }
        if (periodAt < 1 || lexicon.SegmentConnectors.MatchAt(report.Tokens, clauses[periodAt].First) is null)
        {
            return [];
        }
        var before = clauses.Take(periodAt).ToList();
        var own = figures.Where(f => before.Any(c => c.Contains(f.First))).ToList();
        if (own.Count == 0 || own.Count == figures.Count
            || !before.Any(c => report.Has(lexicon.OperationNouns, c) || report.Has(lexicon.StrikeNouns, c) || report.Has(lexicon.AttackNouns, c)))
        {
            return [];
        }
        told = sentence with { Last = clauses[periodAt].First - 1 };
        return own;
    }

    /// <summary>A clause naming a period of a week or more, a year, or a strong tally cue ("منذ انطلاق"، "حصيلة").</summary>
    private bool NamesAPeriodOrTotal(ReportText report, Sentence clause) =>
        report.Has(lexicon.TallyStrongCues, clause) || NamesAPeriod([.. report.DateReadings.MentionsIn(clause)]);

    /// <summary>
    /// "أسفرت العملية عن قتل الإرهابي المكنى أبو فلان"، "وشملت اعتقال المتهم": a tally counts many; an ISIS member
    /// killed or taken counted by a singular noun, with no numeral (a count of one, not a share of another count), is
    /// one man's fate, which the statement tells as an operation of its own, not a figure of its tally.
    /// </summary>
    public static List<Figure> OnePersonFates(ReportText report, IEnumerable<Figure> figures)
    {
        List<Figure>? fates = null;
        foreach (var f in figures)
        {
            if (f.Count == 1 && !f.Breakdown && TallyFigures.FieldOf(f) is TallyFigures.Killed or TallyFigures.Arrested && !HasNumeral(report, f))
            {
                (fates ??= []).Add(f);
            }
        }
        return fates ?? [];
    }

    /// <summary>
    /// "أسفرت عن قتل الإرهابي أبو فلان، الذي يشغل منصب الوالي، مع مجموعة من عناصره": one man's fate that uncounted
    /// companions (lexicon uncountedCompanions after him, before the next figure or the sentence's end) share counts
    /// nobody: the statement gives it no number, neither its tally nor an operation.
    /// </summary>
    public bool SharedWithUncounted(ReportText report, Sentence sentence, Figure fate, IReadOnlyList<Figure> figures)
    {
        var end = figures.Where(g => g.First > fate.Last).Select(g => g.First - 1).DefaultIfEmpty(sentence.Last).Min();
        var tokens = report.Tokens;
        for (var k = fate.Last + 1; k <= end; k++)
        {
            foreach (var reading in tokens[k].Readings)
            {
                if (lexicon.UncountedCompanions.Contains(reading))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool HasNumeral(ReportText report, Figure f)
    {
        for (var i = f.First; i <= f.Last; i++)
        {
            if (report.Tokens[i].IsNumber)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds the sentence's tallies; false when it holds none after all (the figures are then an operation's).</summary>
    /// <param name="scopeFrom">Where the tally's part of the sentence starts, after the figures of an operation told first.</param>
    public bool AddTally(ReportText report, Sentence sentence, List<Figure> figures, List<TallyDraft> tallies, List<(string Field, int Count)> foreignCounts, int scopeFrom = 0)
    {
        if (IsisSpeaks(report, sentence))
        {
            // "أعلن التنظيم أن هجماته بلغت 40 هجوما": ISIS's own count of its deeds is propaganda, no authority's tally
            // and no operation.
            return true;
        }
        // Figures for Syria, or for Iraq and Syria together, are not tallies of ours: judged clause by clause.
        var foreign = ContinuesForeignScope(report, sentence) ? [sentence] : ForeignClauses(report, sentence);
        foreach (var f in figures)
        {
            if (foreign.Count > 0 && TallyFigures.FieldOf(f) is { } field && foreign.Any(c => c.Contains(f.First)))
            {
                foreignCounts.Add((field, f.Count));
            }
        }
        // "28 عملية في العراق وسوريا ... منها 11 عملية في العراق": Iraq's share of a combined total is Iraq's figure.
        var combined = foreign.Count > 0;
        var counted = figures.Where(f => (!f.Breakdown || combined) && TallyFigures.FieldOf(f) is not null && !foreign.Any(c => c.Contains(f.First))
            && !IsEitherOrCount(report, sentence, f)).ToList();
        if (counted.Count == 0)
        {
            // "نفذ التحالف خلال أيلول 25 عملية في العراق وسوريا": the authority's statement goes on, and the
            // sentences after it may give Iraq's own figures for the same period. So does an authority's count of
            // victims over a period ("قتل 30 مدنيا خلال الأشهر الثلاثة الماضية"، وتابع: "في المقابل، قتلت القوات
            // 140 إرهابيا"): the figures of ours that its next sentences give count the same period.
            if ((foreign.Count > 0 || NamesAPeriod([.. report.DateReadings.MentionsIn(sentence)])) && report.Has(lexicon.Reporters, sentence))
            {
                OpenTally(report, sentence, tallies, _announcer.Announce(report, sentence, scopeFrom));
            }
            return foreign.Count > 0;
        }
        // "نحو /50/ هجوما خلال الأسبوعين الأخيرين، بارتفاع عن نحو /20/ هجوما طوال شهري يناير وفبراير": a field
        // counted twice in one sentence starts a second tally, each with the period nearest to it.
        var groups = new List<List<Figure>> { new() };
        foreach (var f in counted)
        {
            // "نحو 700 ... العدد الدقيق 683": a rounded figure and the exact one are one figure, the exact one.
            if (groups[^1].FirstOrDefault(g => TallyFigures.RoundedAndExact(g, f)) is { } restated)
            {
                TallyFigures.KeepExact(groups[^1], restated, f);
                continue;
            }
            // "قتل 270 إرهابيا و8 انتحاريين و10 قناصين": people of one outcome joined by و add up to one figure.
            if (groups[^1].LastOrDefault(g => TallyFigures.FieldOf(g) == TallyFigures.FieldOf(f)) is { } same && CoordinatedPeople(report, same, f))
            {
                // A hedged second count ("أكثر من 900 مسلح ونحو 40 قناصا") names a group of them roughly: nothing to add.
                if (!f.Approximate)
                {
                    same.Count += f.Count;
                    same.Last = f.Last;
                }
                continue;
            }
            // "تدمير 12 نفقا و24 وكرا": hideouts of another kind add to the statement's hideouts destroyed.
            if (TallyFigures.AddsHideouts(groups[^1], f))
            {
                groups[^1].Add(f);
                continue;
            }
            if (groups[^1].Any(g => TallyFigures.FieldOf(g) == TallyFigures.FieldOf(f)))
            {
                groups.Add([]);
            }
            groups[^1].Add(f);
        }
        var announcement = _announcer.Announce(report, sentence, scopeFrom);
        if (announcement.ReportedBy is null)
        {
            // An official tally is announced by an authority; statistics nobody official gave (a think tank) are not.
            return !figures.Any(f => f.Kind == FigureKind.Casualty && TallyFigures.FieldOf(f) is null) && figures.Any(f => f.Kind is FigureKind.Operations or FigureKind.Attacks);
        }
        foreach (var group in groups)
        {
            var draft = TallyAnnouncer.NewTally(report, sentence, announcement);
            draft.Figures.AddRange(group);
            _periods.SetPeriod(report, sentence, draft, announcement, groups.Count == 1, report.Tokens[group[0].First].Start);
            tallies.Add(draft);
        }
        return true;
    }

    /// <summary>
    /// "أعلن تنظيم داعش أن ..."، "وأعلنت الدولة الإسلامية": a verb of announcing (lexicon announcementVerbs) whose subject,
    /// right after it, is an ISIS name (isisOrgs): what the sentence counts is ISIS's word.
    /// </summary>
    private bool IsisSpeaks(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        for (var j = sentence.First; j < sentence.Last; j++)
        {
            if (tokens[j].IsWord && lexicon.AnnouncementVerbs.MatchAt(tokens, j) is { } verb && verb.Last < sentence.Last
                && lexicon.IsisOrgs.MatchAt(tokens, verb.Last + 1) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "نفذ 3 أو 4 عمليات"، "قرابة خمسة أو ستة آلاف": a count offered as one of two (a number, the alternative word of
    /// lexicon eitherOr, the figure's count) is a guess between them, no figure a statement gives.
    /// </summary>
    private bool IsEitherOrCount(ReportText report, Sentence sentence, Figure f) =>
        f.First - 2 >= sentence.First && lexicon.EitherOr.Contains(report.Tokens[f.First - 1].Text) && report.Tokens[f.First - 2].IsNumber;

    /// <summary>
    /// "270 إرهابيا و10 قناصين": two counts of people with the same outcome, the second joined by و right after the
    /// first's noun (the conjunction written alone or on the count), so the statement adds them up.
    /// </summary>
    private static bool CoordinatedPeople(ReportText report, Figure first, Figure next)
    {
        return first.Kind == FigureKind.Casualty && next.Kind == FigureKind.Casualty && first.Category == next.Category && first.Side == next.Side
            && !next.Breakdown && first.Last < next.First
            && (Coordination.JoinedRightAfter(report.Tokens, first.Last, next.First)
                // "قتل 300 إرهابي، و20 قناصا": a list comma may stand before the و.
                || (report.Tokens[first.Last + 1].Text == "," && Coordination.JoinedRightAfter(report.Tokens, first.Last + 1, next.First)));
    }

    /// <summary>
    /// The clauses whose figures are not Iraq's: a clause naming Syria or the world (with or without Iraq), and the
    /// clauses after it that name no place of their own ("قتل فيها 19 عنصرا" goes on with the combined count), until
    /// a clause names Iraq or an Iraqi place again.
    /// </summary>
    private List<Sentence> ForeignClauses(ReportText report, Sentence sentence)
    {
        var foreign = new List<Sentence>();
        var inForeign = false;
        foreach (var clause in report.ClausesOf(sentence).SelectMany(c => CommaParts(report, c)))
        {
            // "القائم الحدودية بين العراق وسوريا": a country named in the phrase of a border places a town; it scopes no figure.
            if (BystanderNames.NamesAForeignScope(report, lexicon, clause))
            {
                inForeign = true;
            }
            else if (report.Has(lexicon.IraqScope, clause) || NamesAPlace(report, clause))
            {
                inForeign = false;
            }
            if (inForeign)
            {
                foreign.Add(clause);
            }
        }
        return foreign;
    }

    /// <summary>
    /// "... 80 عملية مع القوات الشريكة في سوريا. وكشفت القيادة أن العمليات أسفرت عن اعتقال 119": a sentence that names
    /// no scope, no place and no Iraqi authority of its own goes on with the scope the sentence before it ended in (a
    /// kicker "في سوريا والعراق" over a headline, a statement told over two sentences). Only a foreign scope reaching
    /// the end of the sentence before carries over; the coalition's own name is no Iraqi authority.
    /// </summary>
    private bool ContinuesForeignScope(ReportText report, Sentence sentence)
    {
        if (sentence.Index == 0 || report.Has(lexicon.IraqScope, sentence) || NamesAPlace(report, sentence)
            || report.Values(lexicon.Reporters, sentence).Any(r => !ForeignReporters.Contains(r)))
        {
            return false;
        }
        var before = report.Sentences[sentence.Index - 1];
        return ForeignClauses(report, before) is [.., var last] && last.Last == before.Last;
    }

    /// <summary>Authorities that report on Iraq and Syria alike: naming them leaves the scope where it was.</summary>
    private static readonly HashSet<string> ForeignReporters = ["International coalition", "US Central Command"];

    /// <summary>A clause cut at its commas: the smallest stretch that can name a scope of its own.</summary>
    private static IEnumerable<Sentence> CommaParts(ReportText report, Sentence clause)
    {
        var start = clause.First;
        for (var i = clause.First; i <= clause.Last; i++)
        {
            if (report.Tokens[i].Text == "," && i > start)
            {
                yield return clause with { First = start, Last = i - 1 };
                start = i + 1;
            }
        }
        if (start <= clause.Last)
        {
            yield return clause with { First = start, Last = clause.Last };
        }
    }

    /// <summary>
    /// A window under <see cref="AssemblerLimits.ShortWindowDays"/>: by its bounds, else by the count it is told with
    /// ("للثلاثين يوما الماضية" is a month's window with no publication date to bound it), else by its words.
    /// </summary>
    private bool IsShortWindow(DateMention m) =>
        m.PeriodStart is { } start && m.PeriodEnd is { } end
            ? end.DayNumber - start.DayNumber < ShortWindowDays
            : m.WindowDays is { } days
                ? days < ShortWindowDays
                : lexicon.ShortPeriodWords.Any(w => m.Expression.Contains(w, StringComparison.Ordinal));
}
