using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose people a figure counts (the figure finder's evidence for a side): the noun, the force named after it, the
/// martyrdom and attack words around it, the agent of the clause; never ISIS by default. The construction of the
/// clause is read in CasualtySides.ByConstruction.cs, whether ISIS attacked by <see cref="IsisAsAttacker"/>, the
/// men of a body a pronoun names by <see cref="OwnersMen"/>. Holds only the lexicon and the number reader: safe to share.
/// </summary>
internal sealed partial class CasualtySides(ExtractionLexicon lexicon, NumberReader numbers)
{
    private readonly OrganisationNames _organisations = new(lexicon);
    private readonly IsisAsAttacker _attacker = new(lexicon);
    private readonly OwnersMen _ownersMen = new(lexicon);

    /// <summary>How far before a figure of people a martyrdom word ("استشهاد"، "نعت") makes them the forces' dead.</summary>
    private const int MartyrdomWordsBefore = 3;

    /// <summary>How far after the figure's noun a martyrdom verb that follows its subject ("استشهدا") is looked for.</summary>
    private const int MartyrdomWordsAfter = 2;

    /// <summary>
    /// "قتل الحشد 18 من عناصر داعش ... فيما استشهد 4 من مقاتليه": a count right after a martyrdom word ("استشهد")
    /// names the forces' dead even when the people it counts are only "his fighters" and the figure before it was
    /// ISIS's: a martyr is never ISIS's.
    /// </summary>
    internal Figure MartyrsAreNotIsis(TokenList tokens, Sentence s, int countFirst, Figure figure)
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

    /// <summary>
    /// "سقط قتيل وثلاثة جرحى من المدنيين": the people a list of victims goes on to name are those of the whole list, so
    /// a victim noun whose side the sentence left open takes the side of the count joined to it.
    /// </summary>
    internal static void SideOfVictimLists(List<Figure> figures)
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

    /// <summary>
    /// "قتل راعي أغنام وابنه", "مقتل مزارع وزوجته": the wife or child of a civilian victim is one more civilian of the
    /// same figure (2), not a civilian beside a fighter; a fighter's wife stays a civilian of her own.
    /// </summary>
    internal static bool IsCivilianVictim(Figure figure) => figure.Side == CasualtySide.Civilian;

    /// <summary>Whose people: the noun says, or the force named after it, or the martyrdom and attack words around it.</summary>
    internal (CasualtySide Side, bool Explicit) ResolveSide(TokenList tokens, Sentence s, PersonNoun noun, int first, int headLast, CasualtyCategory category, bool outcomeNoun = false)
    {
        // "إصابة عنصرين من قواته": the men of the body the pronoun refers back to (OwnersMen).
        if (category != CasualtyCategory.Arrested && _ownersMen.OwnersMenSide(tokens, s, first, headLast) is { } owner)
        {
            return (owner, true);
        }
        if (!noun.Ambiguous)
        {
            return ForceInConstruct(tokens, s, noun, headLast) || MemberOfAForce(tokens, s, noun, headLast) ? (CasualtySide.Security, true) : (noun.Side, true);
        }
        // "اثنان من عناصرنا": people the speaker calls ours are the forces telling it (Iraqi statements, not ISIS's).
        var head = tokens[headLast];
        if (head.IsWord && head.Text.EndsWith("نا", StringComparison.Ordinal) && head.SuffixReadings.Any(r => head.Text.EndsWith(r + "نا", StringComparison.Ordinal)))
        {
            return (CasualtySide.Security, true);
        }
        // 'عناصر تنظيم "الدولة الإسلامية"': an ISIS name told in quotation marks after its head word.
        if (_organisations.AfterIsisName(tokens, s, headLast) > headLast)
        {
            return (CasualtySide.Isis, true);
        }
        if (ForceNamedInQuotes(tokens, s, headLast))
        {
            return (CasualtySide.Security, true);
        }
        // The force named right after the noun: "عناصر الحشد", "عنصر من الشرطة", "11 عنصرا في قوات الحشد", "عنصر باللواء".
        var j = AfterQuotedTitle(tokens, s, headLast + 1);
        // "250 مقاتلا على الأقل من قوات البيشمركة": past a qualifier of the count written after its noun.
        if (j <= s.Last && lexicon.PostposedQualifiers.MatchAt(tokens, j, allowArticleOnFirst: false) is { } qualifier)
        {
            j = qualifier.Last + 1;
        }
        // "عنصرين آخرين من الشرطة": past the adjective "other" that agrees with the noun, to the force that says whose.
        if (j <= s.Last && j > headLast && lexicon.Others.MatchAt(tokens, j) is { } other && ForceNamedAfter(tokens, s, other.Last))
        {
            j = other.Last + 1;
        }
        // "18 قتيلا بين صفوف الإرهابيين": "بين" before the ranks word names whose ranks, as "في" does.
        if (j <= s.Last && tokens[j].IsWord && (lexicon.ForceAfterNounPrepositions.Contains(tokens[j].Text) || IsDetachedBi(tokens, s, j)
            || (lexicon.RanksBetween.Contains(tokens[j].Text) && j + 1 <= s.Last && lexicon.RanksNouns.MatchAt(tokens, j + 1) is not null)))
        {
            // "أربعة عناصر من «الحشد الشعبي»": the force's name may stand in quotation marks.
            j = PastRanksWord(tokens, s, QuoteMarks.SkipQuotes(tokens, j + 1, s));
            // "سبعة أشخاص من جامعي الكمأة": the people named after "من".
            if (j <= s.Last && lexicon.Persons.MatchAt(tokens, j) is { } named)
            {
                if (!named.Value.Ambiguous)
                {
                    return (named.Value.Side, true);
                }
                // "13 شخصا من عناصر داعش": a noun of either side after "من", then the organisation whose people they are.
                j = QuoteMarks.SkipQuotes(tokens, named.Last + 1, s);
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
        if (category != CasualtyCategory.Arrested && OwnFightersOfTheReporter(tokens, s, headLast))
        {
            return (CasualtySide.Security, false);
        }
        if (category != CasualtyCategory.Arrested && NamedEarlierAsAgent(tokens, s, head.Text, first))
        {
            return (CasualtySide.Security, false);
        }
        // People arrested are suspects, never the victims of an attack.
        return (category == CasualtyCategory.Arrested ? CasualtySide.Isis : ContextSide(tokens, s, first, IsGenericPeople(tokens, first, headLast), headLast, outcomeNoun), false);
    }

    /// <summary>How many words a quoted title after a person's noun may run ("قائد «جنوب العراق» في داعش").</summary>
    private const int QuotedTitleReach = 5;

    /// <summary>
    /// "مقتل قائد «ولاية الجنوب» بداعش": past a title in quotation marks right after the noun, to the word that says
    /// whose the person is; else <paramref name="j"/> itself.
    /// </summary>
    private static int AfterQuotedTitle(TokenList tokens, Sentence s, int j)
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
    private bool NamedEarlierAsAgent(TokenList tokens, Sentence s, string noun, int first)
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
    internal static CasualtySide? ArrestedReferentSide(CasualtyCategory category, CasualtySide? referent) =>
        category == CasualtyCategory.Arrested && referent == CasualtySide.Security ? null : referent;

    internal CasualtySide? ReferentSide(TokenList tokens, Sentence s, int position)
    {
        for (var j = position - 1; j >= s.First; j--)
        {
            if (IsDoerOfTheVerbBefore(tokens, s, j))
            {
                // "فقتلت قواتنا خمسة منهم": the force right after the verb is who killed, never whom "منهم" counts.
                continue;
            }
            if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null)
            {
                return CasualtySide.Isis;
            }
            if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null)
            {
                return CasualtySide.Security;
            }
            if (lexicon.Persons.MatchAt(tokens, j) is { } p)
            {
                if (!p.Value.Ambiguous)
                {
                    return p.Value.Side;
                }
                // "حاصر عناصر داعش قوة من المقاتلين ... وأعدموا 23 منهم": people named by a word that says no side,
                // whom ISIS attacked before them, are its victims, not its members.
                if (_attacker.IsisAttacksBefore(tokens, s, j))
                {
                    return CasualtySide.Unknown;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "قتلت القطعات نصف المهاجمين البالغ عددهم 40": a headcount word ("عددهم") counts the people named just before
    /// it, so a noun there that says whose they are (ISIS's gunmen, not the forces that killed them) gives the count's
    /// side, before the sentence's attack or operation words are asked; null when no such noun stands there.
    /// </summary>
    internal CasualtySide? HeadcountNounSide(TokenList tokens, Sentence s, int headcountWord) =>
        HeadcountNoun(tokens, s, headcountWord) is { Value.Ambiguous: false } person ? person.Value.Side : null;

    /// <summary>The people noun ending at most HeadcountNounReach words before a headcount word, with no break or number between.</summary>
    internal PhraseMatch<PersonNoun>? HeadcountNoun(TokenList tokens, Sentence s, int headcountWord)
    {
        for (var j = headcountWord - 1; j >= Math.Max(s.First, headcountWord - AssemblerLimits.HeadcountNounReach); j--)
        {
            if (tokens[j].IsClauseBreak || tokens[j].IsNumber)
            {
                return null;
            }
            if (lexicon.Persons.MatchAt(tokens, j) is { } person && person.Last < headcountWord)
            {
                return person;
            }
        }
        return null;
    }

    /// <summary>
    /// The word stands right after a past verb that kills or takes (lexicon doerFirstVerbs), where the verb's doer
    /// stands in a sentence that puts the verb first ("فقتلت قواتنا خمسة منهم"): it names the doer, not the people
    /// counted. Not after a verbal noun ("مقتل جنود"), whose next word names the people hit.
    /// </summary>
    internal bool IsDoerOfTheVerbBefore(TokenList tokens, Sentence s, int j) =>
        j - 1 >= s.First && lexicon.DoerFirstVerbs.MatchAt(tokens, j - 1) is { } verb && verb.Last == j - 1
        && (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null || lexicon.IsisOrgs.MatchAt(tokens, j) is not null || lexicon.Persons.MatchAt(tokens, j) is not null);

    /// <summary>
    /// Whose people, when the noun does not say ("5 أشخاص", "عناصر"): martyrs, or people hit in an attack by ISIS,
    /// are its victims; people hit in a sentence that names ISIS or an operation of the forces (a strike, a raid, a
    /// search, a clash) are ISIS members; with no such evidence the side is unknown, never ISIS by default.
    /// </summary>
    internal CasualtySide ContextSide(TokenList tokens, Sentence s, int? near, bool genericPeople = false, int? headLast = null, bool outcomeNoun = false)
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
        if (near is { } victimsAt && VictimsWordBefore(tokens, s, victimsAt))
        {
            return genericPeople || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian
                : NamesSecurityOrg(tokens, s) ? CasualtySide.Security : CasualtySide.Unknown;
        }
        var operation = false;
        if (_attacker.NamesIsisAsPerpetrator(tokens, s) || _attacker.IsisClaimedIt(tokens, s) || (near is { } at && _attacker.IsisAttacksBefore(tokens, s, at)))
        {
            return genericPeople || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian : CasualtySide.Security;
        }
        // "أعدم عناصر داعش تسعة شباب": ISIS the doer of the killing that counts them (IsisAsAttacker).
        if (near is { } killed && _attacker.IsisKillsBefore(tokens, s, killed))
        {
            return genericPeople || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian
                : NamesSecurityOrg(tokens, s) ? CasualtySide.Security : CasualtySide.Unknown;
        }
        // "ضربت طائرة مخبأ لداعش وقتلت خمسة من عناصرها، وتعاني القرى من هجماته": a coordinated clause after the figure
        // is read only when no operation of the forces (a strike, a raid, a search) was named before it; ISIS named
        // before it may be the killer ("قتل تنظيم داعش 23 شخصا ...، وشن التنظيم هجوما"), so that does not close it.
        // Read in the same walk: the first such comma after the figure is where the clause may close.
        var forcesOperation = false;
        var namesIsis = false;
        var clauseClosed = near is null;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (!clauseClosed && j > near + 1 && CoordinatedClauses.OpensAt(tokens, j - 1, lexicon))
            {
                clauseClosed = true;
                if (forcesOperation)
                {
                    break;
                }
            }
            if (lexicon.Kinds.MatchAt(tokens, j) is { } kind)
            {
                if (kind.Value == OperationKind.IsisAttack && !_attacker.IsFoiledAttack(tokens, s, j))
                {
                    return genericPeople || NamesCivilianTarget(tokens, s) ? CasualtySide.Civilian : CasualtySide.Security;
                }
                operation = true;
                forcesOperation = true;
            }
            // The operations the sentence counts hit ISIS members; a force merely named may be the one hit. Once found,
            // only an attack word can still change the answer.
            var isis = lexicon.IsisOrgs.MatchAt(tokens, j) is not null || lexicon.IsisAgent.MatchAt(tokens, j) is not null
                || lexicon.Persons.MatchAt(tokens, j) is { Value: { Side: CasualtySide.Isis, Ambiguous: false } };
            namesIsis = namesIsis || isis || lexicon.Hideouts.MatchAt(tokens, j) is not null;
            operation = operation || isis || lexicon.OperationNouns.MatchAt(tokens, j) is not null;
        }
        // "مقتل 5 أشخاص بضربة جوية على قرية": people, not fighters; a strike alone does not say they were ISIS.
        // "سقوط قتيلين إثر ضربات جوية على المدينة": a noun of the outcome alone (قتيل، قتلى، جثث) names the dead, not
        // whose: a strike or a shelling says they were ISIS's only where the sentence names ISIS, its men or its hideouts.
        // "بلغت حصيلة تفجير ... 14 قتيلا": the toll of an attack counts its victims, not ISIS, whoever did it.
        return (outcomeNoun ? namesIsis : operation) && !genericPeople && !TollOfAnAttack(tokens, s) ? CasualtySide.Isis : CasualtySide.Unknown;
    }

    /// <summary>
    /// "ارتفع عدد ضحايا العملية التي نفذها التنظيم ضد قوات الحشد إلى 21 قتيلا": the victims word (lexicon victimsWords)
    /// before a count whose noun says no side, in its sentence, says the people are the attack's victims, never ISIS
    /// members, though ISIS and an operation word are named around them.
    /// </summary>
    private bool VictimsWordBefore(TokenList tokens, Sentence s, int figureFirst)
    {
        return lexicon.VictimsWords.AnyIn(tokens, s.First, figureFirst - 1);
    }

    /// <summary>
    /// "بلغت حصيلة تفجير وقع في مجلس عزاء لجنود قتلهم داعش 14 قتيلا", "الحصيلة النهائية لتسلل الانتحاريين إلى
    /// المقر بلغت 5 قتلى": a toll noun (lexicon tollNouns) in construct with a noun of an attack (lexicon
    /// oneAttackNouns, pluralAttackNouns), directly or with the lam of the genitive and past the toll's adjectives,
    /// names the attack's victims: the counts of its sentence whose noun says no side are theirs, wherever ISIS stands
    /// beside as the attack's doer. Not a toll of an operation or a strike ("حصيلة العملية"، "حصيلة القصف").
    /// </summary>
    private bool TollOfAnAttack(TokenList tokens, Sentence s)
    {
        for (var j = s.First; j < s.Last; j++)
        {
            if (!tokens[j].ReadsAsOneOfBareOrDefinite(lexicon.TollNouns))
            {
                continue;
            }
            for (var k = j + 1; k <= Math.Min(s.Last, j + AssemblerLimits.TollAttackNounReach) && tokens[k].IsWord; k++)
            {
                if (tokens[k].ReadsAsOneOfBareOrDefinite(lexicon.OneAttackNouns) || lexicon.PluralAttackNouns.MatchAt(tokens, k) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The sentence names a force of ours (lexicon securityOrgs).</summary>
    internal bool NamesSecurityOrg(TokenList tokens, Sentence s)
    {
        return lexicon.SecurityOrgs.AnyIn(tokens, s.First, s.Last);
    }

    /// <summary>
    /// "أعلنت هيئة الحشد الشعبي مقتل خمسة مقاتلين أثناء عملية أمنية": fighters (lexicon fighterNouns) counted in a
    /// statement of a force that calls its own men so (lexicon forcesCallingTheirMenFighters), in a sentence that names no
    /// ISIS, are that force's own.
    /// </summary>
    private bool OwnFightersOfTheReporter(TokenList tokens, Sentence s, int headLast)
    {
        if (lexicon.FighterNouns.MatchAt(tokens, headLast) is null)
        {
            return false;
        }
        var reporter = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null || lexicon.IsisAgent.MatchAt(tokens, j) is not null)
            {
                return false;
            }
            reporter = reporter || (lexicon.Reporters.MatchAt(tokens, j) is { } r && lexicon.ForcesCallingTheirMenFighters.Contains(r.Value));
        }
        return reporter;
    }

    /// <summary>The sentence names a place where people gather (lexicon civilianTargets) and no force of ours.</summary>
    private bool NamesCivilianTarget(TokenList tokens, Sentence s)
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

    /// <summary>The counted noun names people at large ("أشخاص", "مواطنين"), not fighters.</summary>
    internal bool IsGenericPeople(TokenList tokens, int first, int headLast)
    {
        return lexicon.GenericPeople.AnyIn(tokens, first, Math.Min(headLast, tokens.Count - 1));
    }
}
