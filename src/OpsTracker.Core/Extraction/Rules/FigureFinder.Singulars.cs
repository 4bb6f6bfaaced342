using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Figures told without a count (the figure finder's implicit readers): a trigger and a singular, dual or definite noun
/// ("تدمير مضافة" = 1, "إرهابيين اثنين" = 2), a victim noun, a named member, a strike noun, and the people joined to a
/// figure.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>A trigger followed by a singular or dual noun: "تدمير مضافة", "مقتل الإرهابي", "اعتقال ثالث", "عنصرين".</summary>
    private Figure? ReadImplicit(TokenList tokens, Sentence s, int i, List<Figure> earlier)
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
    /// "إصابة ضابط برتبة نقيب، ومنتسب أمني": after a comma, a person named by an indefinite singular or dual noun joined
    /// by و is the next of a list of the hit, as it would be without the comma (Arabic lists often put one before و).
    /// Only after one person named by a noun: after a count ("أربعة في الموصل، وإرهابي في القائم") the comma parts the
    /// shares of a list told place by place.
    /// </summary>
    private bool IsListedPerson(TokenList tokens, int j) =>
        tokens[j].IsWord && tokens[j].Text.StartsWith('و') && !Article.FollowsWa(tokens[j].Text)
        && lexicon.Persons.MatchAt(tokens, j) is { Value.Number: not GrammaticalNumber.Plural };

    /// <summary>
    /// "شخص آخر"، "وعنصر آخر": the noun ending at <paramref name="nounLast"/> is followed by the singular "another"
    /// (lexicon anotherOne): one more, and, for a noun that says no side ("إصابة ضابط وعنصر آخر"), one more of the
    /// people just counted.
    /// </summary>
    private bool IsFollowedByAnother(TokenList tokens, Sentence s, int nounLast) =>
        nounLast + 1 <= s.Last && tokens[nounLast + 1].ReadsAsOneOf(lexicon.AnotherOne);

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

    /// <summary>"تدمير خمس مضافات ونفق": a hideout joined by و to hideouts just counted shares their outcome.</summary>
    private Figure? ReadConjoinedHideout(TokenList tokens, Sentence s, int i, List<Figure> earlier)
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

    private Figure? ReadVictimNoun(TokenList tokens, Sentence s, int i, List<Figure> earlier)
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

    /// <summary>A dual noun counts two even when its verb stands far before it ("اعتقلت قوات الأسايش ... عنصرين").</summary>
    private Figure? ReadDual(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        var person = _persons.At(tokens, i);
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
            if (before >= s.First && Article.Begins(tokens[i].Text) && lexicon.Elatives.MatchAt(tokens, before) is { } elative && elative.Last == before)
            {
                var figure = PersonFigure(tokens, s, new CountExpression(before, before, 1, false, true), p.Value, p.Last, null, earlier, "superlative-one");
                if (figure is not null)
                {
                    figure.Implicit = true;
                }
                return figure;
            }
            // "أغلب الانتحاريين قتلوا": a quantifier before a definite plural (which unvowelled looks dual) counts nobody.
            if (before >= s.First && Article.Begins(tokens[i].Text) && lexicon.Quantifiers.MatchAt(tokens, before) is { } quantifier && quantifier.Last == before)
            {
                return null;
            }
            // "قيادي من الانتحاريين", "اثنان منهم من القياديين": after the partitive "من" a definite noun is the group
            // someone belongs to, a plural; a dual would be counted before it ("اثنين من").
            if (before >= s.First && Article.Begins(tokens[i].Text) && tokens[before].Text == Particles.Min)
            {
                return null;
            }
            // "أحد الإرهابيين الانتحاريين": a definite noun right after a definite noun of people agrees with it, an
            // adjective of that plural, and counts nobody.
            if (IsAdjectiveOfPeople(tokens, s, i, before) || IsNisbaOfDual(tokens, s, i, before) || IsDefinitePluralLookalike(tokens, i) || IsIndefinitePluralLookalike(tokens, i))
            {
                return null;
            }
            return PersonFigure(tokens, s, new CountExpression(i, i, 2, false, true), p.Value, p.Last, null, earlier, "dual-person");
        }
        if (lexicon.Hideouts.MatchAt(tokens, i) is { Value.Number: GrammaticalNumber.Dual } h)
        {
            var outcome = _triggers.HideoutOutcomeBefore(tokens, s, i, 16);
            return outcome is null ? null : new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = h.Value.Kind, Outcome = outcome.Value, Count = 2, First = i, Last = h.Last, Sentence = s.Index, Rule = "dual-hideout",
            };
        }
        // "ضبطت قوات الأمن وكرا": an indefinite singular hideout after its verb and the verb's subject is one; so is
        // one after a day ("دمرت يوم 3/11 وكرا"), whose number is no count of it.
        if (lexicon.Hideouts.MatchAt(tokens, i) is { Value.Number: GrammaticalNumber.Singular } one && !Article.IsCarriedBy(tokens[i].Text)
            && (i == s.First || !tokens[i - 1].IsNumber || _blocked[i - 1]) && _triggers.HideoutOutcomeBefore(tokens, s, i, 10) is { } singleOutcome)
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
    private Figure? ReadNamedMemberAfterSubject(TokenList tokens, Sentence s, int i, List<Figure> earlier)
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
    private Figure? ReadStrikeNoun(TokenList tokens, Sentence s, int i)
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
    private bool IsDefinitePluralLookalike(TokenList tokens, int i)
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
    private (int Count, bool Implicit, int Last)? NounCount(TokenList tokens, GrammaticalNumber number, int last, Sentence s)
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
    /// "إضافة لأحد عناصر الحشد"، "فضلا عن أحد المواطنين": an additive phrase (lexicon additiveOne.connectors), then "أحد"
    /// (with or without the preposition run onto it) and a noun of people: one person more beside the figure, of the
    /// side the noun says, else the figure's; so is a singular noun of people right after the phrase ("بالإضافة إلى ابن
    /// عمهم"). Null when no such phrase starts at j.
    /// </summary>
    private Figure? AdditiveOneAt(TokenList tokens, Sentence s, int j, Figure figure)
    {
        if (j > s.Last || lexicon.AdditiveConnectors.MatchAt(tokens, j) is not { } connector)
        {
            return null;
        }
        var one = connector.Last + 1;
        if (one > s.Last)
        {
            return null;
        }
        // "بالإضافة إلى ابن عمهم"، "إضافة إلى مقاتل في الحشد": beside the dead or the wounded, a singular noun of people
        // right after the phrase is one person more as "أحد" and a noun would be; a plural or a dual there is no count
        // of its own. Not beside the arrested: "بالإضافة لتاجر مخدرات" adds a suspect of another charge.
        var person = lexicon.AdditiveOnes.MatchAt(tokens, one) is { } oneWord
            ? (oneWord.Last + 1 <= s.Last ? lexicon.Persons.MatchAt(tokens, oneWord.Last + 1) : null)
            : figure.Category is CasualtyCategory.Killed or CasualtyCategory.Wounded
                && lexicon.Persons.MatchAt(tokens, one) is { Value.Number: GrammaticalNumber.Singular } single ? single : null;
        if (person is null)
        {
            return null;
        }
        var side = person.Value.Ambiguous ? figure.Side : person.Value.Side;
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = figure.Category, Side = side, SideExplicit = true,
            Count = 1, First = j, Last = person.Last, Sentence = s.Index, Rule = "additive-one", Conjoined = true,
        };
    }

    /// <summary>
    /// "والي العراق وثمانية من أبرز مساعديه" = 9, "ومعاونه وثلاثة من مرافقيه": people joined to the figure just read.
    /// A wife or child joined to a fighter is a civilian of her own.
    /// </summary>
    private int ExtendWithCompanions(TokenList tokens, Sentence s, Figure figure, List<Figure> figures)
    {
        if (figure.Kind != FigureKind.Casualty)
        {
            return figure.Last;
        }
        var last = figure.Last;
        var j = figure.Last + 1;
        var skipped = 0;
        // "11 مقاتلا بينهم آمر اللواء ومعاونه": past a breakdown cue, the men named are among the counted, not more;
        // so are the men joined to a share of a count ("بينهم مختار القرية وشرطي واحد وعنصر في الحشد").
        var amongTheCounted = figure.Breakdown;
        // The kin just joined to the man ("وابنه"), when nothing came after it yet: a bare count joined right after
        // is more people of the same list (KinJoinedBareCount).
        Figure? kin = null;
        var kinLast = -1;
        while (j <= s.Last && skipped <= 10)
        {
            var t = tokens[j];
            if (!figure.Implicit && figure.Count > 1 && lexicon.BreakdownCues.MatchAt(tokens, j) is not null)
            {
                amongTheCounted = true;
            }
            // "سبعة مقاتلين بينهم ضابط، إضافة لأحد عناصر الحشد ومدني": one more person an additive phrase adds (lexicon
            // additiveOne), after a comma too; the men named after it are no longer among the counted.
            if (AdditiveOneAt(tokens, s, j, figure) is { } added)
            {
                figures.Add(added);
                amongTheCounted = false;
                last = j = added.Last;
                j++;
                skipped = 0;
                continue;
            }
            // "اعتقال المسؤول عن نقل الانتحاريين في ما يسمى ولاية نينوى، برفقة اثنين من مساعديه"، "...، ومعاونه": a
            // comma before a man's own companions does not part them.
            var beforeCompanion = t.Text == "," && j + 1 <= s.Last
                && (AdditiveOneAt(tokens, s, j + 1, figure) is not null
                    || (tokens[j + 1].Text.StartsWith('و') && lexicon.Companions.MatchAt(tokens, j + 1) is { Value: false })
                    || (lexicon.CompanionWith.MatchAt(tokens, j + 1) is { } commaWith && CompanionsAfterWith(tokens, s, commaWith.Last + 1) is not null)
                    || (figure.Implicit && IsListedPerson(tokens, j + 1))
                    || (!amongTheCounted && IsNextInLine(tokens, s, j + 1, figure)));
            if (t.IsClauseBreak && t.Text != "\"" && t.Text != "(" && t.Text != ")" && !beforeCompanion)
            {
                break;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is not null || lexicon.DestroyTriggers.MatchAt(tokens, j) is not null
                || _relations.OpensPartsOfTheCount(tokens, j))
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
                // "قتل قياديين اثنين، وثالث كان معهما": one more, three in all (FigureFinder.IsNextInLine).
                if (!amongTheCounted && IsNextInLine(tokens, s, j, figure))
                {
                    figure.Count += 1;
                    figure.Implicit = false;
                    last = j;
                    j++;
                    skipped = 0;
                    continue;
                }
                if (lexicon.Companions.MatchAt(tokens, j) is { } companion)
                {
                    if (amongTheCounted)
                    {
                        // Named among the counted: no one more.
                    }
                    else if (companion.Value && !CasualtySides.IsCivilianVictim(figure))
                    {
                        // Joined to the man by و, his kin is one more person, never the man told again (RepetitionRemoval).
                        kin = new Figure
                        {
                            Kind = FigureKind.Casualty, Category = figure.Category, Side = CasualtySide.Civilian, SideExplicit = true,
                            Count = 1, First = j, Last = companion.Last, Sentence = s.Index, Rule = "companion-civilian", Conjoined = true,
                        };
                        figures.Add(kin);
                    }
                    else
                    {
                        figure.Count += 1;
                        figure.Implicit = false;
                        kin = figure;
                    }
                    kinLast = amongTheCounted ? -1 : companion.Last;
                    last = j = companion.Last;
                    j++;
                    skipped = 0;
                    continue;
                }
                // "استشهد النقيب علي حسين والجندي أحمد كاظم": a rank joined by و is another man of the forces, the
                // article notwithstanding; a title that follows a name ("والمفتي الشرعي") is no rank, so the same man.
                if (Article.FollowsWa(t.Text) && lexicon.Ranks.MatchAt(tokens, j) is { } rank)
                {
                    if (amongTheCounted)
                    {
                        last = j = rank.Last;
                        j++;
                        skipped = 0;
                        continue;
                    }
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
                if (!Article.FollowsWa(t.Text)
                    && lexicon.Persons.MatchAt(tokens, j) is { Value.Number: not GrammaticalNumber.Plural } person
                    && NounCount(tokens, person.Value.Number, person.Last, s) is { } personCount
                    && (!person.Value.Ambiguous ? (person.Value.Side, true)
                        // A civilian's "وعنصر آخر" says nothing of the second man: only men of the forces or ISIS are called so.
                        // "وعنصرين آخرين من الحشد": a force named past "آخرين" says whose they are, whoever the count before was.
                        : figure.Side != CasualtySide.Civilian && IsFollowedByAnother(tokens, s, person.Last) ? ForceNamedPastAnother(tokens, s, person.Value, j, person.Last, figure) ?? (figure.Side, true)
                        : SideOfJoinedFighter(tokens, s, person.Value, j, person.Last, figure)) is (var personSide, true))
                {
                    // "45 عسكريا ومدنيا": the count's second noun, the same people (FigureFinder.SharedTamyiz).
                    if (amongTheCounted || SharesTheCountsTamyiz(tokens, figure, j, person.Value))
                    {
                        last = j = personCount.Last;
                        j++;
                        skipped = 0;
                        continue;
                    }
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
                var count = numbers.ReadAt(tokens, j) ?? CountAfterDetachedAnd(tokens, s, j);
                if (kin is not null && kinLast == j - 1 && count is not null && KinJoinedBareCount(tokens, s, count) is { } more)
                {
                    kin.Count += more;
                    kin.Implicit = false;
                    last = j = count.LastToken;
                    j++;
                    skipped = 0;
                    kin = null;
                    continue;
                }
                // "قتل الوالي أبو علي وأحد مساعديه": one of his own men, two in all (FigureFinder.AndOneOfHisMen).
                if (count is { Value: 1 } && AndOneOfHisMen(tokens, s, j))
                {
                    figure.Count += 1;
                    figure.Implicit = false;
                    last = j = j + 1;
                    j++;
                    skipped = 0;
                    continue;
                }
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
                if (count is not null && count.LastToken + 1 <= s.Last && tokens[count.LastToken + 1].Text == Particles.Min)
                {
                    var after = _triggers.SkipHeadAdjectives(tokens, count.LastToken + 2, s);
                    if (lexicon.Persons.MatchAt(tokens, after) is { } p && !IsOfAnotherSide(p.Value, figure))
                    {
                        if (JoinedCountOfOtherSide(tokens, s, figure, count, p, after) is { } other)
                        {
                            figures.Add(other);
                            last = j = p.Last;
                            j++;
                            skipped = 0;
                            continue;
                        }
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

    /// <summary>
    /// "وعنصرين آخرين من الحشد الشعبي": people told as "others" (lexicon anotherOne) after a count of another side are
    /// whose the force named after "آخرين" says (ResolveSide reads past "آخرين" to it); null when the words past
    /// "آخرين" name no side.
    /// </summary>
    private (CasualtySide Side, bool Explicit)? ForceNamedPastAnother(TokenList tokens, Sentence s, PersonNoun noun, int first, int nounLast, Figure figure)
    {
        var another = nounLast + 1;
        if (!_sides.ForceNamedAfter(tokens, s, another))
        {
            return null;
        }
        var (side, explicitSide) = _sides.ResolveSide(tokens, s, noun, first, nounLast, figure.Category);
        return explicitSide && side != CasualtySide.Unknown ? (side, true) : null;
    }

    /// <summary>
    /// "مصرع مدنيين اثنين وثلاثة من عناصر تنظيم داعش": a count joined by و to civilians just counted, whose own people say
    /// another side ("من عناصر داعش"), is not their companions added to them but a count of its own, with its own side
    /// (the summary of two incidents, one against civilians, one against ISIS). Companions of the same side, or of a
    /// side the words do not say ("ومعاونه وثلاثة من مرافقيه"), are still added. Null when the joined count is added.
    /// </summary>
    private Figure? JoinedCountOfOtherSide(TokenList tokens, Sentence s, Figure figure, CountExpression count, PhraseMatch<PersonNoun> people, int first)
    {
        // "قتل 20 من عناصر داعش و9 من عناصر الجيش": the people of a count of ISIS's or the forces' are named by the force
        // in construct with their noun, or after "من", as a civilian's are: their own force, not the count before, is theirs.
        if (figure.Side != CasualtySide.Civilian && !(people.Value.Ambiguous && _sides.ForceNamedAfter(tokens, s, people.Last)))
        {
            return null;
        }
        var (side, explicitSide) = _sides.ResolveSide(tokens, s, people.Value, first, people.Last, figure.Category);
        if (!explicitSide || side == figure.Side)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = figure.Category, Side = side, SideExplicit = true, Count = (int)count.Value, Approximate = count.Approximate,
            First = count.FirstToken, Last = people.Last, Sentence = s.Index, Rule = "conjoined-other-side", Conjoined = true,
        };
    }
}
