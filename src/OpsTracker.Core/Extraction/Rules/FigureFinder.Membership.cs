using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Whose people a count counts when a word the lexicon gives to ISIS ("مسلحي") or a word of no side ("عنصرين") is
/// bound to a force by the grammar: the construct state ("مسلحي البيشمركة"، "مقاتلي العشائر") or the preposition ب
/// written apart before the force's quoted name ('عنصرين بـ"الحشد"'). Also the people of a count that a verb of
/// carrying out an attack governs: its attackers, no casualty figure.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "هجوم شنه ثلاثة عناصر من داعش": a count right after a verb of carrying out whose object pronoun is the attack
    /// (lexicon <c>attackDoers</c>) counts the attackers, not people hit; a casualty word of its own elsewhere in the
    /// sentence keeps its figure.
    /// </summary>
    private bool IsAttackersCount(TokenList tokens, Sentence s, Figure f) =>
        f.Kind == FigureKind.Casualty && PhraseEndingAt(lexicon.AttackDoers, tokens, s, f.First - 1);

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
}
