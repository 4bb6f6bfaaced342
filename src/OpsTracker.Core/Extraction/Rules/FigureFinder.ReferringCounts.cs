using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The readers of counts that point back to people, found by invented wire-copy probes: an object pronoun on a later
/// verb ("رصدت القوة أربعة إرهابيين ... وتمكنت من قتلهم"، "واعتقالهما"), a headcount after it ("وعددهم خمسة"), the
/// numeral one after a collective noun ("بيشمركة واحد"), one victim named by an indefinite accusative ("راعيا"), and
/// one of people already counted ("بعد وفاة أحد الجرحى").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "مقتل 30 واعتقال 74 من عناصر داعش": a count right after its casualty noun names no people, and the next word joins
    /// a second casualty noun whose count does: the people named once at the end are those of both counts (Arabic
    /// names a shared object once, after the last of the coordinated nouns). Returns the figure of the count that
    /// names them, read as it would be on its own; null when the next words are anything else.
    /// </summary>
    private Figure? PeopleNamedAhead(TokenList tokens, Sentence s, CountExpression count, List<Figure> earlier)
    {
        var andTrigger = count.LastToken + 1;
        if (andTrigger + 1 > s.Last || !tokens[andTrigger].IsWord || !tokens[andTrigger].Text.StartsWith('و')
            || numbers.ReadAt(tokens, andTrigger + 1) is not { } second || second.LastToken > s.Last || _blocked[second.NumberToken]
            || _triggers.TriggerBefore(tokens, s, second.FirstToken, 0) is null)
        {
            return null;
        }
        return ReadCounted(tokens, s, second, earlier) is { Kind: FigureKind.Casualty } named ? named : null;
    }

    /// <summary>How many words after the counted people a verb with their object pronoun ("قتلهم") may stand.</summary>
    private const int ObjectPronounReach = 12;

    /// <summary>
    /// The outcome of people counted without one, told by a casualty verb or noun further on whose attached pronoun
    /// agrees with their count (ـهما for two, ـهم for three or more; the singular ـه is anyone's). Another people noun
    /// or another count before the verb is a nearer referent, and ends the search.
    /// </summary>
    private CasualtyCategory? ObjectPronounTriggerAfter(TokenList tokens, Sentence s, int headLast, long count)
    {
        var pronoun = count switch { 2 => "هما", >= 3 => "هم", _ => null };
        if (pronoun is null)
        {
            return null;
        }
        for (var j = headLast + 1; j <= Math.Min(s.Last, headLast + ObjectPronounReach); j++)
        {
            var t = tokens[j];
            if (t.IsSentenceBreak || (t.IsNumber && !_blocked[j]) || lexicon.Persons.MatchAt(tokens, j) is not null)
            {
                return null;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is { } m)
            {
                return tokens[m.Last].Text.EndsWith(pronoun, StringComparison.Ordinal) && !_triggers.IsCharge(tokens, s, j) ? m.Value : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "وتمكنت من قتلهم جميعا وعددهم خمسة": a count right after a headcount word (lexicon headcounts) counts the people
    /// the casualty word just before it took as its object; their side is read as for any people whose noun does not
    /// say it (the arrested are ISIS members, the others by the sentence's operation or attack).
    /// </summary>
    private Figure? Headcount(TokenList tokens, Sentence s, CountExpression count)
    {
        if (count.FirstToken - 1 < s.First || lexicon.Headcounts.MatchAt(tokens, count.FirstToken - 1) is null
            || _triggers.TriggerBefore(tokens, s, count.FirstToken, FigureTriggers.TriggerReach) is not { } category)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category,
            Side = category == CasualtyCategory.Arrested ? CasualtySide.Isis : _sides.HeadcountNounSide(tokens, s, count.FirstToken - 1) ?? _sides.ContextSide(tokens, s, count.FirstToken),
            Count = FractionOfGroup(tokens, s, count.FirstToken - 1) is { } divisor ? (int)Math.Round(count.Value / (double)divisor) : (int)count.Value,
            Approximate = count.Approximate || (FractionOfGroup(tokens, s, count.FirstToken - 1) is { } d && count.Value % d != 0),
            First = count.FirstToken, Last = count.LastToken, Sentence = s.Index, Rule = "headcount",
        };
    }

    /// <summary>
    /// "قتلت القطعات نصف المهاجمين البالغ عددهم 40": a fraction (lexicon groupFractions) right before the noun a headcount counts
    /// says the casualties are that share of the group (15), not the whole; its divisor, or null.
    /// </summary>
    private int? FractionOfGroup(TokenList tokens, Sentence s, int headcountWord) =>
        _sides.HeadcountNoun(tokens, s, headcountWord) is { } noun && noun.First - 1 >= s.First
        && lexicon.GroupFractions.MatchAt(tokens, noun.First - 1) is { } fraction && fraction.Last == noun.First - 1 ? fraction.Value : null;

    /// <summary>
    /// "استشهاد بيشمركة واحد": a people noun the lexicon reads as plural (a collective such as بيشمركة, or a plural
    /// that unvowelled looks like its singular) followed by the numeral one is one of them, as "إرهابيين اثنين" is two.
    /// "واحد من ..." and "واحد منهم" name one of a group told after, and are left to the readers of shares.
    /// </summary>
    private Figure? ReadNounAndNumeralOne(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (_persons.At(tokens, i) is not { Value.Number: GrammaticalNumber.Plural } counted || counted.Last + 1 > s.Last
            || tokens[counted.Last + 1] is not { IsWord: true } numeral || !lexicon.NumeralOne.Contains(numeral.Text)
            || (counted.Last + 2 <= s.Last && (tokens[counted.Last + 2].Text == Particles.Min || lexicon.OfThem.MatchAt(tokens, counted.Last + 2) is not null))
            || (earlier.Count > 0 && earlier[^1].Last >= i) || IsOriginOfCounted(tokens, s, i))
        {
            return null;
        }
        return PersonFigure(tokens, s, new CountExpression(i, counted.Last + 1, 1, false, true), counted.Value, counted.Last + 1, null, earlier, "noun-and-numeral-one");
    }

    /// <summary>
    /// "وقتلوا خمسة أشخاص من عائلة واحدة": a collective and the numeral one after a preposition of origin (lexicon
    /// originBeforeOne) say where the people just counted come from, one family, not a further person.
    /// </summary>
    private bool IsOriginOfCounted(TokenList tokens, Sentence s, int i) =>
        i - 1 >= s.First && tokens[i - 1].IsWord && lexicon.OriginBeforeOne.Contains(tokens[i - 1].Text);

    /// <summary>
    /// "قتل عناصر داعش راعيا"، "أفاد مصدر بأن راعيا قتل": one civilian or member of the forces named by an indefinite
    /// singular in the accusative (its alef: راعيا، مزارعا، جنديا) after a casualty verb and its subject, or before the
    /// verb that befalls him, is one. Only an accusative the lexicon lists as a person, and not one that is as often an
    /// adverb ("القضاء على التنظيم عسكريا", militarily; lexicon adverbialAccusatives). (An ISIS member so named is read
    /// with his verb's subject, ReadNamedMemberAfterSubject.)
    /// </summary>
    private Figure? ReadIndefiniteVictim(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (_persons.At(tokens, i) is not { Value: { Number: GrammaticalNumber.Singular, Side: not CasualtySide.Isis, Ambiguous: false } } person
            || person.Last != i || Article.Begins(tokens[i].Text) || !tokens[i].Text.EndsWith('ا')
            || !lexicon.Persons.Contains(tokens[i].Text) || tokens[i].Readings.AnyIn(lexicon.AdverbialAccusatives)
            || (i > s.First && tokens[i - 1].IsNumber) || (earlier.Count > 0 && earlier[^1].Last >= i) || AgreesWithCountedNoun(tokens, s, i))
        {
            return null;
        }
        var figure = PersonFigure(tokens, s, new CountExpression(i, i, 1, false, true), person.Value, person.Last, null, earlier, "indefinite-person");
        if (figure is not null)
        {
            figure.Implicit = true;
        }
        return figure;
    }

    /// <summary>
    /// "قتل 11 جنديا عراقيا"، "أصيب شرطيا محليا": an indefinite accusative right after an indefinite accusative people
    /// noun (the counted noun, or the victim named by one) with no "و" between is its adjective (a nisba of origin
    /// or force), agreeing with it in case and indefiniteness, not one more person.
    /// </summary>
    private bool AgreesWithCountedNoun(TokenList tokens, Sentence s, int i) =>
        i - 1 >= s.First && tokens[i - 1] is { IsWord: true } before && before.Text.EndsWith('ا')
        && !Article.Begins(before.Text) && _persons.At(tokens, i - 1) is { } counted && counted.Last == i - 1;

    /// <summary>
    /// "القبض على أربعة إرهابيين في الموصل، واثنين في الحويجة، وإرهابي في القائم": the last of a gapped list may name one
    /// person by an indefinite singular noun joined by "و" right before "في", or by "وآخر" ("اعتقال إرهابي في الحويجة،
    /// وآخر في المقدادية"); it counts one more of the same people, a share of the same total as the counts before it.
    /// After a share of a total ("ثلاثة منهم في أربيل") the definite "والآخر في السليمانية" is the one left of it.
    /// </summary>
    private Figure? ReadGappedOne(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (GappedOneHideout(tokens, s, i, earlier) is { } hideout)
        {
            return hideout;
        }
        var previous = earlier.LastOrDefault(f => f.Kind == FigureKind.Casualty);
        if (previous is null || previous.Sentence != s.Index || previous.Last >= i || !tokens[i].Text.StartsWith('و'))
        {
            return null;
        }
        // "ثلاثة منهم في أربيل والآخر في السليمانية": after a share of a total, "the other" is the one left of it.
        var definite = Article.FollowsWa(tokens[i].Text);
        if (definite && !(previous.Breakdown && tokens[i].Readings.AnyIn(lexicon.AnotherOne)))
        {
            return null;
        }
        // "وإرهابي في القائم", or "وآخر في المقدادية": the word "another" stands for one more of the same people.
        var last = _persons.At(tokens, i) is { Value.Number: GrammaticalNumber.Singular } person ? person.Last
            : tokens[i].Readings.AnyIn(lexicon.AnotherOne) ? i : -1;
        if (last < 0 || last + 1 > s.Last || tokens[last + 1].Text != Particles.Fi)
        {
            return null;
        }
        // The figure before it must itself stand before its place, as each count of a gapped list does.
        if (!StandsBeforeItsPlace(tokens, previous, i))
        {
            return null;
        }
        var one = MoreOf(previous, previous.Category, new CountExpression(i, i, 1, false, true), last, s, "gapped-one");
        one.Breakdown = previous.Breakdown;
        one.ParallelTo = previous;
        return one;
    }

    /// <summary>
    /// The figure read before token <paramref name="i"/> is followed, within
    /// <see cref="GappedFigureWordsBeforePlace"/> words and before <paramref name="i"/>, by the "في" of
    /// its own place: it opens a gapped list ("خمسة في الحويجة، وآخر في الدبس") whose next item may leave out its noun.
    /// </summary>
    private static bool StandsBeforeItsPlace(TokenList tokens, Figure previous, int i)
    {
        var after = previous.Last + 1;
        while (after < i && after <= previous.Last + GappedFigureWordsBeforePlace && tokens[after].IsWord && tokens[after].Text != Particles.Fi)
        {
            after++;
        }
        return after < i && tokens[after].Text == Particles.Fi;
    }

    /// <summary>
    /// "دمرت الطائرات مخبأ لداعش في جبال مكحول، وآخر في وادي الشاي": "وآخر" (lexicon anotherOne) right before "في" and a
    /// place, after hideouts counted before their own "في", is one more hideout of the same kind and outcome at that
    /// place, as it is one more man after people counted (<see cref="ReadGappedOne"/>). Only when the hideouts were the
    /// last figure read.
    /// </summary>
    private Figure? GappedOneHideout(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Kind: FigureKind.Hideout } previous || previous.Sentence != s.Index || previous.Last >= i
            || !tokens[i].Text.StartsWith('و') || Article.FollowsWa(tokens[i].Text)
            || !tokens[i].Readings.AnyIn(lexicon.AnotherOne) || i + 1 > s.Last || tokens[i + 1].Text != Particles.Fi)
        {
            return null;
        }
        if (!StandsBeforeItsPlace(tokens, previous, i))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Hideout, HideoutKind = previous.HideoutKind, Outcome = previous.Outcome, Count = 1, Implicit = false,
            First = i, Last = i, Sentence = s.Index, Rule = "gapped-one-hideout", ParallelTo = previous,
        };
    }

    /// <summary>
    /// "بعد وفاة أحد الجرحى": the death (lexicon naturalDeathWords) of one (أحد، إحدى) of a definite category noun
    /// befalls one of people the report has counted already, not one more: the figure is kept as a part
    /// (<see cref="Figure.Breakdown"/>) of theirs.
    /// </summary>
    private Figure? OneOfTheKnown(TokenList tokens, Sentence s, CountExpression count, int noun, Figure? figure)
    {
        if (figure is not null && count.InWords && count.Value == 1 && count.FirstToken == count.LastToken
            && !lexicon.NumeralOne.Contains(tokens[count.FirstToken].Text)
            && count.FirstToken > s.First && tokens[count.FirstToken - 1].Readings.AnyIn(lexicon.NaturalDeathWords)
            && Article.Begins(tokens[noun].Text) && noun <= s.Last)
        {
            figure.Breakdown = true;
        }
        return figure;
    }

    /// <summary>
    /// "وتمكنت من اعتقاله مع أحد مساعديه": a casualty word whose attached pronoun is one man, then "with" his own
    /// companions (one, a count, or a count "من" them): the man and they, 1 + n. The arrested are ISIS members;
    /// the others' side is the sentence's.
    /// </summary>
    private Figure? ReadPronounWithCompanions(TokenList tokens, Sentence s, int i)
    {
        if (lexicon.CasualtyTriggers.MatchAt(tokens, i) is not { } trigger || !tokens[trigger.Last].Text.EndsWith('ه') || trigger.Last + 2 > s.Last
            || lexicon.CompanionWith.MatchAt(tokens, trigger.Last + 1) is not { } with)
        {
            return null;
        }
        if (_singulars.CompanionsAfterWith(tokens, s, with.Last + 1) is not { } companions)
        {
            return null;
        }
        var side = trigger.Value == CasualtyCategory.Arrested ? CasualtySide.Isis : _sides.ContextSide(tokens, s, i);
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = trigger.Value, Side = side, SideExplicit = trigger.Value == CasualtyCategory.Arrested,
            Count = 1 + companions.Count, First = i, Last = companions.Last, Sentence = s.Index, Rule = "pronoun-with-companions", IncludesNamedMan = true,
        };
    }
}
