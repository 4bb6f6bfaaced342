using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;
using OpsTracker.Core.Extraction.Rules.Passes;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Turns a normalised report into operations and tallies, as a pipeline of stages:
/// <list type="number">
/// <item>the publication date (given, from a dateline, or only its year), the tokens, the dates and the places;</item>
/// <item><see cref="SentenceReader"/>: figures sentence by sentence, read as tallies (<see cref="TallyReader"/>) or
/// as operations with their date, province, place, kind and actors (<see cref="OperationDescriber"/>);</item>
/// <item><see cref="TallyMerger"/>: one statement told over several sentences is one tally;</item>
/// <item><see cref="FigurelessLeads"/>: a lead told without figures and the sentences that count it are one operation;</item>
/// <item>the passes over the operations (<see cref="IDraftPass"/>), in the order of <c>_passes</c>;</item>
/// <item>the operations told without figures, then the contract's records (<see cref="OperationBuilder"/>,
/// <see cref="TallyBuilder"/>).</item>
/// </list>
/// Every stage keeps its per-report state in the call: one assembler serves every report at once.
/// </summary>
internal sealed class ReportAssembler(ExtractionLexicon lexicon, NumberReader numbers, DateReader dates, Gazetteer gazetteer)
{
    private readonly SentenceReader _sentences = new(lexicon, numbers, gazetteer);

    /// <summary>The <see cref="WordAnswers"/> of this assembler's date lexicon and gazetteer, made once (immutable).</summary>
    private readonly WordAnswers _answers = WordAnswers.Of(dates.Tables, gazetteer.Matcher);

    /// <summary>The passes over the operations read, in the order they run; each sees what the ones before it left.</summary>
    private readonly IReadOnlyList<IDraftPass> _passes =
    [
        new UncountedAmongRestoration(),
        new HistoryRemoval(lexicon),
        new RemnantVictimRemoval(lexicon),
        new SpanVictimRemoval(lexicon),
        new SeveralIncidentsVictimRemoval(lexicon),
        new IsisSpeechVictimRemoval(lexicon),
        new UnnamedShellingVictimRemoval(lexicon),
        new TargetedHideouts(lexicon),
        new AimedArrestRemoval(lexicon),
        new DescribedArrestRemoval(lexicon),
        new LeadToldInParts(lexicon),
        new AttackAttribution(lexicon),
        new UnattributedRepetitionRemoval(lexicon),
        new NotOursArrestRepetitionRemoval(),
        new TallyRepetitionRemoval(),
        new CorrectionApplication(),
        new EarlierTollRemoval(lexicon),
        new AnnouncedEarlierRemoval(lexicon),
        new PreliminaryTollRemoval(lexicon),
        new RepetitionRemoval(lexicon),
        new OtherSourceTollRemoval(lexicon),
        new HeadlineTotalRemoval(),
        new SummaryRetoldCount(),
        new SeveralEventsTotalRemoval(lexicon),
        new RoundedTotalRemoval(),
        new SentenceTotalRemoval(),
        new RetoldSumRemoval(lexicon),
        new ElaboratedPartRemoval(lexicon, numbers),
        new LeadersAmongTheDead(lexicon, numbers),
        new ClosedPartitionRemoval(lexicon),
        new ImplicitFigureAbsorption(lexicon),
        new OthersOfTheEventMerge(lexicon),
        new ContinuationMerge(lexicon),
        new OwnPlaceOrDaySplit(lexicon),
        new CountlessDraftRemoval(),
        new ElaborationPlacing(lexicon),
        new AttackPlaceTold(lexicon),
        new PastCrimeDaySplit(lexicon),
        new ElaborationDating(lexicon),
        new StatedDayDating(lexicon),
        new StatementDayDating(lexicon),
        new QuotedRelativeDating(lexicon),
        new ToldDayReckoning(lexicon),
        new DaysBeforeDating(lexicon),
        new EarlierTimeUndating(lexicon),
        new ForeignReportRemoval(lexicon),
        new AnnouncementDayDating(lexicon),
    ];

    /// <param name="trace">A developer's view of the pipeline (<c>extract FILE --trace</c>): told the drafts the sentences
    /// gave and what each pass left, by the pass's name. Null in the product.</param>
    public ExtractionResult Assemble(NormalizedText text, DateOnly? published, Action<string, IReadOnlyList<OperationDraft>>? trace = null)
    {
        var result = new ExtractionResult { Published = published, PublishedSource = PublicationDateSource.Known };
        // What the date scanner and the place matcher ask of each word, answered as the tokenizer reads the word.
        var answers = _answers.Current();
        var tokens = WrappedLines.Join(Tokenizer.Tokenize(text.Text, answers), text.Text, lexicon);
        var dateScan = dates.Scan(text.Text, tokens.InPlace, answers);
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

        var report = new ReportText(text, tokens, lexicon, TimeStampLines.FirstTokenBelow(tokens, dateScan, lexicon));
        report.Dates = ReadDates(dateScan, result.Published, result.InferredYear);
        // The scan's token arrays go back to the pool: nothing below reads the scan.
        dateScan.Scanner.Release();
        report.Places = TownsNamedAsProvinces.Without(report, lexicon, gazetteer.FindAll(text.Text, tokens.InPlace, answers));
        report.Published = result.Published;
        var read = _sentences.Read(report);
        var tallies = TallyBounds.Settle(report, lexicon, TallyMerger.Merge(read.Tallies));
        var context = new DraftPassContext(report, tallies);
        var figureless = FigurelessLeads.AbsorbFollowUps(report, lexicon, read.Operations, FigurelessLeads.Absorb(read.Operations, read.Figureless));
        var drafts = (IReadOnlyList<OperationDraft>)read.Operations;
        trace?.Invoke(nameof(SentenceReader), drafts);
        trace?.Invoke("Figureless (" + nameof(FigurelessLeads) + ")", figureless);
        foreach (var pass in _passes)
        {
            // With no draft standing (a third of the reports) every pass returns none and changes nothing a later step
            // reads (each walks the drafts or their figures; none makes a draft from nothing): none is asked.
            if (drafts.Count > 0)
            {
                drafts = pass.Apply(drafts, context);
            }
            trace?.Invoke(pass.GetType().Name, drafts);
        }
        foreach (var draft in WithFigurelessOperations(report, drafts, figureless).OrderBy(d => d.EvidenceStart))
        {
            result.Operations.AddRange(OperationBuilder.Build(report, draft));
        }
        foreach (var tally in tallies)
        {
            result.Tallies.Add(TallyBuilder.Build(report, tally));
        }
        // The report's per-list memos go back to the pool: the result holds strings and numbers, nothing of the report.
        report.Release();
        return result;
    }

    /// <summary>
    /// The operations told without figures join those read with figures, except where an operation of the same
    /// sentence and province was read with figures (or was added just before): it tells the same event. So does a
    /// headline that names the event ("هجوم لداعش على سيطرة في الدبس") whose body counts it in the same province
    /// and place, and a body that tells without a figure, in the headline's province and place, the kind of event a
    /// headline counts ("هجوم على قرية الرشاد يقتل ثلاثة مزارعين", then "هاجم مسلحون من داعش قرية الرشاد").
    /// </summary>
    private static List<OperationDraft> WithFigurelessOperations(ReportText report, IReadOnlyList<OperationDraft> drafts, IReadOnlyList<OperationDraft> figureless)
    {
        var kept = drafts.ToList();
        // A joint toll comes last: any other operation of its province, told with or without figures, tells its event.
        foreach (var draft in figureless.OrderBy(f => f.Rule == FigurelessOperations.JointTollRule).Where(f => !kept.Any(k => k.Province == f.Province
            && (k.Clause.Index == f.Clause.Index || (report.Layout.IsHeadline(f.Clause.Index) && (f.Place is null || f.SamePlace(k)))
                || (report.Layout.IsHeadline(k.Clause.Index) && k.Kind == f.Kind && (k.Place is null || f.SamePlace(k)))
                || RetoldLaunch(k, f) || HeadCountsTheDeed(report, k, f) || CommandsCountedSearch(k, f) || CountedJustAfter(k, f) || f.Rule == FigurelessOperations.JointTollRule))))
        {
            kept.Add(draft);
        }
        return kept;
    }

    /// <summary>
    /// "عثرت قيادة عمليات الأنبار على 18 وكرا" and "فتشت سرية لقيادة عمليات الأنبار مناطق ...": a search placed
    /// only by its command's province is what an operation counted in that province tells, not one more.
    /// </summary>
    private static bool CommandsCountedSearch(OperationDraft kept, OperationDraft search) =>
        search.Rule == FigurelessOperations.CommandRule && kept.Rule != FigurelessOperations.CommandRule && !kept.Rule.StartsWith("figureless", StringComparison.Ordinal);

    /// <summary>
    /// "قتل أكثر من ثلاثين جنديا في معارك مع داعش بمحافظة ديالى", then "قتل 32 جنديا بالمعارك مع داعش بمنطقة
    /// المقدادية": an operation placed only by its province, told without a count, is the operation of its kind counted
    /// in that province in the sentences just after it (<see cref="AssemblerLimits.ContinuationReach"/>), told again.
    /// </summary>
    private static bool CountedJustAfter(OperationDraft kept, OperationDraft byProvince) =>
        byProvince.ByProvinceOnly && !kept.Rule.StartsWith("figureless", StringComparison.Ordinal) && kept.Kind == byProvince.Kind
        && kept.Clause.Index > byProvince.Clause.Index && kept.Clause.Index - byProvince.Clause.Index <= AssemblerLimits.ContinuationReach;

    /// <summary>
    /// "أعلنت الشرطة انطلاق حملة أمنية في الحويجة" in the lead, then "وقال قائدها إنه تم انطلاق عملية في الحويجة": an
    /// operation told by its launch alone and told again at the same place is one launch; so is an ISIS deed told
    /// without figures (<see cref="FigurelessOperations.IsisDeedRule"/>) told again at the same place (a copy that
    /// repeats its paragraph: "وقال القائمقام إن التنظيم خطف 5 مدنيين" twice).
    /// </summary>
    private static bool RetoldLaunch(OperationDraft kept, OperationDraft launch) =>
        launch.Rule is FigurelessOperations.LaunchRule or FigurelessOperations.IsisDeedRule && kept.Rule == launch.Rule && kept.SamePlace(launch);

    /// <summary>
    /// "أعدم التنظيم فجر اليوم ثلاثة رعاة قرب الدبس" in the lead, then "وذكر شهود أن مسلحين من التنظيم خطفوا الرعاة
    /// من قرية في الدبس ثم أعدموهم": an ISIS deed told without figures (<see cref="FigurelessOperations.IsisDeedRule"/>) below a head that
    /// counts an ISIS attack in its province tells how that attack went, not one more.
    /// </summary>
    private static bool HeadCountsTheDeed(ReportText report, OperationDraft kept, OperationDraft deed) =>
        deed.Rule == FigurelessOperations.IsisDeedRule && !kept.Rule.StartsWith("figureless", StringComparison.Ordinal) && kept.Kind == deed.Kind
        && kept.Clause.Index <= report.Layout.HeadLast && kept.Clause.Index < deed.Clause.Index;

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
}
