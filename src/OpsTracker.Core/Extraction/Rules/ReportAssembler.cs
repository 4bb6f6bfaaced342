using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Turns a normalised report into operations and tallies: reads figures sentence by sentence, decides whether a
/// sentence reports an official tally or an operation, gives each operation its date, province, place, kind and
/// actors, then removes repetitions (a figure told in the headline and again in the body is one record) and
/// headline totals that only add up the operations below.
/// </summary>
internal sealed partial class ReportAssembler(ExtractionLexicon lexicon, NumberReader numbers, DateReader dates, Gazetteer gazetteer)
{
    private readonly TallyReader _tallies = new(lexicon);

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
            if (figures.Count == 0 && _tallies.OpensTally(report, sentence, tallies))
            {
                continue;
            }
            var continuesTally = figures.Count > 0 && _tallies.ContinuesTally(report, sentence, tallies);
            if (figures.Count > 0 && (continuesTally || _tallies.IsTally(report, sentence, figures)))
            {
                var operationFigures = _tallies.FiguresBeforeAPlace(report, sentence, figures);
                var scopeFrom = operationFigures.Count == 0 ? 0 : report.Tokens[operationFigures.Max(f => f.Last)].End + TallyScopeGap;
                if (_tallies.AddTally(report, sentence, figures.Except(operationFigures).ToList(), tallies, scopeFrom))
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
            var cumulative = figures.Where(TallyReader.IsCumulative).ToList();
            figures.RemoveAll(f => TallyReader.IsCumulative(f) || (f.Kind == FigureKind.Casualty && cumulative.Any(c => c.Side == f.Side
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

        var mergedTallies = TallyMerger.Merge(tallies);
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
            result.Tallies.Add(TallyBuilder.Build(report, tally));
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

    /// <summary>
    /// A tally's figure told again in a sentence without its cue (the headline, a quote) is the tally, not an
    /// operation; "أكثر من 300" then "331" is one figure, told precisely the second time.
    /// </summary>
    private static void RemoveTallyRepetitions(List<OperationDraft> operations, IReadOnlyList<TallyDraft> tallies)
    {
        foreach (var draft in operations)
        {
            foreach (var f in draft.Live.ToList())
            {
                var field = TallyFigures.FieldOf(f);
                if (field is null)
                {
                    continue;
                }
                foreach (var t in tallies)
                {
                    var same = t.Figures.FirstOrDefault(x => TallyFigures.FieldOf(x) == field);
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
                    if (TallyFigures.RoundedAndExact(same, f))
                    {
                        TallyFigures.KeepExact(t.Figures, same, f);
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
}
