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
/// are not counts) and holds nothing mutable, so concurrent extractions never share one.
/// </summary>
internal sealed partial class FigureFinder(ExtractionLexicon lexicon, NumberReader numbers, bool[] blocked)
{
    private const int TriggerReach = 5;
    private const long MaxFigure = 1_000_000;

    /// <summary>How far before a figure of people a martyrdom word ("استشهاد"، "نعت") makes them the forces' dead.</summary>
    private const int MartyrdomWordsBefore = 3;

    /// <summary>How far after the figure's noun a martyrdom verb that follows its subject ("استشهدا") is looked for.</summary>
    private const int MartyrdomWordsAfter = 2;

    private readonly bool[] _blocked = blocked;

    /// <summary>
    /// The word lists one of which the implicit readers (ReadImplicit to ReadStrikeNoun) each need at their token, as
    /// bits of <see cref="Token.MayStartAPhraseOfAny"/>: most tokens start none, and are told so by one test instead
    /// of eight look-ups. Zero (no test) when a list's number is past the 64 a token keeps.
    /// </summary>
    private readonly ulong _implicitStarts = StartBits(
        lexicon.CasualtyTriggers.Number, lexicon.DestroyTriggers.Number, lexicon.FoundTriggers.Number,
        lexicon.Hideouts.Number, lexicon.Persons.Number, lexicon.StrikeNouns.Number, lexicon.VictimNouns.Number);

    private static ulong StartBits(params ReadOnlySpan<int> matchers)
    {
        ulong bits = 0;
        foreach (var m in matchers)
        {
            if (m >= 64)
            {
                return 0;
            }
            bits |= 1UL << m;
        }
        return bits;
    }

    /// <summary>False when no implicit reader can read a figure at token i (see <see cref="_implicitStarts"/>).</summary>
    private bool MayReadImplicitAt(IReadOnlyList<Token> tokens, int i) =>
        _implicitStarts == 0 || tokens[i].Kind != TokenKind.Punctuation && tokens[i].MayStartAPhraseOfAny(_implicitStarts);

    public List<Figure> Find(IReadOnlyList<Token> tokens, Sentence sentence, Sentence? next = null)
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
                var figure = ReadCounted(tokens, sentence, count, figures);
                if (figure is not null && IsTakenOutAsNonEvent(tokens, sentence, figure, ref nonEvent))
                {
                    i = Math.Max(figure.Last, count.LastToken) + 1;
                    continue;
                }
                if (figure is not null)
                {
                    MarkBreakdown(tokens, sentence, figure, figures);
                    MarkAmongTheCounted(tokens, sentence, figure);
                    figures.Add(figure);
                    i = ExtendWithCompanions(tokens, sentence, figure, figures) + 1;
                    continue;
                }
                i = count.LastToken + 1;
                continue;
            }
            if (!MayReadImplicitAt(tokens, i))
            {
                i++;
                continue;
            }
            var implicitFigure = ReadImplicit(tokens, sentence, i, figures) ?? ReadConjoinedHideout(tokens, sentence, i, figures) ?? ReadDual(tokens, sentence, i, figures)
                ?? ReadNamedMemberAfterSubject(tokens, sentence, i, figures) ?? ReadStrikeNoun(tokens, sentence, i)
                ?? ReadNounAndNumeralOne(tokens, sentence, i, figures) ?? ReadIndefiniteVictim(tokens, sentence, i, figures)
                ?? ReadGappedOne(tokens, sentence, i, figures) ?? ReadPronounWithCompanions(tokens, sentence, i)
                ?? ReadVictimNoun(tokens, sentence, i, figures);
            if (implicitFigure is not null && IsTakenOutAsNonEvent(tokens, sentence, implicitFigure, ref nonEvent))
            {
                i = Math.Max(implicitFigure.Last, i) + 1;
                continue;
            }
            if (implicitFigure is not null)
            {
                // "مقتل ستة إرهابيين بينهم انتحاريان": a dual or singular noun after a breakdown cue is among
                // the total, as a counted one is.
                MarkBreakdown(tokens, sentence, implicitFigure, figures);
                MarkAmongTheCounted(tokens, sentence, implicitFigure);
                figures.Add(implicitFigure);
                i = ExtendWithCompanions(tokens, sentence, implicitFigure, figures) + 1;
                continue;
            }
            i++;
        }
        RemoveJudicialExecutions(tokens, sentence, figures);
        RemoveAnniversaryCounts(tokens, sentence, figures);
        ResolveFoundHideouts(tokens, sentence, figures, next);
        SideOfVictimLists(figures);
        Figure? previousCasualty = null;
        foreach (var f in figures.Where(f => f.Kind == FigureKind.Casualty))
        {
            // "ما يرفع الحصيلة إلى 11 قتيلا و4 جرحى": the count joined to a risen toll is the toll's too.
            f.Correction = IsCorrection(tokens, sentence, f)
                || (previousCasualty is { Correction: true } toll
                    && ((f.First == toll.Last + 1 && tokens[f.First].Text.StartsWith('و')) || (f.First == toll.Last + 2 && tokens[toll.Last + 1].Text == "و")));
            previousCasualty = f;
        }
        MarkTheRise(figures);
        foreach (var f in figures)
        {
            f.Another |= f.Last + 1 <= sentence.Last && lexicon.AnotherMarkers.MatchAt(tokens, f.Last + 1) is not null && f.Rule.StartsWith("trigger", StringComparison.Ordinal);
        }
        return figures;
    }

    private Figure? ReadCounted(IReadOnlyList<Token> tokens, Sentence s, CountExpression count, List<Figure> earlier)
    {
        // No operation or tally counts a million people or hideouts: such a number is money, oil or noise.
        if (IsCombinedCount(tokens, s, count.FirstToken, earlier) || count.Value > MaxFigure)
        {
            return null;
        }
        var k = SkipBracketClose(tokens, count, SkipQuotes(tokens, count.LastToken + 1, s), s);
        if (k > s.Last)
        {
            return Headcount(tokens, s, count) ?? BareCount(tokens, s, count, earlier, count.LastToken);
        }

        // "اعتقال 7 إرهابيين، 4 منهم في نينوى و3 في الأنبار": a share of the people just counted.
        if (lexicon.OfThem.MatchAt(tokens, k) is { } ofThem && earlier.LastOrDefault(e => e.Kind == FigureKind.Casualty && !e.Breakdown) is { } whole && whole.Count > count.Value)
        {
            return ShareOf(whole, count, ofThem.Last, s);
        }
        // "مقتل خمسة إرهابيين، ثلاثة في كركوك واثنان في صلاح الدين": a bare count set off by a comma right after the
        // people just counted, and followed by where, is their first share, as "ثلاثة منهم" would be.
        if (tokens[k].Text is "في" or "فى" && count.FirstToken - 2 >= s.First && tokens[count.FirstToken - 1].Text == ","
            && earlier.Count > 0 && earlier[^1] is { Kind: FigureKind.Casualty, Breakdown: false } counted
            && counted.Last == count.FirstToken - 2 && counted.Count > count.Value)
        {
            return ShareOf(counted, count, count.LastToken, s);
        }
        // "... و3 في الأنبار" right after such a share: the next share of the same people.
        if (tokens[k].Text is "في" or "فى" && count.FirstToken > s.First && tokens[count.FirstToken - 1].Text == "و"
            && earlier.Count > 0 && earlier[^1] is { Breakdown: true, Rule: "count-of-them" } share)
        {
            return ShareOf(share, count, count.LastToken, s);
        }

        // "14 من عناصره", "ثلاثة من أفراد الجيش", "310 من مضافات داعش", "4 من تنظيم داعش"
        if (tokens[k].Text == "من" && k + 1 <= s.Last)
        {
            var after = SkipHeadAdjectives(tokens, k + 1, s);
            if (lexicon.Hideouts.MatchAt(tokens, after) is { } hm)
            {
                return HideoutFigure(tokens, s, count, hm.Value.Kind, hm.Last, "count-of-hideouts", earlier);
            }
            if (lexicon.Persons.MatchAt(tokens, after) is { } pm)
            {
                return PersonFigure(tokens, s, count, pm.Value, pm.Last, null, earlier, "count-of-persons");
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
        if (lexicon.CategoryNouns.MatchAt(tokens, k) is { } cm)
        {
            // "3 قتلى", "4 جثث لإرهابيي داعش"
            return OneOfTheKnown(tokens, s, count, k, PersonFigure(tokens, s, count, new PersonNoun(CasualtySide.Isis, GrammaticalNumber.Plural, true), cm.Last, cm.Value, earlier, "count-category-noun"));
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
    private Figure? BareCount(IReadOnlyList<Token> tokens, Sentence s, CountExpression count, List<Figure> earlier, int last)
    {
        var previous = earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty);
        var trigger = TriggerBefore(tokens, s, count.FirstToken, 0);
        // "وواحد في بعقوبة": a gapped count, even of one in words (which alone is as often "one of").
        if (previous is not null && trigger is null && IsGappedCount(tokens, s, count, last, previous))
        {
            var gapped = MoreOf(previous, previous.Category, count, last, s, "gapped-count");
            // "ستة منهم في بغداد، وأربعة في الموصل": one more share of the same total.
            gapped.Breakdown = previous.Breakdown;
            gapped.ParallelTo = previous;
            return gapped;
        }
        if (count.InWords && count.Value == 1)
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
                Kind = FigureKind.Casualty, Category = restated, Side = corrected?.Side ?? ContextSide(tokens, s, count.FirstToken),
                SideExplicit = corrected?.SideExplicit ?? false, Count = (int)count.Value, Approximate = count.Approximate,
                First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "restated-count",
            };
        }
        if (trigger is null || previous is null)
        {
            return null;
        }
        var more = MoreOf(previous, trigger.Value, count, last, s, "bare-count-after-trigger");
        return MartyrsAreNotIsis(tokens, s, count.FirstToken, more);
    }

    /// <summary>
    /// "قتل الحشد 18 من عناصر داعش ... فيما استشهد 4 من مقاتليه": a count right after a martyrdom word ("استشهد")
    /// names the forces' dead even when the people it counts are only "his fighters" and the figure before it was
    /// ISIS's: a martyr is never ISIS's.
    /// </summary>
    private Figure MartyrsAreNotIsis(IReadOnlyList<Token> tokens, Sentence s, int countFirst, Figure figure)
    {
        if (figure.Side != CasualtySide.Isis)
        {
            return figure;
        }
        for (var j = countFirst - 1; j >= Math.Max(s.First, countFirst - MartyrdomWordsBefore); j--)
        {
            if (lexicon.Martyrdom.MatchAt(tokens, j) is { } m && m.Last < countFirst)
            {
                figure.Side = CasualtySide.Security;
                figure.SideExplicit = false;
                return figure;
            }
        }
        return figure;
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
    private CasualtyCategory? RestatedCategory(IReadOnlyList<Token> tokens, Sentence s, int countFirst)
    {
        var to = countFirst - 1;
        if (to - 1 < s.First || tokens[to].Text != "الي")
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

    /// <summary>"قتل وأصيب ثلاثة": one count for two outcomes, a total that the text breaks down elsewhere.</summary>
    private bool IsCombinedCount(IReadOnlyList<Token> tokens, Sentence s, int first, List<Figure> earlier)
    {
        var j = first - 1;
        // "قتل وجرح فيها 8147": a pronoun between the verbs and the count.
        if (j > s.First && tokens[j].IsWord && tokens[j].Text is "فيها" or "فيه" or "خلالها" or "خلاله" or "منهم" or "بينهم")
        {
            j--;
            first--;
        }
        if (j - 1 < s.First || !tokens[j].Text.StartsWith('و'))
        {
            return false;
        }
        var second = lexicon.CasualtyTriggers.MatchAt(tokens, j);
        if (second is null || second.Last != first - 1)
        {
            return false;
        }
        for (var k = j - 1; k >= Math.Max(s.First, j - 3); k--)
        {
            if (lexicon.CasualtyTriggers.MatchAt(tokens, k) is { } m && m.Last == j - 1)
            {
                // "4 جنود قتلوا وأصيب 7 آخرون": a plural (or dual) verb agrees with people told before it and closes
                // their figure; the count is the second verb's. "قتل وأصيب ثلاثة" has verbs before their subject,
                // which Arabic leaves singular. "لقي خمسة ... حتفهم وأصيب سبعة آخرون": so does a noun whose plural or
                // dual pronoun points back to the people told before it.
                var closesAFigure = earlier.Count > 0 && earlier[^1].Last < k && m.First == m.Last && tokens[k].Text.Length > 3
                    && (tokens[k].Text.EndsWith("وا", StringComparison.Ordinal) || tokens[k].Text.EndsWith("ا", StringComparison.Ordinal)
                        || tokens[k].Text.EndsWith("هم", StringComparison.Ordinal));
                return m.Value != second.Value && !closesAFigure;
            }
        }
        return false;
    }

    /// <summary>"مطلوبين بقضايا قتل وتفجير", "بتهمة قتل": the verb names a charge.</summary>
    private bool IsCharge(IReadOnlyList<Token> tokens, Sentence s, int trigger) =>
        trigger - 1 >= s.First && lexicon.ChargeWords.MatchAt(tokens, trigger - 1) is { } c && c.Last == trigger - 1;

    /// <summary>"اللواء 47", "المادة ٤": a number that names a unit or an article.</summary>
    private bool IsDesignation(IReadOnlyList<Token> tokens, Sentence s, CountExpression count) =>
        !count.InWords && count.FirstToken == count.NumberToken && count.FirstToken - 1 >= s.First
        && lexicon.Designators.MatchAt(tokens, count.FirstToken - 1) is { } d && d.Last == count.FirstToken - 1;

    /// <summary>"الفرقة 15": a number in digits right after a word that names a unit or an article.</summary>
    private bool IsUnitNumber(IReadOnlyList<Token> tokens, Sentence s, int j) =>
        j - 1 >= s.First && lexicon.Designators.MatchAt(tokens, j - 1) is { } d && d.Last == j - 1;

    /// <summary>How many words may stand between a figure and the "في" of its place for a gapped count to follow it.</summary>
    private const int GappedFigureWordsBeforePlace = 2;

    /// <summary>
    /// "اعتقلت ستة إرهابيين في بغداد، وأربعة في الموصل": a count joined by "و" that stands where the last figure
    /// stood, right before "في" and where, counts the same people; Arabic leaves out the verb and the noun it repeats.
    /// </summary>
    private static bool IsGappedCount(IReadOnlyList<Token> tokens, Sentence s, CountExpression count, int last, Figure previous)
    {
        var joined = tokens[count.FirstToken].Text.StartsWith('و') || (count.FirstToken > s.First && tokens[count.FirstToken - 1].Text == "و");
        // "ستة منهم في بغداد", "خمسة متهمين بالإرهاب في الرمادي": a word or two (the share, the charge) may stand
        // between the last figure and its "في".
        var after = previous.Last + 1;
        while (after <= s.Last && after <= previous.Last + GappedFigureWordsBeforePlace && tokens[after].IsWord && tokens[after].Text != "في")
        {
            after++;
        }
        return joined && previous.Sentence == s.Index && last + 1 <= s.Last && tokens[last + 1].Text == "في"
            && after <= s.Last && tokens[after].Text == "في" && after < count.FirstToken;
    }

    private Figure? InheritedFigure(IReadOnlyList<Token> tokens, Sentence s, CountExpression count, int last, List<Figure> earlier, string rule)
    {
        var category = TriggerBefore(tokens, s, count.FirstToken, TriggerReach) ?? TriggerAfter(tokens, s, last);
        var previous = earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty);
        if (category is null)
        {
            return null;
        }
        // "منهم" points back to the people last named: "موقع لتنظيم داعش ... مقتل 4 منهم".
        var referent = previous is null ? ArrestedReferentSide(category.Value, ReferentSide(tokens, s, count.FirstToken)) : null;
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category.Value,
            Side = previous?.Side ?? referent ?? (category.Value == CasualtyCategory.Arrested ? CasualtySide.Isis : ContextSide(tokens, s, null)), SideExplicit = previous?.SideExplicit ?? referent is not null,
            // "قتل 3 ... وقتل 3 آخرين": more of the same; "مقتل 3 واعتقال 12 آخرين" only names other people.
            Another = rule == "count-others" && previous is not null && previous.Category == category.Value,
            Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = rule,
        };
    }

    private Figure? PersonFigure(IReadOnlyList<Token> tokens, Sentence s, CountExpression count, PersonNoun noun, int headLast, CasualtyCategory? category, List<Figure> earlier, string rule)
    {
        // Verb, subject, object: "اعتقلت قوات النخبة ... في أربيل، ثلاثة من عناصر داعش" reaches further back.
        category ??= TriggerBefore(tokens, s, count.FirstToken, TriggerReach) ?? TriggerAfter(tokens, s, headLast)
            ?? TriggerBefore(tokens, s, count.FirstToken, 16) ?? ObjectPronounTriggerAfter(tokens, s, headLast, count.Value);
        if (category is null)
        {
            return null;
        }
        var (side, explicitSide) = ResolveSide(tokens, s, noun, count.FirstToken, headLast, category.Value);
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category.Value, Side = side, SideExplicit = explicitSide,
            Count = (int)Math.Min(count.Value, int.MaxValue), Approximate = count.Approximate, First = count.FirstToken, Last = headLast, Sentence = s.Index, Rule = rule,
        };
    }

    private Figure? HideoutFigure(IReadOnlyList<Token> tokens, Sentence s, CountExpression count, HideoutKind kind, int headLast, string rule, List<Figure>? earlier = null)
    {
        var outcome = HideoutOutcomeBefore(tokens, s, count.FirstToken) ?? ListVerbOutcome(tokens, s, count.FirstToken, earlier);
        // "دمرت 4 مضافات و3 أنفاق": joined to hideouts just counted, it shares their outcome.
        if (outcome is null && earlier is { Count: > 0 } && earlier[^1] is { Kind: FigureKind.Hideout } joined
            && count.FirstToken - joined.Last <= 2 && (tokens[count.FirstToken - 1].Text == "و" || tokens[count.FirstToken].Text.StartsWith('و')))
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

    /// <summary>A trigger followed by a singular or dual noun: "تدمير مضافة", "مقتل الإرهابي", "اعتقال ثالث", "عنصرين".</summary>
    private Figure? ReadImplicit(IReadOnlyList<Token> tokens, Sentence s, int i, List<Figure> earlier)
    {
        var casualty = lexicon.CasualtyTriggers.MatchAt(tokens, i);
        if (casualty is not null && IsCharge(tokens, s, i))
        {
            // "اعتقال متهم بجريمة قتل وشخصين بتهمة الخطف": the verb names a charge, not the fate of the people after it.
            casualty = null;
        }
        var destroy = lexicon.DestroyTriggers.MatchAt(tokens, i);
        var found = lexicon.FoundTriggers.MatchAt(tokens, i);
        if (casualty is null && destroy is null && found is null)
        {
            return null;
        }
        var triggerLast = Math.Max(casualty?.Last ?? -1, Math.Max(destroy?.Last ?? -1, found?.Last ?? -1));
        var k = SkipFillers(tokens, triggerLast + 1, s);
        if (k > s.Last)
        {
            return null;
        }
        if ((destroy ?? found) is not null && lexicon.Hideouts.MatchAt(tokens, k) is { } h)
        {
            var n = NounCount(tokens, h.Value.Number, h.Last, s);
            if (n is null)
            {
                return null;
            }
            return new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = h.Value.Kind, Outcome = destroy is not null ? HideoutOutcome.Destroyed : HideoutOutcome.Found,
                Count = n.Value.Count, Implicit = n.Value.Implicit, First = i, Last = n.Value.Last, Sentence = s.Index, Rule = "trigger-hideout-noun",
            };
        }
        if (casualty is null)
        {
            return null;
        }
        // "قتل مسلحين اثنين وأسر ثالث": one more of the same people; "استشهد منتسب وأصيب آخران": two more.
        var more = lexicon.OrdinalOneMore.MatchAt(tokens, k) is { } one ? (one.Last, Count: 1, Rule: "trigger-ordinal-one-more")
            : lexicon.TwoMore.MatchAt(tokens, k) is { } two ? (two.Last, Count: 2, Rule: "trigger-two-more")
            : default;
        if (more.Count > 0 && earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty) is { } previous)
        {
            return new Figure
            {
                Kind = FigureKind.Casualty, Category = casualty.Value, Side = previous.Side, SideExplicit = previous.SideExplicit,
                Count = more.Count, First = i, Last = more.Last, Sentence = s.Index, Rule = more.Rule,
            };
        }
        if (lexicon.Persons.MatchAt(tokens, k) is { } p)
        {
            var n = NounCount(tokens, p.Value.Number, p.Last, s);
            if (n is null)
            {
                return null;
            }
            var (side, explicitSide) = ResolveSide(tokens, s, p.Value, i, n.Value.Last, casualty.Value);
            if (lexicon.Martyrdom.MatchAt(tokens, i) is not null && side == CasualtySide.Isis)
            {
                side = CasualtySide.Security;
            }
            return new Figure
            {
                Kind = FigureKind.Casualty, Category = casualty.Value, Side = side, SideExplicit = explicitSide,
                Count = n.Value.Count, Implicit = n.Value.Implicit, First = i, Last = n.Value.Last, Sentence = s.Index, Rule = "trigger-person-noun",
            };
        }
        return null;
    }

    /// <summary>"تدمير خمس مضافات ونفق": a hideout joined by و to hideouts just counted shares their outcome.</summary>
    private Figure? ReadConjoinedHideout(IReadOnlyList<Token> tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Kind: FigureKind.Hideout } previous || previous.Last != i - 1 || !tokens[i].Text.StartsWith('و'))
        {
            return null;
        }
        if (lexicon.Hideouts.MatchAt(tokens, i) is { } h && NounCount(tokens, h.Value.Number, h.Last, s) is { } n)
        {
            // "قرابة 15 مضافة ومخبأ": after eleven and more the noun is singular, and a singular joined to it shares the count.
            // "1200 وكر ومضافة ونفق": the chain goes on sharing.
            var counted = previous.Rule == "shared-count" ? earlier.LastOrDefault(f => f.Kind == FigureKind.Hideout && f.Rule != "shared-count") ?? previous : previous;
            var sharing = previous.Rule == "shared-count" || lexicon.Hideouts.MatchAt(tokens, previous.Last) is { Value.Number: GrammaticalNumber.Singular };
            if (counted.Count >= 11 && h.Value.Number == GrammaticalNumber.Singular && sharing)
            {
                return new Figure
                {
                    Kind = FigureKind.Hideout, HideoutKind = h.Value.Kind, Outcome = previous.Outcome, Count = 0,
                    First = i, Last = h.Last, Sentence = s.Index, Rule = "shared-count", Conjoined = true, Breakdown = true,
                };
            }
            return new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = h.Value.Kind, Outcome = previous.Outcome, Count = n.Count,
                First = i, Last = n.Last, Sentence = s.Index, Rule = "conjoined-hideout", Conjoined = true,
            };
        }
        return null;
    }

    /// <summary>
    /// "سقط قتيل وثلاثة جرحى"، "ارتقاء شهيدين"، "قتيل وجريح": an indefinite singular or dual noun of the dead or the
    /// wounded counts one or two without a numeral, when a casualty verb stands just before it or it is one of a list
    /// of victims joined by و. Whose they are is read from the sentence as for any count of them; a martyr is never
    /// ISIS's. A definite one ("جثماني الشهيدين") points back to people already counted and counts nobody.
    /// </summary>
    private Figure? ReadVictimNoun(IReadOnlyList<Token> tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (lexicon.VictimNouns.MatchAt(tokens, i, allowArticleOnFirst: false) is not { } noun
            || (i > s.First && (tokens[i - 1].IsNumber || lexicon.VictimNounsNotAfter.Contains(tokens[i - 1].Text)))
            || (earlier.Count > 0 && earlier[^1].Last >= i))
        {
            return null;
        }
        var listed = (noun.Last + 1 <= s.Last && tokens[noun.Last + 1].Text.StartsWith('و')
                && (numbers.ReadAt(tokens, noun.Last + 1) is not null || lexicon.VictimNouns.MatchAt(tokens, noun.Last + 1, allowArticleOnFirst: false) is not null))
            || (tokens[i].Text.StartsWith('و') && earlier.Count > 0 && earlier[^1].Last == i - 1 && earlier[^1].Kind == FigureKind.Casualty);
        // The verb must be one: a victim noun before it ("بين قتيل وجريح") is a list the guard above has refused.
        if (!listed && (TriggerMatchBefore(tokens, s, i, AssemblerLimits.VictimNounTriggerReach) is not { } verb
            || lexicon.VictimNouns.MatchAt(tokens, verb.First, allowArticleOnFirst: false) is not null))
        {
            return null;
        }
        var (category, number) = noun.Value;
        var count = number == GrammaticalNumber.Dual ? 2 : 1;
        var (side, explicitSide) = ResolveSide(tokens, s, new PersonNoun(CasualtySide.Isis, number, true), i, noun.Last, category);
        if (side == CasualtySide.Isis && lexicon.Martyrdom.MatchAt(tokens, i) is not null)
        {
            side = CasualtySide.Security;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category, Side = side, SideExplicit = explicitSide,
            Count = count, Implicit = number == GrammaticalNumber.Singular, First = i, Last = noun.Last, Sentence = s.Index, Rule = "victim-noun",
        };
    }

    /// <summary>A dual noun counts two even when its verb stands far before it ("اعتقلت قوات الأسايش ... عنصرين").</summary>
    private Figure? ReadDual(IReadOnlyList<Token> tokens, Sentence s, int i, List<Figure> earlier)
    {
        var person = lexicon.Persons.MatchAt(tokens, i);
        // "إرهابيين اثنين": the numeral two follows its noun, which unvowelled reads as the plural too.
        if (person is { Value.Number: not GrammaticalNumber.Singular } counted && counted.Last + 1 <= s.Last
            && tokens[counted.Last + 1] is { IsWord: true } numeral && !numeral.Text.StartsWith('و') && numbers.WordValue(numeral.Text) == 2
            && (earlier.Count == 0 || earlier[^1].Last < i))
        {
            return PersonFigure(tokens, s, new CountExpression(i, counted.Last + 1, 2, false, true), counted.Value, counted.Last + 1, null, earlier, "noun-and-numeral-two");
        }
        if (person is { Value.Number: GrammaticalNumber.Dual } p)
        {
            // "الإطاحة بأخطر القياديين": a superlative before a definite plural (which unvowelled looks dual) is one of them.
            var before = i - 1;
            while (before > s.First && tokens[before].Text is "\"")
            {
                before--;
            }
            if (before >= s.First && tokens[i].Text.StartsWith("ال", StringComparison.Ordinal) && lexicon.Elatives.MatchAt(tokens, before) is { } elative && elative.Last == before)
            {
                var figure = PersonFigure(tokens, s, new CountExpression(before, before, 1, false, true), p.Value, p.Last, null, earlier, "superlative-one");
                if (figure is not null)
                {
                    figure.Implicit = true;
                }
                return figure;
            }
            // "أغلب الانتحاريين قتلوا": a quantifier before a definite plural (which unvowelled looks dual) counts nobody.
            if (before >= s.First && tokens[i].Text.StartsWith("ال", StringComparison.Ordinal) && lexicon.Quantifiers.MatchAt(tokens, before) is { } quantifier && quantifier.Last == before)
            {
                return null;
            }
            // "قيادي من الانتحاريين", "اثنان منهم من القياديين": after the partitive "من" a definite noun is the group
            // someone belongs to, a plural; a dual would be counted before it ("اثنين من").
            if (before >= s.First && tokens[i].Text.StartsWith("ال", StringComparison.Ordinal) && tokens[before].Text == "من")
            {
                return null;
            }
            return PersonFigure(tokens, s, new CountExpression(i, i, 2, false, true), p.Value, p.Last, null, earlier, "dual-person");
        }
        if (lexicon.Hideouts.MatchAt(tokens, i) is { Value.Number: GrammaticalNumber.Dual } h)
        {
            var outcome = HideoutOutcomeBefore(tokens, s, i, 16);
            return outcome is null ? null : new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = h.Value.Kind, Outcome = outcome.Value, Count = 2, First = i, Last = h.Last, Sentence = s.Index, Rule = "dual-hideout",
            };
        }
        // "ضبطت قوات الأمن وكرا": an indefinite singular hideout after its verb and the verb's subject is one; so is
        // one after a day ("دمرت يوم 3/11 وكرا"), whose number is no count of it.
        if (lexicon.Hideouts.MatchAt(tokens, i) is { Value.Number: GrammaticalNumber.Singular } one && !tokens[i].Text.Contains("ال", StringComparison.Ordinal)
            && (i == s.First || !tokens[i - 1].IsNumber || _blocked[i - 1]) && HideoutOutcomeBefore(tokens, s, i, 10) is { } singleOutcome)
        {
            return new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = one.Value.Kind, Outcome = singleOutcome, Count = 1, Implicit = true,
                First = i, Last = one.Last, Sentence = s.Index, Rule = "singular-hideout-after-subject",
            };
        }
        return null;
    }

    /// <summary>How many words the subject of a verb may take between the verb and its object ("اعتقلت مفرزة من مديرية الاستخبارات العسكرية ...").</summary>
    private const int SubjectReach = 8;

    /// <summary>
    /// "اعتقلت مفرزة من مديرية الاستخبارات العسكرية الإرهابي المكنى أبو عمر": Arabic puts the subject between the
    /// verb and its object, so one ISIS member named after a subject is one figure of the verb. Only a member the text
    /// goes on to name (المكنى، المدعو، الملقب) or an indefinite one ("إرهابيا"): a bare "الإرهابي" is as often the
    /// adjective of the organisation before it ("تنظيم داعش الإرهابي").
    /// </summary>
    private Figure? ReadNamedMemberAfterSubject(IReadOnlyList<Token> tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (i > s.First && (tokens[i - 1].IsNumber || lexicon.IsisOrgs.MatchAt(tokens, i - 1) is not null))
        {
            return null;
        }
        if (BelongingPerson(tokens, s, i) is { } belonging)
        {
            return OneAfterSubject(tokens, s, i, belonging, earlier);
        }
        if (lexicon.Persons.MatchAt(tokens, i) is not { Value: { Number: GrammaticalNumber.Singular, Ambiguous: false, Side: CasualtySide.Isis } } person)
        {
            return null;
        }
        var named = person.Last + 1 <= s.Last && lexicon.NameIntroducers.MatchAt(tokens, person.Last + 1) is not null;
        var indefinite = !tokens[i].Text.StartsWith("ال", StringComparison.Ordinal) && tokens[i].Text.EndsWith('ا');
        // "اعتقلت قوة ... ما يسمى والي كركوك": a title of ISIS's with what it rules names one man.
        var titled = person.Last + 1 <= s.Last && tokens[person.Last + 1].IsWord && lexicon.IsisTitles.MatchAt(tokens, i) is not null;
        if (!named && !indefinite && !titled)
        {
            return null;
        }
        return OneAfterSubject(tokens, s, i, person.Last, earlier);
    }

    /// <summary>One ISIS member at [i, last], the object of the casualty verb before the subject.</summary>
    private Figure? OneAfterSubject(IReadOnlyList<Token> tokens, Sentence s, int i, int last, List<Figure> earlier)
    {
        var trigger = TriggerMatchBefore(tokens, s, i, SubjectReach);
        if (trigger is null || (earlier.Count > 0 && earlier[^1].Last >= trigger.First))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = trigger.Value, Side = CasualtySide.Isis, SideExplicit = true, Count = 1, Implicit = true,
            First = i, Last = last, Sentence = s.Index, Rule = "named-member-after-subject",
        };
    }

    /// <summary>
    /// "اعتقلت قوات الأسايش ... شخصا يرتبط بتنظيم داعش"، "اعتقال رجل ينتمي لداعش": one person at large (lexicon
    /// onePerson) whose next words say he belongs to ISIS (terrorCharges) is one ISIS member; the last token of the
    /// person, or null.
    /// </summary>
    private int? BelongingPerson(IReadOnlyList<Token> tokens, Sentence s, int i)
    {
        if (lexicon.OnePerson.MatchAt(tokens, i, allowArticleOnFirst: false) is not { } person)
        {
            return null;
        }
        for (var j = person.Last + 1; j <= Math.Min(s.Last, person.Last + AssemblerLimits.BelongingReach); j++)
        {
            if (lexicon.TerrorCharges.MatchAt(tokens, j) is not null)
            {
                return person.Last;
            }
        }
        return null;
    }

    /// <summary>"نفذت ... ضربة جوية", "ضربتين جويتين": air strikes named without a numeral.</summary>
    private Figure? ReadStrikeNoun(IReadOnlyList<Token> tokens, Sentence s, int i)
    {
        if (lexicon.StrikeNouns.MatchAt(tokens, i) is not { } m || m.Value == GrammaticalNumber.Plural || (i > s.First && tokens[i - 1].IsNumber))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Strikes, Count = m.Value == GrammaticalNumber.Dual ? 2 : 1, Implicit = m.Value == GrammaticalNumber.Singular,
            First = i, Last = m.Last, Sentence = s.Index, Rule = "strike-noun",
        };
    }

    /// <summary>
    /// "سقط قتيل وثلاثة جرحى من المدنيين": the people a list of victims goes on to name are those of the whole list, so
    /// a victim noun whose side the sentence left open takes the side of the count joined to it.
    /// </summary>
    private static void SideOfVictimLists(List<Figure> figures)
    {
        for (var k = figures.Count - 2; k >= 0; k--)
        {
            if (figures[k] is { Rule: "victim-noun", SideExplicit: false } noun && figures[k + 1] is { Kind: FigureKind.Casualty, SideExplicit: true } joined
                && joined.First == noun.Last + 1 && joined.Side != CasualtySide.Isis)
            {
                noun.Side = joined.Side;
                noun.SideExplicit = true;
            }
        }
    }

    /// <summary>How many a bare noun counts: a singular one, a dual two, a plural followed by a number word that many.</summary>
    private (int Count, bool Implicit, int Last)? NounCount(IReadOnlyList<Token> tokens, GrammaticalNumber number, int last, Sentence s)
    {
        // "إرهابيين اثنين", "أوكار ثلاثة": the number after the noun.
        // "الإرهابيين الثلاثة": the definite number after a definite noun.
        var next = last + 1 <= s.Last && tokens[last + 1].IsWord ? tokens[last + 1].Text : null;
        if (next is not null && next.StartsWith("ال", StringComparison.Ordinal) && next.Length > 4 && tokens[last].Text.StartsWith("ال", StringComparison.Ordinal))
        {
            next = next[2..];
        }
        if (next is not null && numbers.WordValue(next) is { } after && (!next.StartsWith('و') || lexicon.NumeralOne.Contains(next)))
        {
            return (after, false, last + 1);
        }
        // "أفراد الخلية الأربعة": the definite numeral agrees with people named by what they belong to.
        if (number == GrammaticalNumber.Plural && DefiniteNumeralAfterGenitive(tokens, last, s) is { } members)
        {
            return (members.Count, false, members.Last);
        }
        return number switch
        {
            GrammaticalNumber.Singular => (1, true, last),
            GrammaticalNumber.Dual => (2, false, last),
            _ => null,
        };
    }

    /// <summary>
    /// "القبض على أفراد الخلية الأربعة", "قتل أفراد المفرزة الإرهابية الثلاثة": an indefinite plural of people, the
    /// definite noun of what they belong to (with a definite adjective or none), and a definite numeral of three or
    /// more, which agrees with the people (a cell is not four).
    /// </summary>
    private (int Count, int Last)? DefiniteNumeralAfterGenitive(IReadOnlyList<Token> tokens, int last, Sentence s)
    {
        if (tokens[last].Text.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        for (var k = last + 2; k <= Math.Min(s.Last, last + 1 + AssemblerLimits.GenitiveOwnerWords); k++)
        {
            if (!IsDefiniteWord(tokens[k - 1]) || numbers.WordValue(tokens[k - 1].Text[2..]) is not null || !IsDefiniteWord(tokens[k]))
            {
                return null;
            }
            if (numbers.WordValue(tokens[k].Text[2..]) is { } value)
            {
                return value >= 3 ? (value, k) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "قتل راعي أغنام وابنه", "مقتل مزارع وزوجته": the wife or child of a civilian victim is one more civilian of the
    /// same figure (2), not a civilian beside a fighter; a fighter's wife stays a civilian of her own.
    /// </summary>
    private static bool IsCivilianVictim(Figure figure) => figure.Side == CasualtySide.Civilian;

    private static bool IsDefiniteWord(Token t) => t.IsWord && t.Text.StartsWith("ال", StringComparison.Ordinal) && t.Text.Length > 4;

    /// <summary>
    /// "والي العراق وثمانية من أبرز مساعديه" = 9, "ومعاونه وثلاثة من مرافقيه": people joined to the figure just read.
    /// A wife or child joined to a fighter is a civilian of her own.
    /// </summary>
    private int ExtendWithCompanions(IReadOnlyList<Token> tokens, Sentence s, Figure figure, List<Figure> figures)
    {
        if (figure.Kind != FigureKind.Casualty)
        {
            return figure.Last;
        }
        var last = figure.Last;
        var j = figure.Last + 1;
        var skipped = 0;
        while (j <= s.Last && skipped <= 10)
        {
            var t = tokens[j];
            // "اعتقال المسؤول عن نقل الانتحاريين في ما يسمى ولاية نينوى، برفقة اثنين من مساعديه"، "...، ومعاونه": a
            // comma before a man's own companions does not part them.
            var beforeCompanion = t.Text == "," && j + 1 <= s.Last
                && ((tokens[j + 1].Text.StartsWith('و') && lexicon.Companions.MatchAt(tokens, j + 1) is { Value: false })
                    || (lexicon.CompanionWith.MatchAt(tokens, j + 1) is { } commaWith && CompanionsAfterWith(tokens, s, commaWith.Last + 1) is not null));
            if (t.IsClauseBreak && t.Text != "\"" && t.Text != "(" && t.Text != ")" && !beforeCompanion)
            {
                break;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null || lexicon.DestroyTriggers.MatchAt(tokens, j) is not null)
            {
                break;
            }
            // "تعتقل قياديا في داعش برفقة اثنين من مساعديه": his own companions, "with" him.
            if (lexicon.CompanionWith.MatchAt(tokens, j) is { } with && CompanionsAfterWith(tokens, s, with.Last + 1) is { } joined)
            {
                figure.Count += joined.Count;
                figure.Implicit = false;
                last = j = joined.Last;
                j++;
                skipped = 0;
                continue;
            }
            if (t.IsWord && t.Text.StartsWith('و'))
            {
                if (lexicon.Companions.MatchAt(tokens, j) is { } companion)
                {
                    if (companion.Value && !IsCivilianVictim(figure))
                    {
                        figures.Add(new Figure
                        {
                            Kind = FigureKind.Casualty, Category = figure.Category, Side = CasualtySide.Civilian, SideExplicit = true,
                            Count = 1, First = j, Last = companion.Last, Sentence = s.Index, Rule = "companion-civilian",
                        });
                    }
                    else
                    {
                        figure.Count += 1;
                        figure.Implicit = false;
                    }
                    last = j = companion.Last;
                    j++;
                    skipped = 0;
                    continue;
                }
                // "استشهد النقيب علي حسين والجندي أحمد كاظم": a rank joined by و is another man of the forces, the
                // article notwithstanding; a title that follows a name ("والمفتي الشرعي") is no rank, so the same man.
                if (t.Text.StartsWith("وال", StringComparison.Ordinal) && lexicon.Ranks.MatchAt(tokens, j) is { } rank)
                {
                    figures.Add(new Figure
                    {
                        Kind = FigureKind.Casualty, Category = figure.Category, Side = CasualtySide.Security, SideExplicit = true,
                        Count = 1, First = j, Last = rank.Last, Sentence = s.Index, Rule = "conjoined-rank", Conjoined = true,
                    });
                    last = j = rank.Last;
                    j++;
                    skipped = 0;
                    continue;
                }
                // "قتل مختار القرية ومنتسبان في الشرطة": other people, with a side of their own.
                // A definite title after a name ("والمفتي الشرعي") is the same man, so only indefinite nouns count.
                // "قتل مدني وعنصر في الحشد العشائري": a word that alone says no side ("عنصر") does, when the force is
                // named right after it.
                if (!t.Text.StartsWith("وال", StringComparison.Ordinal)
                    && lexicon.Persons.MatchAt(tokens, j) is { Value.Number: not GrammaticalNumber.Plural } person
                    && NounCount(tokens, person.Value.Number, person.Last, s) is { } personCount
                    && (person.Value.Ambiguous ? ResolveSide(tokens, s, person.Value, j, person.Last, figure.Category) : (person.Value.Side, true)) is (var personSide, true))
                {
                    figures.Add(new Figure
                    {
                        Kind = FigureKind.Casualty, Category = figure.Category, Side = personSide, SideExplicit = true,
                        Count = personCount.Count, First = j, Last = personCount.Last, Sentence = s.Index, Rule = "conjoined-person", Conjoined = true,
                    });
                    last = j = personCount.Last;
                    j++;
                    skipped = 0;
                    continue;
                }
                var count = numbers.ReadAt(tokens, j);
                // "إصابة ضابط واثنين آخرين": the officer and two more, three in all.
                if (count is not null && count.LastToken + 1 <= s.Last && lexicon.Others.MatchAt(tokens, count.LastToken + 1) is { } others)
                {
                    figure.Count += (int)count.Value;
                    figure.Implicit = false;
                    last = j = others.Last;
                    j++;
                    skipped = 0;
                    continue;
                }
                if (count is not null && count.LastToken + 1 <= s.Last && tokens[count.LastToken + 1].Text == "من")
                {
                    var after = SkipHeadAdjectives(tokens, count.LastToken + 2, s);
                    if (lexicon.Persons.MatchAt(tokens, after) is { } p)
                    {
                        figure.Count += (int)count.Value;
                        figure.Implicit = false;
                        last = j = p.Last;
                        j++;
                        skipped = 0;
                        continue;
                    }
                }
                if (count is not null)
                {
                    break;
                }
            }
            if (t.IsNumber)
            {
                break;
            }
            skipped++;
            j++;
        }
        figure.Last = Math.Max(figure.Last, last);
        return figure.Last;
    }

    /// <summary>"بينهم 40 بضربات الطيران": a count right after a breakdown cue, following a total, is part of it.</summary>
    private void MarkBreakdown(IReadOnlyList<Token> tokens, Sentence s, Figure figure, List<Figure> earlier)
    {
        if (figure.First - 1 < s.First || earlier.Count == 0)
        {
            return;
        }
        var cueAt = figure.First - 1;
        if (tokens[cueAt].IsClauseBreak && cueAt - 1 >= s.First)
        {
            cueAt--;
        }
        for (var j = Math.Max(s.First, cueAt - 1); j <= cueAt; j++)
        {
            if (lexicon.BreakdownCues.MatchAt(tokens, j) is { } m && m.Last == cueAt)
            {
                var total = earlier.LastOrDefault(e => e.SameMeasure(figure) || (e.Kind == figure.Kind && e.Kind == FigureKind.Casualty));
                if (total is not null && total.Count >= figure.Count)
                {
                    figure.Breakdown = true;
                    figure.Category = total.Category;
                    figure.Side = total.Side;
                }
                return;
            }
        }
        // "و98 آخرين" after a breakdown: also part of the same total.
        if (earlier.Count > 0 && earlier[^1].Breakdown && figure.Rule is "count-others" or "bare-count-after-trigger" or "count-persons")
        {
            var total = earlier.LastOrDefault(e => !e.Breakdown && e.Kind == FigureKind.Casualty);
            if (total is not null && total.Count > figure.Count)
            {
                figure.Breakdown = true;
            }
        }
    }

    /// <summary>
    /// "وأوضح مصدر أن بين القتلى قياديين اثنين": people named among the dead (the wounded, the arrested) are part of
    /// a count the text gave, here or in a sentence before, never a figure of their own. The category noun is the
    /// figure's first word (its trigger) or the word right before its count, and a preposition of "among" stands
    /// right before it.
    /// </summary>
    private void MarkAmongTheCounted(IReadOnlyList<Token> tokens, Sentence s, Figure figure)
    {
        if (figure.Kind != FigureKind.Casualty)
        {
            return;
        }
        for (var n = figure.First; n >= Math.Max(s.First + 1, figure.First - 1); n--)
        {
            if (lexicon.CategoryNouns.MatchAt(tokens, n) is not { } noun || (n != figure.First && noun.Last != figure.First - 1))
            {
                continue;
            }
            for (var j = Math.Max(s.First, n - 2); j < n; j++)
            {
                if (lexicon.AmongTheCounted.MatchAt(tokens, j) is { } among && among.Last == n - 1)
                {
                    figure.Breakdown = true;
                    figure.AmongTheCounted = true;
                    return;
                }
            }
        }
    }

    /// <summary>Hideouts found and then destroyed in the same sentence ("عثرت على 18 وكرا ... تم تدمير كافة الأوكار").</summary>
    private void ResolveFoundHideouts(IReadOnlyList<Token> tokens, Sentence s, List<Figure> figures, Sentence? next)
    {
        foreach (var f in figures)
        {
            if (f.Kind != FigureKind.Hideout || f.Outcome != HideoutOutcome.Found)
            {
                continue;
            }
            for (var j = f.Last + 1; j <= s.Last; j++)
            {
                // "والعثور على 39 وكرا، وتدمير 5 أنفاق": a destroying verb with a count of its own destroys those.
                if (lexicon.DestroyAfterFind.MatchAt(tokens, j) is { } destroyed && !figures.Any(g => g != f && g.Kind == FigureKind.Hideout && g.First == destroyed.Last + 1))
                {
                    f.Outcome = HideoutOutcome.Destroyed;
                    break;
                }
            }
            if (f.Outcome == HideoutOutcome.Found && next is not null && DestroysTheFoundHideouts(tokens, next, f.HideoutKind))
            {
                f.Outcome = HideoutOutcome.Destroyed;
            }
        }
    }

    /// <summary>"جرى تفجير جميع الأوكار المكتشفة": the next sentence destroys what was found, without a count.</summary>
    private bool DestroysTheFoundHideouts(IReadOnlyList<Token> tokens, Sentence next, HideoutKind kind)
    {
        for (var j = next.First; j <= next.Last; j++)
        {
            if (lexicon.DestroyTriggers.MatchAt(tokens, j) is not { } d)
            {
                continue;
            }
            for (var k = d.Last + 1; k <= Math.Min(next.Last, d.Last + 3); k++)
            {
                if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null)
                {
                    break;
                }
                if (lexicon.Hideouts.MatchAt(tokens, k) is { } h && h.Value.Kind == kind && h.Value.Number == GrammaticalNumber.Plural)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whose people: the noun says, or the force named after it, or the martyrdom and attack words around it.</summary>
    private (CasualtySide Side, bool Explicit) ResolveSide(IReadOnlyList<Token> tokens, Sentence s, PersonNoun noun, int first, int headLast, CasualtyCategory category)
    {
        if (!noun.Ambiguous)
        {
            return (noun.Side, true);
        }
        // "اثنان من عناصرنا": people the speaker calls ours are the forces telling it (Iraqi statements, not ISIS's).
        var head = tokens[headLast];
        if (head.IsWord && head.Text.EndsWith("نا", StringComparison.Ordinal) && head.SuffixReadings.Any(r => head.Text.EndsWith(r + "نا", StringComparison.Ordinal)))
        {
            return (CasualtySide.Security, true);
        }
        // The force named right after the noun: "عناصر الحشد", "عنصر من الشرطة", "11 عنصرا في قوات الحشد", "عنصر باللواء".
        var j = AfterQuotedTitle(tokens, s, headLast + 1);
        if (j <= s.Last && tokens[j].IsWord && tokens[j].Text is "من" or "في" or "ضمن" or "داخل")
        {
            // "أربعة عناصر من «الحشد الشعبي»": the force's name may stand in quotation marks.
            j = SkipQuotes(tokens, j + 1, s);
            // "سبعة أشخاص من جامعي الكمأة": the people named after "من".
            if (j <= s.Last && lexicon.Persons.MatchAt(tokens, j) is { } named && !named.Value.Ambiguous)
            {
                return (named.Value.Side, true);
            }
        }
        for (var end = Math.Min(s.Last, j + 1); j <= end; j++)
        {
            if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null)
            {
                return (CasualtySide.Isis, true);
            }
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null)
            {
                return (CasualtySide.Security, true);
            }
            if (!tokens[j].IsWord || lexicon.HeadSkips.MatchAt(tokens, j) is null)
            {
                break;
            }
        }
        if (category != CasualtyCategory.Arrested && NamedEarlierAsAgent(tokens, s, head.Text, first))
        {
            return (CasualtySide.Security, false);
        }
        // People arrested are suspects, never the victims of an attack.
        return (category == CasualtyCategory.Arrested ? CasualtySide.Isis : ContextSide(tokens, s, first, IsGenericPeople(tokens, first, headLast), headLast), false);
    }

    /// <summary>How many words a quoted title after a person's noun may run ("قائد «جنوب العراق» في داعش").</summary>
    private const int QuotedTitleReach = 5;

    /// <summary>
    /// "مقتل قائد «ولاية الجنوب» بداعش": past a title in quotation marks right after the noun, to the word that says
    /// whose the person is; else <paramref name="j"/> itself.
    /// </summary>
    private static int AfterQuotedTitle(IReadOnlyList<Token> tokens, Sentence s, int j)
    {
        if (j > s.Last || tokens[j].Text != "\"")
        {
            return j;
        }
        for (var k = j + 1; k <= Math.Min(s.Last, j + QuotedTitleReach + 1); k++)
        {
            if (tokens[k].Text == "\"")
            {
                return k + 1;
            }
            if (tokens[k].IsSentenceBreak)
            {
                break;
            }
        }
        return j;
    }

    /// <summary>How many words after a noun its verb may come ("المقاتلين تمكنوا من قتل").</summary>
    private const int AgentVerbReach = 4;

    /// <summary>
    /// "إن المقاتلين قتلوا أربعة من المهاجمين، فيما أصيب ثلاثة من المقاتلين": the same word named earlier in the
    /// sentence as those who killed or took people is the side telling it, the forces; an official statement does not
    /// call ISIS members by the word it used for the killers.
    /// </summary>
    private bool NamedEarlierAsAgent(IReadOnlyList<Token> tokens, Sentence s, string noun, int first)
    {
        for (var j = s.First; j < first; j++)
        {
            if (tokens[j].Text != noun || (j + 1 <= s.Last && lexicon.IsisOrgs.MatchAt(tokens, j + 1) is not null))
            {
                continue;
            }
            for (var k = j + 1; k <= Math.Min(first - 1, j + AgentVerbReach); k++)
            {
                if (tokens[k].IsNumber || tokens[k].IsClauseBreak)
                {
                    break;
                }
                if (lexicon.CasualtyTriggers.MatchAt(tokens, k) is { Value: CasualtyCategory.Killed or CasualtyCategory.Arrested })
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The force named before an arrest of "N منهم" is the one that arrests ("أن مفارز الاستخبارات ألقت القبض على أربعة
    /// منهم"): the people arrested are those a sentence before counted, never the arresting force, so such a referent
    /// says nothing and the arrested keep the side every arrest without evidence has.
    /// </summary>
    private static CasualtySide? ArrestedReferentSide(CasualtyCategory category, CasualtySide? referent) =>
        category == CasualtyCategory.Arrested && referent == CasualtySide.Security ? null : referent;

    private CasualtySide? ReferentSide(IReadOnlyList<Token> tokens, Sentence s, int position)
    {
        for (var j = position - 1; j >= s.First; j--)
        {
            if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null)
            {
                return CasualtySide.Isis;
            }
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null)
            {
                return CasualtySide.Security;
            }
            if (lexicon.Persons.MatchAt(tokens, j) is { } p && !p.Value.Ambiguous)
            {
                return p.Value.Side;
            }
        }
        return null;
    }

    /// <summary>
    /// Whose people, when the noun does not say ("5 أشخاص", "عناصر"): martyrs, or people hit in an attack by ISIS,
    /// are its victims; people hit in a sentence that names ISIS or an operation of the forces (a strike, a raid, a
    /// search, a clash) are ISIS members; with no such evidence the side is unknown, never ISIS by default.
    /// </summary>
    private CasualtySide ContextSide(IReadOnlyList<Token> tokens, Sentence s, int? near, bool genericPeople = false, int? headLast = null)
    {
        // The martyrdom word before the figure ("استشهاد ثلاثة مقاتلين") or right after its noun, where a verb that
        // follows its subject stands ("اثنان من المقاتلين استشهدا").
        var from = near is { } n ? Math.Max(s.First, n - MartyrdomWordsBefore) : s.First;
        var to = near is null ? s.Last : Math.Min(s.Last, headLast is { } h ? h + MartyrdomWordsAfter : near.Value);
        for (var j = from; j <= to; j++)
        {
            if (lexicon.Martyrdom.MatchAt(tokens, j) is not null)
            {
                return CasualtySide.Security;
            }
        }
        var operation = false;
        if (NamesIsisAsPerpetrator(tokens, s) || (near is { } at && IsisAttacksBefore(tokens, s, at)))
        {
            return genericPeople || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian : CasualtySide.Security;
        }
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.Kinds.MatchAt(tokens, j) is { } kind)
            {
                if (kind.Value == OperationKind.IsisAttack)
                {
                    return genericPeople || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian : CasualtySide.Security;
                }
                operation = true;
            }
            // The operations the sentence counts hit ISIS members; a force merely named may be the one hit. Once found,
            // only an attack word can still change the answer.
            operation = operation || lexicon.IsisOrgs.MatchAt(tokens, j) is not null || lexicon.IsisAgent.MatchAt(tokens, j) is not null
                || lexicon.OperationNouns.MatchAt(tokens, j) is not null
                || lexicon.Persons.MatchAt(tokens, j) is { Value: { Side: CasualtySide.Isis, Ambiguous: false } };
        }
        // "مقتل 5 أشخاص بضربة جوية على قرية": people, not fighters; a strike alone does not say they were ISIS.
        return operation && !genericPeople ? CasualtySide.Isis : CasualtySide.Unknown;
    }

    /// <summary>How many words after "من قبل" or "على يد" the ISIS name may come ("من قبل عناصر عصابات داعش").</summary>
    private const int PerpetratorReach = 3;

    /// <summary>
    /// "مقتل ستة مقاتلين بإطلاق نار من قبل عناصر داعش": the sentence says ISIS did it (lexicon perpetratorMarkers, then
    /// an ISIS name), so the people it counts as hit are its victims, whatever else names ISIS in it.
    /// </summary>
    private bool NamesIsisAsPerpetrator(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.PerpetratorMarkers.MatchAt(tokens, j) is not { } marker)
            {
                continue;
            }
            var words = 0;
            for (var k = marker.Last + 1; k <= s.Last && words < PerpetratorReach; k++)
            {
                if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null)
                {
                    return true;
                }
                if (tokens[k].IsClauseBreak && tokens[k].Text != "\"")
                {
                    break;
                }
                words += tokens[k].IsWord ? 1 : 0;
            }
            j = marker.Last;
        }
        return false;
    }

    /// <summary>How many words may stand between an attack verb and the ISIS name that is its subject ("هاجم مسلحو داعش").</summary>
    private const int AttackerReach = 2;

    /// <summary>
    /// "إن عناصر داعش نصبوا كمينا لدورية من الحشد، ما أسفر عن مقتل عنصرين": before the figure, an ISIS name is the
    /// subject of an attack verb (lexicon attackVerbs; the name right before the verb or right after it), so ISIS is
    /// the attacker and the people hit are its victims. Not when a clash is told before the figure (اشتبكت، تصدت):
    /// there the forces strike back and the people hit may be either side's.
    /// </summary>
    private bool IsisAttacksBefore(IReadOnlyList<Token> tokens, Sentence s, int figureFirst)
    {
        var attacker = false;
        for (var j = s.First; j < figureFirst; j++)
        {
            if (lexicon.Kinds.MatchAt(tokens, j) is { Value: OperationKind.Clash })
            {
                return false;
            }
            if (attacker || lexicon.AttackVerbs.MatchAt(tokens, j) is not { } verb)
            {
                continue;
            }
            for (var k = Math.Max(s.First, j - AttackerReach); k <= Math.Min(figureFirst - 1, verb.Last + AttackerReach) && !attacker; k++)
            {
                attacker = k != j && (lexicon.IsisOrgs.MatchAt(tokens, k) is not null
                    || lexicon.Persons.MatchAt(tokens, k) is { Value: { Side: CasualtySide.Isis, Ambiguous: false } });
            }
        }
        return attacker;
    }

    /// <summary>The sentence names a place where people gather (lexicon civilianTargets) and no force of ours.</summary>
    private bool NamesCivilianTarget(IReadOnlyList<Token> tokens, Sentence s)
    {
        var target = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null)
            {
                return false;
            }
            target = target || lexicon.CivilianTargets.MatchAt(tokens, j) is not null;
        }
        return target;
    }

    private static Figure ShareOf(Figure whole, CountExpression count, int last, Sentence s) => new()
    {
        Kind = whole.Kind, Category = whole.Category, Side = whole.Side, SideExplicit = whole.SideExplicit, Breakdown = true,
        Count = (int)count.Value, Approximate = count.Approximate, First = count.FirstToken, Last = last, Sentence = s.Index, Rule = "count-of-them",
    };

    /// <summary>A correction cue in the sentence before the figure, and "إلى" just before its count ("ارتفع ... إلى 11").</summary>
    private bool IsCorrection(IReadOnlyList<Token> tokens, Sentence s, Figure f)
    {
        var to = f.First - 1;
        // Normalised text: "إلى" reads "الي" (hamza and alef maqsura folded).
        if (to < s.First || tokens[to].Text != "الي")
        {
            return false;
        }
        for (var j = s.First; j < to; j++)
        {
            if (lexicon.CorrectionCues.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "ارتفعت حصيلة القتلى إلى ثمانية، بعد العثور على جثث ثلاثة آخرين": the others counted after a toll that rose,
    /// of the same people and fewer, are the rise: part of the new toll, not more dead.
    /// </summary>
    private static void MarkTheRise(List<Figure> figures)
    {
        foreach (var toll in figures.Where(f => f.Correction).ToList())
        {
            foreach (var rise in figures.Where(f => f.First > toll.Last && f.Rule == "count-others" && f.SameMeasure(toll) && f.Side == toll.Side && f.Count < toll.Count))
            {
                rise.Breakdown = true;
            }
        }
    }

    /// <summary>The counted noun names people at large ("أشخاص", "مواطنين"), not fighters.</summary>
    private bool IsGenericPeople(IReadOnlyList<Token> tokens, int first, int headLast)
    {
        for (var j = first; j <= headLast && j < tokens.Count; j++)
        {
            if (lexicon.GenericPeople.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private CasualtyCategory? TriggerBefore(IReadOnlyList<Token> tokens, Sentence s, int position, int reach) =>
        TriggerMatchBefore(tokens, s, position, reach)?.Value;

    /// <summary>The casualty verb or noun within <paramref name="reach"/> words before a position, unless it names a charge.</summary>
    private PhraseMatch<CasualtyCategory>? TriggerMatchBefore(IReadOnlyList<Token> tokens, Sentence s, int position, int reach)
    {
        // Words are counted back from the position; a date set off between the verb and its object ("قتلت قوة، أمس
        // الأحد، ثلاثة ...") is no word of the clause's and does not count.
        var words = 0;
        for (var j = position - 1; j >= s.First && words <= reach + 2; j--)
        {
            var t = tokens[j];
            // "اعتقلت قوة من الفرقة 15 إرهابيين اثنين": a unit's number in the subject is no count that stops the search.
            if (t.IsSentenceBreak || (t.IsNumber && !_blocked[j] && !IsUnitNumber(tokens, s, j)))
            {
                return null;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is { } m && m.Last < position && WordsBetween(tokens, s, m.Last + 1, position - 1) <= reach)
            {
                return IsCharge(tokens, s, j) ? null : m;
            }
            if (!IsAside(tokens, s, j))
            {
                words++;
            }
        }
        return null;
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/>, leaving out dates set off in the clause.</summary>
    private int WordsBetween(IReadOnlyList<Token> tokens, Sentence s, int first, int last)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            if (!IsAside(tokens, s, k))
            {
                words++;
            }
        }
        return words;
    }

    /// <summary>A date's word, or the comma that sets a date off ("، الجمعة،").</summary>
    private bool IsAside(IReadOnlyList<Token> tokens, Sentence s, int k) =>
        _blocked[k] || (tokens[k].Text == "," && ((k + 1 <= s.Last && _blocked[k + 1]) || (k > s.First && _blocked[k - 1])));

    /// <summary>"ثلاثة من أفراد الجيش قتلوا": a verb after the people, when it does not start a figure of its own.</summary>
    private CasualtyCategory? TriggerAfter(IReadOnlyList<Token> tokens, Sentence s, int headLast)
    {
        headLast = AfterBreakdownAside(tokens, s, headLast);
        for (var j = headLast + 1; j <= Math.Min(s.Last, headLast + 5); j++)
        {
            var t = tokens[j];
            if (t.IsNumber || (t.IsClauseBreak && t.Text is "." or "," or ":"))
            {
                return null;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is { } m)
            {
                if (IsCharge(tokens, s, j))
                {
                    return null;
                }
                var next = m.Last + 1;
                if (next <= s.Last && (tokens[next].IsNumber || numbers.ReadAt(tokens, next) is not null || lexicon.Persons.MatchAt(tokens, next) is not null))
                {
                    return null;
                }
                return m.Value;
            }
        }
        return null;
    }

    /// <summary>How many words an aside of who was among the people ("بينهم مقاتلون من الحشد الشعبي،") may run to its comma.</summary>
    private const int BreakdownAsideReach = 8;

    /// <summary>
    /// "تسعة عراقيين، بينهم منتسبون في الشرطة، قتلوا": the comma that closes an aside of who was among the people
    /// (an uncounted breakdown) right after their noun, so their verb is looked for after it; else the noun's end.
    /// </summary>
    private int AfterBreakdownAside(IReadOnlyList<Token> tokens, Sentence s, int headLast)
    {
        var j = headLast + 1;
        if (j <= s.Last && tokens[j].Text == ",")
        {
            j++;
        }
        if (j > s.Last || lexicon.BreakdownCues.MatchAt(tokens, j) is not { } cue)
        {
            return headLast;
        }
        for (var k = cue.Last + 1; k <= Math.Min(s.Last, cue.Last + BreakdownAsideReach); k++)
        {
            if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null || (tokens[k].IsClauseBreak && tokens[k].Text != ","))
            {
                return headLast;
            }
            if (tokens[k].Text == ",")
            {
                return k;
            }
        }
        return headLast;
    }

    /// <summary>
    /// "ودمر 5 عجلات مفخخة و2 من المضافات": a hideout count joined by و to a list of other things the same verb
    /// destroyed (car bombs, vehicles, weapons: no figures) shares that verb. The look-back passes over up to
    /// <see cref="AssemblerLimits.ListItemsBeforeHideouts"/> earlier items of the list, each a count joined by و (the
    /// first one right after the verb); a count that is itself a figure (people killed) ends the list.
    /// </summary>
    private HideoutOutcome? ListVerbOutcome(IReadOnlyList<Token> tokens, Sentence s, int position, List<Figure>? earlier)
    {
        if (!JoinedByWa(tokens, s, position))
        {
            return null;
        }
        var items = 0;
        var j = position - 1;
        while (j >= s.First && items < AssemblerLimits.ListItemsBeforeHideouts)
        {
            // The earlier item: a count within a few words before, not itself a figure.
            var item = -1;
            for (var k = j; k >= Math.Max(s.First, j - AssemblerLimits.ListItemWords); k--)
            {
                if (tokens[k].IsSentenceBreak || tokens[k].Text == ",")
                {
                    return null;
                }
                if (tokens[k].IsNumber)
                {
                    item = k;
                    break;
                }
            }
            if (item < 0 || _blocked[item] || (earlier?.Any(f => f.First <= item && item <= f.Last) ?? false))
            {
                return null;
            }
            items++;
            if (HideoutOutcomeBefore(tokens, s, item) is { } outcome)
            {
                return outcome;
            }
            if (!JoinedByWa(tokens, s, item))
            {
                return null;
            }
            j = item - 1;
        }
        return null;
    }

    /// <summary>A count joined by و: "و2" or "و 2".</summary>
    private static bool JoinedByWa(IReadOnlyList<Token> tokens, Sentence s, int position) =>
        tokens[position].Text.StartsWith('و') || (position > s.First && tokens[position - 1].Text == "و");

    /// <summary>
    /// The destroying or finding verb before a hideout count, within <paramref name="reach"/> words. The words of a
    /// date, or of another number that is no count, between them ("دمرت قوة من الحشد يوم 28/12 ثلاث مضافات") do not
    /// use up the reach: the day told between a verb and its object keeps them together.
    /// </summary>
    private HideoutOutcome? HideoutOutcomeBefore(IReadOnlyList<Token> tokens, Sentence s, int position, int reach = TriggerReach)
    {
        var floor = Math.Max(s.First, position - reach - 2);
        for (var j = position - 1; j >= floor; j--)
        {
            if (tokens[j].IsSentenceBreak || (tokens[j].IsNumber && !_blocked[j]))
            {
                break;
            }
            if (_blocked[j] && floor > s.First)
            {
                floor--;
            }
            if (lexicon.DestroyTriggers.MatchAt(tokens, j) is { } d && d.Last < position)
            {
                return HideoutOutcome.Destroyed;
            }
            if (lexicon.FoundTriggers.MatchAt(tokens, j) is { } f && f.Last < position)
            {
                return HideoutOutcome.Found;
            }
        }
        return null;
    }

    private int SkipFillers(IReadOnlyList<Token> tokens, int k, Sentence s)
    {
        var guard = 0;
        while (k <= s.Last && guard++ < 8)
        {
            // "استهدف، الجمعة، مضافة": a date set off by commas between the verb and its object.
            if (tokens[k].Text is "\"" || IsAside(tokens, s, k))
            {
                k++;
                continue;
            }
            if (lexicon.NameFillers.MatchAt(tokens, k) is { } f && lexicon.Persons.MatchAt(tokens, k) is null)
            {
                k = f.Last + 1;
                continue;
            }
            break;
        }
        return k;
    }

    private int SkipHeadAdjectives(IReadOnlyList<Token> tokens, int k, Sentence s)
    {
        while (k <= s.Last && lexicon.HeadSkips.MatchAt(tokens, k) is { } m && lexicon.Persons.MatchAt(tokens, k + 1) is not null)
        {
            k = m.Last + 1;
        }
        return k;
    }

    /// <summary>
    /// "قتل (خمسة) إرهابيين": a figure in words set in brackets is counted as the bare word is; the closing
    /// bracket is passed only when the figure opened one, so a list index such as "2)" stays unread.
    /// </summary>
    private static int SkipBracketClose(IReadOnlyList<Token> tokens, CountExpression count, int k, Sentence s) =>
        k <= s.Last && tokens[k].Text == ")" && count.FirstToken - 1 >= s.First && tokens[count.FirstToken - 1].Text == "(" ? k + 1 : k;

    private static int SkipQuotes(IReadOnlyList<Token> tokens, int k, Sentence s)
    {
        while (k <= s.Last && tokens[k].Text is "\"" or "'")
        {
            k++;
        }
        return k;
    }
}
