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
    /// "1200 من مسلحي البيشمركة قتلوا", "مقاتلي العشائر": a plural in the construct state (it ends in ي and has no
    /// article of its own) right before a force's name belongs to that force, whatever side the noun alone would
    /// have; the Peshmerga's or the tribes' gunmen are the forces, not ISIS.
    /// </summary>
    private bool ForceInConstruct(IReadOnlyList<Token> tokens, Sentence s, PersonNoun noun, int headLast)
    {
        if (noun.Side != CasualtySide.Isis || noun.Number != GrammaticalNumber.Plural || !tokens[headLast].Text.EndsWith('ي') || tokens[headLast].Text.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        var j = SkipQuotes(tokens, headLast + 1, s);
        return j <= s.Last && lexicon.SecurityOrgs.MatchAt(tokens, j) is not null && lexicon.IsisOrgs.MatchAt(tokens, j) is null;
    }

    /// <summary>
    /// 'عنصرين بـ"الحشد"': the preposition ب written apart (its tatweel dropped) right before a quotation mark, as "في"
    /// would stand before the force the people belong to.
    /// </summary>
    private static bool IsDetachedBi(IReadOnlyList<Token> tokens, Sentence s, int j) =>
        tokens[j].Text == "ب" && j + 1 <= s.Last && tokens[j + 1].Text == "\"";

    /// <summary>
    /// "هجوم شنه ثلاثة عناصر من داعش": a count right after a verb of carrying out whose object pronoun is the attack
    /// (lexicon <c>attackDoers</c>) counts the attackers, not people hit; a casualty word of its own elsewhere in the
    /// sentence keeps its figure.
    /// </summary>
    private bool IsAttackersCount(IReadOnlyList<Token> tokens, Sentence s, Figure f) =>
        f.Kind == FigureKind.Casualty && PhraseEndingAt(lexicon.AttackDoers, tokens, s, f.First - 1);

    /// <summary>
    /// "وتمكنوا من قتل أحدهم وهرب الآخرون": a casualty trigger right before "أحدهم" (lexicon <c>oneOfThem</c>) counts one
    /// of the people the sentence last named (the attackers), on their side; with no people named before it in the
    /// sentence the pronoun's people are unknown and nothing is counted.
    /// </summary>
    private Figure? OneOfTheNamed(IReadOnlyList<Token> tokens, Sentence s, int trigger, int k, CasualtyCategory category)
    {
        if (lexicon.OneOfThem.MatchAt(tokens, k) is not { } one || ReferentSide(tokens, s, trigger) is not { } side)
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = category, Side = side, SideExplicit = false,
            Count = 1, Implicit = true, First = trigger, Last = one.Last, Sentence = s.Index, Rule = "trigger-one-of-them",
        };
    }
}
