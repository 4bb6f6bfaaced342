using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The words around a count that say what happened to it (the figure finder's triggers): the trigger before or after
/// it, asides, fillers, adjectives, quotes and brackets skipped on the way; and the casualty words that tell no event
/// (a charge, a penalty, a weapon's kind, a bomber's own blast). A verb split from its object, the idiom of death
/// around the people and a verb of finding before "على" are read in the files FigureTriggers.*.cs. Made per report
/// with the finder: it holds that report's blocked tokens (dates and other numbers that are not counts), which are
/// asides and never end a look-back.
/// </summary>
internal sealed partial class FigureTriggers(ExtractionLexicon lexicon, NumberReader numbers, bool[] blocked)
{
    /// <summary>How many words before a count its trigger may stand (the usual look-back; callers pass longer ones).</summary>
    internal const int TriggerReach = 5;

    private readonly bool[] _blocked = blocked;

    private readonly OrganisationNames _organisations = new(lexicon);

    internal CasualtyCategory? TriggerBefore(TokenList tokens, Sentence s, int position, int reach) =>
        TriggerMatchBefore(tokens, s, position, reach)?.Value;

    /// <summary>The casualty verb or noun within <paramref name="reach"/> words before a position, unless it names a charge.</summary>
    internal PhraseMatch<CasualtyCategory>? TriggerMatchBefore(TokenList tokens, Sentence s, int position, int reach)
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
                return IsCharge(tokens, s, j) || IsWeaponKind(tokens, s, j) ? null : m;
            }
            if (!IsAside(tokens, s, j))
            {
                words++;
            }
        }
        return null;
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/>, leaving out dates set off in the clause.</summary>
    private int WordsBetween(TokenList tokens, Sentence s, int first, int last)
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

    /// <summary>
    /// A date's word, or the comma that sets a date off ("، الجمعة،"), or a word of an adverb of an earlier time
    /// (<see cref="InEarlierAdverb"/>).
    /// </summary>
    internal bool IsAside(TokenList tokens, Sentence s, int k) =>
        _blocked[k] || (tokens[k].Text == "," && ((k + 1 <= s.Last && _blocked[k + 1]) || (k > s.First && _blocked[k - 1])))
        || InEarlierAdverb(tokens, s, k);

    /// <summary>
    /// "ألقت المفرزة القبض مؤخرا على مطلوب"، "قتلت القوات في وقت سابق ثلاثة": an adverb of an earlier time (lexicon
    /// earlierUnspecified) stands between a verb and its object as a date does ("ألقت القبض، اليوم، على"); its words are
    /// no words of the clause's between them. Phrases of up to <see cref="EarlierAdverbWords"/> words.
    /// </summary>
    private bool InEarlierAdverb(TokenList tokens, Sentence s, int k)
    {
        if (!tokens[k].IsWord)
        {
            return false;
        }
        for (var start = Math.Max(s.First, k - EarlierAdverbWords + 1); start <= k; start++)
        {
            if (lexicon.EarlierUnspecified.MatchAt(tokens, start) is { } m && m.Last >= k)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The most words of an adverb of an earlier time ("في الآونة الأخيرة", "وفي وقت سابق"): three.</summary>
    private const int EarlierAdverbWords = 3;

    /// <summary>"ثلاثة من أفراد الجيش قتلوا": a verb after the people, when it does not start a figure of its own.</summary>
    internal CasualtyCategory? TriggerAfter(TokenList tokens, Sentence s, int headLast)
    {
        headLast = _organisations.AfterIsisName(tokens, s, AfterBreakdownAside(tokens, s, headLast));
        var end = Math.Min(s.Last, headLast + 5);
        var setOff = false;
        for (var j = headLast + 1; j <= end; j++)
        {
            var t = tokens[j];
            // "ثلاثون مسلحا من فلول داعش، بينهم أمراء قتلوا": an aside of who was among them after the people's
            // "من" phrase is passed over as one right after their noun is.
            if (t.Text == "," && AfterBreakdownAside(tokens, s, j - 1) is var asideEnd && asideEnd > j - 1)
            {
                j = asideEnd;
                end = Math.Min(s.Last, Math.Max(end, asideEnd + VerbAfterAsideReach));
                continue;
            }
            // "إن ثلاثة من منتسبي الشرطة، قتلوا، وأصيب 5 آخرون": the people's own verb, set off by a comma after them
            // (and the force they belong to), agreeing with them in the dual or the plural (a verb whose subject was told before it).
            if (t.Text == "," && !setOff && j + 1 <= end && IsAgreeingCasualtyVerb(tokens, j + 1))
            {
                setOff = true;
                continue;
            }
            if (t.IsNumber || (t.IsClauseBreak && t.Text is "." or "," or ":") || DeniesTheOutcome(tokens, j))
            {
                return null;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is { } m)
            {
                if (IsCharge(tokens, s, j) || IsWeaponKind(tokens, s, j))
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

    /// <summary>
    /// "قتله ومرافقيه الثلاثة دون أي إصابات": a word that denies the casualty word after it (lexicon
    /// negatedOutcomes) ends the look-ahead, so the people before it are not of the wounded that never were.
    /// </summary>
    private bool DeniesTheOutcome(TokenList tokens, int j) => lexicon.NegatedOutcomes.MatchAt(tokens, j) is not null;

    /// <summary>How many words after an aside of who was among the people their verb is looked for (the verb, or "قد" and it).</summary>
    private const int VerbAfterAsideReach = 2;

    /// <summary>How many words an aside of who was among the people ("بينهم مقاتلون من الحشد الشعبي،") may run to its comma.</summary>
    private const int BreakdownAsideReach = 8;

    /// <summary>
    /// "تسعة عراقيين، بينهم منتسبون في الشرطة، قتلوا": the comma that closes an aside of who was among the people
    /// (an uncounted breakdown) right after their noun, or the word before their plural verb when no comma closes it
    /// ("بينهم أمراء قتلوا"), so their verb is looked for after it; else the noun's end.
    /// </summary>
    private int AfterBreakdownAside(TokenList tokens, Sentence s, int headLast)
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
        // "9 أشخاص، بينهم 4 من أفراد الشرطة المحلية (الأسايش) قتلوا": an aside that counts some of them, or holds a
        // parenthesis, still closes where the whole's plural verb follows it; only a comma would leave it open.
        // The reach counts the aside's words, not the marks of its parenthesis.
        var counted = false;
        var last = Math.Min(s.Last, cue.Last + BreakdownAsideReach);
        for (var k = cue.Last + 1; k <= last; k++)
        {
            if (tokens[k].Text is "(" or ")")
            {
                counted = true;
                last = Math.Min(s.Last, last + 1);
                continue;
            }
            if (tokens[k].IsNumber || numbers.ReadAt(tokens, k) is not null)
            {
                counted = true;
                continue;
            }
            if (tokens[k].IsClauseBreak && tokens[k].Text != ",")
            {
                return headLast;
            }
            if (tokens[k].Text == "," && counted)
            {
                return headLast;
            }
            if (tokens[k].Text == ",")
            {
                return k;
            }
            // "بينهم أمراء قتلوا": no comma closes the aside where the people's verb follows it in the plural (its
            // subject the whole they are among, told before it).
            if (k > cue.Last + 1 && IsPluralCasualtyVerb(tokens, k))
            {
                return k - 1;
            }
        }
        return headLast;
    }

    /// <summary>
    /// A casualty verb in the plural or the dual of a subject told before it ("قتلوا"، "قتلا"، "أصيبا"); one followed by
    /// people or a count of its own starts a figure of its own, and TriggerAfter leaves it to that figure.
    /// </summary>
    private bool IsAgreeingCasualtyVerb(TokenList tokens, int k) =>
        tokens[k].IsWord && tokens[k].Text.Length > 3 && tokens[k].Text.EndsWith('ا')
        && lexicon.CasualtyTriggers.MatchAt(tokens, k) is { } verb && verb.Last == k;

    /// <summary>A casualty verb in the plural of a subject told before it ("قتلوا", "أصيبوا", "اعتقلوا").</summary>
    private bool IsPluralCasualtyVerb(TokenList tokens, int k) =>
        tokens[k].IsWord && tokens[k].Text.Length > 4 && tokens[k].Text.EndsWith("وا", StringComparison.Ordinal)
        && lexicon.CasualtyTriggers.MatchAt(tokens, k) is { } verb && verb.Last == k;

    /// <summary>
    /// "ودمر 5 عجلات مفخخة و2 من المضافات": a hideout count joined by و to a list of other things the same verb
    /// destroyed (car bombs, vehicles, weapons: no figures) shares that verb. The look-back passes over up to
    /// <see cref="AssemblerLimits.ListItemsBeforeHideouts"/> earlier items of the list, each a count joined by و (the
    /// first one right after the verb); a count that is itself a figure (people killed) ends the list.
    /// </summary>
    internal HideoutOutcome? ListVerbOutcome(TokenList tokens, Sentence s, int position, List<Figure>? earlier)
    {
        if (!Coordination.JoinedByWa(tokens, s, position))
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
            if (!Coordination.JoinedByWa(tokens, s, item))
            {
                return null;
            }
            j = item - 1;
        }
        return null;
    }

    /// <summary>
    /// The destroying or finding verb before a hideout count, within <paramref name="reach"/> words. The words of a
    /// date, or of another number that is no count, between them ("دمرت قوة من الحشد يوم 28/12 ثلاث مضافات") do not
    /// use up the reach: the day told between a verb and its object keeps them together.
    /// </summary>
    internal HideoutOutcome? HideoutOutcomeBefore(TokenList tokens, Sentence s, int position, int reach = TriggerReach)
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
            if (lexicon.DestroyTriggers.MatchAt(tokens, j) is { } d && d.Last < position && !IsSelfBlast(tokens, d.Last, position))
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

    internal int SkipFillers(TokenList tokens, int k, Sentence s)
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

    internal int SkipHeadAdjectives(TokenList tokens, int k, Sentence s)
    {
        while (k <= s.Last && lexicon.HeadSkips.MatchAt(tokens, k) is { } m && lexicon.Persons.MatchAt(tokens, k + 1) is not null)
        {
            k = m.Last + 1;
        }
        return SkipQuotedHeadAdjective(tokens, k, s);
    }

    /// <summary>
    /// "توقيف اثنين من "أخطر" عناصر داعش": a head adjective a statement sets in quotation marks is passed as the bare
    /// one is (the quotation marks around it with it), when the people noun follows; else <paramref name="k"/> itself.
    /// </summary>
    private int SkipQuotedHeadAdjective(TokenList tokens, int k, Sentence s)
    {
        var open = QuoteMarks.SkipQuoteMarks(tokens, k, s);
        if (open == k || open > s.Last || lexicon.HeadSkips.MatchAt(tokens, open) is not { } m)
        {
            return k;
        }
        var after = QuoteMarks.SkipQuoteMarks(tokens, m.Last + 1, s);
        return after > m.Last + 1 && after <= s.Last && lexicon.Persons.MatchAt(tokens, after) is not null ? after : k;
    }

    /// <summary>
    /// "مطلوبين بقضايا قتل وتفجير", "بتهمة قتل": the verb names a charge; "حكما بإعدام" a penalty (<see cref="IsCourtSentence"/>).
    /// The verbal noun of execution names a deed or a penalty (lexicon courtSentences). As a deed it is a word of killing
    /// ("قاموا بإعدام تسعة مدنيين"، triggers.killed); as a penalty, governed by a word of judgement ("حكما بإعدام خمسة"،
    /// "قضت المحكمة بإعدام") or carrying the article that names the punishment ("حكم عليهم بالإعدام"), it tells a
    /// sentence passed, and the count after it is nobody killed: read as a charge is.
    /// </summary>
    internal bool IsCharge(TokenList tokens, Sentence s, int trigger) =>
        (trigger - 1 >= s.First && lexicon.ChargeWords.MatchAt(tokens, trigger - 1) is { } c && c.Last == trigger - 1)
        || IsCourtSentence(tokens, s, trigger);

    /// <summary>
    /// How many words before the noun its word of judgement may stand: the court named between them ("قضت المحكمة
    /// الجنائية المركزية بإعدام") is the longest a judgement's subject gets in the press.
    /// </summary>
    private const int JudgementReach = 4;

    /// <summary>Whether the casualty word at <paramref name="trigger"/> is the execution noun read as a penalty.</summary>
    private bool IsCourtSentence(TokenList tokens, Sentence s, int trigger)
    {
        var noun = tokens[trigger];
        // Most casualty words are no execution noun: one set look-up first.
        if (!noun.ReadsAsOneOf(lexicon.PenaltyNouns))
        {
            return false;
        }
        if (noun.ReadingsKeepingArticle.AnyIn(lexicon.DefinitePenalties))
        {
            return true;
        }
        var words = 0;
        for (var j = trigger - 1; j >= s.First && words < JudgementReach; j--)
        {
            if (tokens[j].IsClauseBreak)
            {
                return false;
            }
            if (!tokens[j].IsWord)
            {
                continue;
            }
            if (tokens[j].ReadsAsOneOf(lexicon.Judgements))
            {
                return true;
            }
            words++;
        }
        return false;
    }

    /// <summary>"الفرقة 15": a number in digits right after a word that names a unit or an article.</summary>
    private bool IsUnitNumber(TokenList tokens, Sentence s, int j) =>
        j - 1 >= s.First && lexicon.Designators.MatchAt(tokens, j - 1) is { } d && d.Last == j - 1;

    /// <summary>
    /// Weapons named by what they do ("بأسلحة قنص ورشاشة"، "ببنادق القنص"): the casualty word is the weapon's kind, the
    /// second term of a construct after a noun of weapons (lexicon weaponNouns), and tells no event.
    /// Whether the casualty word at <paramref name="trigger"/> stands right after a noun of weapons ("أسلحة قنص"): a
    /// weapon's kind, so the people counted before it ("مجموعة تضم 10 أفراد شنوا هجوما بأسلحة قنص") were not sniped,
    /// and those after it are not its victims.
    /// </summary>
    private bool IsWeaponKind(TokenList tokens, Sentence s, int trigger)
    {
        for (var k = Math.Max(s.First, trigger - WeaponNounWords); k < trigger; k++)
        {
            if (lexicon.WeaponNouns.MatchAt(tokens, k) is { } weapon && weapon.Last == trigger - 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words a noun of weapons may take (all of lexicon weaponNouns are one word today).</summary>
    private const int WeaponNounWords = 2;

    /// <summary>
    /// Whether the destroying verb ending at <paramref name="verbLast"/> is a bomber's own blast: a word of lexicon
    /// selfBlastWords right after it or within <see cref="AssemblerLimits.SelfBlastReach"/> words of its subject
    /// ("بتفجير انتحاري داخل نفق"، "فجر إرهابي انتحاري نفسه داخل أحد الأنفاق"), before the hideout at
    /// <paramref name="position"/>. The hideout it names is where it happened, not one destroyed.
    /// </summary>
    private bool IsSelfBlast(TokenList tokens, int verbLast, int position)
    {
        for (var k = verbLast + 1; k < Math.Min(position, verbLast + 1 + AssemblerLimits.SelfBlastReach); k++)
        {
            if (tokens[k].IsClauseBreak || tokens[k].IsNumber)
            {
                return false;
            }
            if (lexicon.SelfBlastWords.MatchAt(tokens, k) is { } blast && blast.First == k)
            {
                return true;
            }
        }
        return false;
    }
}
