using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Reads the figures of one sentence: a count (digits or words) followed by what it counts (people, hideouts,
/// strikes, operations, attacks), with the trigger before or after it that says what happened to them
/// (killed, arrested, wounded, destroyed); or a trigger followed by a singular or dual noun ("تدمير مضافة" = 1).
/// One finder reads one report: it is made per call with that report's blocked tokens (dates and other numbers that
/// are not counts), the report's readers of triggers (which hold the same blocked tokens) and its person-match memo
/// (<see cref="PersonMatches"/>, which keeps its last match), and it keeps the last mixed toll it refused
/// (FigureFinder.MixedOthers), so concurrent extractions never share one. The readers of sides and relations hold
/// only the lexicon and the number reader: the caller builds them once and passes them to every finder.
/// </summary>
/// <param name="triggers">What happened to a count: its trigger before or after it (per report: it holds the blocked tokens).</param>
/// <param name="sides">Whose people a figure counts (holds only the lexicon and the number reader).</param>
/// <param name="relations">How the figures of a sentence relate: breakdowns, shares, corrections (holds only the lexicon and the number reader).</param>
/// <param name="persons">The noun of people at a token, the last match kept (per report).</param>
/// <param name="twoOutcomes">One count told for two outcomes (holds only the lexicon and the number reader).</param>
/// <param name="nonEvents">Counts of people that tell no operation (per report: it holds the blocked tokens and the triggers).</param>
/// <param name="singulars">The readers of figures told without a count and of the people joined to a figure (per report: they share the triggers and the person matches).</param>
internal sealed partial class FigureFinder(ExtractionLexicon lexicon, NumberReader numbers, bool[] blocked,
    FigureTriggers triggers, CasualtySides sides, FigureRelations relations, PersonMatches persons, SingularFigures singulars,
    TwoOutcomeCounts twoOutcomes, NonEvents nonEvents)
{
    private const long MaxFigure = 1_000_000;

    private readonly bool[] _blocked = blocked;
    private readonly FigureTriggers _triggers = triggers;
    private readonly CasualtySides _sides = sides;
    private readonly FigureRelations _relations = relations;
    private readonly PersonMatches _persons = persons;
    private readonly SingularFigures _singulars = singulars;
    private readonly TwoOutcomeCounts _twoOutcomes = twoOutcomes;
    private readonly NonEvents _nonEvents = nonEvents;

    /// <summary>
    /// The word lists one of which the implicit readers (<see cref="SingularFigures.ReadImplicit"/> to
    /// <see cref="SingularFigures.ReadVictimNoun"/>, and the finder's own) each need at their token, as bits of
    /// <see cref="Token.MayStartAPhraseOfAny(ulong, ulong)"/> (lists 0-63, then 64-127): most tokens start none, and are
    /// told so by one test instead of twelve readers' look-ups. The one-person nouns open
    /// SingularFigures.ReadNamedMemberAfterSubject's member of a group; "وآخر" is tested apart (<see cref="IsAnotherOne"/>). No test
    /// (both zero) when a list's number is past the 128 a token keeps: the victim nouns were numbered past 64 when the
    /// lexicon grew, which had turned the test off and sent every token of every sentence through the twelve readers.
    /// </summary>
    private readonly (ulong First, ulong Second) _implicitStarts = StartBits(
        lexicon.CasualtyTriggers.Number, lexicon.DestroyTriggers.Number, lexicon.FoundTriggers.Number,
        lexicon.Hideouts.Number, lexicon.Persons.Number, lexicon.StrikeNouns.Number, lexicon.VictimNouns.Number,
        lexicon.OnePerson.Number);

    private static (ulong First, ulong Second) StartBits(params ReadOnlySpan<int> matchers)
    {
        ulong first = 0;
        ulong second = 0;
        foreach (var m in matchers)
        {
            if (m >= 128)
            {
                return (0, 0);
            }
            if (m < 64)
            {
                first |= 1UL << m;
            }
            else
            {
                second |= 1UL << (m - 64);
            }
        }
        return (first, second);
    }

    /// <summary>False when no implicit reader can read a figure at token i (see <see cref="_implicitStarts"/>).</summary>
    private bool MayReadImplicitAt(TokenList tokens, int i) =>
        _implicitStarts is (0, 0) || tokens[i].Kind != TokenKind.Punctuation && tokens[i].MayStartAPhraseOfAny(_implicitStarts.First, _implicitStarts.Second);

    /// <summary>"وآخر" (lexicon anotherOne), read by <see cref="ReadGappedOne"/>: no word list's start bit names it.</summary>
    private bool IsAnotherOne(Token t) => t.Text.EndsWith("خر", StringComparison.Ordinal) && t.Readings.AnyIn(lexicon.AnotherOne);

    public List<Figure> Find(TokenList tokens, Sentence sentence, Sentence? next = null)
    {
        var figures = new List<Figure>();
        // The last count taken out as no operation's: a count joined to it by و goes with it.
        Figure? nonEvent = null;
        var i = sentence.First;
        while (i <= sentence.Last)
        {
            if (_blocked[i])
            {
                i++;
                continue;
            }
            var count = numbers.ReadAt(tokens, i);
            if (count is not null && IsDesignation(tokens, sentence, count))
            {
                i = count.LastToken + 1;
                continue;
            }
            if (count is not null && count.LastToken <= sentence.Last && !_blocked[count.NumberToken])
            {
                var figure = ReadCounted(tokens, sentence, count, figures) ?? CellMembersArrested(tokens, sentence, count, next, figures);
                if (figure is not null && _nonEvents.IsTakenOutAsNonEvent(tokens, sentence, figure, figures, ref nonEvent))
                {
                    i = Math.Max(figure.Last, count.LastToken) + 1;
                    continue;
                }
                if (figure is not null)
                {
                    CountTheOwner(tokens, sentence, count, figure, figures);
                    _relations.MarkBreakdown(tokens, sentence, figure, figures);
                    MarkLaterAmongTheCounted(tokens, sentence, figure, figures);
                    _relations.MarkAmongTheCounted(tokens, sentence, figure);
                    MarkIdentifiedCounted(tokens, sentence, figure);
                    _twoOutcomes.MarkAmongTwoOutcomes(tokens, sentence, figure);
                    _relations.MarkAmongVagueGroup(tokens, sentence, figure);
                    _relations.MarkAmongUncountedNumber(tokens, sentence, figure, figures);
                    figures.Add(figure);
                    i = _singulars.ExtendWithCompanions(tokens, sentence, figure, figures) + 1;
                    continue;
                }
                i = count.LastToken + 1;
                continue;
            }
            if (!MayReadImplicitAt(tokens, i) && !IsAnotherOne(tokens[i]))
            {
                i++;
                continue;
            }
            var implicitFigure = _singulars.ReadImplicit(tokens, sentence, i, figures) ?? _singulars.ReadConjoinedHideout(tokens, sentence, i, figures) ?? ReadDual(tokens, sentence, i, figures)
                ?? _singulars.ReadNamedMemberAfterSubject(tokens, sentence, i, figures) ?? _singulars.ReadStrikeNoun(tokens, sentence, i)
                ?? ReadNounAndNumeralOne(tokens, sentence, i, figures) ?? ReadIndefiniteVictim(tokens, sentence, i, figures)
                ?? ReadTitledVictimBeforeVerb(tokens, sentence, i, figures)
                ?? ReadGappedOne(tokens, sentence, i, figures) ?? ReadPronounWithCompanions(tokens, sentence, i)
                ?? ReadPluperfectSubject(tokens, sentence, i, figures)
                ?? _singulars.ReadVictimNoun(tokens, sentence, i, figures) ?? ReadDualByAgreement(tokens, sentence, i, figures) ?? ReadObjectPronoun(tokens, sentence, i, figures)
                ?? ReadPrepositionPronoun(tokens, sentence, i, figures) ?? ReadOneTiedToIsis(tokens, sentence, i, figures);
            if (implicitFigure is not null && _nonEvents.IsTakenOutAsNonEvent(tokens, sentence, implicitFigure, figures, ref nonEvent))
            {
                i = Math.Max(implicitFigure.Last, i) + 1;
                continue;
            }
            if (implicitFigure is not null)
            {
                // "مقتل ستة إرهابيين بينهم انتحاريان": a dual or singular noun after a breakdown cue is among
                // the total, as a counted one is.
                _relations.MarkBreakdown(tokens, sentence, implicitFigure, figures);
                MarkLaterAmongTheCounted(tokens, sentence, implicitFigure, figures);
                _relations.MarkAmongTheCounted(tokens, sentence, implicitFigure);
                MarkIdentifiedCounted(tokens, sentence, implicitFigure);
                _twoOutcomes.MarkAmongTwoOutcomes(tokens, sentence, implicitFigure);
                _relations.MarkAmongVagueGroup(tokens, sentence, implicitFigure);
                figures.Add(implicitFigure);
                i = _singulars.ExtendWithCompanions(tokens, sentence, implicitFigure, figures) + 1;
                continue;
            }
            i++;
        }
        if (figures.Count == 0)
        {
            // Most sentences count nobody: the passes below only mark or remove figures, and each built a delegate or
            // an iterator for the empty list.
            return figures;
        }
        _nonEvents.RemoveJudicialExecutions(tokens, sentence, figures);
        RemoveConfessedCounts(tokens, sentence, figures);
        _nonEvents.RemoveAnniversaryCounts(tokens, sentence, figures);
        _relations.ResolveFoundHideouts(tokens, sentence, figures, next);
        CasualtySides.SideOfVictimLists(figures);
        AmongUncountedVictims(tokens, sentence, figures);
        _relations.MarkAppositionTotals(tokens, sentence, figures);
        Figure? previousCasualty = null;
        foreach (var f in figures.Where(f => f.Kind == FigureKind.Casualty))
        {
            // "ما يرفع الحصيلة إلى 11 قتيلا و4 جرحى": the count joined to a risen toll is the toll's too.
            f.Correction = _relations.IsCorrection(tokens, sentence, f)
                || (previousCasualty is { Correction: true } toll
                    && Coordination.JoinedRightAfter(tokens, toll.Last, f.First));
            previousCasualty = f;
        }
        FigureRelations.MarkTheRise(figures);
        foreach (var f in figures)
        {
            // "خسرت القوات ثلاثة من عناصرها": the men a force or ISIS lost are its own.
            if (f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Killed } && LoserOwnsTheDead(tokens, sentence, f) is { } loser)
            {
                (f.Side, f.SideExplicit) = (loser, true);
            }
            // "بوفاة أحد الجنود الجرحى": one of the wounded a count before gave, no wounded man more.
            f.Breakdown |= f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Wounded, Count: 1 } && OneOfTheWounded(tokens, f);
            f.Another |= f.Last + 1 <= sentence.Last && lexicon.AnotherMarkers.MatchAt(tokens, f.Last + 1) is not null && f.Rule.StartsWith("trigger", StringComparison.Ordinal);
        }
        return figures;
    }

    /// <summary>
    /// How far a verb of losing may stand before the count it governs ("خسرت القوات الأمنية خلال المعركة ثلاثة"), and
    /// how far its subject from it, before ("القوات فقدت") or after ("خسرت القوات").
    /// </summary>
    private const int LossReach = 5;

    /// <summary>
    /// The side of the subject of a verb of losing (lexicon lossVerbs) at most <see cref="LossReach"/> tokens before the
    /// figure: a force of ours or ISIS named within as many tokens before the verb or between it and the count.
    /// </summary>
    private CasualtySide? LoserOwnsTheDead(TokenList tokens, Sentence s, Figure f)
    {
        for (var v = f.First - 1; v >= Math.Max(s.First, f.First - LossReach); v--)
        {
            if (lexicon.LossVerbs.MatchAt(tokens, v) is not { } verb || verb.Last >= f.First)
            {
                continue;
            }
            for (var k = verb.Last + 1; k < f.First; k++)
            {
                if (SubjectSide(tokens, k) is { } after)
                {
                    return after;
                }
            }
            for (var k = v - 1; k >= Math.Max(s.First, v - LossReach); k--)
            {
                if (tokens[k].IsClauseBreak)
                {
                    break;
                }
                if (SubjectSide(tokens, k) is { } before)
                {
                    return before;
                }
            }
            return null;
        }
        return null;
    }

    private CasualtySide? SubjectSide(TokenList tokens, int k) =>
        lexicon.IsisOrgs.MatchAt(tokens, k) is not null ? CasualtySide.Isis
        : lexicon.SecurityOrgs.MatchAt(tokens, k) is not null ? CasualtySide.Security
        : null;

    /// <summary>"أحد" and, at most two words after it, the definite noun of the wounded (lexicon oneOfTheWounded).</summary>
    private bool OneOfTheWounded(TokenList tokens, Figure f)
    {
        if (!lexicon.OneOfThe.Contains(tokens[f.First].Text))
        {
            return false;
        }
        for (var i = f.First + 1; i <= Math.Min(tokens.Count - 1, f.First + 2); i++)
        {
            if (lexicon.TheWounded.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private Figure? ReadCounted(TokenList tokens, Sentence s, CountExpression count, List<Figure> earlier)
    {
        // No operation or tally counts a million people or hideouts: such a number is money, oil or noise.
        if ((_twoOutcomes.IsCombinedCount(tokens, s, count.FirstToken, earlier) && !_twoOutcomes.OthersAfter(tokens, s, count, earlier))
            || count.Value > MaxFigure)
        {
            return null;
        }
        var k = QuoteMarks.SkipBracketClose(tokens, count, QuoteMarks.SkipQuotes(tokens, count.LastToken + 1, s), s);
        if (k > s.Last)
        {
            return Headcount(tokens, s, count) ?? BareCount(tokens, s, count, earlier, count.LastToken);
        }

        // "اعتقال 7 إرهابيين، 4 منهم في نينوى و3 في الأنبار": a share of the people just counted.
        if (lexicon.OfThem.MatchAt(tokens, k) is { } ofThem && earlier.LastOrDefault(e => e.Kind == FigureKind.Casualty && !e.Breakdown) is { } whole && whole.Count > count.Value)
        {
            return whole.Category == CasualtyCategory.Wounded && _relations.DiedOfTheirWounds(tokens, s, count.FirstToken, ofThem.Last)
                ? FigureRelations.WoundedWhoDied(whole, count, ofThem.Last, s)
                : OwnVerbShare(tokens, s, count, ofThem.Last, whole) ?? FigureRelations.ShareOf(whole, count, ofThem.Last, s);
        }
        // "مقتل خمسة إرهابيين، ثلاثة في كركوك واثنان في صلاح الدين": a bare count set off by a comma right after the
        // people just counted, and followed by where, is their first share, as "ثلاثة منهم" would be.
        if (PlacePrepositions.OpensAPlace(tokens[k], lexicon) && count.FirstToken - 2 >= s.First && tokens[count.FirstToken - 1].Text == ","
            && earlier.Count > 0 && earlier[^1] is { Kind: FigureKind.Casualty, Breakdown: false } counted
            && counted.Last == count.FirstToken - 2 && counted.Count > count.Value)
        {
            return FigureRelations.ShareOf(counted, count, count.LastToken, s);
        }
        // "... و3 في الأنبار" right after such a share: the next share of the same people.
        if (PlacePrepositions.OpensAPlace(tokens[k], lexicon) && count.FirstToken > s.First && tokens[count.FirstToken - 1].Text == Particles.Wa
            && earlier.Count > 0 && earlier[^1] is { Breakdown: true, Rule: "count-of-them" } share)
        {
            return FigureRelations.ShareOf(share, count, count.LastToken, s);
        }

        // "14 من عناصره", "ثلاثة من أفراد الجيش", "310 من مضافات داعش", "4 من تنظيم داعش"
        if (tokens[k].Text == Particles.Min && k + 1 <= s.Last)
        {
            var after = PartitiveHead(tokens, k + 1, s);
            if (lexicon.Hideouts.MatchAt(tokens, after) is { } hm)
            {
                return HideoutFigure(tokens, s, count, hm.Value.Kind, hm.Last, "count-of-hideouts", earlier);
            }
            if (lexicon.Persons.MatchAt(tokens, after) is { } pm)
            {
                // "استشهاد ستة من عناصره": a martyr is never ISIS's, whatever the noun alone says.
                return PersonFigure(tokens, s, count, pm.Value, pm.Last, null, earlier, "count-of-persons") is { } ofPersons
                    ? _sides.MartyrsAreNotIsis(tokens, s, count.FirstToken, ofPersons) : null;
            }
            if (lexicon.IsisOrgs.MatchAt(tokens, after) is { } im)
            {
                return PersonFigure(tokens, s, count, new PersonNoun(CasualtySide.Isis, GrammaticalNumber.Plural, false), im.Last, null, earlier, "count-of-isis");
            }
            if (lexicon.SecurityOrgs.MatchAt(tokens, after) is { } sm)
            {
                return PersonFigure(tokens, s, count, new PersonNoun(CasualtySide.Security, GrammaticalNumber.Plural, false), sm.Last, null, earlier, "count-of-forces");
            }
        }
        // "قتل منه 9 وجريحين": a category noun joined by و after a count is a figure of its own (the dual, two
        // wounded), never the noun of the count before it, which comes right after its count ("9 قتلى وجريحان").
        if (!tokens[k].Text.StartsWith('و') && lexicon.CategoryNouns.MatchAt(tokens, k) is { } cm)
        {
            // "أحد القتيلين منتسب للحشد": one of the dead counted before, not a count.
            if (IsOneOfTheCounted(tokens, count, k))
            {
                return null;
            }
            // "25 قتيلا وجريحا": one count for both outcomes, no figure of either.
            if (_twoOutcomes.IsTwoOutcomeNouns(tokens, s, cm))
            {
                return null;
            }
            // "14 قتيلا مدنيا", "9 قتلى ايزيديين": a people noun right after the category noun is its adjective, whose
            // people they are, not one person more.
            if (cm.Last + 1 <= s.Last && lexicon.Persons.MatchAt(tokens, cm.Last + 1) is { } adjective)
            {
                return OneOfTheKnown(tokens, s, count, k, PersonFigure(tokens, s, count, adjective.Value, adjective.Last, cm.Value, earlier, "count-category-noun"));
            }
            // "3 قتلى", "4 جثث لإرهابيي داعش"
            return OneOfTheKnown(tokens, s, count, k, PersonFigure(tokens, s, count, OutcomeNounPeople, cm.Last, cm.Value, earlier, "count-category-noun"));
        }
        if (lexicon.Hideouts.MatchAt(tokens, k) is { } h)
        {
            return HideoutFigure(tokens, s, count, h.Value.Kind, h.Last, "count-hideouts", earlier);
        }
        if (lexicon.Persons.MatchAt(tokens, k) is { } p)
        {
            return PersonFigure(tokens, s, count, p.Value, p.Last, null, earlier, "count-persons");
        }
        if (lexicon.StrikeNouns.MatchAt(tokens, k) is { } st)
        {
            return new Figure { Kind = FigureKind.Strikes, Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = st.Last, Sentence = s.Index, Rule = "count-strikes" };
        }
        if (lexicon.OperationNouns.MatchAt(tokens, k) is { } op)
        {
            return new Figure { Kind = FigureKind.Operations, Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = op.Last, Sentence = s.Index, Rule = "count-operations" };
        }
        if (lexicon.AttackNouns.MatchAt(tokens, k) is { } at)
        {
            return new Figure { Kind = FigureKind.Attacks, Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = at.Last, Sentence = s.Index, Rule = "count-attacks" };
        }
        if (lexicon.Others.MatchAt(tokens, k) is { } o)
        {
            return InheritedFigure(tokens, s, count, o.Last, earlier, "count-others");
        }
        if (lexicon.OfThem.MatchAt(tokens, k) is { } of)
        {
            return InheritedFigure(tokens, s, count, of.Last, earlier, "count-of-them");
        }
        return Headcount(tokens, s, count) ?? BareCount(tokens, s, count, earlier, count.LastToken);
    }

    /// <summary>"وأصيب 4 بانفجار": a count right after a trigger, counting the people of the figure before it.</summary>
    private Figure? BareCount(TokenList tokens, Sentence s, CountExpression count, List<Figure> earlier, int last)
    {
        var previous = earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty);
        var trigger = _triggers.TriggerBefore(tokens, s, count.FirstToken, 0);
        // "وواحد في بعقوبة": a gapped count, even of one in words (which alone is as often "one of").
        var byMeans = false;
        if (previous is not null && trigger is null && (IsGappedCount(tokens, s, count, last, previous) || (byMeans = IsGappedByMeans(tokens, s, count, last, previous))))
        {
            var gapped = MoreOf(previous, previous.Category, count, last, s, "gapped-count");
            // "ستة منهم في بغداد، وأربعة في الموصل": one more share of the same total.
            gapped.Breakdown = previous.Breakdown;
            gapped.ParallelTo = previous;
            // "قتلت 4 إرهابيين بضربة جوية و3 باشتباكات": two means, two operations (a total's shares are freed, or
            // not, by ClauseSplitter.SplitTotalByPlace).
            if (byMeans && !previous.Breakdown)
            {
                previous.SplitByMeans = gapped.SplitByMeans = true;
            }
            return gapped;
        }
        if (trigger is null && GappedHideouts(tokens, s, count, last, earlier) is { } hideouts)
        {
            return hideouts;
        }
        if (count.InWords && count.Value == 1)
        {
            return null;
        }
        if (CountsThings(tokens, s, count))
        {
            return null;
        }
        if (trigger is null && RestatedCategory(tokens, s, count.FirstToken) is { } restated)
        {
            // "ارتفع عدد القتلى إلى 5": the count restates the people the noun before "إلى" names, on the side of the
            // figure it corrects when the sentence has one.
            var corrected = earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty && f.Category == restated);
            return new Figure
            {
                Kind = FigureKind.Casualty, Category = restated, Side = corrected?.Side ?? _sides.ContextSide(tokens, s, count.FirstToken),
                SideExplicit = corrected?.SideExplicit ?? false, Count = (int)count.Value, Approximate = count.Approximate,
                First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "restated-count",
            };
        }
        if (trigger is not null && PeopleNamedAhead(tokens, s, count, earlier) is { } named)
        {
            return _sides.MartyrsAreNotIsis(tokens, s, count.FirstToken, MoreOf(named, trigger.Value, count, last, s, "bare-count-before-named"));
        }
        if (trigger is not null && previous is null)
        {
            return BareCountOfPeople(tokens, s, count, last, trigger.Value);
        }
        if (trigger is null || previous is null)
        {
            return null;
        }
        var more = MoreOf(previous, trigger.Value, count, last, s, "bare-count-after-trigger");
        return _sides.MartyrsAreNotIsis(tokens, s, count.FirstToken, more);
    }

    /// <summary>
    /// "دمرت القوات وكرين لداعش في جبال مكحول، وثلاثة في وادي الشاي": a count gapped after hideouts counted at a place,
    /// standing where they stood (joined by "و", right before "في" and a place), counts more of the same hideouts with
    /// the same outcome at that place, as <see cref="IsGappedCount"/> reads it of people: each place is its own
    /// operation. Only when the hideouts were the last figure read.
    /// </summary>
    private Figure? GappedHideouts(TokenList tokens, Sentence s, CountExpression count, int last, List<Figure> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Kind: FigureKind.Hideout } previous || !IsGappedCount(tokens, s, count, last, previous))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Hideout, HideoutKind = previous.HideoutKind, Outcome = previous.Outcome, Count = (int)count.Value,
            Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "gapped-hideouts",
            ParallelTo = previous,
        };
    }

    /// <summary>A count that names no people of its own: the same side as <paramref name="previous"/>, the people just counted.</summary>
    private static Figure MoreOf(Figure previous, CasualtyCategory category, CountExpression count, int last, Sentence s, string rule) => new()
    {
        Kind = FigureKind.Casualty, Category = category, Side = previous.Side, SideExplicit = previous.SideExplicit,
        Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = rule,
    };

    /// <summary>
    /// "عدد القتلى إلى", "حصيلة الجرحى إلى": the category a count after "إلى" restates, when a category noun (with or
    /// without "عدد"/"حصيلة" before it) stands right before "إلى", after a correction cue ("ارتفع"): a figure that replaces
    /// the one it corrects (ApplyCorrections), never one more.
    /// </summary>
    private CasualtyCategory? RestatedCategory(TokenList tokens, Sentence s, int countFirst)
    {
        var to = countFirst - 1;
        if (to - 1 < s.First || tokens[to].Text != Particles.Ila)
        {
            return null;
        }
        for (var k = to - 1; k >= Math.Max(s.First, to - RestatedNounReach); k--)
        {
            if (lexicon.CategoryNouns.MatchAt(tokens, k) is { } noun && noun.Last == to - 1)
            {
                for (var j = s.First; j < k; j++)
                {
                    if (lexicon.CorrectionCues.MatchAt(tokens, j) is not null)
                    {
                        return noun.Value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>How many words the restated category noun may take before "إلى" ("عدد القتلى", "قتلى الهجوم").</summary>
    private const int RestatedNounReach = 2;

    /// <summary>"اللواء 47", "المادة ٤": a number that names a unit or an article.</summary>
    private bool IsDesignation(TokenList tokens, Sentence s, CountExpression count)
    {
        if (count.InWords || count.FirstToken != count.NumberToken)
        {
            return false;
        }
        // "طائرات F-16", "إف-16": a hyphen may stand between the model's letters and its number.
        var before = count.FirstToken - 1;
        if (before > s.First && tokens[before].Text is "-" or "–")
        {
            before--;
        }
        return before >= s.First
            && ((lexicon.Designators.MatchAt(tokens, before) is { } d && d.Last == before) || IsLatinWord(tokens[before]));
    }

    /// <summary>
    /// "F16", "M16", "B-52": a number right after a word in Latin letters is a model's designation, never a count
    /// ("طائرات F16 وكرا" is one den, not sixteen).
    /// </summary>
    private static bool IsLatinWord(Token t) => t.Text.Length > 0 && t.Text.All(char.IsAsciiLetter);

    /// <summary>How many words may stand between a figure and the "في" of its place for a gapped count to follow it.</summary>
    private const int GappedFigureWordsBeforePlace = 2;

    /// <summary>
    /// "اعتقلت ستة إرهابيين في بغداد، وأربعة في الموصل": a count joined by "و" that stands where the last figure
    /// stood, right before "في" and where, counts the same people; Arabic leaves out the verb and the noun it repeats.
    /// </summary>
    private bool IsGappedCount(TokenList tokens, Sentence s, CountExpression count, int last, Figure previous)
    {
        var joined = Coordination.JoinedByWa(tokens, s, count.FirstToken);
        // "ستة منهم في بغداد", "خمسة متهمين بالإرهاب في الرمادي": a word or two (the share, the charge) may stand
        // between the last figure and its "في" (or "بمحافظة": PlacePrepositions).
        var after = previous.Last + 1;
        while (after <= s.Last && after <= previous.Last + GappedFigureWordsBeforePlace && tokens[after].IsWord && !PlacePrepositions.OpensAPlace(tokens[after], lexicon))
        {
            after++;
        }
        return joined && previous.Sentence == s.Index && last + 1 <= s.Last && PlacePrepositions.OpensAPlace(tokens[last + 1], lexicon)
            && after <= s.Last && PlacePrepositions.OpensAPlace(tokens[after], lexicon) && after < count.FirstToken;
    }

    /// <summary>
    /// "قتل منهم 12 مسلحا بقصف جوي، وتسعة بنيران القوات الأمنية": the same gapping with the means in place of the
    /// place; the last figure and the count joined by "و" are each followed (within <see cref="GappedFigureWordsBeforePlace"/>
    /// words for the figure) by a "ب" that names a kind of operation (lexicon kinds).
    /// </summary>
    private bool IsGappedByMeans(TokenList tokens, Sentence s, CountExpression count, int last, Figure previous)
    {
        if (previous.Sentence != s.Index || !Coordination.JoinedByWa(tokens, s, count.FirstToken) || !NamesMeansAt(tokens, s, last + 1))
        {
            return false;
        }
        for (var after = previous.Last + 1; after < count.FirstToken && after <= previous.Last + 1 + GappedFigureWordsBeforePlace; after++)
        {
            if (NamesMeansAt(tokens, s, after))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"بقصف", "بضربة جوية", "بنيران": a word with the preposition "ب" that opens a kind of operation.</summary>
    private bool NamesMeansAt(TokenList tokens, Sentence s, int i) =>
        i <= s.Last && tokens[i].IsWord && tokens[i].Text.Length > 2 && tokens[i].Text[0] == 'ب' && lexicon.Kinds.MatchAt(tokens, i) is not null;

    private Figure? InheritedFigure(TokenList tokens, Sentence s, CountExpression count, int last, List<Figure> earlier, string rule)
    {
        var previous = earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty);
        if (rule == "count-others" && OthersOfAMixedToll(s, count, previous))
        {
            return null;
        }
        var category = _triggers.TriggerBefore(tokens, s, count.FirstToken, FigureTriggers.TriggerReach) ?? _triggers.TriggerAfter(tokens, s, last)
            ?? (rule == "count-others" ? JoinedOthersCategory(tokens, s, count, previous) : null);
        if (category is null)
        {
            return null;
        }
        // "منهم" points back to the people last named: "موقع لتنظيم داعش ... مقتل 4 منهم".
        var referent = previous is null ? CasualtySides.ArrestedReferentSide(category.Value, _sides.ReferentSide(tokens, s, count.FirstToken)) : null;
        // "قتل أربعة منهم، فيما لاذ الآخرون بالفرار": the rest fled, so they are ISIS members.
        if (rule == "count-of-them" && FledRestSide(tokens, s, last) is { } fled)
        {
            previous = null;
            referent = fled;
        }
        // "تصدت لهم القوات وقتلت خمسة منهم": the share is of the people the force confronted.
        else if (rule == "count-of-them" && ConfrontedThemSide(tokens, s, count.FirstToken) is { } confronted)
        {
            previous = null;
            referent = confronted;
        }
        // "ففتح عليهم مسلحو التنظيم النار وجرحوا أربعة منهم": the share is of the people the doer acted on.
        else if (rule == "count-of-them" && previous is null && ThemNotTheirDoerSide(tokens, s, count.FirstToken) is { } acted)
        {
            referent = acted;
        }
        // "إصابة أربعة آخرين من منتسبي الشرطة": the group named after the others says whose they are (FigureFinder.OthersNamedAfter).
        if (rule == "count-others" && OthersNamedAfterSide(tokens, s, count.FirstToken, last, category.Value) is { } named)
        {
            previous = previous?.Side == named ? previous : null;
            referent = named;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category.Value,
            Side = previous?.Side ?? referent ?? (category.Value == CasualtyCategory.Arrested ? CasualtySide.Isis : _sides.ContextSide(tokens, s, null)), SideExplicit = previous?.SideExplicit ?? referent is not null,
            // "قتل 3 ... وقتل 3 آخرين": more of the same; "مقتل 3 واعتقال 12 آخرين" only names other people.
            Another = rule == "count-others" && previous is not null && previous.Category == category.Value,
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = rule,
        };
    }

    /// <summary>The people a bare noun of the outcome counts ("3 قتلى"، "4 جثث"): of either side, until words say whose.</summary>
    private static readonly PersonNoun OutcomeNounPeople = new(CasualtySide.Isis, GrammaticalNumber.Plural, true);

    private Figure? PersonFigure(TokenList tokens, Sentence s, CountExpression count, PersonNoun noun, int headLast, CasualtyCategory? category, List<Figure> earlier, string rule)
    {
        // Verb, subject, object: "اعتقلت قوات النخبة ... في أربيل، ثلاثة من عناصر داعش" reaches further back.
        var pronounAfter = ObjectPronounTriggerAfter(tokens, s, headLast, count.Value);
        category ??= _triggers.TriggerBefore(tokens, s, count.FirstToken, FigureTriggers.TriggerReach) ?? _triggers.TriggerAfter(tokens, s, headLast)
            ?? _triggers.TriggerBefore(tokens, s, count.FirstToken, 16) ?? pronounAfter
            ?? _triggers.SplitVerbBefore(tokens, s, count.FirstToken) ?? _triggers.DeathIdiomAround(tokens, s, count.FirstToken, headLast);
        var coordinated = category is null
            ? CoordinatedWith(tokens, s, count, earlier) ?? IdentifiedAfter(tokens, s, count, earlier) ?? AddedToCounted(tokens, s, count, earlier)
                ?? ParallelCountOfTheSameNoun(tokens, s, count, headLast, earlier)
            : null;
        category ??= coordinated?.Category;
        if (category is null)
        {
            return null;
        }
        var (side, explicitSide) = _sides.ResolveSide(tokens, s, noun, count.FirstToken, headLast, category.Value, outcomeNoun: ReferenceEquals(noun, OutcomeNounPeople));
        if (noun.Ambiguous && !explicitSide && _sides.SideByConstruction(tokens, s, count, headLast, category.Value, earlier) is { } constructed)
        {
            (side, explicitSide) = (constructed, true);
        }
        // "270 إرهابيا و10 قناصين": snipers joined to ISIS members just counted are theirs.
        if ((side == CasualtySide.Unknown || (noun.Ambiguous && !explicitSide)) && coordinated is { Side: CasualtySide.Isis } && !_sides.IsGenericPeople(tokens, count.FirstToken, headLast))
        {
            (side, explicitSide) = (CasualtySide.Isis, false);
        }
        // "مقتل 32 مدنيا و110 جرحى": the wounded told by a bare category noun are of the people just counted.
        if (!explicitSide && rule == "count-category-noun" && CoordinatedWith(tokens, s, count, earlier) is { } joinedTo)
        {
            (side, explicitSide) = (joinedTo.Side, joinedTo.SideExplicit);
        }
        // "قتل 17 شخصا في اشتباكات بين متطرفي داعش والقوات": both sides' dead, no figure of either.
        if (IsMixedToll(tokens, s, side, count.FirstToken, headLast))
        {
            _mixedToll = (s.Index, headLast);
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category.Value, Side = side, SideExplicit = explicitSide,
            Count = (int)Math.Min(count.Value, int.MaxValue), Approximate = count.Approximate, First = count.FirstToken, Last = headLast, Sentence = s.Index, Rule = rule,
            TakenByALaterPronoun = pronounAfter == category.Value,
        };
    }

    /// <summary>
    /// The count at <paramref name="next"/> is joined by و to the item ending at <paramref name="last"/>: "و" alone or
    /// on the count right after it, with or without a list comma before the و ("4 مضافات و3"، "12 نفقا، و24").
    /// </summary>
    private static bool JoinedAfterListComma(TokenList tokens, int last, int next)
    {
        var start = next - 1 > last && tokens[next - 1].Text == Particles.Wa ? next - 1 : next;
        if (start != next || tokens[next].Text.StartsWith('و'))
        {
            return start - last == 1 || (start - last == 2 && tokens[last + 1].Text is "," or "،");
        }
        return false;
    }

    /// <summary>
    /// "وكرا للإرهابيين"، "مضافات لداعش": the last token of an owner right after a noun, ISIS or its men with the
    /// possessive lam (the word written with ل); null when none stands there.
    /// </summary>
    private int? IsisOwnerAfter(TokenList tokens, Sentence s, int last)
    {
        var at = last + 1;
        if (at > s.Last || !tokens[at].IsWord || !tokens[at].Text.StartsWith('ل'))
        {
            return null;
        }
        if (lexicon.IsisOrgs.MatchAt(tokens, at) is { } org)
        {
            return org.Last;
        }
        return lexicon.Persons.MatchAt(tokens, at) is { Value.Side: CasualtySide.Isis } men ? men.Last : null;
    }

    private Figure? HideoutFigure(TokenList tokens, Sentence s, CountExpression count, HideoutKind kind, int headLast, string rule, List<Figure>? earlier = null)
    {
        var outcome = _triggers.HideoutOutcomeBefore(tokens, s, count.FirstToken) ?? _triggers.ListVerbOutcome(tokens, s, count.FirstToken, earlier)
            ?? _triggers.FoundVerbBeforeOn(tokens, s, count.FirstToken);
        // "دمرت 4 مضافات و3 أنفاق": joined to hideouts just counted, it shares their outcome. A list may set a comma
        // before its و ("12 نفقا، و24 وكرا").
        // Their owner may stand between, a noun with the possessive lam ("12 وكرا للإرهابيين و5 أنفاق"): it belongs to
        // the noun phrase of the hideouts before it.
        if (outcome is null && earlier is { Count: > 0 } && earlier[^1] is { Kind: FigureKind.Hideout } joined
            && (JoinedAfterListComma(tokens, joined.Last, count.FirstToken)
                || (IsisOwnerAfter(tokens, s, joined.Last) is { } owner && JoinedAfterListComma(tokens, owner, count.FirstToken))))
        {
            outcome = joined.Outcome;
        }
        if (outcome is null)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Hideout, HideoutKind = kind, Outcome = outcome.Value, Count = (int)count.Value, Approximate = count.Approximate,
            First = count.FirstToken, Last = headLast, Sentence = s.Index, Rule = rule,
        };
    }
}
