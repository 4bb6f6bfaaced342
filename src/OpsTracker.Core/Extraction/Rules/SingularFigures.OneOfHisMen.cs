using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتل الوالي وأحد مساعديه" = 2, "اعتقال المسؤول وأحد مرافقيه" = 2: the partitive أحد in construct with the man's own
/// men (a plural with his pronoun, lexicon companions) is one of them, one more than he. Written on its noun and
/// normalised, "وأحد" reads as "واحد", the numeral one, which opens with the letter و and is no conjunction; before
/// his men in construct it is the conjunction and أحد (the numeral one follows its noun and governs none).
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>Whether the word at <paramref name="i"/> is "وأحد"/"وإحدى" in construct with the man's own men right after it.</summary>
    private bool AndOneOfHisMen(TokenList tokens, Sentence s, int i) =>
        tokens[i].IsWord && tokens[i].Text is "واحد" or "واحدي" && i + 1 <= s.Last
        && lexicon.Companions.MatchAt(tokens, i + 1) is { Value: false } men && men.Last == i + 1;

    /// <summary>
    /// Whether the word at <paramref name="i"/> carries the conjunction و: "وخمسة"، "وثلاثة"، and "وأحد مساعديه", not the
    /// numeral "واحد" (<see cref="AndOneOfHisMen"/>).
    /// </summary>
    internal bool CarriesWa(TokenList tokens, Sentence s, int i) =>
        tokens[i].IsWord && tokens[i].Text.StartsWith('و')
        && (!tokens[i].Text.StartsWith("واحد", StringComparison.Ordinal) || AndOneOfHisMen(tokens, s, i));
}
