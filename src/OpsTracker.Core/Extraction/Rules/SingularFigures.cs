using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Figures told without a count (the figure finder's implicit readers): a trigger and a singular, dual or definite noun
/// ("تدمير مضافة" = 1, "إرهابيين اثنين" = 2), a victim noun, a member named after the verb's subject, a strike noun;
/// and the people joined to a figure just read (SingularFigures.Companions). The dual nouns read through the finder's
/// count of people (<c>FigureFinder.ReadDual</c>) stay with it. Made per report with the finder, whose readers of
/// triggers (they hold the report's blocked tokens) and person matches (the last one kept) it shares; it holds nothing
/// of its own that changes.
/// </summary>
internal sealed partial class SingularFigures(ExtractionLexicon lexicon, NumberReader numbers,
    FigureTriggers triggers, CasualtySides sides, FigureRelations relations, PersonMatches persons)
{
    private readonly FigureTriggers _triggers = triggers;
    private readonly CasualtySides _sides = sides;
    private readonly FigureRelations _relations = relations;
    private readonly PersonMatches _persons = persons;

    /// <summary>A trigger followed by a singular or dual noun: "تدمير مضافة", "مقتل الإرهابي", "اعتقال ثالث", "عنصرين".</summary>
    internal Figure? ReadImplicit(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        var casualty = lexicon.CasualtyTriggers.MatchAt(tokens, i);
        if (casualty is not null && _triggers.IsCharge(tokens, s, i))
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
        var k = _triggers.SkipFillers(tokens, triggerLast + 1, s);
        // "ألقت المفرزة القبض مؤخرا على مطلوب": the preposition the verb takes ("القبض على") comes after the aside
        // that parted it from the verb.
        if (casualty is not null && k > triggerLast + 1 && k < s.Last && tokens[k].Text == Particles.Ala && _triggers.IsAside(tokens, s, k - 1))
        {
            k = _triggers.SkipFillers(tokens, k + 1, s);
        }
        if (k > s.Last)
        {
            return null;
        }
        if (casualty is not null)
        {
            k = SkipElativeOfOne(tokens, k, s);
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
        if (casualty.Value == CasualtyCategory.Arrested && NamedArrestedMember(tokens, s, triggerLast + 1, k) is { } namedLast)
        {
            return new Figure
            {
                Kind = FigureKind.Casualty, Category = CasualtyCategory.Arrested, Side = CasualtySide.Isis, SideExplicit = true,
                Count = 1, Implicit = true, First = i, Last = namedLast, Sentence = s.Index, Rule = "trigger-named-member",
            };
        }
        if (OneOfTheNamed(tokens, s, i, k, casualty.Value) is { } oneOfThem)
        {
            return oneOfThem;
        }
        if (lexicon.Persons.MatchAt(tokens, k) is { } p)
        {
            var n = NounCount(tokens, OneOrListedNumber(tokens, k, p), p.Last, s) ?? DualBeforeOthers(tokens, s, p.Value, p.Last);
            if (n is null || (p.Value.Number == GrammaticalNumber.Dual && n.Value.Last == p.Last && IsDefinitePluralLookalike(tokens, k)))
            {
                return null;
            }
            var (side, explicitSide) = _sides.ResolveSide(tokens, s, p.Value, i, n.Value.Last, casualty.Value);
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

    /// <summary>
    /// "مقتل أهم مسؤول في تنظيم داعش"، "اعتقال أبرز قيادي": an elative (lexicon elativesOfOne) in construct with an
    /// indefinite singular noun of people names one man, the first of his kind; the noun behind it is read as it would
    /// be right after the trigger. Before a plural ("أبرز قادة") or a definite noun the elative is left as it stands.
    /// </summary>
    private int SkipElativeOfOne(TokenList tokens, int k, Sentence s) =>
        k < s.Last && lexicon.ElativesOfOne.Contains(tokens[k].Text) && !Article.Begins(tokens[k + 1].Text)
        && lexicon.Persons.MatchAt(tokens, k + 1) is { Value.Number: GrammaticalNumber.Singular }
            ? k + 1
            : k;

    /// <summary>
    /// "اعتقلت القوة المكنى أبو حفص الذي ينشط في قاطع الجزيرة لصالح داعش": a man the text names right after the
    /// arrest (lexicon nameIntroducers, no noun before it) is one arrested, ISIS's when the words after his name say he
    /// belongs to it (terrorCharges within <see cref="AssemblerLimits.NamedManBelongingReach"/> words). Returns the
    /// introducer's token, or null. Only arrests: a victim named so may work against terror ("مكافحة الإرهاب").
    /// </summary>
    private int? NamedArrestedMember(TokenList tokens, Sentence s, int from, int objectAt)
    {
        var introducer = -1;
        for (var j = from; j < objectAt && j <= s.Last; j++)
        {
            if (lexicon.NameIntroducers.MatchAt(tokens, j) is { } intro)
            {
                introducer = intro.Last;
                break;
            }
        }
        if (introducer < 0 || (objectAt <= s.Last && lexicon.Persons.MatchAt(tokens, objectAt) is not null))
        {
            return null;
        }
        for (var j = introducer + 1; j <= Math.Min(s.Last, introducer + AssemblerLimits.NamedManBelongingReach); j++)
        {
            if (tokens[j].IsSentenceBreak || tokens[j].IsNumber)
            {
                return null;
            }
            if (lexicon.TerrorCharges.MatchAt(tokens, j) is not null)
            {
                return introducer;
            }
        }
        return null;
    }

    /// <summary>
    /// "وتمكنوا من قتل أحدهم وهرب الآخرون": a casualty trigger right before "أحدهم" (lexicon <c>oneOfThem</c>) counts one
    /// of the people the sentence last named (the attackers), on their side; with no people named before it in the
    /// sentence the pronoun's people are unknown and nothing is counted.
    /// </summary>
    private Figure? OneOfTheNamed(TokenList tokens, Sentence s, int trigger, int k, CasualtyCategory category)
    {
        if (lexicon.OneOfThem.MatchAt(tokens, k) is not { } one || _sides.ReferentSide(tokens, s, trigger) is not { } side)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category, Side = side, SideExplicit = false,
            Count = 1, Implicit = true, First = trigger, Last = one.Last, Sentence = s.Index, Rule = "trigger-one-of-them",
        };
    }

    /// <summary>
    /// "مقتل إرهابيين واعتقال ثلاثة آخرين": an indefinite noun in -ين (dual or plural, the script does not say) right
    /// after a casualty trigger is the dual, two, when the clause goes on with و and a count of "others" (lexicon
    /// <c>others</c>) within <see cref="AssemblerLimits.DualBeforeOthersReach"/> words: "others" are counted against a
    /// number, and an uncounted plural would have none.
    /// </summary>
    private (int Count, bool Implicit, int Last)? DualBeforeOthers(TokenList tokens, Sentence s, PersonNoun noun, int last)
    {
        var word = tokens[last].Text;
        if (noun.Number != GrammaticalNumber.Plural || !word.EndsWith("ين", StringComparison.Ordinal) || Article.Begins(word)
            || last + 1 > s.Last || !tokens[last + 1].Text.StartsWith('و'))
        {
            return null;
        }
        for (var k = last + 2; k <= Math.Min(s.Last, last + AssemblerLimits.DualBeforeOthersReach); k++)
        {
            if (tokens[k].IsClauseBreak && tokens[k].Text is "." or ",")
            {
                return null;
            }
            if (numbers.ReadAt(tokens, k) is { } count && count.LastToken + 1 <= s.Last && lexicon.Others.MatchAt(tokens, count.LastToken + 1) is not null)
            {
                return (2, false, last);
            }
        }
        return null;
    }

    /// <summary>"تدمير خمس مضافات ونفق": a hideout joined by و to hideouts just counted shares their outcome.</summary>
    internal Figure? ReadConjoinedHideout(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Kind: FigureKind.Hideout } previous || !tokens[i].Text.StartsWith('و')
            || (previous.Last != i - 1 && LengthPhraseLast(tokens, s, previous.Last + 1) != i - 1))
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
    /// "نفقًا طوله 1600 متر"، "نفقا بطول 300 متر": a length told right after a hideout (lexicon lengthWords, a number,
    /// lexicon lengthUnits) describes it; the hideout joined by و after it ("ومخبأ") is the next of the list. The last
    /// token of the phrase starting at <paramref name="first"/>, or -1 when none starts there.
    /// </summary>
    private int LengthPhraseLast(TokenList tokens, Sentence s, int first)
    {
        if (first > s.Last || lexicon.LengthWords.MatchAt(tokens, first) is not { } word
            || numbers.ReadAt(tokens, word.Last + 1) is not { } length || length.LastToken + 1 > s.Last
            || !tokens[length.LastToken + 1].IsWord || !lexicon.LengthUnits.Contains(tokens[length.LastToken + 1].Text))
        {
            return -1;
        }
        return length.LastToken + 1;
    }

    /// <summary>
    /// "سقط قتيل وثلاثة جرحى"، "ارتقاء شهيدين"، "قتيل وجريح": an indefinite singular or dual noun of the dead or the
    /// wounded counts one or two without a numeral, when a casualty verb stands just before it or it is one of a list
    /// of victims joined by و. Whose they are is read from the sentence as for any count of them; a martyr is never
    /// ISIS's. A definite one ("جثماني الشهيدين") points back to people already counted and counts nobody.
    /// </summary>
    internal Figure? ReadVictimNoun(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (lexicon.VictimNouns.MatchAt(tokens, i, allowArticleOnFirst: false) is not { } noun
            || (i > s.First && (tokens[i - 1].IsNumber || lexicon.VictimNounsNotAfter.Contains(tokens[i - 1].Text)))
            || IsTamyizOfCount(tokens, s, i)
            || (earlier.Count > 0 && earlier[^1].Last >= i) || DescribesThePersonBefore(tokens, s, i))
        {
            return null;
        }
        var listed = (noun.Last + 1 <= s.Last && tokens[noun.Last + 1].Text.StartsWith('و')
                && (numbers.ReadAt(tokens, noun.Last + 1) is not null || lexicon.VictimNouns.MatchAt(tokens, noun.Last + 1, allowArticleOnFirst: false) is not null))
            || (tokens[i].Text.StartsWith('و') && earlier.Count > 0 && earlier[^1].Last == i - 1 && earlier[^1].Kind == FigureKind.Casualty);
        // The verb must be one: a victim noun before it ("بين قتيل وجريح") is a list the guard above has refused.
        if (!listed && !GovernedAsOutcome(tokens, s, i) && (_triggers.TriggerMatchBefore(tokens, s, i, AssemblerLimits.VictimNounTriggerReach) is not { } verb
            || lexicon.VictimNouns.MatchAt(tokens, verb.First, allowArticleOnFirst: false) is not null))
        {
            return null;
        }
        var (category, number) = noun.Value;
        var count = number == GrammaticalNumber.Dual ? 2 : 1;
        var (side, explicitSide) = _sides.ResolveSide(tokens, s, new PersonNoun(CasualtySide.Isis, number, true), i, noun.Last, category, outcomeNoun: true);
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

    /// <summary>
    /// "أكثر من 11 ألف قتيلا وجريحا": a singular noun right after a count in words ("ألف"، "مئة"، "عشرين") is the
    /// count's tamyiz, the noun of what it counts (accusative after eleven to ninety-nine, genitive after a hundred or a
    /// thousand), and counts no one by itself. The count ends at the word before the noun; it starts at most
    /// <see cref="AssemblerLimits.TamyizCountWords"/> words before it.
    /// </summary>
    private bool IsTamyizOfCount(TokenList tokens, Sentence s, int i)
    {
        for (var j = i - 1; j >= Math.Max(s.First, i - AssemblerLimits.TamyizCountWords); j--)
        {
            if (numbers.ReadAt(tokens, j) is { } count && count.LastToken == i - 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "وألقت القبض على إرهابي مصاب"، "اعتقال عنصر جريح": a victim noun written right after a person noun (no و between)
    /// is his adjective, the state of the man already counted, not one more wounded or dead.
    /// </summary>
    private bool DescribesThePersonBefore(TokenList tokens, Sentence s, int i)
    {
        if (i - 1 < s.First || tokens[i].Text.StartsWith('و') || !tokens[i - 1].IsWord)
        {
            return false;
        }
        for (var start = Math.Max(s.First, i - 2); start < i; start++)
        {
            if (lexicon.Persons.MatchAt(tokens, start) is { } p && p.Last == i - 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words the subject of a verb may take between the verb and its object ("اعتقلت مفرزة من مديرية الاستخبارات العسكرية ...").</summary>
    private const int SubjectReach = 8;

    /// <summary>
    /// "اعتقلت مفرزة من مديرية الاستخبارات العسكرية الإرهابي المكنى أبو عمر": Arabic puts the subject between the
    /// verb and its object, so one ISIS member named after a subject is one figure of the verb. Only a member the text
    /// goes on to name (المكنى، المدعو، الملقب) or an indefinite one ("إرهابيا"): a bare "الإرهابي" is as often the
    /// adjective of the organisation before it ("تنظيم داعش الإرهابي").
    /// </summary>
    internal Figure? ReadNamedMemberAfterSubject(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (i > s.First && (tokens[i - 1].IsNumber || lexicon.IsisOrgs.MatchAt(tokens, i - 1) is not null))
        {
            return null;
        }
        // A member named among a group is none of his own: asked last, of the few tokens that would give a figure.
        if (BelongingPerson(tokens, s, i) is { } belonging)
        {
            return NamedAmongAGroup(tokens, s, i) ? null : OneAfterSubject(tokens, s, i, belonging, earlier);
        }
        if (_persons.At(tokens, i) is not { Value: { Number: GrammaticalNumber.Singular, Ambiguous: false, Side: CasualtySide.Isis } } person)
        {
            return null;
        }
        var named = person.Last + 1 <= s.Last && lexicon.NameIntroducers.MatchAt(tokens, person.Last + 1) is not null;
        var indefinite = !Article.Begins(tokens[i].Text) && tokens[i].Text.EndsWith('ا');
        // "اعتقلت قوة ... ما يسمى والي كركوك": a title of ISIS's with what it rules names one man.
        var titled = person.Last + 1 <= s.Last && tokens[person.Last + 1].IsWord && lexicon.IsisTitles.MatchAt(tokens, i) is not null;
        if (!named && !indefinite && !titled)
        {
            return null;
        }
        return NamedAmongAGroup(tokens, s, i) ? null : OneAfterSubject(tokens, s, i, person.Last, earlier);
    }

    /// <summary>One ISIS member at [i, last], the object of the casualty verb before the subject.</summary>
    private Figure? OneAfterSubject(TokenList tokens, Sentence s, int i, int last, List<Figure> earlier)
    {
        var trigger = _triggers.TriggerMatchBefore(tokens, s, i, SubjectReach);
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
    private int? BelongingPerson(TokenList tokens, Sentence s, int i)
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
    internal Figure? ReadStrikeNoun(TokenList tokens, Sentence s, int i)
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
    /// "قتلت الانتحاريين": a definite -ين noun the lexicon also lists as a plural (personsPlural) is the plural, or the
    /// people told before ("مقتل انتحاريين اثنين ... قتلت الانتحاريين"), not two more: unvowelled, the article takes
    /// away the indefinite dual's only mark. A dual that is no plural ("الجنديين") still counts two.
    /// </summary>
    internal bool IsDefinitePluralLookalike(TokenList tokens, int i)
    {
        // "مقتل الانتحاريين قبل بلوغ أهدافهما": a dual pronoun agreeing with the noun makes it the dual.
        for (var k = i + 1; k < tokens.Count && k <= i + AssemblerLimits.DualAgreementReach && !tokens[k].IsSentenceBreak; k++)
        {
            if (tokens[k].IsWord && tokens[k].Text.EndsWith("هما", StringComparison.Ordinal))
            {
                return false;
            }
        }
        foreach (var reading in tokens[i].ReadingsKeepingArticle)
        {
            if (Article.Begins(reading) && reading.EndsWith("ين", StringComparison.Ordinal)
                && (lexicon.PluralPersonForms.Contains(reading) || lexicon.PluralPersonForms.Contains(Article.Without(reading))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many a bare noun counts: a singular one, a dual two, a plural followed by a number word that many.</summary>
    internal (int Count, bool Implicit, int Last)? NounCount(TokenList tokens, GrammaticalNumber number, int last, Sentence s)
    {
        // "إرهابيين اثنين", "أوكار ثلاثة": the number after the noun.
        // "الإرهابيين الثلاثة": the definite number after a definite noun.
        var next = last + 1 <= s.Last && tokens[last + 1].IsWord ? tokens[last + 1].Text : null;
        if (next is not null && Article.IsDefiniteWord(next) && Article.Begins(tokens[last].Text))
        {
            next = Article.Without(next);
        }
        if (next is not null && numbers.WordValue(next) is { } after && (!next.StartsWith('و') || lexicon.NumeralOne.Contains(next)))
        {
            return (after, false, last + 1);
        }
        // "وقتل شخص آخر": "another" in the singular says one, whatever number the noun's own form is listed under
        // ("شخص" is also the noun counted after a hundred); one more, never a telling absorbed by a count.
        if (IsFollowedByAnother(tokens, s, last))
        {
            return (1, false, last);
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
    private (int Count, int Last)? DefiniteNumeralAfterGenitive(TokenList tokens, int last, Sentence s)
    {
        if (Article.Begins(tokens[last].Text))
        {
            return null;
        }
        for (var k = last + 2; k <= Math.Min(s.Last, last + 1 + AssemblerLimits.GenitiveOwnerWords); k++)
        {
            if (!Article.IsDefiniteWord(tokens[k - 1]) || numbers.WordValue(Article.Without(tokens[k - 1].Text)) is not null || !Article.IsDefiniteWord(tokens[k]))
            {
                return null;
            }
            if (numbers.WordValue(Article.Without(tokens[k].Text)) is { } value)
            {
                return value >= 3 ? (value, k) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "شخص آخر"، "وعنصر آخر": the noun ending at <paramref name="nounLast"/> is followed by the singular "another"
    /// (lexicon anotherOne): one more, and, for a noun that says no side ("إصابة ضابط وعنصر آخر"), one more of the
    /// people just counted.
    /// </summary>
    private bool IsFollowedByAnother(TokenList tokens, Sentence s, int nounLast) =>
        nounLast + 1 <= s.Last && tokens[nounLast + 1].ReadsAsOneOf(lexicon.AnotherOne);
}
