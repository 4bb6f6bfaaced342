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
    private readonly OperationDescriber _describer = new(lexicon, gazetteer);

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
                        _describer.Describe(report, own, sentence, contextDate);
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
            ClauseSplitter.SplitTotalByPlace(report, figures);
            foreach (var clause in clauses.SelectMany(c => ClauseSplitter.SplitAtPlaceOpeners(report, c)))
            {
                var own = figures.Where(f => clause.Contains(f.First)).ToList();
                if (own.Count == 0)
                {
                    if (figures.Count == 0)
                    {
                        figureless.AddRange(_describer.FigurelessOperations(report, clause, sentence, contextDate));
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
                foreach (var (part, figuresOfPart) in ClauseSplitter.SplitByPlace(report, clause, own))
                {
                    var draft = new OperationDraft { Clause = part };
                    draft.Figures.AddRange(figuresOfPart);
                    _describer.Describe(report, draft, sentence, contextDate);
                    operations.Add(draft);
                }
            }
            contextDate = OperationDescriber.LatestDayMention(report, sentence) ?? contextDate;
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
