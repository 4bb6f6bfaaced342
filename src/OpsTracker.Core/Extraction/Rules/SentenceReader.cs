using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What the sentences of a report tell, before any merging: the operations read with figures (one per clause, or per
/// place a clause names), the tallies in the order they were read, and the operations told without figures.
/// </summary>
internal sealed record SentenceReading(List<OperationDraft> Operations, List<TallyDraft> Tallies, List<OperationDraft> Figureless);

/// <summary>
/// Reads a report sentence by sentence: finds its figures, leaves out those not about ISIS's operations
/// (<see cref="NotIsisFigures"/>: crime, unnamed gunmen, claims, ISIS's own dead, statistics), decides
/// whether the sentence reports a tally (<see cref="TallyRecognizer"/>, <see cref="TallyContinuation"/>; its figures
/// read by <see cref="TallyReader"/>) or operations, splits its clauses by place (<see cref="ClauseSplitter"/>) and
/// describes each operation (<see cref="OperationDescriber"/>). The last day named so far, which undated operations
/// inherit, lives in the call; the class holds only its readers: safe to share.
/// </summary>
/// <remarks>
/// Two readers serve two of its readers each: the tally continuation (this class asks whether a sentence opens or goes
/// on with a tally, <see cref="TallyReader"/> opens one), and the readers of what kind, by whom and where (the
/// describer's and the figureless operations'). The constructor below builds each once and passes it to both.
/// </remarks>
internal sealed class SentenceReader(ExtractionLexicon lexicon, NumberReader numbers, Gazetteer gazetteer,
    TallyContinuation tallyContinuation, OperationKinds kinds, OperationActors actors, OperationPlaces places)
{
    private readonly TallyRecognizer _tallyRecognizer = new(lexicon);
    private readonly TallyContinuation _tallyContinuation = tallyContinuation;
    private readonly TallyReader _tallies = new(lexicon, tallyContinuation);
    private readonly TallyFigureRoles _roles = new(lexicon);
    private readonly TallyCountReached _countReached = new(lexicon, numbers);
    private readonly OperationDescriber _describer = new(lexicon, kinds, actors, places);
    private readonly FigurelessOperations _figureless = new(lexicon, gazetteer, kinds, actors, places);
    private readonly NotIsisFigures _notIsis = new(lexicon, numbers);
    private readonly TallyCrimeCounts _crimeCounts = new(lexicon);

    public SentenceReader(ExtractionLexicon lexicon, NumberReader numbers, Gazetteer gazetteer)
        : this(lexicon, numbers, gazetteer, new TallyContinuation(lexicon), new OperationKinds(lexicon), new OperationActors(lexicon), new OperationPlaces(lexicon, gazetteer))
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
        var finder = new FigureFinder(lexicon, numbers, report.DateTokens());

        var operations = new List<OperationDraft>();
        var tallies = new List<TallyDraft>();
        // Counts a statement gives for Syria or for Iraq and Syria together: a tally elsewhere that only restates them is not ours.
        var foreignCounts = new List<(string Field, int Count)>();
        var figureless = new List<OperationDraft>();
        DateMention? contextDate = null;
        // The last people an operation's statement counted: the items of a list under it count more of them.
        Figure? listStatement = null;
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
            if (figures.Count == 0 && listStatement is not null && report.Layout.IsListItem(sentence))
            {
                figures = finder.FindInListItem(report.Tokens, sentence, listStatement);
            }
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
                if (noTally?.Contains(sentence.Index) == true || !_tallyContinuation.OpensTally(report, sentence, tallies))
                {
                    // The clauses about another conflict are found only if a clause is read (most are not).
                    ReadFigureless(report, sentence, clauses, null, contextDate, figureless);
                    contextDate = OperationDates.LatestDayMention(report, sentence) ?? contextDate;
                }
                continue;
            }
            ReadCounted(report, sentence, clauses, figures, operations, tallies, foreignCounts, figureless, ref contextDate, ref listStatement, noTally?.Contains(sentence.Index) == true);
        }
        TallyReader.DropRestatedForeignCounts(tallies, foreignCounts);
        return new SentenceReading(operations, tallies, figureless);
    }

    /// <summary>
    /// The rest of <see cref="Read"/> for a sentence that counts something: its figures not about ISIS's operations
    /// taken out (<see cref="NotIsisFigures"/>), then a tally or the operations of its clauses read.
    /// </summary>
    /// <remarks>
    /// A method of its own so that the closures of its queries are made for such sentences only: in the loop's body they
    /// were made at its top, for every sentence, most of which count nobody.
    /// </remarks>
    private void ReadCounted(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures, List<OperationDraft> operations,
        List<TallyDraft> tallies, List<(string Field, int Count)> foreignCounts, List<OperationDraft> figureless, ref DateMention? contextDate, ref Figure? listStatement, bool noTally)
    {
            var otherConflict = CrimeFigures.OtherConflictClauses(report, lexicon, clauses);
            _notIsis.LeaveOut(report, sentence, clauses, figures, otherConflict);
            if (figures.Count == 0 && !noTally && _tallyContinuation.OpensTally(report, sentence, tallies))
            {
            return;
            }
            var continuesTally = figures.Count > 0 && !noTally && _tallyContinuation.ContinuesTally(report, sentence, tallies);
            var standing = figures.Count > 0 && !noTally && !continuesTally && _tallyRecognizer.IsStandingCount(report, sentence, figures, tallies);
            if (figures.Count > 0 && !noTally && (continuesTally || standing || _tallyRecognizer.IsTally(report, sentence, figures)))
            {
                if (IsResearchEstimate(report, sentence))
                {
                    // "وبحسب مركز أبحاث أمريكي، نفذ التنظيم 85 هجوما خلال عام 2024": no authority's tally, no operation.
                return;
                }
                // "اعتقال 900 متهم بجرائم إرهابية وجنائية": a statement's count of criminals, with or without ISIS
                // members among them, is no count of ISIS's, neither a tally nor an operation.
                if (_crimeCounts.MixedWithCrime(report, sentence, figures) is { Count: > 0 } mixed)
                {
                    figures.RemoveAll(mixed.Contains);
                    if (figures.Count == 0)
                    {
                    return;
                    }
                }
                var operationFigures = _tallies.FiguresBeforeAPlace(report, sentence, figures);
                var operationTold = sentence;
                if (operationFigures.Count == 0)
                {
                    operationFigures = _tallies.FiguresBeforeAPeriodClause(report, sentence, figures, out operationTold);
                }
                var scopeFrom = operationFigures.Count == 0 ? 0 : report.Tokens[operationFigures.Max(f => f.Last)].End + TallyScopeGap;
                // "شملت قتل الإرهابي فلان في قضاء داقوق": one man's fate the statement names is an operation it tells.
                var onePerson = TallyReader.OnePersonFates(report, figures.Except(operationFigures));
                // "مع مجموعة من عناصره": shared with uncounted companions, the fate counts nobody.
                var uncounted = onePerson.Where(f => _tallies.SharedWithUncounted(report, sentence, f, figures)).ToList();
                onePerson.RemoveAll(uncounted.Contains);
                figures.RemoveAll(uncounted.Contains);
                var before = tallies.Count;
                if (_tallies.AddTally(report, sentence, figures.Except(operationFigures).Except(onePerson).ToList(), tallies, foreignCounts, scopeFrom))
                {
                    listStatement = null;
                    if (standing)
                    {
                        // A standing count names no period of its own; the statement's before it is not its.
                        TallyReader.KeepOwnPeriods(tallies, before);
                    }
                    if (operationFigures.Count > 0)
                    {
                        var own = new OperationDraft { Clause = operationTold };
                        own.Figures.AddRange(operationFigures);
                        _describer.Describe(report, own, operationTold, contextDate);
                        operations.Add(own);
                    }
                    if (onePerson.Count > 0)
                    {
                        ReadClauses(report, sentence, clauses, onePerson, contextDate, operations);
                    }
                return;
                }
                if (continuesTally)
                {
                    // "ومن بين المعتقلين 280 رجلا و51 امرأة": people the statement breaks its own figures into are not
                    // victims of an operation; ISIS members it goes on to name still are ("وقتل الوالي وثمانية"). The
                    // air strikes a statement counts for its period ("- تنفيذ 23 ضربة جوية") are no one strike's.
                    figures.RemoveAll(f => (f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis) || f.Kind == FigureKind.Strikes);
                }
            }
            // Hundreds of ISIS members killed or taken that no authority announces as a tally are a battle's
            // running count or an estimate, not one operation's figure.
            // The other outcomes of the same people in the same clause ("940 عراقيا قتلوا وأصيب 310 آخرون خلال
            // شهر شباط") belong to the same statistic.
            // A battle's running count that no authority announces as a tally is no operation either.
            figures.RemoveAll(f => _tallyRecognizer.IsBattlesRunningCount(report, sentence, f));
            var cumulative = figures.FindAll(TallyRecognizer.IsCumulative);
            if (cumulative.Count > 0)
            {
                figures.RemoveAll(f => TallyRecognizer.IsCumulative(f) || (f.Kind == FigureKind.Casualty && cumulative.Any(c => c.Side == f.Side
                    && clauses.Any(cl => cl.Contains(c.First) && cl.Contains(f.First)))));
            }
            ClauseSplitter.SplitTotalByPlace(report, figures);
            listStatement = figures.LastOrDefault(f => f.Kind == FigureKind.Casualty && !f.Breakdown) ?? listStatement;
            if (figures.Count == 0)
            {
                // Every figure was taken out: the sentence is read as one that counted nobody.
                ReadFigureless(report, sentence, clauses, otherConflict, contextDate, figureless);
            }
            ReadClauses(report, sentence, clauses, figures, contextDate, operations);
            contextDate = OperationDates.LatestDayMention(report, sentence) ?? contextDate;
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
    /// The operations a sentence without figures (none found, or all taken out) tells in its clauses, split at the
    /// places that open one; a clause about another conflict tells none.
    /// </summary>
    /// <param name="otherConflict">The clauses about another conflict (<see cref="CrimeFigures.OtherConflictClauses"/>), or null
    /// to find them when a clause is read: a pure function of the clauses, asked only of a clause past the gates.</param>
    private void ReadFigureless(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Sentence>? otherConflict, DateMention? contextDate, List<OperationDraft> figureless)
    {
        foreach (var whole in clauses)
        {
            // An operation told without figures is placed or it is not read: FigurelessOperations yields a draft only
            // for a place of the clause (its "specific" places, the acting command's included, are all among
            // PlacesIn), and the parts SplitAtPlaceOpeners cuts lie inside the clause. A clause that names no place
            // (most) would read nothing; its kind cues, launches and dates are not looked at. A new figureless
            // reading that needs no place must move this test into FigurelessOperations' own precondition.
            // Asked first (a binary search over the report's places) and the cues below second: the two tests only
            // skip, and neither changes anything the other reads (Has, PlacesIn and MayTellADeed are pure functions of
            // the report; their memos fill the same answers whenever asked), so their order changes no draft; most
            // clauses name no place, and were scanned word by word for a deed (MayTellADeed) before this test turned
            // them away.
            // The one reading that needs no place (a search pursuing the attack told before it, or at its scene:
            // FigurelessOperations.PursuitOfAnAttack) passes by its own cheap gate.
            if (!HasAPlace(report, whole) && !_figureless.MayTellAPursuit(report, whole))
            {
                continue;
            }
            // Most clauses name no kind of operation, no launch and no liberation, and then none of their parts does:
            // FigurelessOperations, which asks those first, would read nothing in them.
            if (!report.Has(lexicon.Kinds, whole) && !report.Has(lexicon.OperationLaunches, whole) && !report.Has(lexicon.Liberations, whole)
                && !report.Has(lexicon.TakenControl, whole) && !report.Has(lexicon.OperationCarriedOut, whole) && !_figureless.MayTellADeed(report, whole))
            {
                continue;
            }
            otherConflict ??= CrimeFigures.OtherConflictClauses(report, lexicon, clauses);
            foreach (var clause in ClauseSplitter.SplitAtPlaceOpeners(report, whole))
            {
                if (!InAnyOf(otherConflict, clause.First))
                {
                    figureless.AddRange(_figureless.Read(report, clause, sentence, contextDate));
                }
            }
        }
    }

    /// <summary>Whether <see cref="PlaceReadings.PlacesIn"/> gives the clause any place (the empty array for most).</summary>
    private static bool HasAPlace(ReportText report, Sentence clause)
    {
        foreach (var _ in report.PlaceReadings.PlacesIn(clause))
        {
            return true;
        }
        return false;
    }

    /// <summary>Whether one of <paramref name="clauses"/> holds the token (no closure per question).</summary>
    private static bool InAnyOf(List<Sentence> clauses, int token)
    {
        foreach (var c in clauses)
        {
            if (c.Contains(token))
            {
                return true;
            }
        }
        return false;
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

    /// <summary>
    /// A period count a sentence attributes to a research centre, institute or researcher ("وبحسب مركز أبحاث أمريكي"،
    /// "ويرى الباحث في معهد ... أن عدد الهجمات انخفض إلى أقل من 10 هجمات شهريا") is an estimate: the annotation keeps
    /// official Iraqi or coalition aggregates only (foreign think tanks are in mustNotExtract).
    /// </summary>
    private bool IsResearchEstimate(ReportText report, Sentence sentence) => report.Has(lexicon.ResearchSources, sentence);

}
