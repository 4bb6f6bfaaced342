using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The people of a count that a verb of carrying out an attack governs: its attackers, no casualty figure.
/// </summary>
internal sealed partial class NonEvents
{
    /// <summary>
    /// "هجوم شنه ثلاثة عناصر من داعش": a count right after a verb of carrying out whose object pronoun is the attack
    /// (lexicon <c>attackDoers</c>) counts the attackers, not people hit; a casualty word of its own elsewhere in the
    /// sentence keeps its figure.
    /// </summary>
    private bool IsAttackersCount(TokenList tokens, Sentence s, Figure f) =>
        f.Kind == FigureKind.Casualty && PhraseEndingAt(lexicon.AttackDoers, tokens, s, f.First - 1);
}
