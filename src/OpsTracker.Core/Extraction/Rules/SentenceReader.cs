using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What the sentences of a report tell, before any merging: the operations read with figures (one per clause, or per
/// place a clause names), the tallies in the order they were read, and the operations told without figures.
/// </summary>
internal sealed record SentenceReading(List<OperationDraft> Operations, List<TallyDraft> Tallies, List<OperationDraft> Figureless);

/// <summary>
/// Reads a report sentence by sentence: finds its figures, leaves out those about crime or unnamed gunmen, decides
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
    private readonly ArrestShares _shares = new(lexicon, numbers);
    private readonly StrikeAnaphora _strikeAnaphora = new(lexicon);
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
    /// The rest of <see cref="Read"/> for a sentence that counts something: its figures about crime, another conflict,
    /// unnamed gunmen, claims and statistics taken out, then a tally or the operations of its clauses read.
    /// </summary>
    /// <remarks>
    /// A method of its own so that the closures of its queries are made for such sentences only: in the loop's body they
    /// were made at its top, for every sentence, most of which count nobody.
    /// </remarks>
    private void ReadCounted(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures, List<OperationDraft> operations,
        List<TallyDraft> tallies, List<(string Field, int Count)> foreignCounts, List<OperationDraft> figureless, ref DateMention? contextDate, ref Figure? listStatement, bool noTally)
    {
            var otherConflict = OtherConflictClauses(report, clauses);
            // "7 مطلوبين بينهم 3 متهمين بالإرهاب": ISIS's share of a mixed count is its count.
            var terrorShares = _shares.KeepTheTerrorShare(report, figures, sentence);
            _shares.SideOfChargedArrests(report, figures, sentence);
            ArrestShares.RemoveAbductions(figures);
            var crime = CrimeFigures(report, sentence, clauses, figures, otherConflict, terrorShares);
            if (crime.Count > 0)
            {
                foreach (var f in crime)
                {
                    if (f.IsArrest)
                    {
                        report.ArrestsNotOurs.Add(f);
                    }
                }
                figures.RemoveAll(crime.Contains);
            }
            // "مسلحون مجهولون يغتالون شابا", "مقتل ثلاثة مقاتلين بقصف تركي": victims of gunmen nobody names, of another
            // state's strike, or of old ordnance ("انفجار مقذوف من مخلفات الحرب") are not victims of an ISIS attack.
            var anotherStatesStrike = _strikeAnaphora.PointsToAnotherStatesStrike(report, sentence);
            if ((report.Has(lexicon.UnknownAgent, sentence) || report.Has(lexicon.OtherAgents, sentence) || report.Has(lexicon.WarRemnants, sentence) || anotherStatesStrike
                    || MotiveInDoubt(report, sentence))
                // "ولم يتضح ما إذا كان التنظيم وراءه": ISIS named only in a question of whether it did it.
                && (!report.Has(lexicon.IsisAgent, sentence) || report.Has(lexicon.DoerInDoubt, sentence)))
            {
                report.UnattributedVictims.AddRange(figures.Where(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis));
                figures.RemoveAll(f => f.Kind == FigureKind.Casualty && (f.Side != CasualtySide.Isis || (anotherStatesStrike && !f.SideExplicit)));
            }
            // "قتل مسلحان اثنان خلال اشتباك مع مسلحين مجهولين": gunmen of a clause that calls them unknown and names no
            // ISIS are no ISIS members.
            if (figures.Count > 0 && UnknownGunmenClauses(report, clauses) is { Count: > 0 } unknownGunmen)
            {
                figures.RemoveAll(f => f.Kind == FigureKind.Casualty && f.Side == CasualtySide.Isis && unknownGunmen.Any(c => c.Contains(f.First))
                    && Enumerable.Range(f.First, f.Last - f.First + 1).Any(t => lexicon.GunmenNouns.MatchAt(report.Tokens, t) is not null));
            }
            if (figures.Count > 0 && report.Has(lexicon.Claims, sentence))
            {
                figures.RemoveAll(f => clauses.Any(c => c.Contains(f.First) && ClaimedBefore(report, c, f.First)));
            }
            // The two tests below ask only of ISIS members killed (most sentences count none): their delegates are made for those.
            if (figures.Exists(IsIsisKilled))
            {
                figures.RemoveAll(f => IsIsisKilled(f) && IsisExecutesItsOwn(report, sentence, f));
                figures.RemoveAll(f => IsIsisKilled(f) && (KilledByTheirOwnBlast(report, sentence, f) || KilledInTheBlastToldBefore(report, sentence, f)));
            }
            if (figures.Exists(f => f.Kind == FigureKind.Casualty) && VictimStatisticOfAPeriod(report, sentence) is { } statistic)
            {
                figures.RemoveAll(f => f.Kind == FigureKind.Casualty && (f.Side != CasualtySide.Isis || ForcesNamedBetween(report, statistic, f.First)));
            }
            if (figures.Exists(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis) && VictimStatisticOfAMonitor(report, sentence))
            {
                figures.RemoveAll(f => f.Kind == FigureKind.Casualty && f.Side != CasualtySide.Isis);
            }
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
    /// <param name="otherConflict">The clauses about another conflict (<see cref="OtherConflictClauses"/>), or null
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
            otherConflict ??= OtherConflictClauses(report, clauses);
            foreach (var clause in ClauseSplitter.SplitAtPlaceOpeners(report, whole))
            {
                if (!InAnyOf(otherConflict, clause.First))
                {
                    figureless.AddRange(_figureless.Read(report, clause, sentence, contextDate));
                }
            }
        }
    }

    /// <summary>
    /// The clauses about another conflict that name no ISIS ("قتل ثلاثة من عناصر حزب العمال الكردستاني"); a loop, asked
    /// of every sentence, where the query built an iterator and a closure each time.
    /// </summary>
    private List<Sentence> OtherConflictClauses(ReportText report, IReadOnlyList<Sentence> clauses)
    {
        var found = new List<Sentence>(0);
        foreach (var c in clauses)
        {
            if (BystanderNames.NamesAnotherConflict(report, lexicon, c) && !report.Has(lexicon.IsisNames, c))
            {
                found.Add(c);
            }
        }
        return found;
    }

    /// <summary>
    /// The figures of a sentence that are not ISIS's for crime or another conflict, in the order the three tests find
    /// them; loops, asked of every sentence with figures, where three queries built an iterator and a closure each.
    /// </summary>
    private List<Figure> CrimeFigures(ReportText report, Sentence sentence, IReadOnlyList<Sentence> clauses, List<Figure> figures,
        List<Sentence> otherConflict, List<Figure> terrorShares)
    {
        // "قتل ثلاثة من عناصر حزب العمال الكردستاني": nor those of a clause about another conflict that names no ISIS.
        var unrelated = new List<Sentence>(0);
        foreach (var c in clauses)
        {
            if (report.Has(lexicon.NonIsisContext, c))
            {
                unrelated.Add(c);
            }
        }
        unrelated.AddRange(otherConflict);
        var crime = new List<Figure>(0);
        // "85 متهما بالإرهاب ... فضلا عن 140 متهما بتجارة المخدرات": a count a terror charge marks stays in a crime clause.
        foreach (var f in figures)
        {
            if (!terrorShares.Contains(f) && FirstHolding(unrelated, f.First) is { } c && (otherConflict.Contains(c) || !_shares.MarkedAsTerror(report, f, figures, c)))
            {
                crime.Add(f);
            }
        }
        // "ثلاثة أشخاص بتهمة خطف طفل": arrests charged with a crime and not with terror are not ISIS's.
        foreach (var f in figures)
        {
            if (!crime.Contains(f) && !terrorShares.Contains(f) && _shares.ChargedWithCrime(report, f, figures, sentence))
            {
                crime.Add(f);
            }
        }
        // "ضبط 40 مطلوبا للقضاء": the judiciary's wanted, no terror charge in their own words, are not ISIS's.
        foreach (var f in figures)
        {
            if (!crime.Contains(f) && !terrorShares.Contains(f) && JudiciaryWanted.WithoutTerror(report, lexicon, f, figures, sentence))
            {
                crime.Add(f);
            }
        }
        return crime;
    }

    /// <summary>The first of the clauses that holds the token, or null.</summary>
    private static Sentence? FirstHolding(List<Sentence> clauses, int token)
    {
        foreach (var c in clauses)
        {
            if (c.Contains(token))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>
    /// "قتل مسلحان اثنان خلال اشتباك مع مسلحين مجهولين": the clauses that call gunmen unknown and name no ISIS; a loop,
    /// asked of every sentence with figures.
    /// </summary>
    private List<Sentence> UnknownGunmenClauses(ReportText report, IReadOnlyList<Sentence> clauses)
    {
        var found = new List<Sentence>(0);
        foreach (var c in clauses)
        {
            if (report.Has(lexicon.UnknownAgent, c) && !report.Has(lexicon.IsisAgent, c) && !report.Has(lexicon.IsisOrgs, c))
            {
                found.Add(c);
            }
        }
        return found;
    }

    private static bool IsIsisKilled(Figure f) => f is { Kind: FigureKind.Casualty, Side: CasualtySide.Isis, Category: CasualtyCategory.Killed };

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
    /// "زعم تنظيم داعش، عبر وكالة أعماق، أنه قتل 30 جنديا"، "نفت القيادة مزاعم التنظيم بقتل 30 جنديا": a figure its
    /// clause tells after a claim word is what someone alleges (ISIS's propaganda, most often, which the forces deny),
    /// not an event the report tells. Figures before the claim word, in another clause, or after a new statement of
    /// the one who denies it ("وإن المقاتلين صدوا الهجوم وقتلوا 11"، "لكن القيادة قالت") stay.
    /// </summary>
    private bool ClaimedBefore(ReportText report, Sentence clause, int figureFirst)
    {
        var claimed = false;
        for (var i = clause.First; i < figureFirst; i++)
        {
            if (lexicon.Claims.MatchAt(report.Tokens, i) is not null)
            {
                claimed = true;
            }
            else if (claimed && lexicon.ClaimEnds.MatchAt(report.Tokens, i) is not null)
            {
                claimed = false;
            }
        }
        return claimed;
    }

    /// <summary>
    /// "وقالت القيادة إن عدد شهداء القوات الأمنية منذ انطلاق العمليات بلغ 9 شهداء": a statistic's head ("عدد"،
    /// "حصيلة") right before the dead or wounded, in a sentence that names a period (a strong tally cue such as "منذ
    /// انطلاق"، or a period of dates), counts the victims of a whole battle or season, not one attack; tallies count
    /// ISIS's losses only, so the victims are neither. "ارتفع عدد ضحايا التفجير إلى 30" names no period and stays the
    /// attack's toll. Returns the head's token, or null.
    /// </summary>
    private int? VictimStatisticOfAPeriod(ReportText report, Sentence sentence)
    {
        var tokens = report.Tokens;
        int? found = null;
        var headAt = -1;
        for (var i = sentence.First; i < sentence.Last && found is null; i++)
        {
            if (lexicon.StatisticHeads.MatchAt(tokens, i) is { } head && head.Last + 1 <= sentence.Last
                && (lexicon.CategoryNouns.MatchAt(tokens, head.Last + 1) is { Value: CasualtyCategory.Killed or CasualtyCategory.Wounded }
                    || lexicon.Martyrdom.MatchAt(tokens, head.Last + 1) is not null))
            {
                found = head.Last + 1;
                headAt = i;
            }
        }
        if (found is null || NamesIsisAsWhoseDead(report, sentence, found.Value))
        {
            return null;
        }
        // The period: a strong cue other than the head itself ("حصيلة" is one), or a period of dates.
        var periodCue = Enumerable.Range(sentence.First, sentence.Last - sentence.First + 1)
            .Any(i => i != headAt && lexicon.TallyStrongCues.MatchAt(tokens, i) is not null);
        return periodCue || report.DateReadings.MentionsIn(sentence).Any(m => m.Kind is DateMentionKind.Period) ? found : null;
    }

    /// <summary>
    /// "كانت بعثة الأمم المتحدة قد أعلنت أن حصيلة الضحايا في شهر أيلول بلغت 80 قتيلا"، "وتابعت يونامي أن عدد قتلى
    /// المدنيين وصل إلى 400": a body that counts the victims of all violence (lexicon casualtyMonitors) named in a sentence
    /// that gives its count by a statistic's head (عدد، حصيلة، إجمالي) tells its statistic of a month's or a year's
    /// attacks, not one attack's toll, though the sentence may name no period (the statement's period was told in the
    /// sentence before). The mission that condemns one attack ("أدانت البعثة التفجير الذي أودى بحياة 12") gives no
    /// statistic's head, and that attack's victims stay.
    /// </summary>
    private bool VictimStatisticOfAMonitor(ReportText report, Sentence sentence) =>
        report.Has(lexicon.CasualtyMonitors, sentence) && report.Has(lexicon.StatisticHeads, sentence);

    /// <summary>
    /// "أعلنت حصيلة القتلى من مسلحي داعش في سنة 2018": the statistic's noun followed, within
    /// <see cref="AssemblerLimits.StatisticOwnerReach"/> words, by ISIS's name counts ISIS's dead, which an authority's
    /// tally holds, however the forces are named before the count ("نجحت القطعات في قتل 96").
    /// </summary>
    private bool NamesIsisAsWhoseDead(ReportText report, Sentence sentence, int noun)
    {
        for (var i = noun + 1; i <= Math.Min(sentence.Last, noun + StatisticOwnerReach); i++)
        {
            if (report.Tokens[i].IsClauseBreak)
            {
                return false;
            }
            if (lexicon.IsisOrgs.MatchAt(report.Tokens, i) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "حصيلة جرحى الحشد الشعبي ... 85 جريحا": the forces (or martyrs) named between a statistic's noun and its count
    /// make the count theirs, though the count's own noun names no side.
    /// </summary>
    private bool ForcesNamedBetween(ReportText report, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (lexicon.SecurityOrgs.MatchAt(report.Tokens, i) is not null || lexicon.Martyrdom.MatchAt(report.Tokens, i) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "وأقدم داعش على إعدام 4 من عناصره بتهمة الفرار"، "أعدم التنظيم 3 من مسلحيه": an execution word within
    /// <see cref="AssemblerLimits.ExecutionReach"/> words before ISIS members counted as killed, with an ISIS name as the
    /// executioner just before it (<see cref="AssemblerLimits.ExecutionerReach"/> words) or between it and the count:
    /// ISIS punishing its own, not an operation against it.
    /// </summary>
    private bool IsisExecutesItsOwn(ReportText report, Sentence sentence, Figure f)
    {
        var tokens = report.Tokens;
        for (var e = f.First - 1; e >= Math.Max(sentence.First, f.First - ExecutionReach); e--)
        {
            if (lexicon.Executions.MatchAt(tokens, e) is not { } execution || execution.Last >= f.First)
            {
                continue;
            }
            for (var j = Math.Max(sentence.First, e - ExecutionerReach); j < f.First; j++)
            {
                if (j != e && lexicon.IsisOrgs.MatchAt(tokens, j) is { } isis && isis.Last < f.First && (isis.Last < e || j > execution.Last))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "لقي القيادي مصرعه مع ثلاثة من رفاقه بانفجار عبوة كانوا يزرعونها"، "ستة من مسلحي التنظيم قضوا في انفجار
    /// عجلتهم المفخخة قبل وصولها": ISIS members the blast of their own device killed (an explosion word within
    /// <see cref="AssemblerLimits.OwnBlastReach"/> words after their count, an ISIS device within
    /// <see cref="AssemblerLimits.OwnDeviceReach"/> words after it; lexicon ownBlasts). The forces set off no car bomb
    /// or roadside bomb on ISIS, so no operation killed them, as a suicide bomber's own death is none (d22, b05). Not
    /// when the sentence names a strike, which may have set the device off. The explosion word may be run onto the
    /// preposition before it ("إثرانفجار"), a typing slip of stored pages.
    /// </summary>
    private bool KilledByTheirOwnBlast(ReportText report, Sentence sentence, Figure f)
    {
        var tokens = report.Tokens;
        var to = Math.Min(sentence.Last, f.Last + OwnBlastReach);
        for (var j = f.Last + 1; j <= to; j++)
        {
            var blastEnd = lexicon.OwnBlastExplosions.MatchAt(tokens, j) is { } blast ? blast.Last
                : tokens[j].Text.Length > 6 && tokens[j].Text.EndsWith("انفجار", StringComparison.Ordinal) ? j : -1;
            if (blastEnd < 0)
            {
                continue;
            }
            return NamesOwnDeviceAfter(tokens, blastEnd, sentence.Last) && !NamesAStrike(report, sentence);
        }
        return false;
    }

    /// <summary>
    /// An ISIS device (lexicon ownBlasts.devices) within <see cref="AssemblerLimits.OwnDeviceReach"/> words after the
    /// explosion word ending at <paramref name="blastEnd"/>, and not past <paramref name="last"/>.
    /// </summary>
    private bool NamesOwnDeviceAfter(TokenList tokens, int blastEnd, int last)
    {
        for (var d = blastEnd + 1; d <= Math.Min(last, blastEnd + OwnDeviceReach); d++)
        {
            if (lexicon.OwnBlastDevices.MatchAt(tokens, d) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words before the count the pronoun of the event may stand ("وقتل خلالها 12": the verb's place).</summary>
    private const int DuringItReach = 2;

    /// <summary>
    /// "تكررت حوادث انفجار الأحزمة الناسفة ... وقتل خلالها 12 من مسلحي التنظيم": ISIS members killed in an event a
    /// pronoun right before their count points back to (lexicon duringIt), when the sentence told before it the blast of
    /// an ISIS device (lexicon ownBlasts: an explosion word, the device within OwnDeviceReach words after it): their own
    /// blast killed them, no operation did. Not when the sentence names a strike, which may have set the device off.
    /// </summary>
    private bool KilledInTheBlastToldBefore(ReportText report, Sentence sentence, Figure f)
    {
        var tokens = report.Tokens;
        var during = false;
        for (var j = f.First - 1; j >= Math.Max(sentence.First, f.First - DuringItReach) && !during; j--)
        {
            during = lexicon.DuringIt.MatchAt(tokens, j) is { } it && it.Last == j;
        }
        if (!during)
        {
            return false;
        }
        for (var j = sentence.First; j < f.First; j++)
        {
            if (lexicon.OwnBlastExplosions.MatchAt(tokens, j) is { } blast && NamesOwnDeviceAfter(tokens, blast.Last, f.First - 1))
            {
                return !NamesAStrike(report, sentence);
            }
        }
        return false;
    }

    /// <summary>The sentence names an air strike or a strike (lexicon kinds.airstrike, strikeNouns).</summary>
    private bool NamesAStrike(ReportText report, Sentence sentence)
    {
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (lexicon.StrikeNouns.MatchAt(report.Tokens, i) is not null || lexicon.Kinds.MatchAt(report.Tokens, i) is { Value: OperationKind.Airstrike })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A period count a sentence attributes to a research centre, institute or researcher ("وبحسب مركز أبحاث أمريكي"،
    /// "ويرى الباحث في معهد ... أن عدد الهجمات انخفض إلى أقل من 10 هجمات شهريا") is an estimate: the annotation keeps
    /// official Iraqi or coalition aggregates only (foreign think tanks are in mustNotExtract).
    /// </summary>
    private bool IsResearchEstimate(ReportText report, Sentence sentence) => report.Has(lexicon.ResearchSources, sentence);

    /// <summary>
    /// "انفجرت عبوة ناسفة أمام محل للصيرفة ... وقال مصدر إن الحادث لم يعرف بعد إن كانت دوافعه إرهابية أم جنائية": the
    /// sentence, or the one right after it, says the motive is not known (lexicon motiveInDoubt), so its victims are
    /// attributed to no one.
    /// </summary>
    private bool MotiveInDoubt(ReportText report, Sentence sentence) =>
        report.Has(lexicon.MotiveInDoubt, sentence)
        || (sentence.Index + 1 < report.Sentences.Count && report.Has(lexicon.MotiveInDoubt, report.Sentences[sentence.Index + 1]));
}
