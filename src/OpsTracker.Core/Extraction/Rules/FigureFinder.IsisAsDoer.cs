using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Who does the killing: a count of people after a word of killing (lexicon isisKillingDeeds) whose doer is ISIS
/// counts ISIS's victims, never ISIS members, whatever the sentence calls its operation. The doer is an ISIS name
/// right after the verb and before the count ("قتل تنظيم داعش 25 شخصا", verb-subject-object), or the ISIS name that
/// stands before the verb in its clause as its subject ("عناصر التنظيم أعدموا خمسة"، "قيام داعش بقتل 15 عنصرا").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>How many words may stand between the word of killing and the count it governs ("أعدم التنظيم المتطرف 9").</summary>
    private const int DeedToCountReach = 4;

    /// <summary>
    /// How many words may stand between a subject told first and its verb: a time told between them ("قاموا فجر اليوم
    /// الإثنين 22 مايو 2017 بإعدام") is as long as a clause's inserts get.
    /// </summary>
    private const int DoerBeforeDeedReach = 12;

    /// <summary>The count at figureFirst is the object of a word of killing whose doer is ISIS.</summary>
    private bool IsisKillsBefore(TokenList tokens, Sentence s, int figureFirst)
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
