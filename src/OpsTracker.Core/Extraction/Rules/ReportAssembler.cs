using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Turns a normalised report into operations and tallies: reads figures sentence by sentence, decides whether a
/// sentence reports an official tally or an operation, gives each operation its date, province, place, kind and
/// actors, then removes repetitions (a figure told in the headline and again in the body is one record) and
/// headline totals that only add up the operations below.
/// </summary>
internal sealed partial class ReportAssembler(ExtractionLexicon lexicon, NumberReader numbers, DateReader dates, Gazetteer gazetteer)
{
    public ExtractionResult Assemble(NormalizedText text, DateOnly? published)
    {
        var result = new ExtractionResult { Published = published, PublishedSource = PublicationDateSource.Known };
        var dateScan = dates.Scan(text.Text);
        if (published is null)
        {
            result.PublishedSource = PublicationDateSource.Unknown;
            var dateline = DateReader.FindDateline(dateScan);
            if (dateline is not null)
            {
                result.Published = dateline;
                result.PublishedSource = PublicationDateSource.Inferred;
            }
            else
            {
                result.InferredYear = DateReader.InferPublicationYear(dateScan);
            }
        }

        var report = new ReportText(text, Tokenizer.Tokenize(text.Text), lexicon);
        report.Dates = ReadDates(dateScan, result.Published, result.InferredYear);
        report.Places = gazetteer.FindAll(text.Text);
        report.Published = result.Published;
        var finder = new FigureFinder(lexicon, numbers, report.DateTokens());

        var operations = new List<OperationDraft>();
        var tallies = new List<TallyDraft>();
        var figureless = new List<OperationDraft>();
        DateMention? contextDate = null;
        foreach (var sentence in report.Sentences)
        {
            var next = sentence.Index + 1 < report.Sentences.Count ? report.Sentences[sentence.Index + 1] : null;
            var figures = finder.Find(report.Tokens, sentence, next);
            report.CountsSomething[sentence.Index] = figures.Count > 0;
            // Drugs, crime, fires: figures of a clause about them are not about ISIS.
            var clauses = sentence.Clauses(report.Tokens, lexicon).ToList();
            var unrelated = clauses.Where(c => report.Has(lexicon.NonIsisContext, c)).ToList();
            figures.RemoveAll(f => unrelated.Any(c => c.Contains(f.First)));
            // "مسلحون مجهولون يغتالون شابا": victims of gunmen nobody names are not victims of an ISIS attack.
            if (report.Has(lexicon.UnknownAgent, sentence) && !report.Has(lexicon.IsisAgent, sentence))
            {
                figures.RemoveAll(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis);
            }
            if (figures.Count == 0 && OpensTally(report, sentence, tallies))
            {
                continue;
            }
            var continuesTally = figures.Count > 0 && ContinuesTally(report, sentence, tallies);
            if (figures.Count > 0 && (continuesTally || IsTally(report, sentence, figures)))
            {
                var operationFigures = FiguresBeforeAPlace(report, sentence, figures);
                var scopeFrom = operationFigures.Count == 0 ? 0 : report.Tokens[operationFigures.Max(f => f.Last)].End + 12;
                if (AddTally(report, sentence, figures.Except(operationFigures).ToList(), tallies, scopeFrom))
                {
                    if (operationFigures.Count > 0)
                    {
                        var own = new OperationDraft { Clause = sentence };
                        own.Figures.AddRange(operationFigures);
                        Describe(report, own, sentence, contextDate);
                        operations.Add(own);
                    }
                    continue;
                }
                if (continuesTally)
                {
                    // "ومن بين المعتقلين 280 رجلا و51 امرأة": people the statement breaks its own figures into are not
                    // victims of an operation; ISIS members it goes on to name still are ("وقتل الوالي وثمانية").
                    figures.RemoveAll(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis);
                }
            }
            // Hundreds of ISIS members killed or taken that no authority announces as a tally are a battle's
            // running count or an estimate, not one operation's figure.
            // The other outcomes of the same people in the same clause ("1375 عراقيا قتلوا وأصيب 240 آخرون خلال
            // شهر يناير") belong to the same statistic.
            var cumulative = figures.Where(IsCumulative).ToList();
            figures.RemoveAll(f => IsCumulative(f) || (f.Kind == FigureKind.Casualty && cumulative.Any(c => c.Side == f.Side
                && clauses.Any(cl => cl.Contains(c.First) && cl.Contains(f.First)))));
            SplitTotalByPlace(report, figures);
            foreach (var clause in clauses.SelectMany(c => SplitAtPlaceOpeners(report, c)))
            {
                var own = figures.Where(f => clause.Contains(f.First)).ToList();
                if (own.Count == 0)
                {
                    if (figures.Count == 0)
                    {
                        figureless.AddRange(FigurelessOperations(report, clause, sentence, contextDate));
                    }
                    continue;
                }
                if (report.Has(lexicon.ForeignScope, clause) && !report.PlacesIn(clause).Any())
                {
                    // An operation in Syria (دير الزور، قسد) is not ours.
                    continue;
                }
                if (report.Has(lexicon.MultipleEvents, clause))
                {
                    // "مقتل 23 ... في هجمات متعددة": a running total, not one operation.
                    continue;
                }
                foreach (var (part, figuresOfPart) in SplitByPlace(report, clause, own))
                {
                    var draft = new OperationDraft { Clause = part };
                    draft.Figures.AddRange(figuresOfPart);
                    Describe(report, draft, sentence, contextDate);
                    operations.Add(draft);
                }
            }
            contextDate = LatestDayMention(report, sentence) ?? contextDate;
        }

        var mergedTallies = MergeTallies(tallies);
        RemoveTallyRepetitions(operations, mergedTallies);
        ApplyCorrections(operations);
        RemoveRepetitions(operations);
        RemoveHeadlineTotals(operations);
        AbsorbImplicitFigures(operations);
        MergeContinuations(operations);
        var kept = operations.Where(d => !d.Dropped && d.Live.Any()).ToList();
        DateFromElaboration(report, kept);
        foreach (var draft in figureless.Where(f => !kept.Any(k => k.Clause.Index == f.Clause.Index && k.Province == f.Province)))
        {
            kept.Add(draft);
        }
        foreach (var draft in kept.OrderBy(d => d.EvidenceStart))
        {
            result.Operations.AddRange(BuildSplitBySide(report, draft));
        }
        foreach (var tally in mergedTallies)
        {
            result.Tallies.Add(BuildTally(report, tally));
        }
        return result;
    }

    /// <summary>
    /// "وكان رئيس الوزراء قد أعلن الأحد الماضي ...": a sentence opened by the pluperfect "وكان"/"وكانت" tells the
    /// background of the news (what had happened before it), not the day of the operation the lead tells.
    /// </summary>
    private bool IsBackground(ReportText report, Sentence s)
    {
        if (report.Tokens[s.First].Text is not ("وكان" or "وكانت" or "كان" or "كانت"))
        {
            return false;
        }
        // "وكانت القيادة قد باشرت عمليات تفتيش منذ الخميس": the operation itself, told in the pluperfect, dates it;
        // "وكان رئيس الوزراء أعلن الأحد عن بدء العمليات": an announcement made before, does not.
        var clause = s with { Last = Math.Min(s.Last, s.First + BackgroundVerbReach) };
        return report.Has(lexicon.AnnouncementVerbs, clause);
    }

    /// <summary>How many words after "وكان" the verb of a background sentence is looked for.</summary>
    private const int BackgroundVerbReach = 10;

    /// <summary>
    /// A lead tells the figures with the day of the announcement ("أعلنت ... يوم الخميس القبض على إرهابيين اثنين"), or
    /// a headline with no day at all; the sentences after it, adding no figures of their own, tell the day it happened
    /// ("تمكنت أمس الأربعاء من إلقاء القبض على الإرهابيين"). That earlier day is the operation's.
    /// </summary>
    private void DateFromElaboration(ReportText report, List<OperationDraft> kept)
    {
        if (report.Published is not { } published)
        {
            return;
        }
        foreach (var d in kept.Where(d => d.Clause.Index <= 3 && (d.Date?.Date is null || d.Date.Date == published)))
        {
            var busy = kept.Where(o => o != d && o.Live.Any(f => f.Kind is FigureKind.Casualty or FigureKind.Hideout))
                .Select(o => o.Clause.Index).ToHashSet();
            var days = report.Sentences.Where(s => s.Index > d.Clause.Index && s.Index <= d.Clause.Index + 3 && !busy.Contains(s.Index) && !IsBackground(report, s))
                .SelectMany(report.MentionsIn)
                .Where(m => m.Precision == DatePrecision.Day && m.Kind != DateMentionKind.Period && m.Date is { } x
                    && x <= published && x >= published.AddDays(-7) && (d.Date?.Date is null || x < published))
                .ToList();
            if (days.Count > 0)
            {
                d.Date = days.MinBy(m => m.Date);
                d.DateOwn = true;
            }
        }
    }

    /// <summary>
    /// "اعتقال مسلحين اثنين في تلعفر بمحافظة نينوى، وعلى مسلح ثالث في هيت بمحافظة الأنبار": one
    /// clause, two operations, each figure placed by the place that follows it.
    /// </summary>
    private IEnumerable<(Sentence Part, List<Figure> Figures)> SplitByPlace(ReportText report, Sentence clause, List<Figure> figures)
    {
        var ordered = figures.OrderBy(f => f.First).ToList();
        var places = report.PlacesIn(clause).Where(p => !report.IsDirectionOnly(p)).ToList();
        // Two places of one province are two operations as much as two provinces are ("7 في الحويجة و5 في الدبس").
        string? PlaceAfter(int i)
        {
            var from = report.Tokens[ordered[i].Last].End;
            var to = i + 1 < ordered.Count ? report.Tokens[ordered[i + 1].First].Start : int.MaxValue;
            return places.Where(p => p.Start >= from && p.Start < to && p.Entry.ProvinceCode is not null).Select(p => p.Entry.Id).FirstOrDefault();
        }
        var placeAfter = Enumerable.Range(0, ordered.Count).Select(PlaceAfter).ToList();
        var sameMeasureTwice = ordered.Any(f => ordered.Count(g => g.SameMeasure(f)) > 1);
        if (!sameMeasureTwice || placeAfter.Where(p => p is not null).Distinct().Count() < 2)
        {
            yield return (clause, figures);
            yield break;
        }
        var start = clause.First;
        var group = new List<Figure>();
        for (var i = 0; i < ordered.Count; i++)
        {
            group.Add(ordered[i]);
            if (placeAfter[i] is not null || i == ordered.Count - 1)
            {
                var end = i + 1 < ordered.Count ? ordered[i + 1].First - 1 : clause.Last;
                yield return (clause with { First = start, Last = end }, group);
                start = end + 1;
                group = [];
            }
        }
    }

    /// <summary>
    /// "قتل 5 إرهابيين في وادي الشاي بكركوك، وفي صلاح الدين اعتقلت قوة 3 إرهابيين": a comma then "وفي" and a place
    /// opens the next item of a bulletin, an operation of its own.
    /// </summary>
    private static IEnumerable<Sentence> SplitAtPlaceOpeners(ReportText report, Sentence clause)
    {
        var start = clause.First;
        for (var i = clause.First + 1; i + 2 <= clause.Last; i++)
        {
            if (report.Tokens[i].Text != "," || report.Tokens[i + 1].Text is not ("وفي" or "وفى") || i - start < 3)
            {
                continue;
            }
            var from = report.Tokens[i + 2].Start;
            var to = report.Tokens[Math.Min(clause.Last, i + 4)].End;
            if (report.PlacesIn(clause).Any(p => p.Start >= from && p.Start < to && !report.IsDirectionOnly(p)))
            {
                yield return clause with { First = start, Last = i - 1 };
                start = i + 1;
            }
        }
        yield return clause with { First = start, Last = clause.Last };
    }

    /// <summary>
    /// "اعتقال 7 إرهابيين في عمليات متفرقة، 4 منهم في نينوى و3 في الأنبار": a total that the text splits by place
    /// is told by its parts; the parts, each placed in a place of its own (two districts of one province count) and
    /// adding up to the total, are the figures, and the total is not.
    /// </summary>
    private static void SplitTotalByPlace(ReportText report, List<Figure> figures)
    {
        foreach (var total in figures.Where(f => !f.Breakdown).ToList())
        {
            var parts = figures.Where(f => f.Breakdown && f.First > total.First && f.SameMeasure(total)).ToList();
            if (parts.Count < 2 || parts.Sum(p => p.Count) != total.Count)
            {
                continue;
            }
            var places = parts.Select(p => PlaceRightAfter(report, p)).ToList();
            if (places.Any(p => p is null) || places.Distinct().Count() < 2)
            {
                continue;
            }
            foreach (var part in parts)
            {
                part.Breakdown = false;
            }
            total.Breakdown = true;
        }
    }

    /// <summary>How far after a figure (in characters) the place that locates it may start: "4 منهم في نينوى".</summary>
    private const int PlaceAfterFigureReach = 16;

    /// <summary>The place (with a known province) named right after a figure, as the gazetteer's id.</summary>
    private static string? PlaceRightAfter(ReportText report, Figure f)
    {
        var end = report.Tokens[f.Last].End;
        return report.Places.Where(p => p.Start >= end && p.Start - end <= PlaceAfterFigureReach && !report.IsDirectionOnly(p) && p.Entry.ProvinceCode is not null)
            .Select(p => p.Entry.Id).FirstOrDefault();
    }

    /// <summary>
    /// Date mentions resolved against the publication date; when only the year is inferred, year, month and period
    /// mentions ("العام الماضي") are resolved against that year.
    /// </summary>
    private List<DateMention> ReadDates(DateScan scan, DateOnly? published, int? inferredYear)
    {
        var mentions = dates.FindAll(scan, published).ToList();
        if (published is null && inferredYear is { } year)
        {
            var byYear = dates.FindAll(scan, new DateOnly(year, 12, 31)).ToDictionary(m => m.Start);
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                // Only what the year decides: a day, weekday or "yesterday" still needs the publication day.
                var yearDecides = m.Precision is DatePrecision.Year or DatePrecision.Month || m.Kind is DateMentionKind.DayMonth or DateMentionKind.Period;
                if (m.Date is null && m.PeriodStart is null && yearDecides && byYear.TryGetValue(m.Start, out var resolved) && (resolved.Date is not null || resolved.PeriodStart is not null))
                {
                    mentions[i] = resolved with { PeriodEnd = resolved.PeriodEnd is { } end && end.Month == 12 && end.Day == 31 && resolved.Kind == DateMentionKind.Period ? null : resolved.PeriodEnd };
                }
            }
        }
        return mentions;
    }

    // ---- tallies -------------------------------------------------------------------------------------------

    /// <summary>
    /// A sentence reports an official tally when it counts operations or attacks, or speaks of a period ("خلال عام
    /// 2024", "منذ مطلع العام") or a total ("حصيلة", "حتى الآن"), and names no single day.
    /// </summary>
    private bool IsTally(ReportText report, Sentence sentence, List<Figure> figures)
    {
        var mentions = report.MentionsIn(sentence).ToList();
        if (figures.Any(f => f.Kind is FigureKind.Operations or FigureKind.Attacks) || figures.Any(IsCumulative))
        {
            return true;
        }
        // A tally counts months or years; "خلال اليومين الماضيين" sums the operations of a couple of days.
        var period = mentions.Any(m => (m.Kind is DateMentionKind.Period && !IsShortWindow(m)) || m.Precision == DatePrecision.Year);
        if (report.Has(lexicon.TallyStrongCues, sentence) || (period && mentions.Any(m => (m.Kind is DateMentionKind.Period && !IsShortWindow(m)) || (m.Kind == DateMentionKind.Relative && m.Precision == DatePrecision.Year))))
        {
            return true;
        }
        // "قتل 64 مسلحا خلال سنة 2021": a year alone makes a tally only when no day of an operation is named, and
        // not when it says since when ("مطلوبا منذ عام 2015").
        var year = mentions.Any(m => m.Precision == DatePrecision.Year && !report.PrecededBy(m.Start, "منذ"));
        return year && !mentions.Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period);
    }

    /// <summary>
    /// The fewest people killed, wounded or arrested that no single operation or attack reaches: counts of this size
    /// are the running total of a battle or campaign ("قتل أكثر من 1500 إرهابي بالمحور الجنوبي"), read as a tally
    /// when they are ISIS members, or a year's statistics of victims, never one event. The largest single event in
    /// the development set's tuned part killed 349.
    /// </summary>
    public const int CumulativeMinimum = 500;

    private static bool IsCumulative(Figure f) => f.Kind == FigureKind.Casualty && f.Count >= CumulativeMinimum;

    /// <summary>
    /// "وبين البيان أن الحملة شملت أيضا تفجير أربعة أنفاق": a sentence that goes on with a tally's statement (a
    /// reporting verb, "كما", "أيضا", an item of its list, or the first figures of a statement that announced a
    /// tally), within <see cref="TallyContinuationReach"/> sentences of it, naming no day and no place of its own,
    /// adds to that tally rather than telling an operation.
    /// </summary>
    private bool ContinuesTally(ReportText report, Sentence sentence, List<TallyDraft> tallies)
    {
        if (tallies.Count == 0 || sentence.Index - tallies[^1].Sentence.Index > TallyContinuationReach)
        {
            return false;
        }
        // A statement that gave no figure yet is continued by the sentence right after it.
        var announced = tallies[^1].Figures.Count == 0 && sentence.Index == tallies[^1].Sentence.Index + 1;
        var goesOn = announced || report.IsListItem(sentence) || report.Has(lexicon.StatementContinuations, sentence);
        return goesOn
            && !report.MentionsIn(sentence).Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period)
            && !report.PlacesIn(sentence).Any(p => !report.IsDirectionOnly(p));
    }

    /// <summary>How many sentences after a tally a continuation of its statement may come.</summary>
    private const int TallyContinuationReach = 2;

    /// <summary>
    /// "اعتقال مطلوبين اثنين في كركوك و45 قتيلا من داعش منذ بداية العام": a figure placed in a town before the
    /// figures that the period covers belongs to an operation, not to the tally.
    /// </summary>
    private List<Figure> FiguresBeforeAPlace(ReportText report, Sentence sentence, List<Figure> figures)
    {
        var cue = report.MentionsIn(sentence).Where(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year || m.Precision == DatePrecision.Year)
            .Select(m => (int?)m.Start).Min();
        if (cue is null)
        {
            return [];
        }
        var places = report.PlacesIn(sentence).Where(p => !report.IsDirectionOnly(p) && p.Start < cue).ToList();
        return figures.Where(f =>
        {
            var end = report.Tokens[f.Last].End;
            var place = places.FirstOrDefault(p => p.Start >= end && p.Start - end <= 8);
            return place is not null && figures.Any(g => g != f && report.Tokens[g.First].Start > place.End && report.Tokens[g.First].Start < cue);
        }).ToList();
    }

    private static bool IsShortWindow(DateMention m) =>
        m.PeriodStart is { } start && m.PeriodEnd is { } end
            ? end.DayNumber - start.DayNumber < 25
            : m.Expression.Contains("يوم", StringComparison.Ordinal) || m.Expression.Contains("ايام", StringComparison.Ordinal) || m.Expression.Contains("اسبوع", StringComparison.Ordinal);

    /// <summary>The authority a tally is credited to when the text names only "the security forces".</summary>
    private const string GenericAuthority = "Iraqi security forces";

    /// <summary>Adds the sentence's tallies; false when it holds none after all (the figures are then an operation's).</summary>
    private bool AddTally(ReportText report, Sentence sentence, List<Figure> figures, List<TallyDraft> tallies, int scopeFrom = 0)
    {
        // Figures for Syria, or for Iraq and Syria together, are not tallies of ours: judged clause by clause.
        var foreign = ForeignClauses(report, sentence);
        // "28 عملية في العراق وسوريا ... منها 11 عملية في العراق": Iraq's share of a combined total is Iraq's figure.
        var combined = foreign.Count > 0;
        var counted = figures.Where(f => (!f.Breakdown || combined) && TallyField(f) is not null && !foreign.Any(c => c.Contains(f.First))).ToList();
        if (counted.Count == 0)
        {
            return foreign.Count > 0;
        }
        // "نحو /50/ هجوما خلال الأسبوعين الأخيرين، بارتفاع عن نحو /20/ هجوما طوال شهري يناير وفبراير": a field
        // counted twice in one sentence starts a second tally, each with the period nearest to it.
        var groups = new List<List<Figure>> { new() };
        foreach (var f in counted)
        {
            // "نحو 700 ... العدد الدقيق 683": a rounded figure and the exact one are one figure, the exact one.
            if (groups[^1].FirstOrDefault(g => RoundedAndExact(g, f)) is { } restated)
            {
                if (restated.Approximate)
                {
                    groups[^1][groups[^1].IndexOf(restated)] = f;
                }
                continue;
            }
            if (groups[^1].Any(g => TallyField(g) == TallyField(f)))
            {
                groups.Add([]);
            }
            groups[^1].Add(f);
        }
        var announcement = Announce(report, sentence, scopeFrom);
        if (announcement.ReportedBy is null)
        {
            // An official tally is announced by an authority; statistics nobody official gave (a think tank) are not.
            return !figures.Any(f => f.Kind == FigureKind.Casualty && TallyField(f) is null) && figures.Any(f => f.Kind is FigureKind.Operations or FigureKind.Attacks);
        }
        foreach (var group in groups)
        {
            var draft = NewTally(report, sentence, announcement);
            draft.Figures.AddRange(group);
            SetPeriod(report, sentence, draft, announcement, groups.Count == 1, report.Tokens[group[0].First].Start);
            tallies.Add(draft);
        }
        return true;
    }

    /// <summary>Who announces a sentence's tally, for which provinces, and the periods the sentence (or the two before it) name.</summary>
    private sealed record TallyAnnouncement(string? ReportedBy, List<string> Scope, List<DateMention> Periods, DateMention? Inherited);

    private TallyAnnouncement Announce(ReportText report, Sentence sentence, int scopeFrom)
    {
        var periods = report.MentionsIn(sentence).Where(m => m.Kind is DateMentionKind.Year or DateMentionKind.Period or DateMentionKind.MonthYear or DateMentionKind.Month or DateMentionKind.Relative && m.Precision != DatePrecision.Day).ToList();
        var inherited = report.SentencesBetween(sentence.Index - 2, sentence.Index - 1)
            .SelectMany(report.MentionsIn).LastOrDefault(m => m.Kind is DateMentionKind.Year or DateMentionKind.Period);
        // Provinces that place an operation told in the same sentence are not the tally's scope.
        var provinces = report.ProvincesNamedIn(sentence, scopeFrom).Distinct().ToList();
        if (provinces.Count == 0 && scopeFrom == 0)
        {
            // "بين محافظتي صلاح الدين وديالى ... سجلت نحو /50/ هجوما": the scene set by a sentence just before,
            // one that counts nothing itself.
            provinces = report.SentencesBetween(sentence.Index - 3, sentence.Index - 1).Reverse()
                .Where(s => !report.CountsSomething[s.Index])
                .Select(s => report.ProvincesNamedAfterProvinceWord(s).Distinct().ToList())
                .FirstOrDefault(p => p.Count > 0) ?? [];
        }
        // The authority the sentence names, a named one before "القوات الأمنية" or an officer's rank; those alone
        // yield to one named just before, whose statement the sentence reports ("وقالت الخلية إن القوات الأمنية قتلت ...").
        var named = report.Values(lexicon.Reporters, sentence).ToList();
        var reportedBy = named.FirstOrDefault(r => r != GenericAuthority) ?? named.FirstOrDefault();
        if (reportedBy is null or GenericAuthority)
        {
            // The three sentences before it, and the report's first two (its headline and lead), nearest first.
            reportedBy = report.SentencesBetween(0, Math.Min(1, sentence.Index - 1))
                .Concat(report.SentencesBetween(Math.Max(2, sentence.Index - 3), sentence.Index - 1)).Reverse()
                .Select(s => report.Values(lexicon.Reporters, s).FirstOrDefault(r => r != GenericAuthority)).FirstOrDefault(r => r is not null)
                ?? reportedBy;
        }
        return new TallyAnnouncement(reportedBy, provinces, periods, inherited);
    }

    private static TallyDraft NewTally(ReportText report, Sentence sentence, TallyAnnouncement announcement)
    {
        var draft = new TallyDraft
        {
            Sentence = sentence,
            LastSentence = sentence.Index,
            EvidenceStart = report.Tokens[sentence.First].Start,
            EvidenceEnd = report.Tokens[sentence.Last].End,
            ReportedBy = announcement.ReportedBy,
        };
        draft.Scope.AddRange(announcement.Scope);
        return draft;
    }

    /// <summary>
    /// The period of a tally: the span of the years or months the sentence names, else the period nearest its first
    /// figure (<paramref name="at"/>) when the sentence holds several tallies, else the one a sentence just before names.
    /// </summary>
    private void SetPeriod(ReportText report, Sentence sentence, TallyDraft draft, TallyAnnouncement announcement, bool single, int at)
    {
        var periods = announcement.Periods;
        var period = single
            ? periods.FirstOrDefault()
            : periods.OrderBy(m => Math.Abs(m.Start - at)).FirstOrDefault();
        draft.HasOwnPeriod = period is not null;
        period ??= announcement.Inherited;
        var months = periods.Where(m => m.Precision == DatePrecision.Month && m.Date is not null).OrderBy(m => m.Start).ToList();
        var years = periods.Where(m => m.Precision == DatePrecision.Year && m.Kind == DateMentionKind.Year && m.Date is not null)
            .Select(m => m.Date!.Value.Year).Concat(RangeYears(report, sentence)).Distinct().ToList();
        // "خلال عام 2020 مقارنة بعام 2019" compares two years; it spans neither.
        if (single && years.Count >= 2 && !report.Has(lexicon.ComparisonCues, sentence))
        {
            // "منذ عام 2017 ولغاية عام 2020", "خلال عامي 2019 و2020": from the first year to the end of the last.
            draft.PeriodStart = new DateOnly(years.Min(), 1, 1);
            draft.PeriodEnd = new DateOnly(years.Max(), 12, 31);
        }
        else if (single && months.Count >= 2 && !periods.Any(m => m.Kind is DateMentionKind.Period or DateMentionKind.Year))
        {
            // "خلال الفترة من كانون الثاني ولغاية حزيران 2023": from the first month to the end of the last.
            var last = months[^1].Date!.Value;
            draft.PeriodStart = months[0].Date;
            draft.PeriodEnd = new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month));
        }
        else if (period is not null)
        {
            (draft.PeriodStart, draft.PeriodEnd) = PeriodOf(period);
            if (PeriodPart(report, period) is { } part && draft.PeriodStart is { } start)
            {
                draft.PeriodStart = new DateOnly(start.Year, part.From, 1);
                draft.PeriodEnd = new DateOnly(start.Year, part.To, DateTime.DaysInMonth(start.Year, part.To));
            }
        }
    }

    /// <summary>
    /// "أعلنت وزارة الدفاع حصيلة عمليات قطعاتها لشهر أيار": an authority announcing a tally whose figures the next
    /// sentences or list items give. It opens a tally without figures for them to join (a tally nothing joins is
    /// dropped).
    /// </summary>
    private bool OpensTally(ReportText report, Sentence sentence, List<TallyDraft> tallies)
    {
        // The authority announces it in this very sentence: "في إطار إظهار حصيلة الجهود" only talks about results.
        if (!report.Has(lexicon.TallyStrongCues, sentence) || !report.Has(lexicon.Reporters, sentence))
        {
            return false;
        }
        var announcement = Announce(report, sentence, 0);
        // The day it was announced on ("أعلنت، اليوم، حصيلة شهر أيار") may stand beside the period; a day alone is the
        // day's summary.
        var day = report.MentionsIn(sentence).Any(m => m.Precision == DatePrecision.Day && m.Kind is not DateMentionKind.Period);
        if (day && announcement.Periods.Count == 0)
        {
            return false;
        }
        var draft = NewTally(report, sentence, announcement);
        SetPeriod(report, sentence, draft, announcement, single: true, report.Tokens[sentence.First].Start);
        tallies.Add(draft);
        return true;
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
        foreach (var clause in sentence.Clauses(report.Tokens, lexicon).SelectMany(c => CommaParts(report, c)))
        {
            if (report.Has(lexicon.ForeignScope, clause))
            {
                inForeign = true;
            }
            else if (report.Has(lexicon.IraqScope, clause) || report.PlacesIn(clause).Any(p => !report.IsDirectionOnly(p)))
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

    /// <summary>Words a bare year stands beside in a span of years: "من 2017 إلى 2020", "الفترة 2017-2020".</summary>
    private static readonly HashSet<string> YearRangeWords = new string[] { "من", "إلى", "لغاية", "ولغاية", "حتى", "وحتى", "و", "-", "الفترة", "الأعوام", "السنوات", "عامي" }
        .Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first year a span of years may start in: the campaign against ISIS is after 2003.</summary>
    private const int EarliestYear = 2003;

    /// <summary>Bare four-digit years written as the ends of a span ("خلال الأعوام من 2017 إلى 2020", "2017-2020").</summary>
    private static IEnumerable<int> RangeYears(ReportText report, Sentence sentence)
    {
        var latest = (report.Published ?? DateOnly.FromDateTime(DateTime.UtcNow)).Year;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            var t = report.Tokens[i];
            if (!t.IsNumber || !int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < EarliestYear || year > latest)
            {
                continue;
            }
            var before = i > sentence.First ? report.Tokens[i - 1].Text : "";
            var after = i < sentence.Last ? report.Tokens[i + 1].Text : "";
            if (YearRangeWords.Contains(before) || after == "-")
            {
                yield return year;
            }
        }
    }

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

    private (int From, int To)? PeriodPart(ReportText report, DateMention period)
    {
        var t = report.TokenAt(period.Start);
        for (var j = Math.Max(0, t - 5); j <= Math.Min(report.Tokens.Count - 1, t + 2); j++)
        {
            if (lexicon.PeriodParts.MatchAt(report.Tokens, j) is { } m && m.Last >= t - 2)
            {
                return m.Value;
            }
        }
        return null;
    }

    private static (DateOnly? Start, DateOnly? End) PeriodOf(DateMention m)
    {
        if (m.PeriodStart is not null || m.PeriodEnd is not null)
        {
            return (m.PeriodStart, m.PeriodEnd);
        }
        if (m.Date is not { } d)
        {
            return (null, null);
        }
        return m.Precision switch
        {
            DatePrecision.Year => (new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31)),
            DatePrecision.Month => (new DateOnly(d.Year, d.Month, 1), new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))),
            _ => (d, d),
        };
    }

    private static string? TallyField(Figure f) => f.Kind switch
    {
        FigureKind.Operations => "operations",
        FigureKind.Attacks => "isisAttacks",
        FigureKind.Hideout when f.Outcome == HideoutOutcome.Destroyed => "hideoutsDestroyed",
        FigureKind.Casualty when f.Side == CasualtySide.Isis && f.Category == CasualtyCategory.Killed => "killed",
        FigureKind.Casualty when f.Side == CasualtySide.Isis && f.Category == CasualtyCategory.Arrested => "arrested",
        _ => null,
    };

    /// <summary>
    /// How far the exact figure may lie from a hedged one that rounds it ("نحو 700" and 683, "أكثر من 300" and 331):
    /// below it by RoundedBelow of it, above it by RoundedAbove.
    /// </summary>
    private const double RoundedBelow = 0.1, RoundedAbove = 0.3;

    /// <summary>Two figures of one tally field, one hedged and one exact, the exact one close enough to be what the other rounds.</summary>
    private static bool RoundedAndExact(Figure a, Figure b)
    {
        if (TallyField(a) != TallyField(b) || a.Approximate == b.Approximate)
        {
            return false;
        }
        var (rounded, exact) = a.Approximate ? (a, b) : (b, a);
        return exact.Count != rounded.Count && exact.Count >= rounded.Count * (1 - RoundedBelow) && exact.Count <= rounded.Count * (1 + RoundedAbove);
    }

    /// <summary>One statement told over several sentences is one tally; the same figure told twice is one.</summary>
    private static List<TallyDraft> MergeTallies(List<TallyDraft> tallies)
    {
        var kept = new List<TallyDraft>();
        foreach (var t in tallies)
        {
            var fields = t.Figures.GroupBy(f => TallyField(f)!).ToDictionary(g => g.Key, g => g.First().Count);
            var repeated = kept.FirstOrDefault(k => k.Figures.Any(f => fields.TryGetValue(TallyField(f)!, out var v) && v == f.Count))
                ?? kept.FirstOrDefault(k => k.Figures.Any(f => t.Figures.Any(g => RoundedAndExact(f, g))));
            if (repeated is not null)
            {
                // "أكثر من 300" in the headline, 331 in the body: one figure, the exact one.
                foreach (var exact in t.Figures.Where(g => !g.Approximate))
                {
                    if (repeated.Figures.FirstOrDefault(f => f.Approximate && RoundedAndExact(f, exact)) is { } rounded)
                    {
                        repeated.Figures[repeated.Figures.IndexOf(rounded)] = exact;
                    }
                }
                if (repeated.PeriodStart is null && repeated.PeriodEnd is null && (t.PeriodStart is not null || t.PeriodEnd is not null))
                {
                    // A headline that names no period ("سنتكوم: 137 عملية") takes the one the body gives its figure.
                    (repeated.PeriodStart, repeated.PeriodEnd, repeated.HasOwnPeriod) = (t.PeriodStart, t.PeriodEnd, t.HasOwnPeriod);
                }
                foreach (var f in t.Figures.Where(f => repeated.Figures.All(r => TallyField(r) != TallyField(f))))
                {
                    repeated.Figures.Add(f);
                }
                continue;
            }
            var previous = kept.LastOrDefault();
            var samePeriod = t.PeriodStart is not null && t.PeriodStart == previous?.PeriodStart && t.PeriodEnd == previous?.PeriodEnd;
            // The figures after a statement that announced a tally are its figures, for the period it announced.
            var announced = previous is not null && previous.Figures.Count == 0;
            if (previous is not null && (announced || !t.HasOwnPeriod || samePeriod) && t.Sentence.Index - previous.LastSentence <= TallyContinuationReach
                && t.Figures.All(f => previous.Figures.All(p => TallyField(p) != TallyField(f))))
            {
                if (announced && previous.PeriodStart is null && previous.PeriodEnd is null)
                {
                    (previous.PeriodStart, previous.PeriodEnd, previous.HasOwnPeriod) = (t.PeriodStart, t.PeriodEnd, t.HasOwnPeriod);
                }
                previous.Figures.AddRange(t.Figures);
                previous.EvidenceEnd = Math.Max(previous.EvidenceEnd, t.EvidenceEnd);
                previous.LastSentence = t.Sentence.Index;
                continue;
            }
            kept.Add(t);
        }
        return kept.Where(t => t.Figures.Count > 0).ToList();
    }

    /// <summary>
    /// A tally's figure told again in a sentence without its cue (the headline, a quote) is the tally, not an
    /// operation; "أكثر من 300" then "331" is one figure, told precisely the second time.
    /// </summary>
    private static void RemoveTallyRepetitions(List<OperationDraft> operations, List<TallyDraft> tallies)
    {
        foreach (var draft in operations)
        {
            foreach (var f in draft.Live.ToList())
            {
                var field = TallyField(f);
                if (field is null)
                {
                    continue;
                }
                foreach (var t in tallies)
                {
                    var same = t.Figures.FirstOrDefault(x => TallyField(x) == field);
                    if (same is null)
                    {
                        continue;
                    }
                    if (same.Count == f.Count)
                    {
                        draft.Figures.Remove(f);
                        break;
                    }
                    // "أكثر من 300" then "331", either way round: one figure, told precisely once.
                    if (RoundedAndExact(same, f))
                    {
                        if (same.Approximate)
                        {
                            t.Figures[t.Figures.IndexOf(same)] = f;
                        }
                        draft.Figures.Remove(f);
                        break;
                    }
                }
            }
            if (!draft.Live.Any())
            {
                draft.Dropped = true;
            }
        }
    }

    private ExtractedTally BuildTally(ReportText report, TallyDraft t)
    {
        int? Field(string name)
        {
            var f = t.Figures.FirstOrDefault(x => TallyField(x) == name);
            return f?.Count;
        }
        var tally = new ExtractedTally
        {
            PeriodStart = t.PeriodStart,
            PeriodEnd = t.PeriodEnd,
            Scope = t.Scope.Count == 0 ? "IQ" : t.Scope[0],
            ReportedBy = t.ReportedBy,
            Operations = Field("operations"),
            Killed = Field("killed"),
            Arrested = Field("arrested"),
            HideoutsDestroyed = Field("hideoutsDestroyed"),
            IsisAttacks = Field("isisAttacks"),
            Approximate = t.Figures.Any(f => f.Approximate),
            Evidence = report.Text.EvidenceFor(t.EvidenceStart, t.EvidenceEnd),
            Rule = "tally:" + string.Join('+', t.Figures.Select(f => f.Rule).Distinct()),
            Confidence = ConfidenceModel.Default.OfTally(t, t.ReportedBy == GenericAuthority),
        };
        tally.ScopeProvinces.AddRange(t.Scope);
        return tally;
    }
}
