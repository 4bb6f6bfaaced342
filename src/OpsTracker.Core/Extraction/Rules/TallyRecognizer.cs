using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Decides whether a sentence that counts something reports an official tally (authority + period + category counts)
/// rather than operations: it counts operations or attacks, or over a period of a week or more, or a total, and names
/// no single day of what it counts; and which figures are a running count that no operation keeps. This class holds
/// only the lexicon and its helpers: safe to share.
/// </summary>
internal sealed class TallyRecognizer(ExtractionLexicon lexicon)
{
    private readonly TallyPeriods _periods = new(lexicon);
    private readonly BattleTotals _battles = new(lexicon);
    private readonly OneOperationsResults _oneOperation = new(lexicon);
    private readonly StatementTimes _times = new(lexicon);

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
        var period = mentions.Any(m => (m.Kind is DateMentionKind.Period && !_times.IsShortWindow(m)) || m.Precision == DatePrecision.Year);
        if (HasStrongCueOutside(report, sentence, comparisons) || _battles.CountsDaysFromTheLaunch(report, sentence) || _battles.CountsFromALaunchBefore(report, sentence) || ResultsUntilADay(report, sentence, mentions) || (period && mentions.Any(m => (m.Kind is DateMentionKind.Period && !_times.IsShortWindow(m)) || (m.Kind == DateMentionKind.Relative && m.Precision == DatePrecision.Year))))
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
        if ((mentions.Any(m => m.Kind is DateMentionKind.Period && _times.IsWeekOrLonger(m)) || _times.NamesAWindowOfWeeks(report, sentence)) && CountsScatteredOperations(report, sentence)
            && !_times.NamesADayOfWhatItCounts(report, mentions))
        {
            return true;
        }
        if (CountsOverTheCountry(report, sentence, figures, mentions) || CountsOverDaysBack(report, sentence, figures, mentions))
        {
            return true;
        }
        // "قتل 64 مسلحا خلال سنة 2021": a year alone makes a tally only when no day of an operation is named, and
        // not when it says since when ("مطلوبا منذ عام 2015").
        var year = mentions.Any(m => m.Precision == DatePrecision.Year && !report.PrecededBy(m.Start, Text.Particles.Mundhu) && !PastCrimeYears.DatesAPastCrime(lexicon, report, figures, m));
        // "خلال أيار وحزيران الماضيين"، "طيلة شهر آذار": a named month a window opener opens is a month's count, as a
        // year is a year's.
        var month = !year && mentions.Any(m => _times.OpensAMonthWindow(report, sentence, m));
        return (year || month) && !_times.NamesADayOfWhatItCounts(report, mentions);
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
            || mentions.Any(m => (m.Kind is DateMentionKind.Period && _times.IsShortWindow(m))
                || (m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && !_times.DatesTheStatement(report, sentence, m))))
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
        && !mentions.Exists(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period && !_times.DatesTheStatement(report, sentence, m));

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
        return counted && !StatementTimes.NamesAPeriod(mentions) && !mentions.Any(m => _times.OpensAMonthWindow(report, sentence, m))
            && _periods.DaySpan(report, sentence) is null && _periods.DayRange(report, sentence) is null
            && !ResultsUntilADay(report, sentence, mentions) && !_times.NamesAWindowOfWeeks(report, sentence);
    }

    /// <summary>
    /// The fewest people a tally's count without a period may hold: ten. Below it the figures are those of the one
    /// operation a results noun sums up ("الحصيلة 4 قتلى"); statements over periods count tens to thousands.
    /// </summary>
    private const int HandfulMaximum = 10;

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
        if (report.Tokens[since].Text != Text.Particles.Mundhu)
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
        if (figures.Count == 0 || StatementTimes.NamesAPeriod(mentions))
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
    /// Whether <see cref="TallyReader.PlaceRightAfter"/> would find a place for <paramref name="f"/> among the sentence's
    /// places that are no direction only: the same test, the reach asked before the direction.
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
        && !StatementTimes.NamesAPeriod(mentions)
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
            && (m.Start > counted || !_times.DatesTheStatement(report, sentence, m))))
        && !mentions.Any(m => m.Precision is DatePrecision.Month or DatePrecision.Year || m.Kind is DateMentionKind.Year
            || (m.Kind is DateMentionKind.Period && !_times.IsShortWindow(m)))
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
}
