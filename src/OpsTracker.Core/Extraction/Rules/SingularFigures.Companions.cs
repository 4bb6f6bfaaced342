using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The people joined to a figure just read: "والي العراق وثمانية من أبرز مساعديه" = 9, his kin, a rank or a person of
/// another side joined by و (a figure of its own), one more an additive phrase adds, his companions "with" him.
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>
    /// "والي العراق وثمانية من أبرز مساعديه" = 9, "ومعاونه وثلاثة من مرافقيه": people joined to the figure just read.
    /// A wife or child joined to a fighter is a civilian of her own.
    /// </summary>
    internal int ExtendWithCompanions(TokenList tokens, Sentence s, Figure figure, List<Figure> figures)
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
                // "قتل قياديين اثنين، وثالث كان معهما": one more, three in all (SingularFigures.IsNextInLine).
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
                    // "45 عسكريا ومدنيا": the count's second noun, the same people (SingularFigures.SharedTamyiz).
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
                // "قتل الوالي أبو علي وأحد مساعديه": one of his own men, two in all (SingularFigures.AndOneOfHisMen).
                if (count is { Value: 1 } && AndOneOfHisMen(tokens, s, j))
                {
                    // Named among the counted ("ستة بينهم الوالي وأحد مساعديه"): his man is among them too.
                    figure.Count += amongTheCounted ? 0 : 1;
                    figure.Implicit = false;
                    last = j = j + 1;
                    j++;
                    skipped = 0;
                    continue;
                }
                // "إصابة ضابط واثنين آخرين": the officer and two more, three in all.
                if (count is not null && count.LastToken + 1 <= s.Last && lexicon.Others.MatchAt(tokens, count.LastToken + 1) is { } others)
                {
                    figure.Count += amongTheCounted ? 0 : (int)count.Value;
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
                        // "ستة إرهابيين بينهم الوالي واثنان من معاونيه": named among the counted, his men are among them too.
                        figure.Count += amongTheCounted ? 0 : (int)count.Value;
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
    /// "إصابة ضابط برتبة نقيب، ومنتسب أمني": after a comma, a person named by an indefinite singular or dual noun joined
    /// by و is the next of a list of the hit, as it would be without the comma (Arabic lists often put one before و).
    /// Only after one person named by a noun: after a count ("أربعة في الموصل، وإرهابي في القائم") the comma parts the
    /// shares of a list told place by place.
    /// </summary>
    private bool IsListedPerson(TokenList tokens, int j) =>
        tokens[j].IsWord && tokens[j].Text.StartsWith('و') && !Article.FollowsWa(tokens[j].Text)
        && lexicon.Persons.MatchAt(tokens, j) is { Value.Number: not GrammaticalNumber.Plural };

    /// <summary>
    /// After "مع" or "برفقة": a man's own companions (lexicon companions, same side), one ("مساعده"), a count of them
    /// ("أحد مساعديه", "اثنين من مرافقيه"); how many, and their last word.
    /// </summary>
    internal (int Count, int Last)? CompanionsAfterWith(TokenList tokens, Sentence s, int at)
    {
        var companions = 1;
        if (at <= s.Last && numbers.ReadAt(tokens, at) is { } count)
        {
            companions = (int)count.Value;
            at = count.LastToken + 1;
            if (at <= s.Last && tokens[at].Text == Particles.Min)
            {
                at++;
            }
        }
        return at <= s.Last && lexicon.Companions.MatchAt(tokens, at) is { Value: false } companion ? (companions, companion.Last) : null;
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

    /// <summary>
    /// "مقتل ستة جنود وأربعة من المدنيين": people whose own noun says they are of another side than the figure just read
    /// (civilians joined to soldiers) are no companions of its men; they are a figure of their own. A noun that says no
    /// side ("من مرافقيه"، "من عناصره") joins.
    /// </summary>
    private static bool IsOfAnotherSide(PersonNoun noun, Figure figure) =>
        !noun.Ambiguous && noun.Side != CasualtySide.Unknown && figure.Side != CasualtySide.Unknown && noun.Side != figure.Side;
}
