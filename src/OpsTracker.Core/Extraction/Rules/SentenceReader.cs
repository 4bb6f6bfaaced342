using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What the sentences of a report tell, before any merging: the operations read with figures (one per clause, or per
/// place a clause names), the tallies in the order they were read, and the operations told without figures.
/// </summary>
internal sealed record SentenceReading(List<OperationDraft> Operations, List<TallyDraft> Tallies, List<OperationDraft> Figureless);

/// <summary>
/// Reads a report sentence by sentence, in stages: finds its figures (<see cref="FigureFinder"/>, whose they are:
/// <see cref="TallyFigureRoles"/>; a list item's: <see cref="StatementListItems"/>; a statistic's:
/// <see cref="TallyCountReached"/>), leaves out those not about ISIS's operations (<see cref="NotIsisFigures"/>),
/// decides whether the sentence reports a tally or operations (<see cref="TallySentences"/>), splits its clauses by
/// place (<see cref="ClauseSplitter"/>) and describes each operation (<see cref="OperationDescriber"/>); a sentence
/// without figures may tell operations all the same (<see cref="FigurelessSentences"/>). What one sentence leaves the
/// next (the tallies, the statement a list goes on with, the last day named, <see cref="ContextDate"/>) lives in
/// objects made in the call; the class holds only its readers: safe to share.
/// </summary>
/// <remarks>
/// The readers of what kind, by whom and where serve both the describer and the figureless operations: the
/// constructor below builds them once and passes them to both. The tally continuation serves both
/// <see cref="TallySentences"/> and the <see cref="TallyReader"/> it holds, built once the same way.
/// </remarks>
internal sealed class SentenceReader(ExtractionLexicon lexicon, NumberReader numbers, Gazetteer gazetteer,
    OperationKinds kinds, OperationActors actors, OperationPlaces places)
{
    private readonly TallySentences _tallies = new(lexicon, new TallyContinuation(lexicon));
    private readonly TallyFigureRoles _roles = new(lexicon);
    private readonly TallyCountReached _countReached = new(lexicon, numbers);
    private readonly NotIsisFigures _notIsis = new(lexicon, numbers);
    private readonly OperationDescriber _describer = new(lexicon, kinds, actors, places);
    private readonly FigurelessSentences _figureless = new(lexicon, new FigurelessOperations(lexicon, gazetteer, kinds, actors, places));

    /// <summary>Whose people a figure counts: the lexicon and the number reader only, shared by every report's finder.</summary>
    private readonly CasualtySides _sides = new(lexicon, numbers);

    /// <summary>How the figures of a sentence relate: the lexicon and the number reader only, shared by every report's finder.</summary>
    private readonly FigureRelations _relations = new(lexicon, numbers);

    /// <summary>One count told for two outcomes: the lexicon and the number reader only, shared by every report's finder.</summary>
    private readonly TwoOutcomeCounts _twoOutcomes = new(lexicon, numbers);

    public SentenceReader(ExtractionLexicon lexicon, NumberReader numbers, Gazetteer gazetteer)
        : this(lexicon, numbers, gazetteer, new OperationKinds(lexicon), new OperationActors(lexicon), new OperationPlaces(lexicon, gazetteer))
    {
    }

    public SentenceReading Read(ReportText report)
    {
        var reading = ReadSentences(report, null);
        // "القبض على 10 عناصر في مناطق متفرقة" over 2, 3 and 5 told below: the head's count is a bulletin's lead, read again as an operation.
        if (HeadTallySummedBelow.Sentences(report, reading) is not { } barred)
        {
            return reading;
        }
        report.ForgetSentenceReading();
        return ReadSentences(report, barred);
    }

    /// <param name="noTally">Sentences read as operations whatever tally they might tell (<see cref="HeadTallySummedBelow"/>).</param>
    private SentenceReading ReadSentences(ReportText report, HashSet<int>? noTally)
    {
        var finder = NewFigureFinder(report.DateTokens());

        var operations = new List<OperationDraft>();
        var tallies = new TallyBook();
        var figureless = new List<OperationDraft>();
        var contextDate = new ContextDate();
        var listItems = new StatementListItems();
        foreach (var sentence in report.Sentences)
        {
            if (report.Layout.IsRelatedNews(sentence))
            {
                // Another article's headline, linked from the page: nothing this report tells.
                continue;
            }
            var next = sentence.Index + 1 < report.Sentences.Count ? report.Sentences[sentence.Index + 1] : null;
            // Whose counts they are: ISIS's own operations, attacks foiled, our forces' losses, ISIS's strength.
            var figures = _roles.Reread(report, sentence, finder.Find(report.Tokens, sentence, next));
            // "- نينوى: ستة متهمين": an item of a list under an operation's statement counts people without a verb.
            figures = listItems.FiguresOf(report, sentence, figures, finder);
            // "عدد الإرهابيين الذين اعتقلوا بلغ 424": counts a statistic gives apart from their nouns.
            if (_countReached.Find(report, sentence, figures) is { Count: > 0 } reached)
            {
                figures = [.. figures.Concat(reached).OrderBy(f => f.First)];
            }
            report.CountsSomething[sentence.Index] = figures.Count > 0;
            // Drugs, crime, fires: figures of a clause about them are not about ISIS.
            var clauses = report.ClausesOf(sentence);
            if (figures.Count == 0)
            {
                // Most sentences count nobody: what follows takes figures out or reads them, each step a list, a
                // delegate or an iterator over none. Such a sentence may open a tally or tell operations without figures.
                if (noTally?.Contains(sentence.Index) == true || !_tallies.OpensTally(report, sentence, tallies))
                {
                    // The clauses about another conflict are found only if a clause is read (most are not).
                    _figureless.Read(report, sentence, clauses, null, contextDate.Day, figureless);
                    contextDate.Read(report, sentence);
                }
                continue;
            }
            ReadCounted(report, sentence, clauses, figures, noTally?.Contains(sentence.Index) == true, tallies, listItems, contextDate, operations, figureless);
        }
        return new SentenceReading(operations, tallies.Closed(), figureless);
    }

    /// <summary>
    /// A report's figure finder: its readers of triggers hold the report's blocked tokens (dates and other numbers that
    /// are not counts) and its person matches the last one read, so both are made per report and shared by the finder
    /// and its readers of singular figures; the readers of sides and relations are this reader's own.
    /// </summary>
    private FigureFinder NewFigureFinder(bool[] blocked)
    {
        var triggers = new FigureTriggers(lexicon, numbers, blocked);
        var persons = new PersonMatches(lexicon);
        var singulars = new SingularFigures(lexicon, numbers, triggers, _sides, _relations, persons);
        var nonEvents = new NonEvents(lexicon, blocked, triggers, _twoOutcomes);
        return new FigureFinder(lexicon, numbers, blocked, triggers, _sides, _relations, persons, singulars, _twoOutcomes, nonEvents);
    }

    /// <summary>
    /// The rest of <see cref="Read"/> for a sentence that counts something: its figures not about ISIS's operations
    /// taken out, then a tally or the operations of its clauses read.
    /// </summary>
    /// <remarks>
    /// A method of its own so that the closures of its stages' queries are made for such sentences only: in the loop's
    /// body they were made at its top, for every sentence, most of which count nobody.
    /// </remarks>
    private void ReadCounted(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures, bool noTally,
        TallyBook tallies, StatementListItems listItems, ContextDate contextDate, List<OperationDraft> operations, List<OperationDraft> figureless)
    {
        var otherConflict = CrimeFigures.OtherConflictClauses(report, lexicon, clauses);
        _notIsis.LeaveOut(report, sentence, clauses, figures, otherConflict);
        if (figures.Count == 0 && !noTally && _tallies.OpensTally(report, sentence, tallies))
        {
            return;
        }
        var tally = figures.Count == 0 || noTally ? TallyRead.Operations : _tallies.Read(report, sentence, figures, tallies);
        if (tally.Verdict == TallyVerdict.Nothing)
        {
            return;
        }
        if (tally.Verdict == TallyVerdict.Tally)
        {
            listItems.Close();
            if (tally is { OperationFigures: { Count: > 0 } operationFigures, OperationTold: { } told })
            {
                // "اعتقال مطلوبين اثنين في كركوك و45 قتيلا من داعش منذ بداية العام": the operation told before the tally.
                var own = new OperationDraft { Clause = told };
                own.Figures.AddRange(operationFigures);
                _describer.Describe(report, own, told, contextDate.Day);
                operations.Add(own);
            }
            if (tally.OnePerson is { Count: > 0 } onePerson)
            {
                ReadClauses(report, sentence, clauses, onePerson, contextDate.Day, operations);
            }
            return;
        }
        _tallies.LeaveOutRunningCounts(report, sentence, clauses, figures);
        ClauseSplitter.SplitTotalByPlace(report, figures);
        listItems.CountedBy(figures);
        if (figures.Count == 0)
        {
            // Every figure was taken out: the sentence is read as one that counted nobody.
            _figureless.Read(report, sentence, clauses, otherConflict, contextDate.Day, figureless);
        }
        ReadClauses(report, sentence, clauses, figures, contextDate.Day, operations);
        contextDate.Read(report, sentence);
    }

    /// <summary>The operations the clauses of a sentence tell, each split at its place openers, earlier events, new forces and result verbs with their own subject.</summary>
    private void ReadClauses(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures, DateMention? contextDate, List<OperationDraft> operations)
    {
        // Nested loops in the order the chain of SelectMany read them, without its iterators and delegates.
        foreach (var whole in clauses)
        {
            // A clause that holds none of the figures tells no operation, nor does any part of it (ReadOperations): it is
            // not split (most clauses of a sentence with figures; the splitters only read).
            if (!ClauseSplitter.AnyFigureStartsIn(figures, whole.First, whole.Last))
            {
                continue;
            }
            foreach (var opened in ClauseSplitter.SplitAtPlaceOpeners(report, whole))
            {
                foreach (var told in ClauseSplitter.SplitAtEarlierEvent(report, lexicon, opened, figures))
                {
                    foreach (var forced in NewForceClauses.SplitAtNewForce(report, lexicon, told, figures))
                    {
                        foreach (var clause in ResultClauses.SplitAtNewResult(report, lexicon, forced, figures))
                        {
                            ReadOperations(report, sentence, clause, figures, contextDate, operations);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The operations a clause of a sentence with figures tells: one per place it splits into, with the figures that
    /// lie in it; none when it holds none of the figures, lies abroad, or counts many events.
    /// </summary>
    private void ReadOperations(ReportText report, Sentence sentence, Sentence clause, List<Figure> figures, DateMention? contextDate, List<OperationDraft> operations)
    {
        // Most clauses of a sentence with figures hold none of them: no list is made for those.
        List<Figure>? own = null;
        foreach (var f in figures)
        {
            if (clause.Contains(f.First))
            {
                (own ??= []).Add(f);
            }
        }
        if (own is null)
        {
            return;
        }
        if (BystanderNames.NamesAForeignScope(report, lexicon, clause) && !report.PlaceReadings.PlacesIn(clause).Any())
        {
            // An operation in Syria (دير الزور، قسد) is not ours.
            report.ArrestsNotOurs.AddRange(own.Where(f => f.IsArrest));
            return;
        }
        if ((report.Has(lexicon.MultipleEvents, clause) && !IsOneDaysToll(report, clause, own)) || CountsAttacksOfAPeriod(report, clause))
        {
            // "مقتل 23 ... في هجمات متعددة": a running total, not one operation.
            return;
        }
        foreach (var (part, figuresOfPart) in ClauseSplitter.SplitByPlace(report, clause, own))
        {
            var draft = new OperationDraft { Clause = part };
            draft.Figures.AddRange(figuresOfPart);
            _describer.Describe(report, draft, sentence, contextDate);
            operations.Add(draft);
        }
    }

    /// <summary>
    /// "أعلنت الشرطة أمس مقتل أربعة وإصابة 18 في هجمات متفرقة": victims only, counted over the attacks of a day the
    /// clause names, are that day's toll told as one, one event the text does not split (see
    /// <see cref="SeveralEvents.NamesTheDayOfItsAttacks"/>); ISIS's dead over several attacks stay a running total.
    /// </summary>
    private bool IsOneDaysToll(ReportText report, Sentence clause, List<Figure> own) =>
        own.TrueForAll(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis) && SeveralEvents.NamesTheDayOfItsAttacks(lexicon, report, clause);

    /// <summary>
    /// "قتل أكثر من 30 عنصرا من القوات الأمنية في هجمات للتنظيم منذ مطلع العام": a clause that counts its people in
    /// attacks in the plural over a period (a strong tally cue: منذ مطلع، خلال عام; or a recent span with no dates,
    /// lexicon recentPeriods: في الأيام الأخيرة) sums many attacks; no authority
    /// announces it as a tally of operations, and it is not one attack. A single attack "الأكثر دموية منذ مطلع العام"
    /// names its attack in the singular and stays an event.
    /// </summary>
    private bool CountsAttacksOfAPeriod(ReportText report, Sentence clause) =>
        report.Has(lexicon.PluralAttackNouns, clause) && (report.Has(lexicon.TallyStrongCues, clause) || report.Has(lexicon.RecentPeriods, clause));
}
