using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whether ISIS is the attacker of the people a sentence counts as hit, so that they are its victims and never its
/// members though ISIS is named beside them: named as the perpetrator ("من قبل عناصر داعش"), as the claimant of the
/// attack, as the subject of an attack verb before the figure (not when a strike of the forces is that subject), or as
/// the doer of the word of killing that governs the count. An attack word after a word of foiling tells no attack.
/// Read by <see cref="CasualtySides"/>. Holds only the lexicon: safe to share.
/// </summary>
internal sealed class IsisAsAttacker(ExtractionLexicon lexicon)
{
    /// <summary>How many words after "من قبل" or "على يد" the ISIS name may come ("من قبل عناصر عصابات داعش").</summary>
    private const int PerpetratorReach = 3;

    /// <summary>
    /// "مقتل ستة مقاتلين بإطلاق نار من قبل عناصر داعش": the sentence says ISIS did it (lexicon perpetratorMarkers, then
    /// an ISIS name), so the people it counts as hit are its victims, whatever else names ISIS in it.
    /// </summary>
    internal bool NamesIsisAsPerpetrator(TokenList tokens, Sentence s)
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
    internal bool IsisAttacksBefore(TokenList tokens, Sentence s, int figureFirst)
    {
        var attacker = false;
        for (var j = s.First; j < figureFirst; j++)
        {
            if (lexicon.Kinds.MatchAt(tokens, j) is { Value: OperationKind.Clash })
            {
                return false;
            }
            if (attacker || lexicon.AttackVerbs.MatchAt(tokens, j) is not { } verb || StrikeIsTheSubject(tokens, s, j))
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

    /// <summary>
    /// "نفذت الطائرات غارتين جويتين استهدفتا مواقع داعش، ما أسفر عن مقتل 14 عنصرا": an attack verb (lexicon attackVerbs)
    /// whose subject is a strike noun told right before it (lexicon strikeNouns: غارة، غارتين، ضربات ...) is the forces'
    /// strike; the ISIS name after it is the target, so ISIS is not the attacker and the people hit are its own. The
    /// singular feminine "استهدفت" is a destroying word and never an attack verb, but the dual "استهدفتا" and the plural
    /// forms are, which is how a dual strike's targets were read as ISIS's attack (pagesAE).
    /// A strike noun ends at most <see cref="AssemblerLimits.StrikeSubjectReach"/> words before the verb at <paramref name="verb"/>.
    /// </summary>
    private bool StrikeIsTheSubject(TokenList tokens, Sentence s, int verb)
    {
        for (var k = Math.Max(s.First, verb - 4); k < verb; k++)
        {
            if (lexicon.StrikeNouns.MatchAt(tokens, k) is { } strike && strike.Last < verb && strike.Last >= verb - 1 - AssemblerLimits.StrikeSubjectReach)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "تبنى داعش مسؤوليته عن تفجير السوق الذي خلف 13 قتيلا و40 جريحا": ISIS named right before the word of
    /// its claim (lexicon claimMarkers: مسؤوليته) is the attacker, so the people the sentence counts as hit are its
    /// victims, not ISIS members though ISIS is named beside them (pagesAE: a claimed Baghdad car bomb's dead were read as
    /// ISIS's own).
    /// </summary>
    internal bool IsisClaimedIt(TokenList tokens, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.ClaimMarkers.MatchAt(tokens, j) is null)
            {
                continue;
            }
            var words = 0;
            for (var k = j - 1; k >= s.First && words <= AssemblerLimits.ClaimantReach; k--)
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
        }
        return false;
    }

    /// <summary>How many words before an attack word the word that foiled or repelled it may stand ("إحباط هجوم كبير").</summary>
    private const int FoiledAttackReach = 2;

    /// <summary>
    /// "إحباط هجوم لداعش ومقتل 22 عنصرا"، "صد تعرض": an attack word right after a word of foiling (lexicon foilCues) or
    /// of repelling (a clash cue: صد، صدت، تصدت) tells an attack that failed, so it makes the people counted no victims.
    /// </summary>
    internal bool IsFoiledAttack(TokenList tokens, Sentence s, int attackWord)
    {
        for (var j = attackWord - 1; j >= Math.Max(s.First, attackWord - FoiledAttackReach); j--)
        {
            if (lexicon.FoilCues.MatchAt(tokens, j) is not null || lexicon.Kinds.MatchAt(tokens, j) is { Value: OperationKind.Clash })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many words may stand between the word of killing and the count it governs ("أعدم التنظيم المتطرف 9").</summary>
    private const int DeedToCountReach = 4;

    /// <summary>
    /// How many words may stand between a subject told first and its verb: a time told between them ("قاموا فجر اليوم
    /// الإثنين 22 مايو 2017 بإعدام") is as long as a clause's inserts get.
    /// </summary>
    private const int DoerBeforeDeedReach = 12;

    /// <summary>
    /// Who does the killing: a count of people after a word of killing (lexicon isisKillingDeeds) whose doer is ISIS
    /// counts ISIS's victims, never ISIS members, whatever the sentence calls its operation. The doer is an ISIS name
    /// right after the verb and before the count ("قتل تنظيم داعش 25 شخصا", verb-subject-object), or the ISIS name that
    /// stands before the verb in its clause as its subject ("عناصر التنظيم أعدموا خمسة"، "قيام داعش بقتل 15 عنصرا").
    /// The count at figureFirst is the object of a word of killing whose doer is ISIS.
    /// </summary>
    internal bool IsisKillsBefore(TokenList tokens, Sentence s, int figureFirst)
    {
        var words = 0;
        for (var j = figureFirst - 1; j >= s.First && words <= DeedToCountReach; j--)
        {
            if (tokens[j].IsClauseBreak && tokens[j].Text != "\"")
            {
                return false;
            }
            if (tokens[j].IsWord && lexicon.IsisKillingDeeds.MatchAt(tokens, j) is { } deed && deed.Last < figureFirst)
            {
                return IsisBetween(tokens, deed.Last + 1, figureFirst - 1) || (TakesSubjectBefore(tokens[j].Text) && IsisSubjectBefore(tokens, s, j));
            }
            words += tokens[j].IsWord ? 1 : 0;
        }
        return false;
    }

    /// <summary>
    /// A conjugated verb ("قتلوا"، "يعدم") or a verbal noun after ب ("بإعدام"): not a bare form read with و or ف only
    /// ("وقتل"), which may be a verbal noun whose doer is not the name before it.
    /// </summary>
    private bool TakesSubjectBefore(string word)
    {
        var bare = word.Length > 1 && word[0] is 'و' or 'ف' ? word[1..] : word;
        return !lexicon.IsisKillingBareForms.Contains(bare) && !lexicon.IsisKillingBareForms.Contains(word);
    }

    /// <summary>"قتل تنظيم داعش المتطرف 25": an ISIS name between the verb and the count, not after a preposition.</summary>
    private bool IsisBetween(TokenList tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null)
            {
                return !lexicon.IsisNameFollowsPreposition(tokens, k, first);
            }
        }
        return false;
    }

    /// <summary>
    /// "أن عناصر داعش قاموا ... بإعدام"، "مصدر في الشرطة عن قيام داعش بقتل": the ISIS name nearest before the verb in its
    /// clause (up to a break or a complementizer such as "أن"), with no force of ours between it and the verb, and not
    /// right after a force of ours or a preposition: there ISIS is the object ("هاجمت قطعات الجيش داعش وقتلت").
    /// </summary>
    private bool IsisSubjectBefore(TokenList tokens, Sentence s, int deedFirst)
    {
        var words = 0;
        for (var k = deedFirst - 1; k >= s.First && words <= DoerBeforeDeedReach; k--)
        {
            var t = tokens[k];
            // 'بـ"داعش،" بقتل': a comma written inside the quotation marks that close a name does not close the clause.
            if (t.Text == "," && k + 1 < deedFirst && tokens[k + 1].Text == "\"")
            {
                continue;
            }
            if ((t.IsClauseBreak && t.Text is not ("\"" or "(" or ")")) || (t.IsWord && lexicon.SubjectOpeners.Contains(t.Text))
                || lexicon.SecurityOrgs.MatchAt(tokens, k) is not null)
            {
                return false;
            }
            if (lexicon.IsisOrgs.MatchAt(tokens, k) is not null)
            {
                return !lexicon.IsisNameFollowsPreposition(tokens, k, s.First) && !ForceEndsAt(tokens, s, k - 1);
            }
            words += t.IsWord ? 1 : 0;
        }
        return false;
    }

    /// <summary>A name of a force of ours ends at the word <paramref name="last"/>.</summary>
    private bool ForceEndsAt(TokenList tokens, Sentence s, int last)
    {
        for (var m = last; m >= Math.Max(s.First, last - AssemblerLimits.ForceNameWords + 1); m--)
        {
            if (lexicon.SecurityOrgs.MatchAt(tokens, m) is { } force && force.Last == last)
            {
                return true;
            }
        }
        return false;
    }
}
